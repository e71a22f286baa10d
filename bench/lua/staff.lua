-- A GET of a staff page, signed in: the session cookie that bench/lib/staff.sh got from the sign-in form
-- (BENCH_STAFF_COOKIE). bench/run checks first that the page answers 200 with this cookie (not a redirect).
dofile(os.getenv("BENCH_LUA") .. "/report.lua")

wrk.headers["Cookie"] = os.getenv("BENCH_STAFF_COOKIE")
