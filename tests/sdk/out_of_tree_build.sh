#!/usr/bin/env bash
# Installs the SDK from this build to a temporary prefix, builds the two samples out of tree
# against it with only find_package(FindingsSDK), then loads and runs them in the host.
set -euo pipefail
build_dir=$1 source_dir=$2 cli=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cmake --install "$build_dir" --prefix "$work/prefix" >/dev/null
test -f "$work/prefix/lib/cmake/FindingsSDK/FindingsSDKConfig.cmake"
test -f "$work/prefix/include/findings/plugin.h"
for sample in markdown-importer-c html-report-exporter; do
  cmake -S "$source_dir/samples/$sample" -B "$work/build-$sample" -G Ninja \
        -DCMAKE_PREFIX_PATH="$work/prefix" >/dev/null
  cmake --build "$work/build-$sample" >/dev/null
  cp "$work/build-$sample"/*.findings-plugin "$work/plugins/" 2>/dev/null || {
    mkdir -p "$work/plugins"; cp "$work/build-$sample"/*.findings-plugin "$work/plugins/"; }
done
ls "$work/plugins"
# Only the entry symbol is exported: not even the C++ library's weak template instances.
for p in "$work/plugins"/*.findings-plugin; do
  exported=$(nm -D --defined-only "$p" | awk 'NF == 3 {print $3}' || true)
  [ "$exported" = "findings_plugin_entry_v1" ] || { echo "unexpected exports in $p: $exported"; exit 1; }
done
export XDG_DATA_HOME="$work/xdg"
export FINDINGS_CACHE_DIR="$work/cache"  # the plugin scan cache, not the user's
"$cli" plugins --plugin-dir "$work/plugins" | tee "$work/plugins.txt"
grep -q "org.example.markdown" "$work/plugins.txt"
grep -q "org.example.html" "$work/plugins.txt"
"$cli" import --plugin-dir "$work/plugins" "$source_dir/samples/data/wyvern-findings.md" \
       -o "$work/md.findings.json"
grep -q '"polarity": "weakness"' "$work/md.findings.json"
# The C sample takes its themes from the host's classify (SDK 1.1), with the taxonomy
# installed beside the host's plugins: "Contacts to the MASH ..." is about the front door.
grep -q '"front_door"' "$work/md.findings.json"
"$cli" convert --plugin-dir "$work/plugins" "$work/md.findings.json" -o "$work/report.html" \
       --option title="Wyvern report"
grep -q "<h1>Wyvern report</h1>" "$work/report.html"
grep -q 'class="weakness"' "$work/report.html"
echo "out-of-tree samples built, loaded and ran"
