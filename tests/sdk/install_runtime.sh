#!/usr/bin/env bash
# `cmake --install --component runtime` gives a working application on its own: the CLI and
# its worker, the built-in plugins and the data files they read (themes.json, ...), and none
# of the SDK. The installed CLI lists the installed plugins and imports samples with them.
set -euo pipefail
build_dir=$1 source_dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix
cmake --install "$build_dir" --component runtime --prefix "$prefix" >/dev/null
for f in bin/findings bin/findings-worker; do test -x "$prefix/$f" || { echo "missing $f"; exit 1; }; done
for f in themes.json concepts.json columns.json authorities.json; do
  test -f "$prefix/lib/findings/plugins/data/$f" || { echo "missing data/$f"; exit 1; }
done
# The SDK is a component of its own.
[ ! -e "$prefix/include" ] || { echo "the runtime component installed headers"; exit 1; }
[ ! -e "$prefix/lib/cmake" ] || { echo "the runtime component installed the CMake package"; exit 1; }

# Only the installed copy is in reach: no build tree, no user folder, no $FINDINGS_PLUGIN_PATH.
run() { env -u FINDINGS_PLUGIN_PATH -u FINDINGS_WORKER XDG_DATA_HOME="$work/xdg" \
            FINDINGS_CACHE_DIR="$work/cache" "$prefix/bin/findings" "$@"; }
run plugins > "$work/plugins.txt"
for id in uk.findings.json uk.findings.letters uk.findings.spreadsheet uk.findings.excel; do
  grep -q "^$id " "$work/plugins.txt" || { echo "plugin $id not listed:"; cat "$work/plugins.txt"; exit 1; }
done
grep -q "^    $prefix/lib/findings/plugins/letters.findings-plugin$" "$work/plugins.txt" ||
  { echo "plugins not loaded from the install:"; cat "$work/plugins.txt"; exit 1; }
! grep -q "^failed" "$work/plugins.txt" || { cat "$work/plugins.txt"; exit 1; }

run import --quiet "$source_dir/samples/data/wyvern-monitoring-letter-2024-05.txt" \
    "$source_dir/samples/data/wyvern-improvement-tracker.csv" -o "$work/out.findings.json"
grep -q '"id": "uk.findings.letters.text"' "$work/out.findings.json"
grep -q '"id": "uk.findings.spreadsheet.csv"' "$work/out.findings.json"
# Classified with the installed taxonomy: findings carry themes.
grep -A1 -q '"themes": \[$' "$work/out.findings.json" ||
  { echo "no finding has themes: the taxonomy was not found"; exit 1; }
run convert --quiet "$work/out.findings.json" -o "$work/out.xlsx"
test -s "$work/out.xlsx"
echo "the runtime component runs on its own: $(grep -c '^uk\.' "$work/plugins.txt") plugins"
