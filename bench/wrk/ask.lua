-- GET /ask?q=<question>: the questions in Generate's wrk-questions.txt (every form /ask understands).
dofile((debug.getinfo(1, "S").source:match("^@(.-)[^/]*$")) .. "common.lua")
paths = rotate("wrk-questions.txt", "/ask?q=%s")
