#!/usr/bin/env python3
"""Prints the markdown table of results/*.json plus packaging figures (jar MB, dependency jars)."""
import glob, json, os, re, subprocess, zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ORDER = ["javalin", "spring", "micronaut", "quarkus", "vertx", "jdk"]
LABEL = {"javalin": "Javalin 7.2.3 (Jetty 12.1)", "spring": "Spring Boot 3.5.7 (Tomcat 10.1)",
         "micronaut": "Micronaut 4.10.8 (Netty)", "quarkus": "Quarkus 3.33.2 (quarkus-rest, fast-jar)",
         "vertx": "Vert.x 5.0.7 (vertx-web)", "jdk": "JDK httpserver (floor, reference only)"}


def mb(n):
    return round(n / 1e6, 1)


def packaging(name):
    """(size in MB, number of third-party jars packaged, our core jar excluded)."""
    if name == "quarkus":
        d = os.path.join(ROOT, "quarkus/target/quarkus-app")
        size = sum(os.path.getsize(os.path.join(r, f)) for r, _, fs in os.walk(d) for f in fs)
        jars = [f for r, _, fs in os.walk(os.path.join(d, "lib")) for f in fs if f.endswith(".jar")]
        return mb(size), len([j for j in jars if "fwbench.core" not in j])
    if name == "spring":
        jar = os.path.join(ROOT, "spring/target/app.jar")
        libs = [n for n in zipfile.ZipFile(jar).namelist() if n.startswith("BOOT-INF/lib/") and n.endswith(".jar")]
        return mb(os.path.getsize(jar)), len([l for l in libs if not l.endswith("/core-1.0.jar")])
    jar = {"micronaut": "micronaut/target/micronaut-app-1.0.jar"}.get(name, f"{name}/target/app.jar")
    out = f"/tmp/deps-{name}.txt"
    subprocess.run(["mvn", "-B", "-q", "dependency:list", "-DincludeScope=runtime", f"-DoutputFile={out}"],
                   cwd=os.path.join(ROOT, name), check=True, capture_output=True)
    deps = [l for l in open(out) if re.match(r"^\s+\S+:\S+:jar:", l) and "fwbench:core" not in l]
    return mb(os.path.getsize(os.path.join(ROOT, jar))), len(deps)


def fmt(r, k):
    v = r.get(k)
    return "-" if v is None else (f"{v:.1f}" if isinstance(v, float) and v < 10 else str(round(v)) if isinstance(v, float) else str(v))


PACK = {}
import sys
RESDIR = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "bench/results")
rows = []
for n in ORDER:
    f = os.path.join(RESDIR, f"{n}.json")
    if not os.path.exists(f):
        continue
    j = json.load(open(f))
    size, count = PACK.get(n) or packaging(n)
    PACK[n] = (size, count)
    R = j["runs"]
    cells = [LABEL[n], str(round(j["start_ms_median"])), str(j["idle_rss_mb"]), str(j["loaded_rss_mb"])]
    for k in ("get_c32", "post_c32", "get_c8", "post_c8"):
        r = R[k]
        cells.append(f"{r['rps']:,} / {r['p50_ms']:.2f} / {r['p99_ms']:.2f}")
    cells += [str(size), str(count)]
    rows.append(cells)

hdr = ["candidate", "start ms (median of 5)", "idle RSS MB", "loaded RSS MB",
       "GET preview c32: rps / p50 ms / p99 ms", "POST events c32: rps / p50 / p99",
       "GET preview c8: rps / p50 / p99", "POST events c8: rps / p50 / p99", "package MB", "dependency jars"]
print("| " + " | ".join(hdr) + " |")
print("|" + "---|" * len(hdr))
for r in rows:
    print("| " + " | ".join(r) + " |")

print()
print("Conditions of each run (load average before it; CPU % of one core used during it by the server, by wrk, and by anything else):")
print()
print("| candidate | run | load avg before | server CPU % | wrk CPU % | other CPU % | attempt | non-2xx | socket errors |")
print("|---|---|---|---|---|---|---|---|---|")
for n in ORDER:
    f = os.path.join(RESDIR, f"{n}.json")
    if not os.path.exists(f):
        continue
    j = json.load(open(f))
    st = j["starts"]
    print(f"| {n} | starts {[s['ms'] for s in st]} ms | {st[0]['load']} … {st[-1]['load']} | - | - | "
          f"{[s['other_cpu_pct'] for s in st]} | discarded {len(j.get('starts_discarded_as_disturbed', []))} | - | - |")
    for k, r in j["runs"].items():
        print(f"| {n} | {k} | {r['load_before']} | {r['server_cpu_pct']} | {r['wrk_cpu_pct']} | {r['other_cpu_pct']} | "
              f"{r.get('attempt', 1)} | {r['non2xx']} | {r['socket_errors'] or '-'} |")
