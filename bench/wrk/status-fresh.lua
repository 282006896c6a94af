-- GET /cities/{name}/status like status.lua, but with Cache-Control: no-cache, so that every answer
-- is computed from the claim store instead of taken from the service's answer cache. The service
-- honours no-cache only for clients that may write, so the request carries the API key.
dofile((debug.getinfo(1, "S").source:match("^@(.-)[^/]*$")) .. "common.lua")
paths = rotate("wrk-cities.txt", "/cities/%s/status")
request_headers = { ["Cache-Control"] = "no-cache", ["X-API-Key"] = os.getenv("FACTQUERY_API_KEY") or "" }
