-- One fast request over and over (uppercase), run beside the mixed load: its latency shows whether slow requests
-- starve the server's threads.
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args)
  statuses = {}
  req = wrk.format("POST", args[1] or "/uppercase", {["Content-Type"] = "text/plain"}, "hello polyfn")
end
function request() return req end
function response(status, headers, body) statuses[status] = (statuses[status] or 0) + 1 end
function done(summary, latency, requests)
  local totals = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do totals[status] = (totals[status] or 0) + count end
  end
  for status, count in pairs(totals) do io.write(string.format("status %d %d\n", status, count)) end
  for _, p in ipairs({50, 99, 99.9}) do
    io.write(string.format("latency p%s %.2f ms\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("latency max %.2f ms\n", latency.max / 1000))
end
