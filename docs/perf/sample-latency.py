# Median and p95 latency of /api/search and /api/chat against a running service on the sample corpus.
# Start it with NEWSDESK_WIDGET_RATE_LIMIT=0 (this script asks 400 questions a minute).
import json, statistics, time, urllib.parse, urllib.request
QUESTIONS = ["When did the second summit happen?", "Where was it held?", "How much did Beyonce's concert film make?",
             "What is tampon-based STI screening?", "Who hosted the AI Insight Forum?", "Why was SSSniperwolf demonetized?",
             "What did Kim say about Russia?", "Who won the 2022 World Cup?", "What are ultraprocessed foods?",
             "How did the Israel-Hamas conflict affect markets?"]
def timed(fn):
    t = time.perf_counter(); fn(); return (time.perf_counter() - t) * 1000
def search(q):
    urllib.request.urlopen("http://localhost:8080/api/search?" + urllib.parse.urlencode({"q": q, "k": 6})).read()
def chat(q):
    req = urllib.request.Request("http://localhost:8080/api/chat", json.dumps({"question": q}).encode(),
                                 {"Content-Type": "application/json"})
    urllib.request.urlopen(req).read()
for name, fn in (("search", search), ("chat", chat)):
    for _ in range(10):
        for q in QUESTIONS: fn(q)  # warm up (JIT)
    ms = sorted(timed(lambda: fn(q)) for _ in range(20) for q in QUESTIONS)
    print("%-6s n=%d median %.1f ms  p95 %.1f ms" % (name, len(ms), statistics.median(ms), ms[int(0.95 * len(ms)) - 1]))
