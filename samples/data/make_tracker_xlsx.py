#!/usr/bin/python3
"""Build wyvern-improvement-tracker.xlsx from wyvern-improvement-tracker.csv.

Fictional sample data. Run with the system Python (needs openpyxl):

    /usr/bin/python3 samples/data/make_tracker_xlsx.py

The workbook deliberately carries real-world spreadsheet messiness that the
tracker importer must cope with:
  * row 1: title in a cell merged across all columns; row 2: "Last updated";
    row 3 blank; header on row 4; a notes row under the table
  * "Tracker" sheet plus a "Notes" sheet (RAG key)
  * target dates stored as real date cells for most rows, but as text for
    month/quarter/"Ongoing" values and for TEXT_DATE_REFS
  * RAG stored as text for most rows, but for FILL_ONLY_RAG rows only as a
    solid fill colour with an empty cell
  * one hidden row (HIDDEN_REFS)
  * a multi-line cell (embedded newline) from the CSV
"""
import csv
import datetime as dt
import pathlib
import re

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

HERE = pathlib.Path(__file__).resolve().parent
CSV_PATH = HERE / "wyvern-improvement-tracker.csv"
XLSX_PATH = HERE / "wyvern-improvement-tracker.xlsx"

RED, AMBER, GREEN = "FF0000", "FFC000", "00B050"
# Rows whose RAG is conveyed only by a cell fill (no text).
FILL_ONLY_RAG = {"WY-09": RED, "WY-13": AMBER, "WY-12": GREEN}
# Rows whose parseable target date is nevertheless stored as text.
TEXT_DATE_REFS = {"WY-22"}
# Rows hidden in the workbook (still present in the CSV).
HIDDEN_REFS = {"WY-15"}

RAG_FILLS = {"r": RED, "red": RED, "off track": RED,
             "a": AMBER, "amber": AMBER,
             "g": GREEN, "green": GREEN}

WIDTHS = [8, 22, 45, 18, 45, 28, 13, 11, 50, 45]
FIXED_TIME = dt.datetime(2025, 3, 3, 9, 0, 0)


def parse_date(text):
    text = text.strip()
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", text)
    if m:
        return dt.datetime(int(m[3]), int(m[2]), int(m[1]))
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        return dt.datetime(int(m[1]), int(m[2]), int(m[3]))
    return None


def read_csv():
    with open(CSV_PATH, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    header_at = next(i for i, r in enumerate(rows) if r and r[0] == "Ref")
    titles = [r[0] for r in rows[:header_at] if r and r[0].strip()]
    header = rows[header_at]
    data, notes = [], []
    for r in rows[header_at + 1:]:
        if not any(c.strip() for c in r):
            continue
        if r[0].startswith("Notes"):
            notes.append(r[0])
        else:
            data.append(r)
    return titles, header, data, notes


def main():
    titles, header, data, notes = read_csv()
    ncols = len(header)
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"

    ws.cell(row=1, column=1, value=titles[0]).font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncols)
    ws.cell(row=2, column=1, value=titles[1]).font = Font(italic=True)

    for c, name in enumerate(header, start=1):
        cell = ws.cell(row=4, column=c, value=name)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.alignment = Alignment(wrap_text=True, vertical="top")

    date_col = header.index("Target date") + 1
    rag_col = header.index("RAG") + 1
    r = 5
    for row in data:
        ref = row[0]
        for c, value in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if c == date_col:
                d = parse_date(value)
                if d is not None and ref not in TEXT_DATE_REFS:
                    cell.value = d
                    cell.number_format = "dd/mm/yyyy"
                else:
                    cell.value = value
                    cell.number_format = "@"
            elif c == rag_col:
                if ref in FILL_ONLY_RAG:
                    cell.value = None
                    cell.fill = PatternFill("solid", fgColor=FILL_ONLY_RAG[ref])
                else:
                    cell.value = value
                    colour = RAG_FILLS.get(value.strip().lower())
                    if colour:
                        cell.fill = PatternFill("solid", fgColor=colour)
            else:
                cell.value = value if value != "" else None
        if ref in HIDDEN_REFS:
            ws.row_dimensions[r].hidden = True
        r += 1

    r += 1  # blank row, then the notes row under the table
    for note in notes:
        ws.cell(row=r, column=1, value=note).font = Font(italic=True)
        r += 1

    for i, w in enumerate(WIDTHS[:ncols], start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A5"

    ns = wb.create_sheet("Notes")
    ns["A1"] = "RAG key"
    ns["A1"].font = Font(bold=True)
    key = [("Red", RED, "Off track or at risk of non-delivery"),
           ("Amber", AMBER, "Some slippage but recoverable"),
           ("Green", GREEN, "On track"),
           ("Complete", None, "Action delivered; evidence of impact being monitored"),
           ("Not started", None, "Not yet due to start")]
    for i, (name, colour, meaning) in enumerate(key, start=2):
        ns.cell(row=i, column=1, value=name)
        ns.cell(row=i, column=2, value=meaning)
        if colour:
            ns.cell(row=i, column=1).fill = PatternFill("solid", fgColor=colour)
    ns["A8"] = "Some rows show RAG status by cell colour only."
    ns["A9"] = "Source MV3 = Ofsted monitoring visit, 14-15 May 2024."
    ns["A10"] = "Fictional sample data for Findings Studio."
    ns.column_dimensions["A"].width = 14
    ns.column_dimensions["B"].width = 55

    wb.properties.creator = "Wyvern County Council (fictional)"
    wb.properties.title = titles[0]
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    wb.save(XLSX_PATH)
    print(f"wrote {XLSX_PATH} ({XLSX_PATH.stat().st_size} bytes, {len(data)} rows)")


if __name__ == "__main__":
    main()
