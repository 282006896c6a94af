-- GET /conflicts, all of them and by what they are about.
dofile((debug.getinfo(1, "S").source:match("^@(.-)[^/]*$")) .. "common.lua")
paths = { "/conflicts", "/conflicts?about=holder", "/conflicts?about=capture%20day", "/conflicts?about=tally" }
