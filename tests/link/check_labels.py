#!/usr/bin/python3
"""Check a follow-up label file (tests/link/fixtures/*-links.json) against its documents.

Usage: /usr/bin/python3 tests/link/check_labels.py LABELS.json ROOT [LABELS.json ROOT ...]

ROOT is the directory the label file's document paths are relative to (the corpus for the
Herefordshire chain, the repository root for Wyvern). For every link the checker confirms
that the `point` and `finding` substrings each occur exactly once in the text of their
document, that the fields hold allowed values, and that every labelled finding has exactly
one primary target; then it prints counts per relation and stance. Exit status 1 when any
check fails, so it can run as a test. Standard library only; PDFs are read with
`pdftotext -layout` (poppler-utils), as a person reading the PDF would see the text.
"""
import json
import re
import subprocess
import sys
from collections import Counter

RELATIONS = {"follows_up", "responds_to", "same_as"}
STANCES = {"improved", "not_improved", "mixed", "unclear"}
MIN_POINT_CHARS = 25

# Typographic variants that PDF extraction and word processors produce for one character.
_CHAR_MAP = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
    "\u2010": "-", "\u2011": "-", "\u00a0": " ", "\ufeff": "",
})


def normalise(text):
    """One canonical form for matching: straight quotes, single spaces, and a hyphen that a
    line break separated from the rest of its word ("under-\\n  developed") rejoined."""
    text = text.translate(_CHAR_MAP)
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"(?<=\w)- (?=\w)", "-", text)
    return text.strip()


def document_text(path):
    if path.lower().endswith(".pdf"):
        try:
            out = subprocess.run(["pdftotext", "-layout", path, "-"], check=True,
                                 capture_output=True)
        except FileNotFoundError:
            raise SystemExit("check_labels: pdftotext not found (install poppler-utils)")
        except subprocess.CalledProcessError as e:
            raise SystemExit(f"check_labels: pdftotext failed on {path}: "
                             f"{e.stderr.decode(errors='replace').strip()}")
        raw = out.stdout
    else:
        with open(path, "rb") as f:
            raw = f.read()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def check(label_path, root):
    """Return (problem strings, counters) for one label file."""
    problems = []
    try:
        with open(label_path, encoding="utf-8") as f:
            labels = json.load(f)
    except (OSError, json.JSONDecodeError) as e:
        return [f"{label_path}: cannot read: {e}"], {}

    texts = {}

    def text_of(doc):
        if doc not in texts:
            path = f"{root.rstrip('/')}/{doc}"
            try:
                texts[doc] = normalise(document_text(path))
            except OSError as e:
                problems.append(f"{label_path}: document {doc}: {e}")
                texts[doc] = None
        return texts[doc]

    declared = set(labels.get("documents", []))
    relations, stances, primaries = Counter(), Counter(), Counter()
    targets_per_finding = {}
    checked_substrings = set()

    def check_substring(doc, needle, where):
        if not isinstance(needle, str) or not needle.strip():
            problems.append(f"{where}: empty substring")
            return
        key = (doc, needle)
        if key in checked_substrings:
            return
        checked_substrings.add(key)
        text = text_of(doc)
        if text is None:
            return
        n = text.count(normalise(needle))
        if n != 1:
            problems.append(f"{where}: {needle[:70]!r} occurs {n} times in {doc}")

    for i, link in enumerate(labels.get("links", [])):
        where = f"{label_path}: link {i + 1}"
        for field in ("point_doc", "point", "finding_doc", "finding", "relation"):
            if field not in link:
                problems.append(f"{where}: missing '{field}'")
        if any(f not in link for f in ("point_doc", "point", "finding_doc", "finding")):
            continue
        for doc in (link["point_doc"], link["finding_doc"]):
            if declared and doc not in declared:
                problems.append(f"{where}: document {doc} is not listed in 'documents'")
        if len(link["point"]) < MIN_POINT_CHARS:
            problems.append(f"{where}: point substring shorter than {MIN_POINT_CHARS} chars")
        check_substring(link["point_doc"], link["point"], where + " point")
        check_substring(link["finding_doc"], link["finding"], where + " finding")

        relation = link.get("relation")
        if relation not in RELATIONS:
            problems.append(f"{where}: relation {relation!r} not one of {sorted(RELATIONS)}")
        stance = link.get("stance")
        if relation == "follows_up" and stance not in STANCES:
            problems.append(f"{where}: follows_up needs a stance in {sorted(STANCES)}")
        if relation != "follows_up" and stance is not None and stance not in STANCES:
            problems.append(f"{where}: stance {stance!r} not one of {sorted(STANCES)}")
        if not isinstance(link.get("primary"), bool):
            problems.append(f"{where}: 'primary' must be true or false")
        relations[relation] += 1
        if relation == "follows_up":
            stances[stance] += 1
        finding_key = (link["finding_doc"], link["finding"])
        targets_per_finding.setdefault(finding_key, []).append(link.get("primary") is True)
        if link.get("primary") is True:
            primaries[relation] += 1

    for (doc, finding), flags in targets_per_finding.items():
        if sum(flags) != 1:
            problems.append(f"{label_path}: finding {finding[:60]!r} in {doc} has "
                            f"{sum(flags)} primary targets (needs exactly 1)")

    for item in labels.get("excluded_findings", []):
        if "doc" in item and "finding" in item:
            check_substring(item["doc"], item["finding"], f"{label_path}: excluded finding")

    counts = {"relations": relations, "stances": stances, "primaries": primaries,
              "findings": len(targets_per_finding),
              "points": len({(l.get("point_doc"), l.get("point")) for l in labels.get("links", [])})}
    return problems, counts


def main(argv):
    if len(argv) < 3 or len(argv) % 2 == 0:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    failed = False
    for label_path, root in zip(argv[1::2], argv[2::2]):
        problems, counts = check(label_path, root)
        print(f"== {label_path}")
        for p in problems:
            print(f"  FAIL {p}")
        if counts:
            print(f"  links by relation: {dict(sorted(counts['relations'].items()))}")
            print(f"  follows_up stance: {dict(sorted(counts['stances'].items()))}")
            print(f"  primary links:     {dict(sorted(counts['primaries'].items()))}")
            print(f"  distinct targets (points/findings linked to): {counts['points']}; "
                  f"labelled findings: {counts['findings']}")
        print(f"  {'FAILED' if problems else 'ok'}: {len(problems)} problem(s)")
        failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
