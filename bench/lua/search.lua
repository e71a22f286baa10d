-- /search?q=WORD, WORD cycling through words common in generated headlines and bodies (see
-- tools/NewsCms.Generator/Vocabulary.cs), the threads starting at different words. bench/run measures
-- search with the output cache off; the varying query keeps it honest even if a cache were on.
dofile(os.getenv("BENCH_LUA") .. "/report.lua")

local words = {
   "budget", "housing", "council", "court", "school", "election", "climate", "tax", "water", "transit",
   "pension", "bank", "hospital", "trade", "privacy", "regulator", "mayor", "governor", "senate", "union",
   "airline", "stadium", "wind", "flood", "rent", "teacher", "mining", "border", "vaccine", "bridge",
   "protest", "deadline", "audit", "vote", "funding", "rules", "port", "bus", "farm", "police",
}
local n = 0
local start = 0

function setup(thread)
   n = n + 1
   thread:set("start", n * 17)
end

function request()
   start = start + 1
   return wrk.format("GET", "/search?q=" .. words[start % #words + 1])
end
