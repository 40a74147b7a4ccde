#!/usr/bin/env bash
# Runs each libFuzzer target for FUZZ_SECONDS (default 60), one after another at nice 10, and
# keeps every crash, leak, timeout or out-of-memory input it finds in
# fuzz/regressions/<target>/, where the test fuzz.replay.<target> replays it in every build.
# Prints a table of executions and findings per target and appends it to
# FUZZ_BUILD/fuzz-log.tsv. Exits 1 when any target found something new.
#
# Usage: run_fuzzers.sh FUZZ_BUILD SEED_DIR [TARGET...]   (default: every target)
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="$1"; seeds="$2"; shift 2
seconds="${FUZZ_SECONDS:-60}"
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(zip_archive xlsx_sheet csv_reader docx_body letter_text findings_json workbook_roundtrip)
fi

# Longest input per target: big enough for real documents' parts, small enough that the
# fuzzer spends its time on structure rather than bulk.
max_len() {
  case "$1" in
    zip_archive|xlsx_sheet|docx_body) echo 262144 ;;
    letter_text) echo 65536 ;;
    *) echo 131072 ;;
  esac
}

status=0
printf '%-20s %8s %12s %8s  %s\n' target seconds executions found inputs
for t in "${targets[@]}"; do
  bin="$build/bin/fuzz_$t"
  [ -x "$bin" ] || { echo "run_fuzzers: $bin is missing (make fuzz builds it)" >&2; exit 2; }
  corpus="$build/corpus/$t"; artifacts="$build/artifacts/$t"
  mkdir -p "$corpus" "$artifacts" "$here/regressions/$t"
  # Known leaks of third-party code are suppressed with a reason (tests/sanitize/lsan.supp).
  log="$build/logs/$t.log"; mkdir -p "$build/logs"
  # The first folder collects what the fuzzer adds; the others are read only.
  dirs=("$corpus")
  for d in "$here/seeds/$t" "$seeds/$t" "$here/regressions/$t"; do [ -d "$d" ] && dirs+=("$d"); done
  start=$(date +%s)
  LSAN_OPTIONS="suppressions=$here/../tests/sanitize/lsan.supp:print_suppressions=0" \
  UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
  nice -n 10 "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len="$(max_len "$t")" -print_final_stats=1 -artifact_prefix="$artifacts/" \
    "${dirs[@]}" >"$log" 2>&1
  rc=$?
  # libFuzzer stops at the first crash, so a target that found one ran for less than its
  # time: the table shows the seconds it really ran.
  elapsed=$(( $(date +%s) - start ))
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  found=()
  for f in "$artifacts"/*; do
    [ -e "$f" ] || continue
    name=$(basename "$f")
    if [ ! -e "$here/regressions/$t/$name" ]; then
      cp "$f" "$here/regressions/$t/$name"
      found+=("$name")
    fi
  done
  printf '%-20s %8s %12s %8s  %s\n' "$t" "$elapsed" "${execs:-?}" "${#found[@]}" "$(ls "$corpus" | wc -l) in corpus"
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$t" "$elapsed" "${execs:-?}" "${#found[@]}" "${found[*]:-}" >>"$build/fuzz-log.tsv"
  if [ ${#found[@]} -gt 0 ]; then
    echo "  $t found: ${found[*]} (kept in fuzz/regressions/$t; log: $log)"
    status=1
  elif [ $rc -ne 0 ]; then
    echo "  $t exited $rc without a new artifact; see $log" >&2
    status=1
  fi
done
exit $status
