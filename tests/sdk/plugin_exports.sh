#!/usr/bin/env bash
# Every plugin in the folder exports its entry point and nothing else (the version script of
# sdk/cmake/FindingsPlugin.cmake), so no plugin's C++ library copies leak into another's.
set -euo pipefail
dir=$1
count=0
for p in "$dir"/*.findings-plugin; do
  exported=$(nm -D --defined-only "$p" | awk 'NF == 3 {print $3}')
  if [ "$exported" != "findings_plugin_entry_v1" ]; then
    echo "$p exports more than its entry point:"; echo "$exported" | head -20; exit 1
  fi
  count=$((count + 1))
done
[ "$count" -gt 0 ] || { echo "no plugins in $dir"; exit 1; }
echo "$count plugins export only findings_plugin_entry_v1"
