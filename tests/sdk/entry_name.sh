#!/usr/bin/env bash
# The entry point's name is derived from the header's major version: the same plugin source
# built against a copy of the header that says major 2 exports findings_plugin_entry_v2 and
# no _v1, in C and in C++ (FINDINGS_PLUGIN), so a 2.x header cannot define a 1.x entry.
# And no plugin source in the tree spells an entry by hand, except the wrong-major fixture
# that stands for a plugin of another major version, the released 1.0 header kept as a
# fixture, and the services probe's build against that header (which has no FND_PLUGIN_ENTRY).
set -euo pipefail
source_dir=$1 cc=${2:-cc} cxx=${3:-c++}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$source_dir/sdk/include" "$work/include"
grep -q '^#define FND_SDK_VERSION_MAJOR 1$' "$work/include/findings/plugin.h"
sed -i 's/^#define FND_SDK_VERSION_MAJOR 1$/#define FND_SDK_VERSION_MAJOR 2/' "$work/include/findings/plugin.h"

exports_of() { nm --defined-only "$1" | awk '$2 == "T" {print $3}'; }
expect_v2() {
  local exported; exported=$(exports_of "$1")
  [ "$exported" = "findings_plugin_entry_v2" ] || { echo "$1 defines: $exported"; exit 1; }
}
cat > "$work/entry.c" <<'C'
#include <findings/plugin.h>
static const fnd_plugin plugin;
FND_PLUGIN_ENTRY(host_version) { (void)host_version; return &plugin; }
C
"$cc" -std=c99 -c -I"$work/include" "$work/entry.c" -o "$work/entry_c.o"
expect_v2 "$work/entry_c.o"
cat > "$work/entry.cpp" <<'CPP'
#include <findings/sdk.hpp>
static findings::Plugin define() { return findings::Plugin({"org.example", "x", "1", "x", "x"}); }
FINDINGS_PLUGIN(define)
CPP
"$cxx" -std=c++17 -fvisibility=hidden -c -I"$work/include" "$work/entry.cpp" -o "$work/entry_cpp.o"
expect_v2 "$work/entry_cpp.o"
printf '#include <findings/plugin.h>\n#include <stdio.h>\nint main(void) { puts(FND_ENTRY_SYMBOL); return 0; }\n' > "$work/symbol.c"
"$cc" -std=c99 -I"$work/include" "$work/symbol.c" -o "$work/symbol"
[ "$("$work/symbol")" = "findings_plugin_entry_v2" ]

hand_written=$(grep -rlE 'findings_plugin_entry_v[0-9]+ *\(' "$source_dir/plugins" "$source_dir/samples" \
                 "$source_dir/tests" "$source_dir/sdk/include" --include='*.c' --include='*.cpp' \
                 --include='*.h' --include='*.hpp' |
               grep -vE '/tests/test_plugins/(wrong_major\.c|services_plugin\.c|sdk-1\.0/findings/plugin\.h)$' || true)
[ -z "$hand_written" ] || { echo "entry points spelled by hand, not FND_PLUGIN_ENTRY:"; echo "$hand_written"; exit 1; }
echo "a major-2 header defines findings_plugin_entry_v2 in C and C++; no entry is spelled by hand"
