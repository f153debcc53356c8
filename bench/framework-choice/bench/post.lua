-- wrk script: POST /events with a small JSON event and an API key
wrk.method = "POST"
wrk.body   = '{"type":"payment_received","invoice_id":"I-123","amount":"12.50","currency":"SEK","at":"2026-01-02"}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer key-a"
