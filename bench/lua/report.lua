-- Shared by every bench script: wrk's summary as one parseable line that bench/run greps for.
-- wrk --latency prints p50/p75/p90/p99 but not p95, and in mixed units; this prints all four in ms.
-- "status" is wrk's count of non-2xx/3xx responses; "socket" sums connect, read, write errors and timeouts.
function done(summary, latency, requests)
   local e = summary.errors
   io.write(string.format(
      "BENCH requests=%d rps=%.1f p50=%.3f p95=%.3f p99=%.3f status=%d socket=%d\n",
      summary.requests, summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
      e.status, e.connect + e.read + e.write + e.timeout))
end
