#!/usr/bin/env bash
# Dashboard page times (issue 13): a generated creditor of CUSTOMERS (default 100,000) loaded into PostgreSQL through
# the service's own bulk upload (POST /v1/events/bulk, as a creditor would), its workflow uploaded, then signed in
# with its API key through the sign-in form as a browser does; each page (and GET /v1/kpis) is asked REQUESTS times
# (default 20) one after another after a first ask (timed apart: the service works out a KPI or experiments report
# there and keeps it until the facts change), and the p50, p95 and max of curl's total time are printed.
# Usage: bench/dashboard/run.sh [PG_URL] ; needs curl and a built target/smart-dunning.jar (run from a copy:
# JAR=DIR/smart-dunning.jar with DIR/lib beside it); SERVE_LOG=FILE keeps the service's access log.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/../.."
jar="${JAR:-$root/target/smart-dunning.jar}"
pg="${1:-jdbc:postgresql://127.0.0.1:5432/test?user=postgres}"
customers="${CUSTOMERS:-100000}"
requests="${REQUESTS:-20}"
port="${PORT:-18091}"
work="$(mktemp -d)"
schema="bench_dashboard_$(date +%s)"
export DUNNING_ADMIN_KEY="bench-admin-key-$(date +%s%N)"
admin="Authorization: Bearer $DUNNING_ADMIN_KEY"
base="http://localhost:$port"

java -jar "$jar" generate --out "$work/folder" --customers "$customers" --seed 1 >/dev/null
(cd "$work/folder" && zip -qr "$work/folder.zip" .)
# the daily process of a creditor with a workflow runs at serve.at: set it an hour back, so none runs while measuring
echo "serve.at=$(date -u -d '-1 hour' +%H:%M)" > "$work/serve.properties"
java ${DUNNING_JAVA_OPTS:--Xmx4g} -jar "$jar" serve --port "$port" --db "$pg&currentSchema=$schema" \
  --settings "$work/serve.properties" --rate-limit 100000 >"$work/serve.out" 2>"$work/serve.err" &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; cp "$work/serve.err" "${SERVE_LOG:-/dev/null}" || true; rm -rf "$work"' EXIT
for _ in $(seq 1 60); do curl -sf "$base/health" >/dev/null && break; sleep 1; done

curl -sf -H "$admin" -H "Idempotency-Key: c" -d '{"creditor_id":"bench"}' "$base/v1/creditors" >/dev/null
key=$(curl -sf -H "$admin" -H "Idempotency-Key: k" -d '{}' "$base/v1/creditors/bench/keys" \
  | sed 's/.*"key":"\([^"]*\)".*/\1/')
started=$(date +%s)
curl -sf -H "Authorization: Bearer $key" -H "Idempotency-Key: b" -H "Content-Type: application/zip" \
  --data-binary @"$work/folder.zip" "$base/v1/events/bulk" >/dev/null
echo "loaded $customers customers through POST /v1/events/bulk in $(( $(date +%s) - started )) s"
curl -sf -X PUT -H "Authorization: Bearer $key" -H "Idempotency-Key: w" -H "Content-Type: application/yaml" \
  --data-binary @"$root/examples/workflows/se-telecom.yaml" "$base/v1/workflow" >/dev/null || echo "workflow upload refused"
invoice=$(sed -n 2p "$work/folder/batch.csv" | cut -d, -f1)

# the sign-in form's CSRF token is also set in a cookie (double submit); the session cookie then rides along
jar_file="$work/cookies"
csrf=$(curl -sf -c "$jar_file" "$base/dashboard/sign-in" | sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p')
curl -sf -o /dev/null -b "$jar_file" -c "$jar_file" --data-urlencode "csrf=$csrf" --data-urlencode "key=$key" \
  "$base/dashboard/sign-in"
grep -q dunning-session "$jar_file" || { echo "sign-in failed"; exit 1; }

measure() {
  local label="$1"; shift
  local times="$work/times" status first
  first=$(curl -s -o /dev/null -w '%{time_total}' "$@")   # the first ask: a kept report is worked out here
  : > "$times"
  for _ in $(seq 1 "$requests"); do
    status=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' "$@")
    echo "${status#* }" >> "$times"
  done
  sort -n "$times" | awk -v label="$label" -v first="$first" -v status="${status% *}" -v n="$requests" '
    { t[NR] = $1 * 1000 }
    END { p50 = t[int((NR + 1) / 2)]; i95 = int(NR * 0.95 + 0.999); if (i95 > NR) i95 = NR;
          printf "%-34s status %s  first %8.1f ms  then n %d  p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms\n", label,
                 status, first * 1000, n, p50, t[i95], t[NR] }'
}

echo "== $requests requests per page, one at a time, $customers customers on PostgreSQL (load: $(cut -d' ' -f1-3 /proc/loadavg))"
for page in kpis experiments workflow models invoices "invoices?id=$invoice" "invoices/$invoice"; do
  measure "GET /dashboard/$page" -b "$jar_file" "$base/dashboard/$page"
done
measure "GET /v1/kpis" -H "Authorization: Bearer $key" "$base/v1/kpis"
