"""Prints, as JSON, how each cell of one sheet looks to an independent reader (openpyxl):
for every row, a list of [text, fill colour RRGGBB or "", fill pattern or "", comment text
or null]. The C++ tests decide what is right.

usage: cell_looks.py WORKBOOK.xlsx SHEET"""
import json
import sys

import openpyxl


def look(c):
    fill = c.fill
    colour = ""
    pattern = fill.fill_type or "" if fill is not None else ""
    if pattern:
        # A solid fill's colour is its fgColor; a patterned one keeps its base in bgColor.
        rgb = (fill.fgColor.rgb if pattern == "solid" else fill.bgColor.rgb) or ""
        colour = rgb[-6:] if isinstance(rgb, str) else ""
    text = "" if c.value is None else str(c.value)
    return [text, colour, pattern, c.comment.text if c.comment else None]


def main():
    wb = openpyxl.load_workbook(sys.argv[1])
    ws = wb[sys.argv[2]]
    json.dump([[look(c) for c in row] for row in ws.iter_rows()], sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
