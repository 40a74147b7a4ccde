#!/usr/bin/env bash
# Installs the SDK component alone (cmake --install --component sdk) from this build to a
# temporary prefix, builds the two samples out of tree against it with only
# find_package(FindingsSDK), runs their own tests (which use the SDK's test harness), then
# loads and runs them in the host.
set -euo pipefail
build_dir=$1 source_dir=$2 cli=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cmake --install "$build_dir" --component sdk --prefix "$work/prefix" >/dev/null
for f in lib/cmake/FindingsSDK/FindingsSDKConfig.cmake lib/cmake/FindingsSDK/FindingsSDKConfigVersion.cmake \
         lib/cmake/FindingsSDK/FindingsSDKTargets.cmake lib/cmake/FindingsSDK/FindingsPlugin.cmake \
         lib/cmake/FindingsSDK/findings-plugin.map include/findings/plugin.h include/findings/sdk.hpp \
         share/findings-sdk/FORMAT.md share/findings-sdk/findings-1.schema.json \
         lib/libfindings_plugin_check.a include/findings/plugin_check/plugin_check.hpp \
         lib/libfindings_format.a include/findings/format/findings_json.hpp include/findings/format/validator.hpp; do
  test -f "$work/prefix/$f" || { echo "the sdk component lacks $f"; exit 1; }
done
# The application is a component of its own.
[ ! -e "$work/prefix/bin" ] || { echo "the sdk component installed programs: $(ls "$work/prefix/bin")"; exit 1; }
# The samples' tests link the SDK's static harness library, built with this build's flags (a
# sanitizer build's libraries need the sanitizer at link time too): the same flags here.
cache_value() { sed -n "s/^$1:[A-Z]*=//p" "$build_dir/CMakeCache.txt"; }
for sample in markdown-importer-c html-report-exporter; do
  cmake -S "$source_dir/samples/$sample" -B "$work/build-$sample" -G Ninja \
        -DCMAKE_PREFIX_PATH="$work/prefix" --no-warn-unused-cli \
        -DCMAKE_C_FLAGS="$(cache_value CMAKE_C_FLAGS)" -DCMAKE_CXX_FLAGS="$(cache_value CMAKE_CXX_FLAGS)" \
        -DCMAKE_EXE_LINKER_FLAGS="$(cache_value CMAKE_EXE_LINKER_FLAGS)" \
        -DCMAKE_MODULE_LINKER_FLAGS="$(cache_value CMAKE_MODULE_LINKER_FLAGS)" >/dev/null
  cmake --build "$work/build-$sample" >/dev/null
  # Each sample's own test, with the harness (Findings::plugin_check).
  ctest --test-dir "$work/build-$sample" --output-on-failure
  cp "$work/build-$sample"/*.findings-plugin "$work/plugins/" 2>/dev/null || {
    mkdir -p "$work/plugins"; cp "$work/build-$sample"/*.findings-plugin "$work/plugins/"; }
done
ls "$work/plugins"
# Only the entry symbol is exported: not even the C++ library's weak template instances.
major=$(sed -n 's/^#define FND_SDK_VERSION_MAJOR \([0-9]*\)$/\1/p' "$work/prefix/include/findings/plugin.h")
for p in "$work/plugins"/*.findings-plugin; do
  exported=$(nm -D --defined-only "$p" | awk 'NF == 3 {print $3}' || true)
  [ "$exported" = "findings_plugin_entry_v$major" ] || { echo "unexpected exports in $p: $exported"; exit 1; }
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
# The format library (Findings::format) out of tree: a tool of a third party reads the
# document the host wrote, validates it, and writes it back byte for byte.
mkdir -p "$work/format-user"
cat > "$work/format-user/CMakeLists.txt" <<'CMAKE'
cmake_minimum_required(VERSION 3.16)
project(format_user CXX)
find_package(FindingsSDK 1 REQUIRED)
add_executable(format_user main.cpp)
target_link_libraries(format_user PRIVATE Findings::format)
CMAKE
cat > "$work/format-user/main.cpp" <<'CPP'
#include <findings/format/findings_json.hpp>
#include <findings/format/validator.hpp>
#include <iostream>
int main(int argc, char** argv) {
    if (argc != 2) return 2;
    const auto problems = findings::validateFindingsFile(argv[1]);
    if (!problems.empty()) { std::cerr << findings::describeProblems(problems) << "\n"; return 1; }
    const findings::FindingsSet set = findings::readFindingsFile(argv[1]);
    std::cout << set.sources.size() << " source(s), " << set.findings.size() << " finding(s)\n";
    findings::writeFindingsJson(set, std::cout);
    return 0;
}
CPP
cmake -S "$work/format-user" -B "$work/format-user/build" -G Ninja -DCMAKE_PREFIX_PATH="$work/prefix" \
      -DCMAKE_CXX_FLAGS="$(cache_value CMAKE_CXX_FLAGS)" -DCMAKE_EXE_LINKER_FLAGS="$(cache_value CMAKE_EXE_LINKER_FLAGS)" \
      --no-warn-unused-cli >/dev/null
cmake --build "$work/format-user/build" >/dev/null
"$work/format-user/build/format_user" "$work/md.findings.json" > "$work/format-user.out"
head -1 "$work/format-user.out" | grep -q "^1 source(s), [1-9][0-9]* finding(s)$"
tail -n +2 "$work/format-user.out" | cmp - "$work/md.findings.json"
echo "out-of-tree samples built, loaded and ran; Findings::format read, validated and rewrote a document"
