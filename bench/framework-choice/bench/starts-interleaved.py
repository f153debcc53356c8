#!/usr/bin/env python3
"""Start time, interleaved: ROUNDS rounds, each starting every candidate once in turn (process
start -> first 200 on /health), so that background load hits all candidates alike.
Writes results/starts-interleaved.json."""
import json, os, statistics, sys, time
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench

ROOT = os.path.dirname(bench.HERE)
CMDS = {
    "jdk": "jdk/target/app.jar", "javalin": "javalin/target/app.jar", "vertx": "vertx/target/app.jar",
    "micronaut": "micronaut/target/micronaut-app-1.0.jar",
    "quarkus": "quarkus/target/quarkus-app/quarkus-run.jar", "spring": "spring/target/app.jar",
}
ROUNDS = int(os.environ.get("ROUNDS", "5"))
os.chdir(ROOT)
res = {n: [] for n in CMDS}
loads = []
log = open(os.path.join(bench.RES, "starts-interleaved-server.log"), "w")
for r in range(ROUNDS):
    loads.append(bench.loadavg())
    for n, jar in CMDS.items():
        p, ms = bench.start(["java", "-Xmx512m", "-jar", jar], log)
        bench.stop(p)
        res[n].append(round(ms))
        time.sleep(0.5)
    print(f"round {r + 1}: load {loads[-1]} " + " ".join(f"{n}={res[n][-1]}" for n in CMDS), flush=True)
out = {"rounds": ROUNDS, "load_before_each_round": loads, "ms": res,
       "median_ms": {n: statistics.median(v) for n, v in res.items()},
       "min_ms": {n: min(v) for n, v in res.items()}}
json.dump(out, open(os.path.join(bench.RES, "starts-interleaved.json"), "w"), indent=1)
print(json.dumps(out["median_ms"]), json.dumps(out["min_ms"]))
