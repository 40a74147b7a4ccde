"""Edits cells of a workbook with openpyxl, as a manager would, and saves it under a new
name. Cells are found by the sheet's header row (row 1) and its "Id" column.

usage: edit_workbook.py IN.xlsx OUT.xlsx EDITS.json
EDITS.json: [{"sheet": "Findings", "id": "...", "column": "Status", "value": "Green"},
             {"sheet": "Findings", "id": "...", "column": "Due", "date": "2025-09-30"}, ...]"""
import datetime
import json
import sys

import openpyxl


def main():
    wb = openpyxl.load_workbook(sys.argv[1])
    for edit in json.load(open(sys.argv[3], encoding="utf-8")):
        ws = wb[edit["sheet"]]
        header = {c.value: c.column for c in ws[1]}
        id_col = header["Id"]
        rows = [r for r in range(2, ws.max_row + 1) if ws.cell(r, id_col).value == edit["id"]]
        if len(rows) != 1:
            sys.exit("no single row for %s on %s" % (edit["id"], edit["sheet"]))
        c = ws.cell(rows[0], header[edit["column"]])
        if "date" in edit:
            c.value = datetime.datetime.fromisoformat(edit["date"])
        else:
            c.value = edit["value"]
    wb.save(sys.argv[2])


main()
