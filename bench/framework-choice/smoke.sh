#!/usr/bin/env bash
# smoke.sh -- java command line...   starts the app, checks the 4 behaviours, stops it (by its PID).
"$@" > /tmp/smoke.log 2>&1 &
PID=$!
for i in $(seq 1 300); do curl -sf -o /dev/null localhost:8080/health && break; sleep 0.1; done
echo "health: $(curl -s localhost:8080/health)"
echo "post ok: $(curl -s -w ' %{http_code}' -X POST localhost:8080/events -H 'Authorization: Bearer key-a' -H 'Content-Type: application/json' -d '{"type":"payment_received","invoice_id":"I-123","amount":"12.50","currency":"SEK","at":"2026-01-02"}')"
echo "post noauth: $(curl -s -o /dev/null -w '%{http_code}' -X POST localhost:8080/events -H 'Content-Type: application/json' -d '{"type":"payment_received","invoice_id":"I-123","amount":"12.50","currency":"SEK","at":"2026-01-02"}')"
echo "post blank: $(curl -s -w ' %{http_code}' -X POST localhost:8080/events -H 'Authorization: Bearer key-a' -H 'Content-Type: application/json' -d '{"type":" ","invoice_id":"I-123","amount":"12.50","currency":"SEK","at":"2026-01-02"}')"
echo "preview: $(curl -s localhost:8080/invoices/I-123/preview | head -c 120)"
kill $PID; wait $PID 2>/dev/null
