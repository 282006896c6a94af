-- Shared by the endpoint scripts: each one dofile()s this and sets `paths`, the request paths it
-- rotates over (see rotate()).
--
-- Settings come from the environment, because wrk reads a script in its main Lua state (where
-- done() runs and where it checks whether delay() exists) and again in each thread, and only the
-- threads see the arguments after "--":
--   BENCH_NAME   the endpoint label done() prints
--   BENCH_RATE   paced mode: this many requests/s in all (unset or 0: max throughput, no delay())
--   BENCH_THREADS  wrk's -t, to split BENCH_RATE between the threads (default 1)
--   BENCH_LISTS  the directory with Generate's wrk-*.txt lists (default target/bench)
--
-- Paced mode (wrk, unlike wrk2, has no -R): delay() runs before every request, and each thread
-- keeps a schedule of send slots 1/(rate/threads) s apart and waits for its next slot. A slot
-- already past is not made up (no bursts to catch up), so a server slower than the pace lowers the
-- achieved rate, which done() reports, instead of queueing. wrk times each request from the moment
-- it is written, after the delay.
--
-- done() prints one machine-readable line:
--   RESULT name=N mode=max|paced requests=R seconds=S rps=X p50_ms=A p99_ms=B non2xx=C socket_errors=D

local name = os.getenv("BENCH_NAME") or "?"
local rate = tonumber(os.getenv("BENCH_RATE") or "0") or 0
local nthreads = tonumber(os.getenv("BENCH_THREADS") or "1") or 1
local lists = os.getenv("BENCH_LISTS") or "target/bench"

-- Lines of a Generate list (already URL-encoded), each put into the pattern.
function rotate(file, pattern)
  local out = {}
  for line in io.lines(lists .. "/" .. file) do
    if line ~= "" then table.insert(out, string.format(pattern, line)) end
  end
  return out
end

local threads = {}
local i = 0
non2xx = 0

function setup(thread)
  -- threads start at different places in the list, so they do not ask the same thing in step
  thread:set("i", #threads * 7)
  table.insert(threads, thread)
end

function request()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1], request_headers)
end

function response(status, headers, body)
  if status < 200 or status > 299 then non2xx = non2xx + 1 end
end

if rate > 0 then
  -- a wall clock in milliseconds (os.time has whole seconds, os.clock is CPU time); wrk is LuaJIT
  local ffi = require("ffi")
  ffi.cdef [[
    typedef struct { long tv_sec; long tv_usec; } bench_timeval;
    int gettimeofday(bench_timeval *tv, void *tz);
  ]]
  local tv = ffi.new("bench_timeval")
  local function now_ms()
    ffi.C.gettimeofday(tv, nil)
    return tonumber(tv.tv_sec) * 1000 + tonumber(tv.tv_usec) / 1000
  end
  local interval = 1000 * nthreads / rate
  local next_slot = nil

  function delay()
    local t = now_ms()
    if not next_slot or next_slot < t then next_slot = t end
    local wait = next_slot - t
    next_slot = next_slot + interval
    return math.floor(wait + 0.5)
  end
end

function done(summary, latency, requests)
  local bad = 0
  for _, t in ipairs(threads) do bad = bad + (t:get("non2xx") or 0) end
  local secs = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "RESULT name=%s mode=%s requests=%d seconds=%.1f rps=%.1f p50_ms=%.2f p99_ms=%.2f non2xx=%d socket_errors=%d\n",
    name, rate > 0 and "paced" or "max", summary.requests, secs, summary.requests / secs,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, bad,
    e.connect + e.read + e.write + e.timeout))
end
