-- A mix of valid, invalid, malformed, wrongly typed and slow requests against one Polyfn HTTP endpoint set.
-- Usage: wrk -s mixed.lua <base url> -- <mix>   (mix "app": the local app's paths; "gcp-orders": one createOrder
-- invoker at /; "gcp-delivery": one estimateDelivery invoker at /). Prints the status counts at the end as
-- "status <code> <count>" lines; scripts/load.sh reads them.
local ORDER = '{"customerId":"c-42","items":[{"sku":"BOOK-1","quantity":2,"unitPrice":12.50},{"sku":"PEN-7","quantity":1,"unitPrice":1.25}]}'
local INVALID = '{"customerId":"c-42","items":[{"sku":"BOOK-1","quantity":0,"unitPrice":12.50}]}'
local MALFORMED = '{"customerId":'
local JSON = {["Content-Type"] = "application/json"}
local XML = {["Content-Type"] = "application/xml"}
local TEXT = {["Content-Type"] = "text/plain"}

-- weights out of 100 per mix: {weight, method, path, headers, body}
local MIXES = {
  app = {
    {40, "POST", "/createOrder", JSON, ORDER},
    {15, "POST", "/uppercase", TEXT, "hello polyfn"},
    {10, "POST", "/processPayment", JSON, '{"paymentId":"p-1","orderId":"o-1","amount":10.00}'},
    {12, "POST", "/createOrder", JSON, INVALID},
    {10, "POST", "/createOrder", JSON, MALFORMED},
    {5, "POST", "/createOrder", XML, "<order/>"},
    {5, "POST", "/estimateDelivery", JSON, '{"orderId":"o-1","postcode":"10115","carrier":"DHL"}'},
    {3, "POST", "/estimateDelivery", JSON, '{"orderId":"o-2","postcode":"10115","carrier":"SLOWPOST"}'},
  },
  ["gcp-orders"] = {
    {55, "POST", "/", JSON, ORDER},
    {20, "POST", "/", JSON, INVALID},
    {15, "POST", "/", JSON, MALFORMED},
    {10, "POST", "/", XML, "<order/>"},
  },
  ["gcp-delivery"] = {
    {95, "POST", "/", JSON, '{"orderId":"o-1","postcode":"10115","carrier":"DHL"}'},
    {5, "POST", "/", JSON, '{"orderId":"o-2","postcode":"10115","carrier":"SLOWPOST"}'},
  },
}

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  statuses = {}
  local mix = MIXES[args[1] or "app"]
  requests = {}
  for _, entry in ipairs(mix) do
    local formatted = wrk.format(entry[2], entry[3], entry[4], entry[5])
    for _ = 1, entry[1] do
      table.insert(requests, formatted)
    end
  end
  -- a fixed interleaving, different per thread, so every connection sees the whole mix
  math.randomseed(#threads * 7919 + os.time())
  for i = #requests, 2, -1 do
    local j = math.random(i)
    requests[i], requests[j] = requests[j], requests[i]
  end
  counter = 0
end

function request()
  counter = counter % #requests + 1
  return requests[counter]
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local totals = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      totals[status] = (totals[status] or 0) + count
    end
  end
  for status, count in pairs(totals) do
    io.write(string.format("status %d %d\n", status, count))
  end
  for _, p in ipairs({50, 90, 99, 99.9}) do
    io.write(string.format("latency p%s %.2f ms\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("latency max %.2f ms\n", latency.max / 1000))
end
