"""Writes the cells excel_bench dumped (findings.jsonl, actions.jsonl, data.jsonl) with
Python's xlsxwriter (the Debian package), timing only the writing: the rows are loaded
first. Prints "seconds S baseline_kb K", K being the resident memory once the rows are
loaded, so the caller can tell the writer's own memory from the data's.

usage: python_writer.py DUMP_DIR OUT.xlsx normal|cm"""
import json
import sys
import time

import xlsxwriter

FINDINGS_HEADER = ["Ref", "Local authority", "Source", "Visit", "Section", "Themes",
                   "Strength/weakness", "Finding", "Summary", "Action", "Owner", "Due",
                   "Status", "Review", "Location", "Id"]
ACTIONS_HEADER = ["Ref", "Local authority", "Source", "Themes", "Strength/weakness", "Finding",
                  "Action", "Owner", "Due", "Status", "Id"]


ROW_LIMIT = 1048576


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def rss_kb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def write_rows(ws, first_row, rows, date):
    for r, row in enumerate(rows, first_row):
        for c, v in enumerate(row):
            if isinstance(v, str):
                if v:
                    ws.write_string(r, c, v)
            elif isinstance(v, list):
                ws.write_number(r, c, v[0], date)
            else:
                ws.write_number(r, c, v)


def main():
    dump, out, mode = sys.argv[1], sys.argv[2], sys.argv[3]
    findings = load(dump + "/findings.jsonl")
    actions = load(dump + "/actions.jsonl")
    data = load(dump + "/data.jsonl")
    baseline = rss_kb()
    start = time.monotonic()
    wb = xlsxwriter.Workbook(out, {"constant_memory": mode == "cm", "tmpdir": dump})
    sheets = [wb.add_worksheet(n) for n in ("Findings", "Actions")]
    date = wb.add_format({"num_format": "d mmm yyyy"})
    sheets[0].write_row(0, 0, FINDINGS_HEADER)
    sheets[1].write_row(0, 0, ACTIONS_HEADER)
    write_rows(sheets[0], 1, findings, date)
    write_rows(sheets[1], 1, actions, date)
    # The data sheet continues on _findings2, ... past Excel's row limit, each part starting
    # with the marker and header rows, as the exporter's.
    head, records = data[:2], data[2:]
    per_part = ROW_LIMIT - 2
    for part, first in enumerate(range(0, max(len(records), 1), per_part), 1):
        ws = wb.add_worksheet("_findings" if part == 1 else "_findings%d" % part)
        write_rows(ws, 0, head, date)
        write_rows(ws, 2, records[first:first + per_part], date)
    wb.close()
    print("seconds %.3f baseline_kb %d" % (time.monotonic() - start, baseline))


main()
