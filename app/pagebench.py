#!/usr/bin/env python3
"""Times every page kind of a running `isnad serve` over a data set: N requests per kind (ids drawn
at random, seed fixed), prints p50/p99/max per kind in ms. Usage: pagebench.py DATA_DIR PORT [N]."""
import json, random, sys, time, urllib.parse, urllib.request

data, port = sys.argv[1], int(sys.argv[2])
n = int(sys.argv[3]) if len(sys.argv) > 3 else 100
rnd = random.Random(20)

def ids(name, field="id", limit=200000):
    out = []
    with open(f"{data}/{name}", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= limit: break
            out.append(json.loads(line)[field])
    return out

stories, events, articles = ids("stories.jsonl"), ids("events.jsonl"), ids("articles.jsonl")
actors = sorted({json.loads(l).get("entity") for l in open(f"{data}/mentions.jsonl", encoding="utf-8")} - {None})
outlets = sorted({json.loads(l).get("outlet") or "" for l in open(f"{data}/articles.jsonl", encoding="utf-8")} - {""})
q = urllib.parse.quote
kinds = {
    "home": lambda: "/",
    "stories page": lambda: f"/?page={rnd.randint(1, 60)}",
    "story": lambda: "/story/" + q(rnd.choice(stories), safe=""),
    "coverage": lambda: "/story/" + q(rnd.choice(stories), safe="") + "/coverage",
    "event": lambda: "/event/" + q(rnd.choice(events), safe=""),
    "article": lambda: "/article/" + q(rnd.choice(articles), safe=""),
    "actor": lambda: "/actor/" + q(rnd.choice(actors), safe=""),
    "events": lambda: f"/events?page={rnd.randint(1, 2000)}",
    "events filtered": lambda: "/events?" + urllib.parse.urlencode({"from": "2018-04-01", "to": "2018-04-30",
        "outlet": rnd.choice(outlets), "contradicted": "1", "sort": rnd.choice(["date", "-date", "-sources"])}),
    "claims": lambda: f"/claims?page={rnd.randint(1, 3000)}",
    "claims filtered": lambda: "/claims?" + urllib.parse.urlencode({"type": rnd.choice(["ASSAULT", "ACCUSE", "STATEMENT"]),
        "outlet": rnd.choice(outlets), "single": "1", "sort": "-date"}),
    "articles": lambda: "/articles?" + urllib.parse.urlencode({"outlet": rnd.choice(outlets), "page": rnd.randint(1, 20)}),
    "articles filtered": lambda: "/articles?" + urllib.parse.urlencode({"actor": rnd.choice(actors), "sort": "-date"}),
    "actors": lambda: f"/actors?page={rnd.randint(1, 50)}",
    "actors filtered": lambda: "/actors?" + urllib.parse.urlencode({"type": rnd.choice(["PER", "ORG", "DESC"]), "sort": "label"}),
    "framing": lambda: "/framing",
    "search": lambda: "/search?q=" + q(rnd.choice(["دوما", "المعارضة", "الجيش السوري", "روسيا", "الغوطة"])),
    "api events": lambda: "/api/events?" + urllib.parse.urlencode({"type": "ASSAULT", "page": rnd.randint(1, 50)}),
    "api claims": lambda: "/api/claims?" + urllib.parse.urlencode({"outlet": rnd.choice(outlets)}),
    "api story": lambda: "/api/story/" + q(rnd.choice(stories), safe=""),
}
print(f"{'page':20} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8} {'KB':>6}")
for name, url in kinds.items():
    times, size = [], 0
    for _ in range(n):
        u = f"http://127.0.0.1:{port}{url()}"
        t = time.perf_counter()
        with urllib.request.urlopen(u) as r:
            body = r.read()
        times.append((time.perf_counter() - t) * 1000)
        size = max(size, len(body))
    times.sort()
    p = lambda x: times[min(len(times) - 1, int(round(x * (len(times) - 1))))]
    print(f"{name:20} {p(.5):8.0f} {p(.99):8.0f} {times[-1]:8.0f} {size // 1024:6}", flush=True)
