#!/usr/bin/env bash
#
# bench/run.sh - the Akhbar benchmark: import speed and reader-page throughput, on SQLite and
# PostgreSQL, from one command.
#
# For each database named by --db it:
#   1. generates N articles of Arabic news text with bench/GenerateArticles.java (deterministic:
#      fixed seed; kept in bench/work/ and reused while N and the generator are unchanged);
#   2. imports them with `java -jar target/akhbar.jar import` into a fresh data dir (and, for
#      PostgreSQL, a fresh database akhbar_bench_<N>, dropped at the end) and times the import
#      (which ends by refreshing the planner's statistics);
#   3. starts the site with the page cache OFF (fragment caches on), collects URLs from it (sections from the home
#      page's menu, show-more batches from the section pages, canonical article URLs from the 301
#      of /article/{id}/x for random ids), and measures with wrk, after a warm-up per target:
#        article (--article-urls distinct articles), home, section pages, show-more fragments;
#   4. restarts it with NO caches (every request reads the database) for article and home, then
#      with the page cache ON for article (5 URLs), home, section pages and show-more fragments;
#      each server is first warmed up over every kind of page (--server-warmup), for the JIT;
#   5. prints, per target: requests/s, p50 and p99 latency (wrk --latency), the server's CPU time
#      per request (utime+stime of the server process from /proc/PID/stat, before and after the
#      measurement, divided by the requests wrk completed) and its resident memory after the run
#      (VmRSS), plus the JVM heap settings and the machine. SQLite runs inside the server process;
#      PostgreSQL does not, so for it the CPU of the benchmark database's backends is reported
#      too (when the server is local and its processes readable in /proc);
#   6. writes a Markdown summary to stdout and to bench/results/<date>-<db>-<N>.md.
# Progress goes to stderr, so `bench/run.sh > summary.md` keeps just the summary.
#
# Everything listens on 127.0.0.1 only. The script stops only the processes it started, also
# when it fails or is interrupted, and drops only the database it created.
#
# Needs: bash 4+, coreutils, curl, wrk, psql (for PostgreSQL) and Java 21+ (by default
# /usr/lib/jvm/temurin-25-jdk-amd64, else $JAVA_HOME, else java on the PATH).
#
# Examples:
#   bench/run.sh                                   # 10,000 articles, both databases, 20 s per target
#   bench/run.sh --duration 10s --db sqlite        # a quicker look at SQLite only
#   bench/run.sh --articles 100000 --jvm-opts "-Xms1g -Xmx1g"
#
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(dirname "$BENCH_DIR")
WORK_DIR=$BENCH_DIR/work          # generated articles, data dirs, logs (git-ignored)
RESULTS_DIR=$BENCH_DIR/results    # Markdown summaries (git-ignored)

# ---- settings (see --help) -------------------------------------------------------------------
ARTICLES=10000
DBS=sqlite,postgresql
DURATION=20s
WARMUP=5s
THREADS=2
CONNECTIONS=32
ARTICLE_URLS=2000
CACHED_ARTICLE_URLS=5
MORE_DEPTH=5
JVM_OPTS=""
JAVA=""
JAR=$REPO_DIR/target/akhbar.jar
BUILD=0
GZIP=0
SERVER_WARMUP=60s
KEEP=0
PG_HOST=127.0.0.1
PG_PORT=5432
PG_USER=postgres
NEWEST=2026-01-01T00:00:00+03:00   # publish time of the newest generated article
SEED=4242                          # picks the random article ids
STARTUP_TIMEOUT=180                # seconds to wait for /actuator/health

usage() {
    cat <<EOF
Usage: bench/run.sh [options]

Generates Arabic news articles, imports them into Akhbar and load-tests the reader pages with wrk,
with the page cache on, off (fragment caches only) and with no caches at all. Prints a Markdown summary and writes it to
bench/results/<date>-<db>-<N>.md. Progress and logs go to stderr and bench/work/.

Options:
  --articles N          articles to generate and import (default $ARTICLES)
  --db LIST             comma-separated: sqlite, postgresql (default $DBS)
  --duration D          wrk duration of each measurement, e.g. 20s or 1m (default $DURATION)
  --warmup D            wrk warm-up before each measurement (default $WARMUP)
  --threads T           wrk threads (default $THREADS)
  --connections C       wrk connections (default $CONNECTIONS)
  --article-urls K      distinct articles cycled through, page cache off (default $ARTICLE_URLS)
  --jvm-opts "OPTS"     JVM options of the server and the import, e.g. "-Xmx1g" (default: none)
  --java PATH           java executable (21 or newer)
  --jar PATH            application jar (default target/akhbar.jar; built when missing)
  --build               build the jar first (./mvnw -q package -DskipTests)
  --gzip                send Accept-Encoding: gzip, as browsers do (default: not sent, as a plain
                        \`wrk -t2 -c32 -d20s\` does, the command the issue's reference figures use)
  --server-warmup D     warm-up of each server over every kind of page, for the JIT (default $SERVER_WARMUP)
  --keep                keep the data dirs and the PostgreSQL database afterwards
  --pg-host H --pg-port P --pg-user U
                        PostgreSQL server (default $PG_HOST:$PG_PORT, user $PG_USER, no password)
  -h, --help            this help

The import is timed twice: as the application reports it (the import loop alone) and wall-clock
(including JVM and Spring start). Server CPU per request counts every thread of the server
process (request threads, GC, JIT) during the measurement. wrk runs on the same machine and
competes with the server for the CPUs: requests/s are those of this machine as a whole.
EOF
}

# ---- small helpers ---------------------------------------------------------------------------
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
warn() { printf '[%s] WARNING: %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() {
    printf '[%s] ERROR: %s\n' "$(date +%H:%M:%S)" "$*" >&2
    exit 1
}

# Prints the last lines of a log file, indented, to stderr.
show_tail() {
    local file=$1 lines=${2:-30}
    [[ -f $file ]] || return 0
    printf -- '----- last %s lines of %s -----\n' "$lines" "$file" >&2
    tail -n "$lines" "$file" | while IFS= read -r line; do printf '  %s\n' "$line" >&2; done
    printf -- '-----\n' >&2
}

# fixed NUM DEN DECIMALS: NUM/DEN rounded to DECIMALS places, in integer arithmetic.
fixed() {
    local num=$1 den=$2 dec=$3 scale q
    ((den > 0)) || { echo "n/a"; return; }
    scale=$((10 ** dec))
    q=$(((num * scale * 2 + den) / (2 * den)))
    if ((dec == 0)); then
        echo "$q"
    else
        printf '%d.%0*d\n' $((q / scale)) "$dec" $((q % scale))
    fi
}

# scaled VALUE UNIT-FACTOR: a decimal like 12.34 times FACTOR, as an integer.
scaled() {
    local value=$1 factor=$2 int frac
    int=${value%%.*}
    frac=
    [[ $value == *.* ]] && frac=${value#*.}
    local result=$((10#$int * factor))
    if [[ -n $frac ]]; then
        result=$((result + 10#$frac * factor / (10 ** ${#frac})))
    fi
    echo "$result"
}

# wrk's latency ("812.45us", "9.48ms", "1.02s") in microseconds.
latency_us() {
    [[ $1 =~ ^([0-9.]+)(us|ms|s|m|h)$ ]] || die "cannot read wrk latency '$1'"
    local factor
    case ${BASH_REMATCH[2]} in
        us) factor=1 ;; ms) factor=1000 ;; s) factor=1000000 ;; m) factor=60000000 ;; h) factor=3600000000 ;;
    esac
    scaled "${BASH_REMATCH[1]}" "$factor"
}

# wrk's amount of data ("1.94GB", "512.00KB", "900B") in bytes.
data_bytes() {
    [[ $1 =~ ^([0-9.]+)(B|KB|MB|GB|TB)$ ]] || die "cannot read wrk data size '$1'"
    local factor
    case ${BASH_REMATCH[2]} in
        B) factor=1 ;; KB) factor=1024 ;; MB) factor=1048576 ;; GB) factor=1073741824 ;; TB) factor=1099511627776 ;;
    esac
    scaled "${BASH_REMATCH[1]}" "$factor"
}

now_ns() { date +%s%N; }

# The 1-minute load average: how busy the machine was (other work skews every number).
load_1m() {
    local one _
    read -r one _ </proc/loadavg
    echo "$one"
}

# ---- processes we start, and cleaning up after them ------------------------------------------
SERVER_PID=""
CHILD_PID=""
PROGRESS_PID=""
PG_DB_CREATED=""

stop_pid() {
    local pid=$1 what=$2 i
    [[ -n $pid ]] || return 0
    kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 90; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.5
    done
    if kill -0 "$pid" 2>/dev/null; then
        warn "$what (pid $pid) did not stop within 45 s; killing it"
        kill -KILL "$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null || true
}

psql_admin() {
    PGOPTIONS="-c client_min_messages=warning" \
        psql -X -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres "$@"
}

cleanup() {
    local status=$?
    trap - EXIT INT TERM
    stop_pid "$PROGRESS_PID" "progress reporter"
    stop_pid "$CHILD_PID" "child process"
    stop_pid "$SERVER_PID" "server"
    if [[ -n $PG_DB_CREATED && $KEEP == 0 ]]; then
        psql_admin -c "DROP DATABASE IF EXISTS $PG_DB_CREATED WITH (FORCE)" >/dev/null 2>&1 ||
            warn "could not drop database $PG_DB_CREATED"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---- arguments -------------------------------------------------------------------------------
need_value() { [[ $# -ge 2 && -n $2 ]] || die "option $1 needs a value (see --help)"; }

while [[ $# -gt 0 ]]; do
    case $1 in
        --articles) need_value "$@"; ARTICLES=$2; shift 2 ;;
        --db) need_value "$@"; DBS=$2; shift 2 ;;
        --duration) need_value "$@"; DURATION=$2; shift 2 ;;
        --warmup) need_value "$@"; WARMUP=$2; shift 2 ;;
        --threads) need_value "$@"; THREADS=$2; shift 2 ;;
        --connections) need_value "$@"; CONNECTIONS=$2; shift 2 ;;
        --article-urls) need_value "$@"; ARTICLE_URLS=$2; shift 2 ;;
        --jvm-opts) [[ $# -ge 2 ]] || die "option --jvm-opts needs a value"; JVM_OPTS=$2; shift 2 ;;
        --java) need_value "$@"; JAVA=$2; shift 2 ;;
        --jar) need_value "$@"; JAR=$2; shift 2 ;;
        --build) BUILD=1; shift ;;
        --gzip) GZIP=1; shift ;;
        --server-warmup) need_value "$@"; SERVER_WARMUP=$2; shift 2 ;;
        --keep) KEEP=1; shift ;;
        --pg-host) need_value "$@"; PG_HOST=$2; shift 2 ;;
        --pg-port) need_value "$@"; PG_PORT=$2; shift 2 ;;
        --pg-user) need_value "$@"; PG_USER=$2; shift 2 ;;
        -h | --help) usage; exit 0 ;;
        *) die "unknown option: $1 (see --help)" ;;
    esac
done

[[ $ARTICLES =~ ^[1-9][0-9]*$ ]] || die "--articles must be a positive whole number: $ARTICLES"
[[ $ARTICLE_URLS =~ ^[1-9][0-9]*$ ]] || die "--article-urls must be a positive whole number: $ARTICLE_URLS"
[[ $THREADS =~ ^[1-9][0-9]*$ ]] || die "--threads must be a positive whole number: $THREADS"
[[ $CONNECTIONS =~ ^[1-9][0-9]*$ ]] || die "--connections must be a positive whole number: $CONNECTIONS"
((CONNECTIONS >= THREADS)) || die "--connections must be at least --threads"
[[ $DURATION =~ ^[1-9][0-9]*[smh]?$ ]] || die "--duration must look like 20s, 90 or 2m: $DURATION"
[[ $WARMUP =~ ^[0-9]+[smh]?$ ]] || die "--warmup must look like 5s or 0: $WARMUP"
[[ $PG_PORT =~ ^[0-9]+$ ]] || die "--pg-port must be a number: $PG_PORT"
read -ra JVM_ARGS <<<"$JVM_OPTS"
IFS=, read -ra DB_LIST <<<"$DBS"
((${#DB_LIST[@]} > 0)) || die "--db names no database"
for db in "${DB_LIST[@]}"; do
    [[ $db == sqlite || $db == postgresql ]] || die "unknown database '$db' in --db (sqlite, postgresql)"
done
WARMUP_OFF=0
[[ $WARMUP =~ ^0+[smh]?$ ]] && WARMUP_OFF=1

# ---- tools -----------------------------------------------------------------------------------
for tool in curl wrk; do
    command -v "$tool" >/dev/null || die "$tool is required but not installed"
done
if [[ ,$DBS, == *,postgresql,* ]]; then
    command -v psql >/dev/null || die "psql is required for --db postgresql"
fi

if [[ -z $JAVA ]]; then
    if [[ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]]; then
        JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
    elif [[ -n ${JAVA_HOME:-} && -x $JAVA_HOME/bin/java ]]; then
        JAVA=$JAVA_HOME/bin/java
    else
        JAVA=$(command -v java) || die "no java found; give one with --java"
    fi
fi
[[ -x $JAVA ]] || die "not an executable: $JAVA"
JAVA_VERSION_LINE=$("$JAVA" -version 2>&1) || die "$JAVA -version failed"
JAVA_VERSION_LINE=${JAVA_VERSION_LINE%%$'\n'*}
[[ $JAVA_VERSION_LINE =~ version\ \"([0-9]+) ]] || die "cannot read the Java version from: $JAVA_VERSION_LINE"
((BASH_REMATCH[1] >= 21)) || die "Java 21 or newer is needed, $JAVA is: $JAVA_VERSION_LINE"
JAVA_RUNTIME="" JAVA_VENDOR=""
while IFS= read -r line; do
    if [[ $line =~ java\.runtime\.version\ =\ (.*)$ ]]; then JAVA_RUNTIME=${BASH_REMATCH[1]}
    elif [[ $line =~ java\.vendor\ =\ (.*)$ ]]; then JAVA_VENDOR=${BASH_REMATCH[1]}
    fi
done < <("$JAVA" -XshowSettings:properties -version 2>&1 || true)

if [[ $BUILD == 1 || ! -f $JAR ]]; then
    [[ $JAR == "$REPO_DIR/target/akhbar.jar" ]] || die "no such jar: $JAR"
    log "Building $JAR"
    (cd "$REPO_DIR" && JAVA_HOME=$(dirname "$(dirname "$JAVA")") ./mvnw -q package -DskipTests) >&2 ||
        die "the build failed (./mvnw -q package -DskipTests)"
    [[ -f $JAR ]] || die "the build did not produce $JAR"
fi

# The generated articles are dated up to NEWEST; later than now they would count as scheduled
# (unpublished) and the site would not show them.
(($(date +%s) >= $(date -d "$NEWEST" +%s))) ||
    die "this machine's clock ($(date -Iseconds)) is before the newest generated article ($NEWEST)"

CLK_TCK=$(getconf CLK_TCK 2>/dev/null || echo 100)
mkdir -p "$WORK_DIR" "$RESULTS_DIR"
RUN_STAMP=$(date +%Y-%m-%d-%H%M)
RUN_STARTED=$(date -u '+%Y-%m-%d %H:%M UTC')
LOAD_AT_START=$(load_1m)

# ---- machine and JVM -------------------------------------------------------------------------
CPU_MODEL=unknown
while IFS= read -r line; do
    if [[ $line =~ ^model\ name[[:space:]]*:\ (.*)$ ]]; then CPU_MODEL=${BASH_REMATCH[1]}; break; fi
done </proc/cpuinfo
MEM_KB=0
while read -r key value _; do
    if [[ $key == MemTotal: ]]; then MEM_KB=$value; break; fi
done </proc/meminfo
MACHINE="nproc $(nproc), ${CPU_MODEL}, $(fixed "$MEM_KB" 1048576 1) GiB RAM, $(uname -sr)"

# What the JVM makes of the options (or of none): heap bounds and collector.
MAX_HEAP=0 INITIAL_HEAP=0 GC=unknown
while IFS= read -r line; do
    if [[ $line =~ [[:space:]](MaxHeapSize|InitialHeapSize)[[:space:]]+:?=[[:space:]]+([0-9]+) ]]; then
        [[ ${BASH_REMATCH[1]} == MaxHeapSize ]] && MAX_HEAP=${BASH_REMATCH[2]} || INITIAL_HEAP=${BASH_REMATCH[2]}
    elif [[ $line =~ [[:space:]]Use(Serial|Parallel|G1|Z|Shenandoah|Epsilon)GC[[:space:]]+:?=[[:space:]]+true ]]; then
        GC=${BASH_REMATCH[1]}
    fi
done < <("$JAVA" "${JVM_ARGS[@]}" -XX:+PrintFlagsFinal -version 2>/dev/null || true)
((MAX_HEAP > 0)) || die "java does not start with --jvm-opts '$JVM_OPTS' (try: $JAVA $JVM_OPTS -version)"
HEAP_SETTINGS="${JVM_OPTS:-none (JVM defaults)}: initial heap $(fixed "$INITIAL_HEAP" 1048576 0) MiB, max heap $(fixed "$MAX_HEAP" 1048576 0) MiB, ${GC} GC"

WRK_VERSION=$(wrk -v 2>&1) || true
WRK_VERSION=${WRK_VERSION%%$'\n'*}
WRK_VERSION=${WRK_VERSION%% Copyright*}
COMMIT=unknown
if command -v git >/dev/null && git -C "$REPO_DIR" rev-parse --git-dir >/dev/null 2>&1; then
    COMMIT=$(git -C "$REPO_DIR" rev-parse --short HEAD 2>/dev/null || echo unknown)
    [[ -z $(git -C "$REPO_DIR" status --porcelain --untracked-files=no 2>/dev/null) ]] || COMMIT="$COMMIT (with local changes)"
fi

log "Machine: $MACHINE"
log "Java: $JAVA ($JAVA_VERSION_LINE)"
log "JVM heap settings: $HEAP_SETTINGS"

WRK_HEADERS=()
((GZIP)) && WRK_HEADERS=(-H "Accept-Encoding: gzip")

# ---- 1. articles -----------------------------------------------------------------------------
ARTICLES_FILE=$WORK_DIR/articles-$ARTICLES.jsonl
STAMP_FILE=$ARTICLES_FILE.stamp
GENERATOR_SUM=$(sha256sum "$BENCH_DIR/GenerateArticles.java") || die "cannot read bench/GenerateArticles.java"
STAMP="${GENERATOR_SUM%% *} $ARTICLES $NEWEST"
if [[ -f $ARTICLES_FILE && -f $STAMP_FILE && $(<"$STAMP_FILE") == "$STAMP" ]]; then
    log "Reusing $ARTICLES_FILE (same generator, same N)"
else
    log "Generating $ARTICLES articles into $ARTICLES_FILE"
    rm -f "$STAMP_FILE"
    "$JAVA" "$BENCH_DIR/GenerateArticles.java" "$ARTICLES" "$ARTICLES_FILE" "$NEWEST" 2>"$WORK_DIR/generate.log" ||
        { show_tail "$WORK_DIR/generate.log"; die "generating the articles failed"; }
    cat "$WORK_DIR/generate.log" >&2
    printf '%s' "$STAMP" >"$STAMP_FILE"
fi
LINE_COUNT=$(wc -l <"$ARTICLES_FILE")
((LINE_COUNT == ARTICLES)) || die "$ARTICLES_FILE has $LINE_COUNT lines, expected $ARTICLES"
ARTICLES_MIB=$(fixed "$(stat -c %s "$ARTICLES_FILE")" 1048576 1)

# ---- per database: state shared by the steps below -------------------------------------------
DB=""            # sqlite | postgresql
DB_LABEL=""      # SQLite | PostgreSQL
DATA_DIR=""
DB_ARGS=()       # options that point the jar at this database
BASE=""          # http://127.0.0.1:PORT of the running server
IMPORT_ROW=""
ROWS=()          # Markdown table rows of the measurements
PROBLEMS=()      # what went wrong, reported at the end

fresh_database() {
    rm -rf "$DATA_DIR"
    mkdir -p "$DATA_DIR"
    DB_ARGS=("--akhbar.data-dir=$DATA_DIR" "--akhbar.demo-content=false")
    if [[ $DB == postgresql ]]; then
        local name=akhbar_bench_$ARTICLES
        psql_admin -c "DROP DATABASE IF EXISTS $name WITH (FORCE)" >&2 ||
            die "cannot drop the old database $name on $PG_HOST:$PG_PORT as $PG_USER"
        psql_admin -c "CREATE DATABASE $name TEMPLATE template0 ENCODING 'UTF8'" >&2 ||
            die "cannot create database $name on $PG_HOST:$PG_PORT as $PG_USER"
        PG_DB_CREATED=$name
        DB_ARGS+=("--spring.datasource.url=jdbc:postgresql://$PG_HOST:$PG_PORT/$name"
            "--spring.datasource.username=$PG_USER")
    fi
}

drop_database() {
    if [[ -n $PG_DB_CREATED && $KEEP == 0 ]]; then
        psql_admin -c "DROP DATABASE IF EXISTS $PG_DB_CREATED WITH (FORCE)" >&2 ||
            die "cannot drop database $PG_DB_CREATED"
        log "Dropped database $PG_DB_CREATED"
        PG_DB_CREATED=""
    fi
}

# ---- 2. import -------------------------------------------------------------------------------
# Runs the import command and waits for it, printing its progress every 10 s. Sets IMPORT_RC,
# IMPORT_NS (wall-clock time).
run_import_once() {
    local import_log=$1 started rc=0
    started=$(now_ns)
    "$JAVA" "${JVM_ARGS[@]}" -jar "$JAR" import "$ARTICLES_FILE" "${DB_ARGS[@]}" >"$import_log" 2>&1 &
    CHILD_PID=$!
    (
        # Stopped with TERM by run_import_once; takes its sleep along.
        nap=""
        trap '[[ -n $nap ]] && kill "$nap" 2>/dev/null; exit 0' TERM
        while :; do
            sleep 10 &
            nap=$!
            wait "$nap" || true
            line=$(tail -n 1 "$import_log" 2>/dev/null) || true
            [[ $line == *"lines read"* ]] && printf '[%s]   import: %s\n' "$(date +%H:%M:%S)" "$line" >&2
        done
    ) &
    PROGRESS_PID=$!
    wait "$CHILD_PID" || rc=$?
    IMPORT_NS=$(($(now_ns) - started))
    CHILD_PID=""
    stop_pid "$PROGRESS_PID" "progress reporter"
    PROGRESS_PID=""
    IMPORT_RC=$rc
}

import_articles() {
    local import_log=$DATA_DIR/import.log
    log "[$DB_LABEL] Importing $ARTICLES articles (log: $import_log)"
    run_import_once "$import_log"
    if ((IMPORT_RC != 0)); then
        show_tail "$import_log"
        die "[$DB_LABEL] the import failed with exit code $IMPORT_RC (log: $import_log)"
    fi
    local summary="" line
    while IFS= read -r line; do
        [[ $line == Imported* ]] && summary=$line
    done <"$import_log"
    [[ $summary =~ :\ ([0-9,]+)\ created,\ ([0-9,]+)\ updated,\ ([0-9,]+)\ skipped,\ in\ ([0-9.]+)\ s ]] ||
        { show_tail "$import_log"; die "[$DB_LABEL] cannot find the import summary in $import_log"; }
    local created=${BASH_REMATCH[1]//,/} updated=${BASH_REMATCH[2]//,/} skipped=${BASH_REMATCH[3]//,/}
    local app_ms
    app_ms=$(scaled "${BASH_REMATCH[4]}" 1000)
    ((created == ARTICLES && updated == 0 && skipped == 0)) ||
        die "[$DB_LABEL] expected $ARTICLES new articles, the import says: $summary"
    local wall_ms=$((IMPORT_NS / 1000000))
    local rate wall_rate
    rate=$(fixed $((created * 1000)) "$app_ms" 0)
    wall_rate=$(fixed $((created * 1000)) "$wall_ms" 0)
    log "[$DB_LABEL] Imported $created articles in $(fixed "$app_ms" 1000 1) s = $rate articles/s" \
        "(wall clock with JVM start: $(fixed "$wall_ms" 1000 1) s = $wall_rate articles/s)"
    IMPORT_ROW="| $DB_LABEL | $created | $(fixed "$app_ms" 1000 1) s | **$rate** | $(fixed "$wall_ms" 1000 1) s | $wall_rate |"
}

# PostgreSQL: gather planner statistics, as autovacuum would after a bulk load.
note_database_settings() {
    [[ $DB == postgresql ]] || return 0
    local autovacuum
    autovacuum=$(psql_admin -tA -c 'show autovacuum') || die "cannot ask PostgreSQL for its settings"
    PG_NOTE="autovacuum is $autovacuum on this server; the import command ends with ANALYZE, timed with it"
}

# ---- 3./4. the server ------------------------------------------------------------------------
# A port below the kernel's ephemeral range: wrk's own closed connections linger there in
# TIME_WAIT and can make a port that nobody listens on impossible to bind.
free_port() {
    local port tries low=20000 high
    read -r high _ </proc/sys/net/ipv4/ip_local_port_range
    ((high > low + 1000)) || high=32768
    for ((tries = 0; tries < 200; tries++)); do
        port=$((low + (RANDOM * 32768 + RANDOM) % (high - low)))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    die "found no free local port"
}

# start_server CACHE LOG: CACHE is "on" (page cache and fragment caches), "off" (no page cache:
# pages render on every request, from the fragment caches) or "none" (no caches at all: every
# request reads the database).
start_server() {
    local cache=$1 server_log=$2 port started
    port=$(free_port)
    BASE=http://127.0.0.1:$port
    log "[$DB_LABEL] Starting the site on $BASE, page cache $cache (log: $server_log)"
    started=$(now_ns)
    "$JAVA" "${JVM_ARGS[@]}" -jar "$JAR" "--server.port=$port" --server.address=127.0.0.1 "${DB_ARGS[@]}" \
        "--akhbar.cache.pages.enabled=$([[ $cache == on ]] && echo true || echo false)" \
        "--akhbar.cache.data.enabled=$([[ $cache == none ]] && echo false || echo true)" >"$server_log" 2>&1 &
    SERVER_PID=$!
    local deadline=$((SECONDS + STARTUP_TIMEOUT)) health
    while :; do
        if ! kill -0 "$SERVER_PID" 2>/dev/null; then
            local rc=0
            wait "$SERVER_PID" || rc=$?
            SERVER_PID=""
            show_tail "$server_log" 40
            die "[$DB_LABEL] the server exited during start-up (exit code $rc)"
        fi
        health=$(curl -s --max-time 2 "$BASE/actuator/health" 2>/dev/null) || true
        [[ $health == *'"status":"UP"'* ]] && break
        if ((SECONDS >= deadline)); then
            show_tail "$server_log" 40
            die "[$DB_LABEL] the server did not report UP on $BASE/actuator/health within $STARTUP_TIMEOUT s"
        fi
        sleep 0.5
    done
    log "[$DB_LABEL] Up after $(fixed $(($(now_ns) - started)) 1000000000 1) s (pid $SERVER_PID)"
}

stop_server() {
    stop_pid "$SERVER_PID" "server"
    SERVER_PID=""
}

# fetch PATH: the page body on stdout; fails the run unless the answer is 200.
fetch() {
    local path=$1 file=$DATA_DIR/fetch.tmp code
    code=$(curl -s -o "$file" -w '%{http_code}' --max-time 60 "$BASE$path") ||
        die "[$DB_LABEL] cannot fetch $BASE$path"
    [[ $code == 200 ]] || die "[$DB_LABEL] $BASE$path answered $code, expected 200"
    cat "$file"
}

# The URL lists every measurement cycles through, one path per line, in $DATA_DIR/urls-*.txt.
collect_urls() {
    log "[$DB_LABEL] Collecting URLs"
    local home nav rest path
    home=$(fetch /)
    printf '/\n' >"$DATA_DIR/urls-home.txt"

    # Sections: the hrefs of the home page's nav.sections-menu.
    [[ $home == *'<nav class="sections-menu"'* ]] || die "[$DB_LABEL] the home page has no nav.sections-menu"
    nav=${home#*<nav class=\"sections-menu\"}
    nav=${nav%%</nav>*}
    : >"$DATA_DIR/urls-section.txt"
    local sections=0 re_href='href="(/section/[^"]+)"'
    rest=$nav
    while [[ $rest =~ $re_href ]]; do
        printf '%s\n' "${BASH_REMATCH[1]}" >>"$DATA_DIR/urls-section.txt"
        sections=$((sections + 1))
        rest=${rest#*"${BASH_REMATCH[0]}"}
    done
    ((sections > 0)) || die "[$DB_LABEL] found no section links in the home page's menu"
    log "[$DB_LABEL]   $sections sections in the menu"

    # Show-more batches: data-batch of a.show-more on each section page, then data-more of each
    # batch, MORE_DEPTH deep.
    : >"$DATA_DIR/urls-more.txt"
    local batches=0 page batch depth re_batch='class="show-more"[^>]*data-batch="([^"]+)"' re_more='data-more="([^"]+)"'
    while IFS= read -r path; do
        page=$(fetch "$path")
        [[ $page =~ $re_batch ]] || { warn "no show-more link on $path"; continue; }
        batch=${BASH_REMATCH[1]//&amp;/&}
        for ((depth = 0; depth < MORE_DEPTH; depth++)); do
            printf '%s\n' "$batch" >>"$DATA_DIR/urls-more.txt"
            batches=$((batches + 1))
            page=$(fetch "$batch")
            [[ $page =~ $re_more ]] || break
            batch=${BASH_REMATCH[1]//&amp;/&}
        done
    done <"$DATA_DIR/urls-section.txt"
    ((batches > 0)) || die "[$DB_LABEL] found no show-more batches on the section pages"
    log "[$DB_LABEL]   $batches show-more batch URLs"

    # Articles: random ids of the fresh database (1..N), canonical URL from the 301 of /article/{id}/x.
    local wanted=$ARTICLE_URLS id
    ((wanted <= ARTICLES)) || wanted=$ARTICLES
    local -A chosen=()
    local config=$DATA_DIR/curl-redirects.cfg
    : >"$config"
    RANDOM=$SEED
    while ((${#chosen[@]} < wanted)); do
        id=$(((RANDOM * 32768 + RANDOM) % ARTICLES + 1))
        [[ -n ${chosen[$id]:-} ]] && continue
        chosen[$id]=1
        printf 'url = "%s/article/%d/x"\noutput = "/dev/null"\n' "$BASE" "$id" >>"$config"
    done
    local answers=$DATA_DIR/redirects.txt code location missing=0 found=0
    curl -s --max-time 600 -w '%{http_code} %{redirect_url}\n' --config "$config" >"$answers" ||
        die "[$DB_LABEL] curl failed while asking for the canonical article URLs"
    : >"$DATA_DIR/urls-article.txt"
    while read -r code location; do
        if [[ $code == 301 && $location == "$BASE"/article/* ]]; then
            printf '%s\n' "${location#"$BASE"}" >>"$DATA_DIR/urls-article.txt"
            found=$((found + 1))
        else
            missing=$((missing + 1))
        fi
    done <"$answers"
    ((missing * 100 <= wanted)) ||
        die "[$DB_LABEL] $missing of $wanted article ids gave no redirect to a canonical URL (see $answers)"
    log "[$DB_LABEL]   $found canonical article URLs"
    # Check that canonical URLs really are pages (a redirect would count as success in wrk).
    local sample=0
    while IFS= read -r path && ((sample < 10)); do
        code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 60 "$BASE$path") || code=000
        [[ $code == 200 ]] || die "[$DB_LABEL] canonical article URL $path answered $code"
        sample=$((sample + 1))
    done <"$DATA_DIR/urls-article.txt"
    head -n "$CACHED_ARTICLE_URLS" "$DATA_DIR/urls-article.txt" >"$DATA_DIR/urls-article-cached.txt"
    rm -f "$DATA_DIR/fetch.tmp"
}

# utime + stime of the server, in clock ticks.
server_cpu_ticks() {
    local stat rest fields
    stat=$(<"/proc/$SERVER_PID/stat") || die "[$DB_LABEL] the server (pid $SERVER_PID) is gone"
    rest=${stat##*) }   # after "pid (comm) "; fields from the 3rd on
    read -ra fields <<<"$rest"
    echo $((fields[11] + fields[12]))
}

# PostgreSQL backends serving the benchmark database: "pid ticks" lines (utime+stime). Empty
# when PostgreSQL is not on this machine (its pids then are not ours to read).
pg_backend_ticks() {
    [[ $DB == postgresql && -n $PG_DB_CREATED ]] || return 0
    [[ $PG_HOST == 127.0.0.1 || $PG_HOST == localhost || $PG_HOST == ::1 ]] || return 0
    local pid stat rest fields
    for pid in $(psql_admin -tA -c "select pid from pg_stat_activity where datname = '$PG_DB_CREATED'"); do
        [[ -r /proc/$pid/stat ]] || continue
        stat=$(<"/proc/$pid/stat") || continue
        rest=${stat##*) }
        read -ra fields <<<"$rest"
        echo "$pid $((fields[11] + fields[12]))"
    done
}

server_rss_kb() {
    local key value
    while read -r key value _; do
        [[ $key == VmRSS: ]] && { echo "$value"; return; }
    done <"/proc/$SERVER_PID/status"
    die "[$DB_LABEL] cannot read VmRSS of pid $SERVER_PID"
}

run_wrk() {
    local duration=$1 urls=$2 out=$3 rc=0
    BENCH_URLS=$urls wrk -t"$THREADS" -c"$CONNECTIONS" -d"$duration" --latency --timeout 10s \
        "${WRK_HEADERS[@]}" -s "$BENCH_DIR/cycle.lua" "$BASE" >"$out" 2>&1 &
    CHILD_PID=$!
    wait "$CHILD_PID" || rc=$?
    CHILD_PID=""
    if ((rc != 0)); then
        show_tail "$out"
        die "[$DB_LABEL] wrk failed with exit code $rc"
    fi
}

# warm_server: a fresh JVM compiles its hot code for a minute or more on two cores; measuring
# before that measures the compiler. Cycles every kind of page for --server-warmup first.
warm_server() {
    [[ $SERVER_WARMUP == 0 || $SERVER_WARMUP == 0s ]] && return
    local mixed=$DATA_DIR/urls-mixed.txt
    cat "$DATA_DIR/urls-home.txt" "$DATA_DIR/urls-section.txt" "$DATA_DIR/urls-more.txt" \
        "$DATA_DIR/urls-article.txt" >"$mixed"
    log "[$DB_LABEL] Warming the server up: $SERVER_WARMUP over every kind of page"
    run_wrk "$SERVER_WARMUP" "$mixed" "$DATA_DIR/wrk-server-warmup.txt"
}

# measure NAME CACHE URL-FILE: warm-up, then one measured wrk run; adds a row to ROWS.
measure() {
    local name=$1 cache=$2 urls=$3
    local count out=$DATA_DIR/wrk-${name// /-}-cache-$cache.txt
    count=$(wc -l <"$urls")
    kill -0 "$SERVER_PID" 2>/dev/null || die "[$DB_LABEL] the server is no longer running"
    if ((WARMUP_OFF == 0)); then
        log "[$DB_LABEL] $name, page cache $cache: warm-up $WARMUP"
        run_wrk "$WARMUP" "$urls" "$out.warmup"
    fi
    log "[$DB_LABEL] $name, page cache $cache: measuring $DURATION over $count URL(s)"
    local cpu_before cpu_after rss db_before db_after pid ticks db_ticks="" 
    local -A db_start=()
    db_before=$(pg_backend_ticks) || die "[$DB_LABEL] cannot list the PostgreSQL backends"
    cpu_before=$(server_cpu_ticks)
    run_wrk "$DURATION" "$urls" "$out"
    cpu_after=$(server_cpu_ticks)
    rss=$(server_rss_kb)
    db_after=$(pg_backend_ticks) || die "[$DB_LABEL] cannot list the PostgreSQL backends"
    if [[ -n $db_after ]]; then
        # Backends there before count from then; new ones count whole (they started during the run).
        while read -r pid ticks; do db_start[$pid]=$ticks; done <<<"$db_before"
        db_ticks=0
        while read -r pid ticks; do
            db_ticks=$((db_ticks + ticks - ${db_start[$pid]:-0}))
        done <<<"$db_after"
    fi

    local line p50="" p99="" requests="" bytes="" rps="" non2xx=0 socket=0
    local re_p50='^[[:space:]]+50%[[:space:]]+([0-9.]+[a-z]+)' re_p99='^[[:space:]]+99%[[:space:]]+([0-9.]+[a-z]+)'
    local re_total='^[[:space:]]*([0-9]+) requests in ([0-9.]+[a-z]+), ([0-9.]+[KMGT]?B) read'
    local re_rps='^Requests/sec:[[:space:]]+([0-9.]+)' re_non2xx='Non-2xx or 3xx responses: ([0-9]+)'
    local re_socket='Socket errors: connect ([0-9]+), read ([0-9]+), write ([0-9]+), timeout ([0-9]+)'
    while IFS= read -r line; do
        if [[ $line =~ $re_p50 ]]; then p50=${BASH_REMATCH[1]}
        elif [[ $line =~ $re_p99 ]]; then p99=${BASH_REMATCH[1]}
        elif [[ $line =~ $re_total ]]; then requests=${BASH_REMATCH[1]}; bytes=${BASH_REMATCH[3]}
        elif [[ $line =~ $re_rps ]]; then rps=${BASH_REMATCH[1]}
        elif [[ $line =~ $re_non2xx ]]; then non2xx=${BASH_REMATCH[1]}
        elif [[ $line =~ $re_socket ]]; then
            socket=$((BASH_REMATCH[1] + BASH_REMATCH[2] + BASH_REMATCH[3] + BASH_REMATCH[4]))
        fi
    done <"$out"
    [[ -n $p50 && -n $p99 && -n $requests && -n $rps ]] ||
        { show_tail "$out"; die "[$DB_LABEL] cannot read the wrk output $out"; }
    local load errors=$((non2xx + socket)) rss_mib
    load=$(load_1m)
    rss_mib=$(fixed "$rss" 1024 0)
    if ((requests == 0)); then
        # Nothing finished within wrk's timeout: no latency to report, but the other targets
        # can still be measured.
        warn "[$DB_LABEL] $name, page cache $cache: no request completed in $DURATION ($socket socket errors/timeouts)"
        PROBLEMS+=("$DB_LABEL, $name, page cache $cache: no request completed in $DURATION ($socket timeouts or socket errors; see $out and the server log)")
        ROWS+=("| $name | $cache | $count | **0** | - | - | - | - | $rss_mib | - | $errors | $load |")
        return 0
    fi

    local p50_ms p99_ms cpu_ms kib req_s db_cpu_ms=in-process
    if [[ $DB == postgresql ]]; then
        db_cpu_ms=n/a
        [[ -n $db_ticks ]] && db_cpu_ms=$(fixed $((db_ticks * 1000)) $((CLK_TCK * requests)) 3)
    fi
    p50_ms=$(fixed "$(latency_us "$p50")" 1000 2)
    p99_ms=$(fixed "$(latency_us "$p99")" 1000 2)
    cpu_ms=$(fixed $(((cpu_after - cpu_before) * 1000)) $((CLK_TCK * requests)) 3)
    kib=$(fixed "$(data_bytes "$bytes")" $((requests * 1024)) 1)
    req_s=$(fixed "$(scaled "$rps" 100)" 100 0)
    log "[$DB_LABEL] $name, page cache $cache: $req_s req/s, p50 $p50_ms ms, p99 $p99_ms ms," \
        "$cpu_ms ms CPU/request (database: $db_cpu_ms), RSS $rss_mib MiB, $kib KiB/response, $errors errors, load $load"
    if ((errors > 0)); then
        PROBLEMS+=("$DB_LABEL, $name, page cache $cache: $non2xx non-2xx/3xx responses, $socket socket errors (see $out)")
    fi
    ROWS+=("| $name | $cache | $count | **$req_s** | $p50_ms | $p99_ms | $cpu_ms | $db_cpu_ms | $rss_mib | $kib | $errors | $load |")
}

# ---- 5. the report ---------------------------------------------------------------------------
report() {
    local gzip_note=none
    ((GZIP)) && gzip_note="gzip"
    cat <<EOF
## Akhbar benchmark: $DB_LABEL, $ARTICLES articles

Run $RUN_STARTED, commit $COMMIT. Load average (1 min) when the run started: $LOAD_AT_START.

- Machine: $MACHINE
- Java: $JAVA_VERSION_LINE${JAVA_RUNTIME:+ ($JAVA_VENDOR $JAVA_RUNTIME)}
- JVM heap settings: $HEAP_SETTINGS
- Database: $DB_LABEL$DB_VERSION${PG_NOTE:+ ($PG_NOTE)}
- Load: $WRK_VERSION, \`-t$THREADS -c$CONNECTIONS -d$DURATION --latency\` after a $SERVER_WARMUP warm-up per server and $WARMUP per target, Accept-Encoding: $gzip_note; wrk runs on the same machine
- Data: $ARTICLES generated articles (bench/GenerateArticles.java), $ARTICLES_MIB MiB of JSON Lines

### Import

| Database | Articles | Import time (app) | Articles/s | Wall time (with JVM start) | Articles/s (wall) |
|---|---:|---:|---:|---:|---:|
$IMPORT_ROW
EOF
    cat <<EOF

### Reader pages

| Target | Page cache | URLs cycled | Requests/s | p50 ms | p99 ms | Server CPU ms/request | DB CPU ms/request | Server RSS MiB | KiB/response | Errors | Load 1m |
|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
EOF
    printf '%s\n' "${ROWS[@]}"
    cat <<EOF

Page cache off: every request renders its page (\`--akhbar.cache.pages.enabled=false\`), from
the fragment caches that follow the change log (article, related ids, summaries, list pages).
Page cache none: no caches at all (\`--akhbar.cache.data.enabled=false\` too), every request
reads the database. The article rows cycle through $(wc -l <"$DATA_DIR/urls-article.txt") distinct articles. Page cache
on: rendered pages served from memory. Each server was warmed up for $SERVER_WARMUP over every kind
of page (the JIT compiler), then each target for $WARMUP. Server CPU: utime+stime of the server process over the measurement, divided
by the requests completed. DB CPU: the same for the PostgreSQL backends of the benchmark
database (SQLite runs inside the server process, so its CPU is in the server's). RSS: VmRSS
after the measurement. Errors: non-2xx/3xx answers plus socket errors, timeouts included (wrk
gives up on a request after 10 s). Load 1m: the machine's 1-minute load average right after the
measurement; above the number of CPUs, other work was competing with the benchmark.
EOF
}

# ---- main ------------------------------------------------------------------------------------
SUMMARIES=()
for DB in "${DB_LIST[@]}"; do
    ROWS=()
    PG_NOTE=""
    DB_VERSION=""
    if [[ $DB == sqlite ]]; then
        DB_LABEL=SQLite
    else
        DB_LABEL=PostgreSQL
        DB_VERSION=$(psql_admin -tA -c 'show server_version' 2>/dev/null) ||
            die "cannot reach PostgreSQL at $PG_HOST:$PG_PORT as $PG_USER"
        DB_VERSION=" ${DB_VERSION%% *} at $PG_HOST:$PG_PORT"
    fi
    DATA_DIR=$WORK_DIR/$DB-$ARTICLES
    fresh_database
    import_articles
    note_database_settings

    start_server off "$DATA_DIR/server-cache-off.log"
    collect_urls
    warm_server
    measure "article" off "$DATA_DIR/urls-article.txt"
    measure "home" off "$DATA_DIR/urls-home.txt"
    measure "section" off "$DATA_DIR/urls-section.txt"
    measure "show-more" off "$DATA_DIR/urls-more.txt"
    stop_server

    start_server none "$DATA_DIR/server-cache-none.log"
    warm_server
    measure "article" none "$DATA_DIR/urls-article.txt"
    measure "home" none "$DATA_DIR/urls-home.txt"
    stop_server

    start_server on "$DATA_DIR/server-cache-on.log"
    warm_server
    measure "article" on "$DATA_DIR/urls-article-cached.txt"
    measure "home" on "$DATA_DIR/urls-home.txt"
    measure "section" on "$DATA_DIR/urls-section.txt"
    measure "show-more" on "$DATA_DIR/urls-more.txt"
    stop_server

    drop_database
    RESULT_FILE=$RESULTS_DIR/$RUN_STAMP-$DB-$ARTICLES.md
    report >"$RESULT_FILE" || die "cannot write $RESULT_FILE"
    log "[$DB_LABEL] Summary written to $RESULT_FILE"
    SUMMARIES+=("$RESULT_FILE")
    if ((KEEP == 0)); then
        rm -rf "$DATA_DIR/"*.db "$DATA_DIR/"*.db-wal "$DATA_DIR/"*.db-shm
    fi
done

for file in "${SUMMARIES[@]}"; do
    cat "$file"
    echo
done

if ((${#PROBLEMS[@]} > 0)); then
    for problem in "${PROBLEMS[@]}"; do warn "$problem"; done
    die "some measurements had failed requests; their numbers are not trustworthy"
fi
log "Done."
