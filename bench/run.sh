#!/usr/bin/env bash
# MakeGood's speed figures in one run:  bash bench/run.sh   (RUNS=5 start-ups of each kind by default)
# Builds the jar if needed, seeds made-up incidents into a temporary folder (never your data), then measures
# start-up under Xvfb against a minimal JavaFX window (with and without a class-data-sharing archive, as bin/makegood
# starts MakeGood), the list, search, the reads behind the Due view and the Review dashboard, letters (against
# LibreOffice when it is installed) and the apology checker. Prints a table and one JSON line, each figure with the
# load average when it was taken. Runs as root to install xvfb or time.
#   SIZES="1000 10000 100000" bash bench/run.sh   also prints how start-up, the list, a keystroke and the dashboard
#   grow with the number of incidents (the full table is for 10,000, or the first size when 10,000 is not listed).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
SIZES=${SIZES:-10000}
INCIDENTS=10000
[[ " $SIZES " == *" 10000 "* ]] || INCIDENTS=${SIZES%% *}
JAR=target/makegood.jar
CP="$JAR:target/test-classes"   # the benchmark classes live in src/test/java/app/makegood/bench
WORK=$(mktemp -d /tmp/makegood-bench.XXXXXX)
XVFB_PID=
# As bin/makegood runs MakeGood once its archive exists; the archive is made below, for this jar.
ARCHIVE="$WORK/makegood.jsa"
QUIET_CDS=(-Xlog:cds=off -Xlog:cds+dynamic=off)
# --ready starts have crashed in JavaFX's GTK code while quitting, after printing their figure: reports go to $WORK.
NO_CRASH_FILES=(-XX:ErrorFile="$WORK/hs_err_pid%p.log")

cleanup() {
  if [[ -n $XVFB_PID ]]; then kill "$XVFB_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

note() { printf '%s\n' "$*" >&2; }
load_now() { cut -d' ' -f1 /proc/loadavg; }   # other work on the machine skews every figure: reported with them

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
  # A start that printed its figure counts even if it then fails to quit cleanly (see NO_CRASH_FILES).
  value=$({ /usr/bin/time -f '%M' -o "$WORK/rss" "$@" 2>/dev/null || true; } | sed -n "s/^$name=//p")
  [[ -n $value ]] || { note "No $name from: $*"; exit 1; }
  echo "$value $(tail -1 "$WORK/rss")"   # after "Command terminated by signal N", if any
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
column_of() { awk -v c="$1" '{ print $c }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
meets() { awk -v a="$1" -v b="$3" "BEGIN { print ((a $2 b) ? \"met\" : \"MISSED\") }"; }   # A OP B
bench_value() { sed -n "s/^$1=//p" "$WORK/bench.txt"; }
value_in() { sed -n "s/^$2=//p" "$1"; }   # FILE NAME

# Start-ups, list, search and dashboard on SIZE incidents; the results go to $WORK/size-SIZE/.
measure_size() {  # SIZE
  local size=$1 dir="$WORK/size-$1" data="$WORK/data-$1"
  mkdir -p "$dir"
  note "Seeding $size incidents into $data..."
  local start
  start=$(date +%s%N)
  java -jar "$JAR" --data-dir "$data" seed --incidents "$size" >/dev/null
  echo "$(( ($(date +%s%N) - start) / 1000000 ))" >"$dir/seed-ms"
  if [[ ! -f $ARCHIVE ]]; then
    note "Making the class-data-sharing archive (one start that writes it as it quits)..."
    java "${QUIET_CDS[@]}" -XX:ArchiveClassesAtExit="$ARCHIVE" -jar "$JAR" --data-dir "$data" --first-frame >/dev/null
  fi
  local app=(java "${NO_CRASH_FILES[@]}" -jar "$JAR" --data-dir "$data")
  local cds=(java "${NO_CRASH_FILES[@]}" "${QUIET_CDS[@]}" -XX:SharedArchiveFile="$ARCHIVE" -jar "$JAR" --data-dir "$data")
  note "Timing $RUNS start-ups of a minimal JavaFX window and of MakeGood without and with the archive, in turns, on $size incidents (after one unrecorded of each)..."
  start_once first-frame-ms java -cp "$CP" app.makegood.bench.MinimalWindow >/dev/null
  start_once first-frame-ms "${app[@]}" --first-frame >/dev/null
  start_once first-frame-ms "${cds[@]}" --first-frame >/dev/null
  for _ in $(seq "$RUNS"); do
    start_once first-frame-ms java -cp "$CP" app.makegood.bench.MinimalWindow >>"$dir/minimal.txt"
    start_once first-frame-ms "${app[@]}" --first-frame >>"$dir/app.txt"
    start_once first-frame-ms "${cds[@]}" --first-frame >>"$dir/cds.txt"
    start_once ready-ms "${cds[@]}" --ready >>"$dir/ready.txt"
  done
  load_now >"$dir/startup-load"
  note "Timing the list and search as you type on $size incidents..."
  java -cp "$CP" app.makegood.bench.Bench "$data" - 2>/dev/null >"$dir/bench.txt"
  load_now >"$dir/bench-load"
  note "Timing the search texts with what is due (read after the list) and the Review dashboard's figures on $size..."
  java -cp "$CP" app.makegood.bench.ReviewBench "$data" 2>/dev/null >"$dir/review.txt"
  load_now >"$dir/review-load"
  if [[ $size == "$INCIDENTS" ]]; then DATA=$data; else rm -rf "$data"; fi
}

build
LOAD_BEFORE=$(load_now)
[[ -x /usr/bin/time ]] || install_if_missing /usr/bin/time time
start_display

for size in $SIZES; do measure_size "$size"; done
MAIN="$WORK/size-$INCIDENTS"
FRAME=$(column_of 1 <"$MAIN/app.txt" | median)
CDS_FRAME=$(column_of 1 <"$MAIN/cds.txt" | median)
MIN_FRAME=$(column_of 1 <"$MAIN/minimal.txt" | median)
RSS=$(column_of 2 <"$MAIN/cds.txt" | median)
MIN_RSS=$(column_of 2 <"$MAIN/minimal.txt" | median)
READY=$(column_of 1 <"$MAIN/ready.txt" | median)
STARTUP_LOAD=$(cat "$MAIN/startup-load")

note "Timing the list, search, letters and the checker on $INCIDENTS incidents..."
java -cp "$CP" app.makegood.bench.Bench "$DATA" "$WORK/out" 2>/dev/null >"$WORK/bench.txt"
BENCH_LOAD=$(load_now)
cat "$MAIN/review.txt" >>"$WORK/bench.txt"
REVIEW_LOAD=$(cat "$MAIN/review-load")
note "Timing the coach with spelling and grammar (language engine loaded in a fresh JVM)..."
java -cp "$CP" app.makegood.bench.CoachBench 2>/dev/null >>"$WORK/bench.txt"
COACH_LOAD=$(load_now)

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

LO_LOAD=$(load_now)
BATCH=$(bench_value batch-ms)
FRAME_RATIO=$(ratio "$FRAME" "$MIN_FRAME")
CDS_RATIO=$(ratio "$CDS_FRAME" "$MIN_FRAME")
CDS_GAIN=$(ratio "$FRAME" "$CDS_FRAME")
RSS_RATIO=$(ratio "$RSS" "$MIN_RSS")
if [[ $LO_MS == null ]]; then LO_TEXT="not installed"; LO_RATIO=null; LO_VERDICT="skipped"; else
  LO_TEXT="LibreOffice $LO_MS ms"; LO_RATIO=$(ratio "$LO_MS" "$BATCH")
  LO_VERDICT="${LO_RATIO}x faster, $(meets "$LO_RATIO" ">=" 4)"
fi

LOAD_AFTER=$(load_now)
row() { printf '%-46s %-20s %-24s %-13s %-18s %s\n' "$@"; }
row "figure" "MakeGood" "reference" "target" "result" "load"
row "first frame, $INCIDENTS incidents (median of $RUNS)" "$CDS_FRAME ms" "minimal window $MIN_FRAME ms" "<= 1.2x" \
    "${CDS_RATIO}x, $(meets "$CDS_RATIO" "<=" 1.2)" "$STARTUP_LOAD"
row "  without the archive (class data sharing)" "$FRAME ms" "minimal window $MIN_FRAME ms" "" \
    "${FRAME_RATIO}x" "$STARTUP_LOAD"
row "  the archive alone: first frame" "${CDS_GAIN}x sooner" "" "" "" "$STARTUP_LOAD"
row "incident list shown (ready, median)" "$READY ms" "" "<= 1000 ms" "$(meets "$READY" "<=" 1000)" "$STARTUP_LOAD"
row "open database (cold JVM)" "$(bench_value db-open-ms) ms" "" "" "" "$BENCH_LOAD"
row "list() of $INCIDENTS, first / warm" "$(bench_value list-ms) / $(bench_value list-warm-ms) ms" "" "" "" "$BENCH_LOAD"
row "search texts, index and Due, after the list" "$(bench_value search-and-due-ms) ms" "" "" "" "$REVIEW_LOAD"
row "Review dashboard figures" "$(bench_value patterns-ms) ms" "" "" "" "$REVIEW_LOAD"
row "search per keystroke, median / max" "$(bench_value keystroke-median-ms) / $(bench_value keystroke-max-ms) ms" "" \
    "< 16 ms" "$(meets "$(bench_value keystroke-max-ms)" "<" 16) (max)" "$BENCH_LOAD"
row "one letter to PDF, first / warm" "$(bench_value letter-first-ms) / $(bench_value letter-warm-ms) ms" "" \
    "warm < 20 ms" "$(meets "$(bench_value letter-warm-ms)" "<" 20)" "$BENCH_LOAD"
row "500 letters to PDF ($(nproc) cores)" "$BATCH ms" "$LO_TEXT" ">= 4x faster" "$LO_VERDICT" "$BENCH_LOAD / $LO_LOAD"
row "check, $(bench_value check-chars)-character letter, first / warm" \
    "$(bench_value check-first-ms) / $(bench_value check-warm-ms) ms" "" "" "" "$BENCH_LOAD"
row "spelling and grammar engine: load, heap / RSS" "$(bench_value grammar-load-ms) ms" \
    "$(bench_value grammar-heap-mb) / $(bench_value grammar-rss-mb) MB more" "" "" "$COACH_LOAD"
row "check with spelling, 2,000 chars: first" "$(bench_value check2k-first-ms) ms" "" "" "" "$COACH_LOAD"
row "  warm, every sentence new / one changed" "$(bench_value check2k-warm-ms) / $(bench_value check2k-typed-ms) ms" "" \
    "warm < 100 ms" "$(meets "$(bench_value check2k-warm-ms)" "<" 100)" "$COACH_LOAD"
row "peak RSS at first frame (median, archive)" "$((RSS / 1024)) MB" "minimal window $((MIN_RSS / 1024)) MB" "<= 1.5x" \
    "${RSS_RATIO}x, $(meets "$RSS_RATIO" "<=" 1.5)" "$STARTUP_LOAD"
echo "load average (1 min) before / after: $LOAD_BEFORE / $LOAD_AFTER on $(nproc) cores; 'load' is the 1-minute load when each figure was taken"

SCALE_JSON=""
if [[ $SIZES == *" "* ]]; then
  echo
  echo "How the figures grow with the number of incidents (medians of $RUNS start-ups; first frame with the archive):"
  srow() { printf '%-10s %-9s %-12s %-12s %-12s %-16s %-12s %-12s %s\n' "$@"; }
  srow "incidents" "seed" "first frame" "list shown" "list()" "keystroke max" "search+Due" "dashboard" "load"
  for size in $SIZES; do
    d="$WORK/size-$size"
    f=$(column_of 1 <"$d/cds.txt" | median); r=$(column_of 1 <"$d/ready.txt" | median)
    l=$(value_in "$d/bench.txt" list-ms); k=$(value_in "$d/bench.txt" keystroke-max-ms)
    s=$(value_in "$d/review.txt" search-and-due-ms); p=$(value_in "$d/review.txt" patterns-ms)
    srow "$size" "$(( $(cat "$d/seed-ms") / 1000 )) s" "$f ms" "$r ms" "$l ms" "$k ms" "$s ms" "$p ms" \
      "$(cat "$d/startup-load") / $(cat "$d/bench-load") / $(cat "$d/review-load")"
    SCALE_JSON+="${SCALE_JSON:+,}{\"incidents\":$size,\"first_frame_ms\":$f,\"ready_ms\":$r,\"list_ms\":$l,"
    SCALE_JSON+="\"keystroke_max_ms\":$k,\"search_and_due_ms\":$s,\"patterns_ms\":$p,"
    SCALE_JSON+="\"load\":[$(cat "$d/startup-load"),$(cat "$d/bench-load"),$(cat "$d/review-load")]}"
  done
  echo "(load: at the start-ups / the list and search / the dashboard)"
fi

printf '{"load_before":%s,"load_after":%s,' "$LOAD_BEFORE" "$LOAD_AFTER"
printf '"incidents":%s,"runs":%s,"first_frame_ms":%s,"first_frame_no_archive_ms":%s,"minimal_first_frame_ms":%s,' \
  "$INCIDENTS" "$RUNS" "$CDS_FRAME" "$FRAME" "$MIN_FRAME"
printf '"first_frame_ratio":%s,"first_frame_no_archive_ratio":%s,"startup_load":%s,' "$CDS_RATIO" "$FRAME_RATIO" \
  "$STARTUP_LOAD"
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
printf '"check2k_typed_ms":%s,"rss_kb":%s,"minimal_rss_kb":%s,"rss_ratio":%s,"scale":[%s]}\n' \
  "$(bench_value check2k-typed-ms)" "$RSS" "$MIN_RSS" "$RSS_RATIO" "$SCALE_JSON"
