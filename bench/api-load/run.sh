#!/usr/bin/env bash
# The API's load benchmark (issue 12): the service on PostgreSQL, loopback, wrk as the load generator.
#   1. event ingestion: POST /v1/events for DURATION seconds (default 60) with CONNECTIONS (default 16)
#   2. event ingestion in batches: POST /v1/events/batch, BATCH (default 20) events per request, same duration,
#      BATCH_CONNECTIONS (default 5) connections, each sending one request every PACE_MS (default 30) ms:
#      about 2,200 events/s at this machine's answer times (the achieved rate is printed)
#   3. the one-invoice decision preview: GET /v1/invoices/{id}/decision-preview for 30 s
# Usage: bench/api-load/run.sh [PG_URL] ; needs wrk (apt-get install wrk) and a built target/smart-dunning.jar.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/../.."
pg="${1:-jdbc:postgresql://127.0.0.1:5432/test?user=postgres}"
duration="${DURATION:-60}"
connections="${CONNECTIONS:-16}"
port="${PORT:-18090}"
jar="$root/target/smart-dunning.jar"
customers="${CUSTOMERS:-5000}"
schema_prefix=bench_api
java_opts=-Xmx2g
serve_properties=""
source "$here/../serve-creditor.sh"
customer=$(sed -n 2p "$work/folder/history/customers.csv" | cut -d, -f1)
tail -n +2 "$work/folder/batch.csv" | cut -d, -f1 > "$work/ids.txt"

echo "== event ingestion: $connections connections, ${duration} s, PostgreSQL $pg"
KEY="$key" CUSTOMER="$customer" RUN="$(date +%s)" wrk -t2 -c"$connections" -d"${duration}s" --latency \
  -s "$here/events.lua" "http://127.0.0.1:$port"

echo "== event ingestion in batches of ${BATCH:-20}: ${BATCH_CONNECTIONS:-5} connections, one request per ${PACE_MS:-30} ms each, ${duration} s"
KEY="$key" CUSTOMER="$customer" RUN="$(date +%s)" BATCH="${BATCH:-20}" PACE_MS="${PACE_MS:-30}" wrk -t2 -c"${BATCH_CONNECTIONS:-5}" \
  -d"${duration}s" --latency -s "$here/events-batch.lua" "http://127.0.0.1:$port"

curl -sf -H "Authorization: Bearer $key" "localhost:$port/v1/invoices/$(head -1 "$work/ids.txt")/decision-preview" >/dev/null
echo "== decision preview: 4 connections, 30 s, $(wc -l < "$work/ids.txt") batch invoices"
KEY="$key" IDS="$work/ids.txt" wrk -t2 -c4 -d30s --latency -s "$here/preview.lua" "http://127.0.0.1:$port"
