#!/bin/sh
# Renders the Progress sheet of the demo document (one authority, five monitoring visits,
# improving) to a PNG for the README: excel_bench --demo writes the document, the findings
# CLI exports only the Progress sheet, LibreOffice prints it to PDF, pdftoppm rasterises the
# first page at 60 dpi.
#
#   bench/excel/render_progress.sh [BUILD_DIR] [OUT.png]     (defaults: build, docs/images/progress.png)
set -eu
build=${1:-build}
out=${2:-docs/images/progress.png}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$build/bin/excel_bench" --demo "$work/demo.findings.json"
"$build/bin/findings" convert --quiet "$work/demo.findings.json" -o "$work/progress.xlsx" \
  --option sheets=progress
HOME="$work" soffice --headless --norestore "-env:UserInstallation=file://$work/lo" \
  --convert-to pdf --outdir "$work" "$work/progress.xlsx" >/dev/null 2>&1
pdftoppm -r 60 -png -singlefile -f 1 -l 1 "$work/progress.pdf" "$work/progress"
mkdir -p "$(dirname "$out")"
cp "$work/progress.png" "$out"
echo "wrote $out"
