-- GET /cities, the first page of every city the store speaks of, and its pages by status.
dofile((debug.getinfo(1, "S").source:match("^@(.-)[^/]*$")) .. "common.lua")
paths = { "/cities", "/cities?status=CAPTURED", "/cities?status=CONTESTED", "/cities?page=1" }
