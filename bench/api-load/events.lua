-- wrk script: POST /v1/events, one new invoice.issued event per request (unique event id and Idempotency-Key).
-- Environment: KEY (the creditor's API key), CUSTOMER (an existing customer id), RUN (a tag making ids unique per run).
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
end

function request()
  counter = counter + 1
  local id = "ev-" .. run .. "-" .. tid .. "-" .. counter
  local body = string.format('{"event_id":"%s","type":"invoice.issued","data":{"invoice_id":"%s","customer_id":"%s",'
    .. '"issued_on":"2026-11-01","due_on":"2026-11-20","amount":"199.00","currency":"SEK"}}', id, id, customer)
  return wrk.format("POST", "/v1/events", {["Authorization"] = "Bearer " .. key, ["Idempotency-Key"] = id,
    ["Content-Type"] = "application/json"}, body)
end

function response(status, headers, body)
  if status ~= 201 then
    errors = (errors or 0) + 1
    if (errors or 0) < 3 then print("unexpected status " .. status .. ": " .. body) end
  end
end
