-- GET /q/health/live: the trivial endpoint, the HTTP stack's own ceiling on this machine.
dofile((debug.getinfo(1, "S").source:match("^@(.-)[^/]*$")) .. "common.lua")
paths = {"/q/health/live"}
