"""Prints every row of one sheet as JSON arrays of cell text, the way a sheet reader would
hand cells to the round-trip library: text as it is, whole numbers without ".0", other
numbers as Python writes them, dates as ISO dates, blanks as "".

usage: sheet_text.py WORKBOOK.xlsx SHEET"""
import datetime
import json
import sys

import openpyxl


def text(v):
    if v is None:
        return ""
    if isinstance(v, datetime.datetime):
        return v.date().isoformat()
    if isinstance(v, datetime.date):
        return v.isoformat()
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def main():
    wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
    ws = wb[sys.argv[2]]
    rows = [[text(v) for v in row] for row in ws.iter_rows(values_only=True)]
    json.dump(rows, sys.stdout, ensure_ascii=False)


main()
