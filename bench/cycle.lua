-- wrk script for bench/run.sh: requests the paths listed, one per line, in the file named by the
-- environment variable BENCH_URLS, round-robin. Each wrk thread starts at a different place in
-- the list, so with many paths the threads do not ask for the same page at the same moment.
-- Requests are formatted once, up front, to keep wrk's own CPU use low (it shares the machine).
-- Headers given to wrk with -H (Accept-Encoding) are part of every request.

local file_name = os.getenv("BENCH_URLS")
assert(file_name, "BENCH_URLS is not set")

local paths = {}
local file = assert(io.open(file_name, "r"))
for line in file:lines() do
  if line ~= "" then
    paths[#paths + 1] = line
  end
end
file:close()
assert(#paths > 0, "no paths in " .. file_name)

local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("thread_number", threads)
end

local requests = {}
local next_index

function init(args)
  for i, path in ipairs(paths) do
    requests[i] = wrk.format("GET", path)
  end
  -- thread_number is 1, 2, ...: spread the starting points over the list.
  next_index = (((thread_number or 1) - 1) * 7919) % #requests
end

function request()
  next_index = next_index % #requests + 1
  return requests[next_index]
end
