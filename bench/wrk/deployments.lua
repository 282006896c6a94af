-- GET /deployments: the merged deployment list, unfiltered and filtered by country and destination.
dofile((debug.getinfo(1, "S").source:match("^@(.-)[^/]*$")) .. "common.lua")
paths = {"/deployments", "/deployments?country=US", "/deployments?country=Britain",
         "/deployments?destination=Kabul", "/deployments?country=Germany&destination=Kabul"}
