#!/usr/bin/env bash
# Benchmark of import-wordpress: generates a WordPress export of N posts (bench/GenerateWxr.java,
# 100,000 by default, about 940 MB), imports it into an empty SQLite site with the JVM's default
# heap, and reports the import rate, the CPU it took and the heap: the peak in use and the heap left
# after each collection. With --live-heap it also measures every 10 s the heap the import really
# holds (jcmd's class histogram, after a full collection: flat when memory does not grow with the
# file); jcmd and the collections take some CPU, so rates are measured without it.
#
#   bench/wordpress-import.sh [--posts N] [--work DIR] [--jar JAR] [--keep] [--live-heap]
#
# Writes the summary to bench/results/wordpress-STAMP.md and prints it.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH_DIR")
POSTS=100000
WORK=${TMPDIR:-/tmp}/akhbar-wordpress-bench
KEEP=0
LIVE_HEAP=0
JAR=""
while (($#)); do
    case $1 in
        --posts) POSTS=$2; shift 2 ;;
        --work) WORK=$2; shift 2 ;;
        --jar) JAR=$2; shift 2 ;;
        --keep) KEEP=1; shift ;;
        --live-heap) LIVE_HEAP=1; shift ;;
        -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done

JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA=$JAVA_HOME/bin/java
JAR=${JAR:-$ROOT/target/akhbar.jar}
mkdir -p "$WORK" "$BENCH_DIR/results"
[[ -f $JAR ]] || (cd "$ROOT" && JAVA_HOME=$JAVA_HOME ./mvnw -q package -DskipTests)

EXPORT=$WORK/posts-$POSTS.xml
if [[ ! -f $EXPORT ]]; then
    echo "Generating $POSTS posts into $EXPORT" >&2
    "$JAVA" "$BENCH_DIR/GenerateWxr.java" "$POSTS" "$EXPORT.tmp"
    mv "$EXPORT.tmp" "$EXPORT"
fi
DATA=$WORK/data-$POSTS
rm -rf "$DATA"
GC_LOG=$WORK/gc-$POSTS.log
OUT=$WORK/import-$POSTS.out
ERR=$WORK/import-$POSTS.err
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
MAX_HEAP=$("$JAVA" -XX:+PrintFlagsFinal -version 2>/dev/null | awk '$2 == "MaxHeapSize" {printf "%.0f MiB", $4 / 1048576}')

echo "Importing $EXPORT (load average before: $LOAD_BEFORE)" >&2
set +e
/usr/bin/time -f 'wall=%e user=%U sys=%S maxrss_kb=%M' -o "$WORK/time-$POSTS.txt" \
    "$JAVA" -Xlog:gc:file="$GC_LOG":uptime -jar "$JAR" import-wordpress "$EXPORT" --akhbar.data-dir="$DATA" >"$OUT" 2>"$ERR" &
TIMED=$!
# Every 10 s, the heap the import really holds: a class histogram collects everything first.
LIVE=()
while ((LIVE_HEAP)) && kill -0 "$TIMED" 2>/dev/null; do
    sleep 10
    IMPORTER=$(pgrep -P "$TIMED" java || true)
    [[ -n $IMPORTER ]] || continue
    BYTES=$("$JAVA_HOME/bin/jcmd" "$IMPORTER" GC.class_histogram 2>/dev/null | awk '$1 == "Total" {print $3}')
    [[ -n $BYTES ]] && LIVE+=("$((BYTES / 1048576))")
done
wait "$TIMED"
CODE=$?
set -e
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
((CODE <= 1)) || { tail -20 "$ERR" >&2; echo "import failed with exit code $CODE" >&2; exit 1; }

read -r WALL USER SYS RSS < <(tail -1 "$WORK/time-$POSTS.txt" | sed -E 's/wall=([^ ]+) user=([^ ]+) sys=([^ ]+) maxrss_kb=([^ ]+)/\1 \2 \3 \4/')
SECONDS_APP=$(sed -nE 's/^Imported .* in ([0-9.]+) s:$/\1/p' "$OUT")
CREATED=$(sed -nE 's/^ +articles +([0-9,]+) created.*/\1/p' "$OUT" | tr -d ,)
# GC lines: "[12.3s][info][gc] GC(7) Pause Young (Normal) (G1 Evacuation Pause) 180M->41M(256M) 5.1ms"
HEAP=$(awk '
    match($0, /([0-9]+)M->([0-9]+)M\(([0-9]+)M\)/, m) {
        n++; before = m[1] + 0; after = m[2] + 0; committed = m[3] + 0
        if (before > peak) peak = before
        if (committed > top) top = committed
        afters[n] = after
    }
    END {
        if (n == 0) { print "no collections"; exit }
        third = int(n / 3); if (third < 1) third = 1
        for (i = 1; i <= n; i++) {
            part = (i <= third) ? 1 : (i <= 2 * third) ? 2 : 3
            if (afters[i] > live[part]) live[part] = afters[i]
        }
        printf "%d collections; peak heap in use %d MiB (committed at most %d MiB); heap left after collection (garbage in the old generation included), highest in each third of the run: %d, %d, %d MiB", n, peak, top, live[1], live[2], live[3]
    }' "$GC_LOG")

RATE=$(awk -v c="$CREATED" -v s="$SECONDS_APP" 'BEGIN { printf "%.0f", c / s }')
CPU_RATE=$(awk -v c="$CREATED" -v u="$USER" -v s="$SYS" 'BEGIN { printf "%.0f", c / (u + s) }')
STAMP=$(date -u +%Y%m%d-%H%M%S)
RESULT=$BENCH_DIR/results/wordpress-$STAMP.md
cat >"$RESULT" <<REPORT
## import-wordpress benchmark: $POSTS generated posts

Run $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown).

- Machine: $(nproc) CPUs, $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo) RAM; load average (1, 5, 15 min) before $LOAD_BEFORE, after $LOAD_AFTER
- Java: $("$JAVA" -version 2>&1 | head -1); default heap (no -Xmx): at most $MAX_HEAP
- Export: $(du -mL "$EXPORT" | cut -f1) MiB, $POSTS posts (bench/GenerateWxr.java); SQLite in $DATA

| articles created | import time (app) | articles/s | wall time with JVM start | CPU (user+sys) | articles per CPU second | peak RSS |
|---:|---:|---:|---:|---:|---:|---:|
| $CREATED | ${SECONDS_APP} s | **$RATE** | ${WALL} s | $(awk -v u="$USER" -v s="$SYS" 'BEGIN { printf "%.0f", u + s }') s | $CPU_RATE | $((RSS / 1024)) MiB |

Heap: $HEAP.
$( ((LIVE_HEAP)) && echo "Live heap after a full collection, every 10 s of the run (--live-heap): ${LIVE[*]:-none} MiB." )

The import reads the file twice here (a check that writes nothing, then the posts: one thread
reads them, two convert them and one writes them in batches of 250; a third pass reads
attachments when --media-dir is given); the time includes both and the final pass that rewrites
links to later posts.
REPORT
cat "$RESULT"
((KEEP)) || rm -rf "$DATA"
