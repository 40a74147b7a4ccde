"""Prints, as JSON, what an independent reader (openpyxl) sees in a workbook: sheets and
their states, tables, filters, validations, conditional formats, frozen panes, protection,
hidden columns, defined names, document properties, and the cells of the first rows with
their types. The C++ tests assert on this; nothing here decides what is right.

usage: workbook_facts.py WORKBOOK.xlsx [ROWS]"""
import datetime
import json
import sys
import zipfile

import openpyxl


def cell(c):
    v = c.value
    if v is None:
        return ["", ""]
    if isinstance(v, datetime.datetime):
        return ["d", v.date().isoformat()]
    if isinstance(v, datetime.date):
        return ["d", v.isoformat()]
    if isinstance(v, bool):
        return ["b", str(v)]
    if isinstance(v, (int, float)):
        return ["n", repr(v)]
    return ["s", str(v)]


def main():
    path = sys.argv[1]
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 60
    wb = openpyxl.load_workbook(path)
    out = {"sheets": [], "defined_names": {}, "properties": {}}
    for dn in wb.defined_names.definedName:
        out["defined_names"][dn.name] = dn.attr_text
    p = wb.properties
    out["properties"] = {"title": p.title, "subject": p.subject, "creator": p.creator,
                         "created": p.created.isoformat() if p.created else None}
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        out["custom_xml"] = z.read("docProps/custom.xml").decode() if "docProps/custom.xml" in names else ""
        out["zip_ok"] = z.testzip() is None
    for ws in wb.worksheets:
        s = {
            "title": ws.title,
            "state": ws.sheet_state,
            "freeze": ws.freeze_panes,
            "max_row": ws.max_row,
            "max_column": ws.max_column,
            # openpyxl 3.0 gives (name, ref) pairs here, later versions (name, Table).
            "tables": {name: getattr(t, "ref", t) for name, t in ws.tables.items()},
            "autofilter": ws.auto_filter.ref,
            "validations": [{"type": dv.type, "formula1": dv.formula1, "sqref": str(dv.sqref)}
                            for dv in ws.data_validations.dataValidation],
            "conditional": [{"sqref": str(cf.sqref), "types": [r.type for r in cf.rules],
                             "formulas": [f for r in cf.rules for f in (r.formula or [])]}
                            for cf in ws.conditional_formatting],
            "protected": bool(ws.protection.sheet),
            "password": bool(ws.protection.password),
            "hidden_columns": sorted(k for k, d in ws.column_dimensions.items() if d.hidden),
            "print": {"landscape": ws.page_setup.orientation == "landscape",
                      "fit_to_page": bool(ws.sheet_properties.pageSetUpPr
                                          and ws.sheet_properties.pageSetUpPr.fitToPage),
                      # OOXML's default when the attribute is absent is 1.
                      "fit_width": ws.page_setup.fitToWidth if ws.page_setup.fitToWidth is not None else 1,
                      "title_rows": ws.print_title_rows},
            "rows": [[cell(c) for c in row]
                     for row in ws.iter_rows(min_row=1, max_row=min(ws.max_row, rows))],
            "locked": [[bool(c.protection.locked) for c in row]
                       for row in ws.iter_rows(min_row=1, max_row=min(ws.max_row, 3))],
        }
        out["sheets"].append(s)
    json.dump(out, sys.stdout, ensure_ascii=False)


main()
