#!/usr/bin/env bash
# MakeGood's speed figures in one run:  bash bench/run.sh   (RUNS=5 start-ups of each kind by default)
# Builds the jar if needed, seeds 10,000 made-up incidents into a temporary folder (never your data), then measures
# start-up under Xvfb against a minimal JavaFX window, the list, search, the reads behind the Due view and the Review
# dashboard, letters (against LibreOffice when it is installed) and the apology checker. Prints a table and one JSON line. Runs as root to install xvfb or time.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
INCIDENTS=10000
JAR=target/makegood.jar
CP="$JAR:target/test-classes"   # the benchmark classes live in src/test/java/app/makegood/bench
WORK=$(mktemp -d /tmp/makegood-bench.XXXXXX)
DATA="$WORK/data"
XVFB_PID=

cleanup() {
  if [[ -n $XVFB_PID ]]; then kill "$XVFB_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

note() { printf '%s\n' "$*" >&2; }

install_if_missing() {  # COMMAND PACKAGE
  command -v "$1" >/dev/null 2>&1 && return
  note "Installing $2 (for $1)..."
  apt-get update -qq && apt-get install -y -qq "$2" >/dev/null
}

build() {
  if [[ -f $JAR && -d target/test-classes/app/makegood/bench && -z $(find src pom.xml -newer "$JAR" -print -quit) ]]; then
    return
  fi
  note "Building the jar and the benchmark classes (mvn -DskipTests package)..."
  mvn -q -B -DskipTests package >&2
}

start_display() {
  if [[ -n ${DISPLAY:-} ]]; then return; fi
  install_if_missing Xvfb xvfb
  local n=99
  while [[ -e /tmp/.X11-unix/X$n || -e /tmp/.X$n-lock ]]; do n=$((n + 1)); done
  Xvfb ":$n" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
  XVFB_PID=$!
  export DISPLAY=":$n"
  for _ in $(seq 50); do [[ -e /tmp/.X11-unix/X$n ]] && return; sleep 0.1; done
  note "Xvfb did not start on $DISPLAY."; exit 1
}

# One start-up: prints "<value of the NAME= line> <peak RSS in kB>".
start_once() {  # NAME COMMAND...
  local name=$1; shift
  local value
  value=$(/usr/bin/time -f '%M' -o "$WORK/rss" "$@" 2>/dev/null | sed -n "s/^$name=//p")
  [[ -n $value ]] || { note "No $name from: $*"; exit 1; }
  echo "$value $(cat "$WORK/rss")"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
column_of() { awk -v c="$1" '{ print $c }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
meets() { awk -v a="$1" -v b="$3" "BEGIN { print ((a $2 b) ? \"met\" : \"MISSED\") }"; }   # A OP B
bench_value() { sed -n "s/^$1=//p" "$WORK/bench.txt"; }

build
LOAD_BEFORE=$(cut -d' ' -f1 /proc/loadavg)   # other work on the machine skews every figure: reported with them
[[ -x /usr/bin/time ]] || install_if_missing /usr/bin/time time
start_display

note "Seeding $INCIDENTS incidents into $DATA..."
java -jar "$JAR" --data-dir "$DATA" seed --incidents "$INCIDENTS" >/dev/null

note "Timing $RUNS start-ups of MakeGood and of a minimal JavaFX window, in turns (after one unrecorded of each)..."
start_once first-frame-ms java -cp "$CP" app.makegood.bench.MinimalWindow >/dev/null
start_once first-frame-ms java -jar "$JAR" --data-dir "$DATA" --first-frame >/dev/null
for _ in $(seq "$RUNS"); do
  start_once first-frame-ms java -cp "$CP" app.makegood.bench.MinimalWindow >>"$WORK/minimal.txt"
  start_once first-frame-ms java -jar "$JAR" --data-dir "$DATA" --first-frame >>"$WORK/app.txt"
  start_once ready-ms java -jar "$JAR" --data-dir "$DATA" --ready >>"$WORK/ready.txt"
done
FRAME=$(column_of 1 <"$WORK/app.txt" | median)
MIN_FRAME=$(column_of 1 <"$WORK/minimal.txt" | median)
RSS=$(column_of 2 <"$WORK/app.txt" | median)
MIN_RSS=$(column_of 2 <"$WORK/minimal.txt" | median)
READY=$(column_of 1 <"$WORK/ready.txt" | median)

note "Timing the list, search, letters and the checker..."
java -cp "$CP" app.makegood.bench.Bench "$DATA" "$WORK/out" 2>/dev/null >"$WORK/bench.txt"
note "Timing the search texts with what is due (read after the list) and the Review dashboard's figures..."
java -cp "$CP" app.makegood.bench.ReviewBench "$DATA" 2>/dev/null >>"$WORK/bench.txt"
note "Timing the coach with spelling and grammar (language engine loaded in a fresh JVM)..."
java -cp "$CP" app.makegood.bench.CoachBench 2>/dev/null >>"$WORK/bench.txt"

LO_MS=null
if command -v soffice >/dev/null 2>&1; then
  note "Converting the same 500 letters with LibreOffice (soffice in calls of 200, after a warm-up that makes its profile)..."
  LO=(soffice "-env:UserInstallation=file://$WORK/lo-profile" --headless --convert-to pdf)
  "${LO[@]}" --outdir "$WORK/lo-warm" "$WORK/out/xhtml/letter-000.xhtml" >/dev/null 2>&1
  start=$(date +%s%N)
  # One call stops, silently and with exit code 0, after 247 documents (LibreOffice 7.4 here): calls of 200.
  printf '%s\0' "$WORK/out/xhtml/"*.xhtml | xargs -0 -n 200 "${LO[@]}" --outdir "$WORK/lo-pdf" >/dev/null 2>&1
  LO_MS=$(( ($(date +%s%N) - start) / 1000000 ))
  [[ $(ls "$WORK/lo-pdf" | wc -l) -eq 500 ]] || { note "LibreOffice did not write 500 PDFs."; exit 1; }
else
  note "LibreOffice (soffice) is not installed, so the batch is not compared with it (apt-get install libreoffice-writer-nogui)."
fi

BATCH=$(bench_value batch-ms)
FRAME_RATIO=$(ratio "$FRAME" "$MIN_FRAME")
RSS_RATIO=$(ratio "$RSS" "$MIN_RSS")
if [[ $LO_MS == null ]]; then LO_TEXT="not installed"; LO_RATIO=null; LO_VERDICT="skipped"; else
  LO_TEXT="LibreOffice $LO_MS ms"; LO_RATIO=$(ratio "$LO_MS" "$BATCH")
  LO_VERDICT="${LO_RATIO}x faster, $(meets "$LO_RATIO" ">=" 2)"
fi

LOAD_AFTER=$(cut -d' ' -f1 /proc/loadavg)
row() { printf '%-44s %-20s %-22s %-12s %s\n' "$@"; }
row "figure" "MakeGood" "reference" "target" "result"
row "first frame, $INCIDENTS incidents (median of $RUNS)" "$FRAME ms" "minimal window $MIN_FRAME ms" "<= 1.3x" \
    "${FRAME_RATIO}x, $(meets "$FRAME_RATIO" "<=" 1.3)"
row "incident list shown (ready, median)" "$READY ms" "" "" ""
row "open database (cold JVM)" "$(bench_value db-open-ms) ms" "" "" ""
row "list() of $INCIDENTS, first / warm" "$(bench_value list-ms) / $(bench_value list-warm-ms) ms" "" "" ""
row "search texts and Due, after the list" "$(bench_value search-and-due-ms) ms" "" "" ""
row "Review dashboard figures" "$(bench_value patterns-ms) ms" "" "" ""
row "search per keystroke, median / max" "$(bench_value keystroke-median-ms) / $(bench_value keystroke-max-ms) ms" "" \
    "< 30 ms" "$(meets "$(bench_value keystroke-max-ms)" "<" 30) (max)"
row "one letter to PDF, first / warm" "$(bench_value letter-first-ms) / $(bench_value letter-warm-ms) ms" "" \
    "warm < 50 ms" "$(meets "$(bench_value letter-warm-ms)" "<" 50)"
row "500 letters to PDF (both cores)" "$BATCH ms" "$LO_TEXT" ">= 2x faster" "$LO_VERDICT"
row "check, $(bench_value check-chars)-character letter, first / warm" \
    "$(bench_value check-first-ms) / $(bench_value check-warm-ms) ms" "" "" ""
row "spelling and grammar engine: load, heap / RSS" "$(bench_value grammar-load-ms) ms" \
    "$(bench_value grammar-heap-mb) / $(bench_value grammar-rss-mb) MB more" "" ""
row "check with spelling, 2,000 chars: first" "$(bench_value check2k-first-ms) ms" "" "" ""
row "  warm, every sentence new / one changed" "$(bench_value check2k-warm-ms) / $(bench_value check2k-typed-ms) ms" "" \
    "warm < 100 ms" "$(meets "$(bench_value check2k-warm-ms)" "<" 100)"
row "peak RSS at first frame (median)" "$((RSS / 1024)) MB" "minimal window $((MIN_RSS / 1024)) MB" "<= 1.5x" \
    "${RSS_RATIO}x, $(meets "$RSS_RATIO" "<=" 1.5)"
echo "load average (1 min) before / after: $LOAD_BEFORE / $LOAD_AFTER on $(nproc) cores"

printf '{"load_before":%s,"load_after":%s,' "$LOAD_BEFORE" "$LOAD_AFTER"
printf '"incidents":%s,"runs":%s,"first_frame_ms":%s,"minimal_first_frame_ms":%s,"first_frame_ratio":%s,' \
  "$INCIDENTS" "$RUNS" "$FRAME" "$MIN_FRAME" "$FRAME_RATIO"
printf '"ready_ms":%s,"db_open_ms":%s,"list_ms":%s,"list_warm_ms":%s,"search_and_due_ms":%s,"patterns_ms":%s,' \
  "$READY" "$(bench_value db-open-ms)" "$(bench_value list-ms)" "$(bench_value list-warm-ms)" \
  "$(bench_value search-and-due-ms)" "$(bench_value patterns-ms)"
printf '"keystroke_median_ms":%s,"keystroke_max_ms":%s,' \
  "$(bench_value keystroke-median-ms)" "$(bench_value keystroke-max-ms)"
printf '"letter_first_ms":%s,"letter_warm_ms":%s,"batch_500_ms":%s,"libreoffice_500_ms":%s,"libreoffice_ratio":%s,' \
  "$(bench_value letter-first-ms)" "$(bench_value letter-warm-ms)" "$BATCH" "$LO_MS" "$LO_RATIO"
printf '"check_chars":%s,"check_first_ms":%s,"check_warm_ms":%s,' \
  "$(bench_value check-chars)" "$(bench_value check-first-ms)" "$(bench_value check-warm-ms)"
printf '"grammar_load_ms":%s,"grammar_heap_mb":%s,"grammar_rss_mb":%s,"check2k_first_ms":%s,"check2k_warm_ms":%s,' \
  "$(bench_value grammar-load-ms)" "$(bench_value grammar-heap-mb)" "$(bench_value grammar-rss-mb)" \
  "$(bench_value check2k-first-ms)" "$(bench_value check2k-warm-ms)"
printf '"check2k_typed_ms":%s,"rss_kb":%s,"minimal_rss_kb":%s,"rss_ratio":%s}\n' \
  "$(bench_value check2k-typed-ms)" "$RSS" "$MIN_RSS" "$RSS_RATIO"
