-- wrk script: GET /v1/invoices/{id}/decision-preview over the batch invoices listed in the file named by IDS.
-- Environment: KEY (the creditor's API key), IDS (a file with one invoice id per line).
function init(args)
  key = os.getenv("KEY")
  ids = {}
  for line in io.lines(os.getenv("IDS")) do table.insert(ids, line) end
  counter = 0
end

function request()
  counter = counter + 1
  local id = ids[(counter % #ids) + 1]
  return wrk.format("GET", "/v1/invoices/" .. id .. "/decision-preview", {["Authorization"] = "Bearer " .. key})
end

function response(status, headers, body)
  if status ~= 200 then
    errors = (errors or 0) + 1
    if (errors or 0) < 3 then print("unexpected status " .. status .. ": " .. body) end
  end
end
