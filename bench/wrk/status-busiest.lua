-- GET /cities/{busiest}/status: the city the most documents speak of (bench/Busiest.java writes its
-- name to wrk-busiest.txt), the answer that costs most to compute.
dofile((debug.getinfo(1, "S").source:match("^@(.-)[^/]*$")) .. "common.lua")
paths = rotate("wrk-busiest.txt", "/cities/%s/status")
