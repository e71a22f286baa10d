-- Comment POSTs: the form a reader would send from the no-script reply page, with the antiforgery cookie
-- and token and the form stamp that bench/run scraped from that page (BENCH_COOKIE, BENCH_FORM).
-- A 302 to the article is success; anything not 2xx/3xx is counted by wrk and shown by bench/run.
dofile(os.getenv("BENCH_LUA") .. "/report.lua")

wrk.method = "POST"
wrk.body = os.getenv("BENCH_FORM")
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = os.getenv("BENCH_COOKIE")
