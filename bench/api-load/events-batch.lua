-- wrk script: POST /v1/events/batch, BATCH new invoice.issued events per request (unique event ids and Idempotency-Key).
-- Environment: KEY (the creditor's API key), CUSTOMER (an existing customer id), RUN (a tag making ids unique per run),
-- BATCH (events per request, default 20), PACE_MS (each connection waits this long between requests: a steady
-- rate of connections x BATCH x 1000 / PACE_MS events/s; default 0, as fast as it answers).
-- wrk's requests/s times BATCH is the events/s.
local threads = {}

function setup(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  counter = 0
  key = os.getenv("KEY")
  customer = os.getenv("CUSTOMER")
  run = os.getenv("RUN") or "r"
  size = tonumber(os.getenv("BATCH") or "20")
  pace = tonumber(os.getenv("PACE_MS") or "0")
end

function delay()
  return pace
end

function request()
  counter = counter + 1
  local events = {}
  for i = 1, size do
    local id = "eb-" .. run .. "-" .. tid .. "-" .. counter .. "-" .. i
    events[i] = string.format('{"event_id":"%s","type":"invoice.issued","data":{"invoice_id":"%s","customer_id":"%s",'
      .. '"issued_on":"2026-11-01","due_on":"2026-11-20","amount":"199.00","currency":"SEK"}}', id, id, customer)
  end
  local body = '{"events":[' .. table.concat(events, ",") .. ']}'
  return wrk.format("POST", "/v1/events/batch", {["Authorization"] = "Bearer " .. key,
    ["Idempotency-Key"] = "eb-" .. run .. "-" .. tid .. "-" .. counter, ["Content-Type"] = "application/json"}, body)
end

function response(status, headers, body)
  if status ~= 200 then
    errors = (errors or 0) + 1
    if (errors or 0) < 3 then print("unexpected status " .. status .. ": " .. body) end
  end
end

function done(summary, latency, requests)
  local size = tonumber(os.getenv("BATCH") or "20")
  io.write(string.format("events/s: %.0f (%d events per request)\n", summary.requests / (summary.duration / 1e6) * size, size))
end
