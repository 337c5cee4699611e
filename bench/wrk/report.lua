-- wrk script: prints one "RESULT key=value ..." line at the end of a run, for bench/http.sh to read.
-- With arguments (wrk ... -s report.lua URL -- /path1 /path2 ...), each request takes the next path in turn,
-- so a run can spread over many different searches instead of repeating one.
local paths = {}
local counter = 0
local threads = 0

-- Runs once per thread, in wrk's main Lua state, before that thread's init: numbers the threads 0, 1, 2...
function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end

function init(args)
  for i = 1, #args do paths[i] = args[i] end
  -- Threads start at different places in the list, so they do not ask for the same path at the same moment.
  -- wrk runs each thread's init right after its setup, so the number of threads is not known yet: each starts
  -- id times 0.618 (the golden ratio's fraction) of the way round the list, which keeps any number of threads apart.
  counter = math.floor(id * 0.618034 * #paths)
end

function request()
  if #paths == 0 then return wrk.request() end
  counter = counter + 1
  return wrk.format(nil, paths[(counter % #paths) + 1])
end

function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format(
    "RESULT rps=%.1f p50=%.3f p95=%.3f p99=%.3f requests=%d failed_status=%d socket_errors=%d bytes_per_request=%.0f\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests, summary.errors.status, errors, summary.bytes / math.max(summary.requests, 1)))
end
