-- GET /cities/{name}/status over every city name, lower-case form and spelling variant (and a few
-- misspellings) from Generate's wrk-cities.txt.
dofile((debug.getinfo(1, "S").source:match("^@(.-)[^/]*$")) .. "common.lua")
paths = rotate("wrk-cities.txt", "/cities/%s/status")
