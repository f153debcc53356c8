# Sourced by the service benchmarks (bench/dashboard, bench/api-load): a generated creditor of $customers customers
# (seed 1) in $work/folder, the service started from $jar on port $port over PostgreSQL $pg in a fresh schema
# ($schema_prefix and the time) with $java_opts (DUNNING_JAVA_OPTS overrides) and, when $serve_properties holds any,
# those settings (--settings), the creditor "bench" registered with an API key and its folder uploaded through
# POST /v1/events/bulk (the seconds it took in $load_seconds). Sets work, base, key, server; on exit the service is
# stopped and $work removed (SERVE_LOG=FILE keeps the service's log).
work="$(mktemp -d)"
schema="${schema_prefix}_$(date +%s)"
export DUNNING_ADMIN_KEY="bench-admin-key-$(date +%s%N)"
base="http://localhost:$port"

java -jar "$jar" generate --out "$work/folder" --customers "$customers" --seed 1 >/dev/null
(cd "$work/folder" && zip -qr "$work/folder.zip" .)
serve_args=()
if [ -n "$serve_properties" ]; then
  echo "$serve_properties" > "$work/serve.properties"
  serve_args=(--settings "$work/serve.properties")
fi
java ${DUNNING_JAVA_OPTS:-$java_opts} -jar "$jar" serve --port "$port" --db "$pg&currentSchema=$schema" \
  --rate-limit 100000 "${serve_args[@]}" >"$work/serve.out" 2>"$work/serve.err" &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; cp "$work/serve.err" "${SERVE_LOG:-/dev/null}"; rm -rf "$work"' EXIT
for _ in $(seq 1 60); do curl -sf "$base/health" >/dev/null && break; sleep 1; done

admin="Authorization: Bearer $DUNNING_ADMIN_KEY"
curl -sf -H "$admin" -H "Idempotency-Key: c" -d '{"creditor_id":"bench"}' "$base/v1/creditors" >/dev/null
key=$(curl -sf -H "$admin" -H "Idempotency-Key: k" -d '{}' "$base/v1/creditors/bench/keys" \
  | sed 's/.*"key":"\([^"]*\)".*/\1/')
started=$(date +%s)
curl -sf -H "Authorization: Bearer $key" -H "Idempotency-Key: b" -H "Content-Type: application/zip" \
  --data-binary @"$work/folder.zip" "$base/v1/events/bulk" >/dev/null
load_seconds=$(( $(date +%s) - started ))
