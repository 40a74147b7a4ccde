#!/usr/bin/python3
"""Builds the fuzzers' starting corpora from files the project already has, so nothing
binary is committed: the samples (samples/data), the letters' text fixtures, the fixtures
the normal build generates (workbooks, Word documents, zips) and the demo's outputs (a
findings document and the workbook exported from it).

Usage: make_seeds.py OUT_DIR INPUT_DIR_OR_FILE...

Writes OUT_DIR/<target>/<name>, one folder per fuzz target, in each target's input form
(see fuzz/targets/*.cpp): raw bytes, or parts joined by the part separator. Standard library
only, except the workbook round-trip seeds, which need openpyxl to read the hidden sheet.
"""
import hashlib
import io
import json
import os
import sys
import zipfile

SEPARATOR = b"\n@@part@@\n"
MAX_SEED_BYTES = 1 << 20


def write(out_dir, target, data):
    folder = os.path.join(out_dir, target)
    os.makedirs(folder, exist_ok=True)
    name = hashlib.sha1(data).hexdigest()
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def zip_part(archive, *names):
    for name in names:
        try:
            return archive.read(name)
        except KeyError:
            continue
    return None


def xlsx_seeds(out_dir, path, data):
    write(out_dir, "zip_archive", data)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        return
    sheets = sorted(n for n in archive.namelist() if n.startswith("xl/worksheets/sheet"))
    shared = zip_part(archive, "xl/sharedStrings.xml") or b""
    styles = zip_part(archive, "xl/styles.xml") or b""
    for sheet in sheets[:4]:
        # The workbook part is left to the target's default, which names one sheet.
        write(out_dir, "xlsx_sheet", SEPARATOR.join([archive.read(sheet), shared, styles]))
    roundtrip_seeds(out_dir, path)


def roundtrip_seeds(out_dir, path):
    try:
        import openpyxl
    except ImportError:
        return
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception:
        return
    if "_findings" not in book.sheetnames:
        return

    def grid(sheet, columns=None):
        lines = []
        header = None
        for row in sheet.iter_rows(values_only=True):
            cells = ["" if v is None else str(v) for v in row]
            if columns is not None:
                if header is None:
                    header = cells
                    continue
                cells = [cells[header.index(c)] if c in header else "" for c in columns]
            lines.append("\t".join(c.replace("\t", " ").replace("\n", " ") for c in cells))
        return "\n".join(lines).encode("utf-8")

    data = grid(book["_findings"])
    write(out_dir, "workbook_roundtrip", data)
    # The editable cells in the order of editableColumns() (plugins/excel/roundtrip/src/edits.cpp).
    columns = ["Themes", "Action", "Owner", "Due", "Status", "Review"]
    parts = [data]
    for name in ("Findings", "Actions"):
        if name in book.sheetnames:
            parts.append(grid(book[name], columns))
    write(out_dir, "workbook_roundtrip", SEPARATOR.join(parts))


def docx_seeds(out_dir, data):
    write(out_dir, "zip_archive", data)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        return
    body = zip_part(archive, "word/document.xml")
    if body is None:
        return
    parts = [body]
    numbering = zip_part(archive, "word/numbering.xml")
    styles = zip_part(archive, "word/styles.xml")
    if numbering is not None or styles is not None:
        parts.append(numbering or b"")
    if styles is not None:
        parts.append(styles)
    write(out_dir, "docx_body", SEPARATOR.join(parts))


def seed_file(out_dir, path):
    try:
        if os.path.getsize(path) > MAX_SEED_BYTES:
            return
        with open(path, "rb") as f:
            data = f.read()
    except OSError:
        return
    ext = os.path.splitext(path)[1].lower()
    if ext == ".xlsx":
        xlsx_seeds(out_dir, path, data)
    elif ext == ".docx":
        docx_seeds(out_dir, data)
    elif ext == ".zip":
        write(out_dir, "zip_archive", data)
    elif ext == ".csv":
        # The first byte picks the reader's chunk size (byte + 1): whole-file, and tiny.
        write(out_dir, "csv_reader", b"\xff" + data)
        write(out_dir, "csv_reader", b"\x02" + data)
    elif ext in (".txt", ".md"):
        write(out_dir, "letter_text", data)
    elif ext == ".json":
        try:
            doc = json.loads(data)
        except ValueError:
            return
        if isinstance(doc, dict) and doc.get("format") == "findings":
            write(out_dir, "findings_json", data)


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    out_dir = sys.argv[1]
    for arg in sys.argv[2:]:
        if os.path.isdir(arg):
            for root, dirs, files in os.walk(arg):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    seed_file(out_dir, os.path.join(root, name))
        elif os.path.isfile(arg):
            seed_file(out_dir, arg)
    for target in sorted(os.listdir(out_dir)) if os.path.isdir(out_dir) else []:
        print(f"  {target}: {len(os.listdir(os.path.join(out_dir, target)))} seeds")


if __name__ == "__main__":
    main()
