-- load.lua: wrk script for tests/load.sh.  POSTs the body in $LOAD_BODY to
-- /code; each thread stops after $LOAD_PER_THREAD answers; $LOAD_WANT says
-- which answers are right ("2xx" or "4xx"); done() prints one summary line.
local threads = {}
local per_thread = tonumber(os.getenv("LOAD_PER_THREAD") or "1000")
local want = os.getenv("LOAD_WANT") or "2xx"

function setup(thread)
	table.insert(threads, thread)
end

function init(args)
	local f = assert(io.open(os.getenv("LOAD_BODY"), "rb"))
	local body = f:read("*a")
	f:close()
	answered, wrong = 0, 0
	req = wrk.format("POST", "/code", { ["Content-Type"] = "application/json" }, body)
end

function request()
	return req
end

function response(status, headers, body)
	answered = answered + 1
	local ok
	if want == "4xx" then ok = status >= 400 and status < 500 else ok = status >= 200 and status < 300 end
	if not ok then wrong = wrong + 1 end
	if answered >= per_thread then wrk.thread:stop() end
end

function done(summary, latency, requests)
	local answered_all, wrong_all = 0, 0
	for _, t in ipairs(threads) do
		answered_all = answered_all + t:get("answered")
		wrong_all = wrong_all + t:get("wrong")
	end
	local e = summary.errors
	io.write(string.format("LOAD answered=%d wrong=%d socket_errors=%d secs=%.2f rps=%.0f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f\n",
		answered_all, wrong_all, e.connect + e.read + e.write + e.timeout,
		summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
		latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
