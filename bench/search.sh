#!/usr/bin/env bash
#
# bench/search.sh - the search benchmark: full reindex rate, search latency for a mix of
# one-word, two-word and phrase queries, and the article page with related articles read from the
# stored lists versus ranked by shared labels at request time (the fallback, as before search).
#
#   1. generates N articles with bench/GenerateArticles.java (as bench/run.sh does; reused) and
#      imports them into a SQLite data dir with `java -jar target/akhbar.jar import` (kept in
#      bench/work/ and copied for each run); --replicate K then copies them K times under new ids,
#      for a large index without the import's hours on a busy machine;
#   2. runs `reindex --related` and reads its rate (articles/s), its CPU time and how long the
#      ranking of every article's related articles took;
#   3. starts the site with the page cache off (every request does its real work; the data cache is
#      on for search as in production, off for the article page) and measures with
#      wrk --latency: the search API over the query mix (bench/SearchQueries.java: a third each of
#      one-word, two-word and phrase queries) at 1 connection (latency alone) and at
#      --connections (throughput), the same mix on the HTML page /search, and the article page;
#   4. restarts it with the stored related lists emptied (the page then ranks by shared tags and
#      sections at request time, as before this issue) and measures the article page again;
#   5. prints requests/s, p50/p99, the server's CPU per request (utime+stime of its process) and the
#      load average before each measurement, and writes bench/results/<date>-search-<N>.md.
#
# Everything listens on 127.0.0.1; only processes it started are stopped.
#
# Examples:
#   bench/search.sh                      # 10,000 articles
#   bench/search.sh --articles 10000 --replicate 10 --jvm-opts "-Xmx1g"   # 100,000 from 10,000 imported
#   bench/search.sh --articles 10000 --replicate 10 --reuse   # measure again on the last run's index
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(dirname "$BENCH_DIR")
WORK_DIR=$BENCH_DIR/work
RESULTS_DIR=$BENCH_DIR/results
ARTICLES=10000
DURATION=20s
CONNECTIONS=16
QUERIES=3000
JVM_OPTS=""
REPLICATE=1
SKIP_RELATED=0
REUSE=0
PORT=18091
JAR=$REPO_DIR/target/akhbar.jar
NEWEST=2026-01-01T00:00:00+03:00
JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
[[ -x $JAVA ]] || JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java

while (($#)); do
    case $1 in
        --articles) ARTICLES=$2; shift 2 ;;
        --duration) DURATION=$2; shift 2 ;;
        --connections) CONNECTIONS=$2; shift 2 ;;
        --jvm-opts) JVM_OPTS=$2; shift 2 ;;
        --replicate) REPLICATE=$2; shift 2 ;;
        --skip-related) SKIP_RELATED=1; shift ;;
        --reuse) REUSE=1; shift ;;
        --port) PORT=$2; shift 2 ;;
        --jar) JAR=$2; shift 2 ;;
        -h|--help) sed -n '2,28p' "$0"; exit 0 ;;
        *) echo "Unknown option $1" >&2; exit 2 ;;
    esac
done

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
command -v wrk >/dev/null || die "wrk is missing (apt-get install wrk)"
[[ -f $JAR ]] || die "no $JAR: build it with ./mvnw -q package -DskipTests"

read -r -a JVM_ARGS <<<"$JVM_OPTS"
JVM_ARGS+=(--add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED)
mkdir -p "$WORK_DIR" "$RESULTS_DIR"
ARTICLES_FILE=$WORK_DIR/articles-$ARTICLES.jsonl
DATA_DIR=$WORK_DIR/search-$ARTICLES-x$REPLICATE
QUERY_FILE=$WORK_DIR/search-queries-$ARTICLES.txt
PAGE_QUERY_FILE=$WORK_DIR/search-page-queries-$ARTICLES.txt
ARTICLE_URLS=$WORK_DIR/search-article-urls-$ARTICLES.txt
SERVER_PID=""

stop_server() {
    [[ -n $SERVER_PID ]] || return 0
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=""
}
trap stop_server EXIT

# ---- 1. articles and import --------------------------------------------------------------------
DATA_ARGS=(--akhbar.data-dir="$DATA_DIR" --akhbar.demo-content=false)
TOTAL=$((ARTICLES * REPLICATE))
if ((REUSE == 1)); then
    # Steps 1 and 2 were done by an earlier run with the same --articles and --replicate.
    [[ -s $DATA_DIR/reindex.log && -d $DATA_DIR/index ]] || die "nothing to reuse in $DATA_DIR: run without --reuse first"
    log "reusing the data and index in $DATA_DIR"
else
if [[ ! -s $ARTICLES_FILE ]]; then
    log "generating $ARTICLES articles"
    "$JAVA" "$BENCH_DIR/GenerateArticles.java" "$ARTICLES" "$ARTICLES_FILE.partial" "$NEWEST" >/dev/null
    mv "$ARTICLES_FILE.partial" "$ARTICLES_FILE"
fi
# The import is kept and copied for each run: on a busy machine it is the slowest step by far.
IMPORTED=$WORK_DIR/imported-$ARTICLES
if [[ ! -s $IMPORTED/akhbar.db ]]; then
    rm -rf "$IMPORTED"
    mkdir -p "$IMPORTED"
    log "importing $ARTICLES articles"
    started=$(date +%s)
    "$JAVA" "${JVM_ARGS[@]}" -jar "$JAR" import "$ARTICLES_FILE" --akhbar.data-dir="$IMPORTED" \
        --akhbar.demo-content=false >"$IMPORTED/import.log" 2>&1 || die "import failed (see $IMPORTED/import.log)"
    log "imported in $(($(date +%s) - started)) s"
fi
rm -rf "$DATA_DIR"
mkdir -p "$DATA_DIR"
sqlite3 "$IMPORTED/akhbar.db" ".backup '$DATA_DIR/akhbar.db'"
if ((REPLICATE > 1)); then
    # Copies of the imported articles under new ids, slugs and external ids, each copy a day older:
    # the index and its posting lists grow REPLICATE times, which is what search latency depends on.
    log "replicating the $ARTICLES articles $REPLICATE times"
    columns=$(sqlite3 "$DATA_DIR/akhbar.db" "select group_concat(name, ',') from pragma_table_info('article') where name not in ('id','external_id','slug','published_at')")
    for ((k = 1; k < REPLICATE; k++)); do
        sqlite3 "$DATA_DIR/akhbar.db" <<SQL
begin;
insert into article (id, external_id, slug, published_at, $columns)
    select id + $k * $ARTICLES, external_id || '-copy$k', slug || '-$k', published_at - $k * 86400000, $columns
    from article where id <= $ARTICLES;
insert into article_section (article_id, section_id, position, published_at)
    select article_id + $k * $ARTICLES, section_id, position, published_at - $k * 86400000
    from article_section where article_id <= $ARTICLES;
insert into article_tag (article_id, tag_id, position, published_at)
    select article_id + $k * $ARTICLES, tag_id, position, published_at - $k * 86400000
    from article_tag where article_id <= $ARTICLES;
commit;
SQL
    done
fi

# ---- 2. reindex --------------------------------------------------------------------------------
# One run: the index, then (unless --skip-related) every article's related articles. Its CPU time
# (user + system, JVM start included) is reported beside the wall-clock rate the job prints, since
# on a shared machine the wall clock says as much about the neighbours as about the job.
REINDEX_ARGS=(reindex)
((SKIP_RELATED == 1)) || REINDEX_ARGS+=(--related)
log "${REINDEX_ARGS[*]}"
LOAD_REINDEX=$(cut -d' ' -f1 /proc/loadavg)
TIMEFORMAT='%U %S'
{ time "$JAVA" "${JVM_ARGS[@]}" -jar "$JAR" "${REINDEX_ARGS[@]}" "${DATA_ARGS[@]}" >"$DATA_DIR/reindex.log" 2>&1; } 2>"$DATA_DIR/reindex.time"
echo "$LOAD_REINDEX" >"$DATA_DIR/reindex.load"
cat "$DATA_DIR/reindex.log" >&2
fi
LOAD_REINDEX=$(cat "$DATA_DIR/reindex.load")
REINDEX_LINE=$(grep '^Indexed' "$DATA_DIR/reindex.log")
MERGE_LINE=$(grep '^Merged' "$DATA_DIR/reindex.log" || echo "not merged")
RELATED_LINE=$(grep '^Ranked' "$DATA_DIR/reindex.log" || echo "not ranked (--skip-related)")
REINDEX_CPU=$(awk '{printf "%.0f", $1 + $2}' "$DATA_DIR/reindex.time")
INDEX_MIB=$(du -sm "$DATA_DIR/index" | cut -f1)

# ---- 3. the site, page cache off ---------------------------------------------------------------
# start_server DATA-CACHE: the page cache is always off (every request does its real work); the
# data cache (section menu, site settings, article fragments) is on for search, as in production,
# where it holds nothing a search computes, and off for the article page, whose work it would skip.
# The API's per-address limit is lifted: one client asking thousands of times a second is the point.
start_server() {
    "$JAVA" "${JVM_ARGS[@]}" -jar "$JAR" "${DATA_ARGS[@]}" --server.port="$PORT" --server.address=127.0.0.1 \
        --akhbar.cache.pages.enabled=false --akhbar.cache.data.enabled="$1" \
        --akhbar.api.rate-limit.anonymous=1000000000 >"$DATA_DIR/server.log" 2>&1 &
    SERVER_PID=$!
    for _ in $(seq 1 180); do
        curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1 && return 0
        kill -0 "$SERVER_PID" 2>/dev/null || die "the server stopped (see $DATA_DIR/server.log)"
        sleep 1
    done
    die "the server did not start"
}

cpu_ticks() { awk '{print $14 + $15}' "/proc/$SERVER_PID/stat"; }
TICK_HZ=$(getconf CLK_TCK)
RESULTS=()

# measure LABEL URL-FILE CONNECTIONS: one wrk run, a row of the table.
measure() {
    local label=$1 urls=$2 connections=$3 before after out requests rps p50 p99 cpu load
    BENCH_URLS=$urls wrk -t1 -c"$connections" -d5s -s "$BENCH_DIR/cycle.lua" "http://127.0.0.1:$PORT" >/dev/null
    load=$(cut -d' ' -f1 /proc/loadavg)
    before=$(cpu_ticks)
    out=$(BENCH_URLS=$urls wrk -t$((connections > 1 ? 2 : 1)) -c"$connections" -d"$DURATION" --latency \
        -s "$BENCH_DIR/cycle.lua" "http://127.0.0.1:$PORT")
    after=$(cpu_ticks)
    requests=$(awk '/requests in/ {print $1}' <<<"$out")
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    grep -q "Non-2xx" <<<"$out" && log "WARNING: $label: $(grep Non-2xx <<<"$out")"
    cpu=$(awk -v t=$((after - before)) -v r="$requests" -v hz="$TICK_HZ" 'BEGIN {printf "%.2f", t * 1000 / hz / r}')
    log "$label: $rps req/s, p50 $p50, p99 $p99, $cpu ms CPU/request (load $load)"
    RESULTS+=("| $label | $connections | $rps | $p50 | $p99 | $cpu | $load |")
}

"$JAVA" "$BENCH_DIR/SearchQueries.java" "$ARTICLES_FILE" "$QUERIES" "$QUERY_FILE"
"$JAVA" "$BENCH_DIR/SearchQueries.java" "$ARTICLES_FILE" "$QUERIES" "$PAGE_QUERY_FILE" "/search?q="


start_server true
log "warming the server up"
BENCH_URLS=$QUERY_FILE wrk -t2 -c8 -d20s -s "$BENCH_DIR/cycle.lua" "http://127.0.0.1:$PORT" >/dev/null
measure "search API, query mix" "$QUERY_FILE" 1
measure "search API, query mix" "$QUERY_FILE" "$CONNECTIONS"
measure "search page /search, query mix" "$PAGE_QUERY_FILE" "$CONNECTIONS"
RSS_MIB=$(awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$SERVER_PID/status")
stop_server

start_server false
: >"$ARTICLE_URLS"
for id in $(shuf -i 1-"$TOTAL" -n 500 --random-source=<(yes)); do
    curl -s -o /dev/null -w '%{redirect_url}\n' "http://127.0.0.1:$PORT/article/$id" | sed 's|^http://[^/]*||' >>"$ARTICLE_URLS"
done
sed -i '/^$/d' "$ARTICLE_URLS"
BENCH_URLS=$ARTICLE_URLS wrk -t2 -c8 -d10s -s "$BENCH_DIR/cycle.lua" "http://127.0.0.1:$PORT" >/dev/null
measure "article page, stored related" "$ARTICLE_URLS" "$CONNECTIONS"
stop_server

# ---- 4. the article page as before: related ranked by labels at request time --------------------
if command -v sqlite3 >/dev/null; then
    # Set aside and put back afterwards, so that a --reuse run finds the stored lists again.
    sqlite3 "$DATA_DIR/akhbar.db" "create table bench_related as select * from related_article; delete from related_article"
    start_server false
    BENCH_URLS=$ARTICLE_URLS wrk -t2 -c8 -d10s -s "$BENCH_DIR/cycle.lua" "http://127.0.0.1:$PORT" >/dev/null
    measure "article page, related by labels (before)" "$ARTICLE_URLS" "$CONNECTIONS"
    stop_server
    sqlite3 "$DATA_DIR/akhbar.db" "insert into related_article select * from bench_related; drop table bench_related"
else
    log "sqlite3 is missing: skipping the article page without stored related lists"
fi

# ---- 5. summary --------------------------------------------------------------------------------
RESULT_FILE=$RESULTS_DIR/$(date +%Y-%m-%d-%H%M)-search-$TOTAL.md
{
    echo "# Search benchmark, $TOTAL articles, SQLite"
    ((REPLICATE == 1)) || echo "- $ARTICLES generated articles imported, then copied $REPLICATE times under new ids (--replicate)"
    echo
    echo "- Machine: $(nproc) CPUs, $(awk '/MemTotal/ {printf "%d MiB", $2 / 1024}' /proc/meminfo); JVM options: ${JVM_OPTS:-none}"
    echo "- Reindex: $REINDEX_LINE; $MERGE_LINE (load average before: $LOAD_REINDEX); CPU time of the whole job: $REINDEX_CPU s; index size $INDEX_MIB MiB"
    echo "- Related articles: $RELATED_LINE"
    echo "- Server: page cache off; data cache on for the search rows, off for the article page rows; resident memory after the search runs: $RSS_MIB MiB"
    echo "- Query mix: $QUERIES queries from the articles (bench/SearchQueries.java), a third each one-word, two-word, quoted phrase; wrk $DURATION per row"
    echo
    echo "| measurement | connections | requests/s | p50 | p99 | server CPU ms/request | load avg before |"
    echo "|---|---|---|---|---|---|---|"
    printf '%s\n' "${RESULTS[@]}"
} | tee "$RESULT_FILE"
log "written to $RESULT_FILE"
