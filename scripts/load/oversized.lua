-- Bodies one byte over Polyfn's 6 MiB default limit: every answer must be 413 (the server may close the
-- connection after answering without reading the rest, which wrk counts as a read error).
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args)
  statuses = {}
  local size = tonumber(args[2] or "6291457")
  body = string.rep("x", size)
  path = args[1] or "/createOrder"
end
function request()
  return wrk.format("POST", path, {["Content-Type"] = "application/json"}, body)
end
function response(status, headers, b)
  statuses[status] = (statuses[status] or 0) + 1
end
function done(summary, latency, requests)
  local totals = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do totals[status] = (totals[status] or 0) + count end
  end
  for status, count in pairs(totals) do io.write(string.format("status %d %d\n", status, count)) end
  io.write(string.format("latency p50 %.2f ms\n", latency:percentile(50) / 1000))
  io.write(string.format("latency p99 %.2f ms\n", latency:percentile(99) / 1000))
end
