-- GET /claims?q=<word>: full-text claim search over the words in Generate's wrk-words.txt.
dofile((debug.getinfo(1, "S").source:match("^@(.-)[^/]*$")) .. "common.lua")
paths = rotate("wrk-words.txt", "/claims?q=%s")
