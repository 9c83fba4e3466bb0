#!/usr/bin/env bash
#
# bench/sitemaps.sh - the sitemaps at archive scale: fills a SQLite site with N published
# articles (1,000,000 by default, spread evenly over the twelve months of 2025, so each month
# holds more than one file's 50,000 addresses), starts the site with a small heap, and times
# the sitemap index, one full 50,000-address month file (written, then kept), a 304
# revalidation and the site feed.
# It prints each time, the file sizes and the server's resident memory at the end.
#
# The rows are written by SQL straight into the database (an import of a million articles
# through the jar would take far longer and prove nothing more about the sitemaps).
#
# Usage: bench/sitemaps.sh [--articles N] [--heap 256m] [--port 18089]
# Needs: sqlite3, curl, Java 21+. Listens on 127.0.0.1 only; stops only the server it started.
set -euo pipefail

ARTICLES=1000000
HEAP=256m
PORT=18089
while [[ $# -gt 0 ]]; do
  case "$1" in
    --articles) ARTICLES="$2"; shift 2 ;;
    --heap) HEAP="$2"; shift 2 ;;
    --port) PORT="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

cd "$(dirname "$0")/.."
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
[[ -f target/akhbar.jar ]] || ./mvnw -q package -DskipTests
DATA="bench/work/sitemaps-$ARTICLES"
rm -rf "$DATA"; mkdir -p "$DATA"
DB="$DATA/akhbar.db"

# The schema, by the jar's own migrations (a job starts no web server).
"$JAVA" -jar target/akhbar.jar export "$DATA/empty.jsonl" --akhbar.data-dir="$DATA" --akhbar.demo-content=false >/dev/null 2>&1

START=$(date -d '2025-01-01T00:00:00Z' +%s)000
SPAN=$(( 365 * 24 * 3600 * 1000 ))
echo "filling $ARTICLES articles ..." >&2
t0=$(date +%s.%N)
sqlite3 "$DB" <<SQL
pragma journal_mode=wal;
pragma synchronous=off;
with recursive n(i) as (select 1 union all select i + 1 from n where i < $ARTICLES)
insert into article (slug, title, excerpt, body_html, status, published_at, created_at, updated_at)
select 'الحكومة-تصادق-على-تفعيل-الاتفاق-الأمني-مع-تركيا-في-جلسة-استثنائية-' || i,
       'الحكومة تصادق على تفعيل الاتفاق الأمني ' || i, 'ملخص ' || i, '<p>نص ' || i || '</p>', 'published',
       $START + (i - 1) * ($SPAN / $ARTICLES), $START + (i - 1) * ($SPAN / $ARTICLES), $START + (i - 1) * ($SPAN / $ARTICLES)
from n;
analyze;
SQL
echo "filled in $(echo "$(date +%s.%N) - $t0" | bc) s" >&2

"$JAVA" -Xmx"$HEAP" -jar target/akhbar.jar --akhbar.data-dir="$DATA" --akhbar.demo-content=false \
  --server.address=127.0.0.1 --server.port="$PORT" > "$DATA/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/robots.txt" >/dev/null 2>&1 && break
  sleep 1
done

get() {  # path [header] -> "status seconds bytes"
  curl -s -o "$DATA/out" -w '%{http_code} %{time_total} %{size_download}' ${2:+-H "$2"} "http://127.0.0.1:$PORT$1"
}

echo "| request | status | seconds | bytes |"
echo "|---|---|---|---|"
echo "| /sitemap.xml (first) | $(get /sitemap.xml | sed 's/ / | /g') |"
FILES=$(grep -o '<loc>[^<]*</loc>' "$DATA/out" | wc -l)
echo "| /sitemap.xml (cached) | $(get /sitemap.xml | sed 's/ / | /g') |"
echo "| /sitemaps/articles-2025-07.xml (first part) | $(get /sitemaps/articles-2025-07.xml | sed 's/ / | /g') |"
URLS=$(grep -o '<url>' "$DATA/out" | wc -l)
ETAG=$(curl -sI "http://127.0.0.1:$PORT/sitemaps/articles-2025-07.xml" | tr -d '\r' | sed -n 's/^[Ee][Tt]ag: //p')
echo "| /sitemaps/articles-2025-07-2.xml (second part) | $(get /sitemaps/articles-2025-07-2.xml | sed 's/ / | /g') |"
echo "| first part again, gzip (kept) | $(get /sitemaps/articles-2025-07.xml 'Accept-Encoding: gzip' | sed 's/ / | /g') |"
echo "| first part again, no gzip (kept, unpacked) | $(get /sitemaps/articles-2025-07.xml | sed 's/ / | /g') |"
echo "| revalidation with If-None-Match | $(get /sitemaps/articles-2025-07.xml "If-None-Match: $ETAG" | sed 's/ / | /g') |"
echo "| /rss.xml | $(get /rss.xml | sed 's/ / | /g') |"
echo
echo "$ARTICLES articles; the index lists $FILES files; the first part of 2025-07 holds $URLS addresses."
echo "Server heap limit $HEAP; resident memory at the end: $(grep VmRSS /proc/$SERVER/status | awk '{print $2/1024 " MiB"}')."
