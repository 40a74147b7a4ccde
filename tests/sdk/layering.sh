#!/bin/sh
# The layering the SDK promises, checked over the source tree (argument: the source root):
#  1. no plugin includes a header of the application (findings/core/...): a plugin speaks to
#     the host only through sdk/ (the ABI, the C++ layer, Findings::format and the checks);
#  2. the application links no plugin's own library: only the SDK's libraries and the shared
#     ones under plugins/common (the classifier, the digest, the calendar, ...);
#  3. no plugin links another plugin's own library: what two plugins share lives in
#     plugins/common.
# Prints every breach, naming the file, and fails if there is one.
set -eu
src=$1
[ -d "$src/plugins" ] && [ -d "$src/app" ] || { echo "usage: $0 SOURCE_ROOT" >&2; exit 2; }
status=0

includes=$(grep -rnE '#[[:space:]]*include[[:space:]]*[<"]findings/core/' "$src/plugins" || true)
if [ -n "$includes" ]; then
    echo "plugins include application headers (findings/core/...); use the SDK's instead:"
    echo "$includes"
    status=1
fi

# The libraries plugins define for themselves: every add_library under plugins/ but common/.
private=$(find "$src/plugins" -name CMakeLists.txt -not -path "*/common/*" -exec \
              sed -nE 's/^[[:space:]]*add_library\(([A-Za-z0-9_]+).*/\1/p' {} + | sort -u)
[ -n "$private" ] || { echo "found no plugin library at all under $src/plugins: is this the source tree?"; exit 1; }
for cmake in $(find "$src/app" -name CMakeLists.txt); do
    # Comments do not link anything.
    code=$(sed 's/#.*//' "$cmake")
    for lib in $private; do
        if printf '%s\n' "$code" | grep -qw "$lib"; then
            echo "$cmake links $lib, a plugin's own library"
            status=1
        fi
    done
done

# 3. Each plugin folder (plugins/NAME) against the libraries of every other one.
for dir in "$src"/plugins/*/; do
    name=$(basename "$dir")
    [ "$name" = common ] && continue
    own=$(find "$dir" -name CMakeLists.txt -exec sed -nE 's/^[[:space:]]*add_library\(([A-Za-z0-9_]+).*/\1/p' {} + | sort -u)
    for cmake in $(find "$dir" -name CMakeLists.txt); do
        code=$(sed 's/#.*//' "$cmake")
        for lib in $private; do
            echo "$own" | grep -qx "$lib" && continue
            if printf '%s\n' "$code" | grep -qw "$lib"; then
                echo "$cmake links $lib, the library of another plugin: move what they share to plugins/common"
                status=1
            fi
        done
    done
done

[ $status = 0 ] && echo "layering holds: $(echo "$private" | wc -w) plugin libraries, none linked by app/ or by another plugin; no plugin includes findings/core"
exit $status
