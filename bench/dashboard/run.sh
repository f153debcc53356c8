#!/usr/bin/env bash
# Dashboard page times (issue 13): a generated creditor of CUSTOMERS (default 100,000) loaded into PostgreSQL through
# the service's own bulk upload (POST /v1/events/bulk, as a creditor would), its workflow uploaded, then signed in
# with its API key through the sign-in form as a browser does; each page (and GET /v1/kpis) is asked REQUESTS times
# (default 20) one after another after a first ask (timed apart: the service works out a KPI or experiments report
# there and keeps it until the facts change), and the p50, p95 and max of curl's total time are printed.
# Then the first ask after a write and the background refresh's duration, WRITES times (see below).
# Usage: bench/dashboard/run.sh [PG_URL] ; needs curl, bc and a built target/smart-dunning.jar (run from a copy:
# JAR=DIR/smart-dunning.jar with DIR/lib beside it); SERVE_LOG=FILE keeps the service's access log.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/../.."
jar="${JAR:-$root/target/smart-dunning.jar}"
pg="${1:-jdbc:postgresql://127.0.0.1:5432/test?user=postgres}"
customers="${CUSTOMERS:-100000}"
requests="${REQUESTS:-20}"
port="${PORT:-18091}"
writes="${WRITES:-5}"
schema_prefix=bench_dashboard
java_opts=-Xmx4g
# the daily process of a creditor with a workflow runs at serve.at: set it an hour back, so none runs while measuring
serve_properties="serve.at=$(date -u -d '-1 hour' +%H:%M)"
source "$here/../serve-creditor.sh"
echo "loaded $customers customers through POST /v1/events/bulk in $load_seconds s"
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
measure "GET /v1/experiments" -H "Authorization: Bearer $key" "$base/v1/experiments"

# After a write: WRITES times (default 5), an event (an invoice inquiry on the newest day of facts) and right after it
# the first ask of each report (the pages, GET /v1/kpis, GET /v1/experiments): answered from the kept report, which
# says "refreshing". Then the reports are asked every POLL_S seconds (default 1) until each is the newer one: the
# seconds from the write until each is seen fresh (the background refresh works a creditor's reports out one after
# another).
inquiry_of=$(sed -n 2p "$work/folder/history/invoices.csv" | cut -d, -f1,2)
day=$(curl -sf -H "Authorization: Bearer $key" "$base/v1/kpis" | sed 's/.*"known_through":"\([^"]*\)".*/\1/')
reports=("dashboard/kpis" "dashboard/experiments" "v1/kpis" "v1/experiments")
ask() { # prints: status, seconds, whether the answer was refreshing
  local path="$1" auth=(-H "Authorization: Bearer $key")
  case "$path" in dashboard/*) auth=(-b "$jar_file");; esac
  curl -s -o "$work/answer" -w '%{http_code} %{time_total}' "${auth[@]}" "$base/$path"
  if grep -q -e 'data-refreshing="true"' -e '"refreshing":true' "$work/answer"; then echo " refreshing"; else echo " fresh"; fi
}
: > "$work/after"; : > "$work/fresh"
for w in $(seq 1 "$writes"); do
  written=$(date +%s.%N)
  id="bench-inquiry-$w-$(date +%s%N)"
  status=$(curl -s -o "$work/event" -w "%{http_code}" -H "Authorization: Bearer $key" -H "Idempotency-Key: $id" \
    -H "Content-Type: application/json" -d "{\"event_id\":\"$id\",\"type\":\"invoice.inquiry\",\"data\":{\"invoice_id\":\"${inquiry_of%,*}\",\"customer_id\":\"${inquiry_of#*,}\",\"occurred_on\":\"$day\",\"topic\":\"invoice\"}}" \
    "$base/v1/events")
  [ "$status" = 201 ] || { echo "the event was refused ($status): $(cat "$work/event")"; exit 1; }
  for r in "${reports[@]}"; do echo "$r $(ask "$r")" >> "$work/after"; done
  pending=("${reports[@]}")
  while [ ${#pending[@]} -gt 0 ]; do
    still=()
    for r in "${pending[@]}"; do
      if ask "$r" | grep -q ' fresh$'; then echo "$r $(echo "$(date +%s.%N) - $written" | bc)" >> "$work/fresh"
      else still+=("$r"); fi
    done
    pending=("${still[@]}")
    if [ ${#pending[@]} -gt 0 ]; then sleep "${POLL_S:-1}"; fi
  done
done
echo "== the first ask after a write, $writes writes (load: $(cut -d' ' -f1-3 /proc/loadavg))"
for r in "${reports[@]}"; do
  grep "^$r " "$work/after" | sort -n -k3 | awk -v label="GET /$r" '
    { t[NR] = $3 * 1000; status = $2; refreshing += ($4 == "refreshing") }
    END { n = NR; p50 = t[int((n + 1) / 2)]; i95 = int(n * 0.95 + 0.999); if (i95 > n) i95 = n;
          printf "%-34s status %s  n %d  p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms  said refreshing %d of %d\n", label,
                 status, n, p50, t[i95], t[n], refreshing, n }'
done
echo "== seconds from the write until the newer report is shown (background refresh)"
for r in "${reports[@]}"; do
  grep "^$r " "$work/fresh" | sort -n -k2 | awk -v label="GET /$r" '
    { t[NR] = $2 } END { n = NR; printf "%-34s n %d  p50 %6.1f s  max %6.1f s\n", label, n, t[int((n + 1) / 2)], t[n] }'
done
