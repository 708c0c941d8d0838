"""Capacity benchmark: an open workload through nginx in front of two application instances.

    .venv/bin/python benchmarks/capacity_benchmark.py     # --rates 50,100,150,200,300,400,500,600 --step-seconds 25

The production topology of ``scripts/services prod start`` (nginx, two gunicorn instances with the
production settings, Redis, PostgreSQL database ``textbooks_prod``, a three-node Elasticsearch
cluster, the task worker) is started, seeded with the demo data (``PROD_SEED=1``; ``--skip-seed``
reuses what is there) and then asked for the request mix of ``benchmarks/load_site.py`` (the
locust users' mix: browsing, search, API, signed-in reviewers) at a target arrival rate, Poisson
(or ``--arrivals fixed``) and independent of the answers: a slow answer does not hold back the
next request, as it would with users who wait for it. After a warm-up the rate steps up until a
step's p95 passes 300 ms, a request fails or the generator cannot send at the rate (it shares the
machine's cores with the system it measures). Latency counts from the moment a request was due,
so a generator falling behind is counted against the site rather than hidden.

This runs with the visitors' page cache on (``PAGE_CACHE_SECONDS``, production's 120 s) and off
(0): the instances are restarted with the setting in between (``scripts/services prod
stop-apps``, then ``prod start``). Per step: offered and achieved rate, p50/p95/p99, failures,
how late the generator sent, and the CPU seconds of each process group (nginx, each instance,
the PostgreSQL backends of ``textbooks_prod``, the Elasticsearch nodes, Redis, the task worker,
the generator, everything else); the capacity is the highest step with p95 ≤ 300 ms and no
failure. Printed and written to ``benchmarks/results/``.

Ports and places are ``scripts/services``' own settings (PG_PORT, REDIS_PORT, ES_PORT, NGINX_PORT,
APP_PORTS, ...); only the Elasticsearch cluster defaults elsewhere (ES_PORT 9211), so that it does
not meet the development node on 9201. Whatever this started is stopped at the end, also on
errors, Ctrl-C and SIGTERM; services found running are left running.
"""

import argparse
import json
import math
import os
import random
import signal
import subprocess
import sys
import time
import urllib.request
from datetime import datetime
from pathlib import Path

import gevent
import gevent.pool
import psutil
from geventhttpclient import HTTPClient

sys.path.insert(0, str(Path(__file__).resolve().parent))
from load_benchmark import interrupted, pad  # noqa: E402
from load_site import REVIEWER_MIX, VISITOR_MIX, Reviewer, Site, reviewer_opener  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
SERVICES = ROOT / "scripts" / "services"
PROD = ROOT / ".services" / "prod"
DATABASE = "textbooks_prod"
TARGET_P95_MS = 300
# The generator is behind when its 95th-percentile lateness passes this, or when it sent fewer
# than this share of the step's requests on time.
LATE_MS = 50
ON_TIME_SHARE = 0.95
REVIEWER_SESSIONS = 8
TIMEOUT_SECONDS = 30
IDLE_SECONDS = 5


def services_environment():
    env = {**os.environ}
    env.setdefault("ES_PORT", "9211")
    env.setdefault("ES_CLUSTER_DIR", str(ROOT / ".services" / "es" / "capacity"))
    return env


ENV = services_environment()
PORTS = {
    "pg": int(ENV.get("PG_PORT", "54329")),
    "redis": int(ENV.get("REDIS_PORT", "6389")),
    "es": int(ENV["ES_PORT"]),
    "nginx": int(ENV.get("NGINX_PORT", "8088")),
    "apps": [int(port) for port in ENV.get("APP_PORTS", "8101 8102").split()],
}
ES_NODES = int(ENV.get("ES_NODES", "3"))


def services(*command, **extra):
    print(f"scripts/services {' '.join(command)} …", flush=True)
    subprocess.run([str(SERVICES), *command], cwd=ROOT, env={**ENV, **extra}, check=True)


def listening(port):
    return any(c.laddr.port == port and c.status == psutil.CONN_LISTEN for c in psutil.net_connections("tcp"))


class Topology:
    """``scripts/services prod`` started for a page-cache setting; stops what it started."""

    def __init__(self, seed):
        self.seed = seed
        taken = [port for port in (PORTS["nginx"], *PORTS["apps"]) if listening(port)]
        if taken:
            raise SystemExit(f"端口 {taken} 已被占用（已有 nginx 或应用实例在运行？先 scripts/services prod stop-apps，或另设 NGINX_PORT/APP_PORTS）")
        # Services found running are someone else's: left as they are.
        self.found = {"pg": listening(PORTS["pg"]), "redis": listening(PORTS["redis"]), "es": listening(PORTS["es"])}
        self.apps_up = False

    def start(self, page_cache_seconds):
        if self.apps_up:
            services("prod", "stop-apps")
        self.apps_up = True
        services("prod", "start", PAGE_CACHE_SECONDS=str(page_cache_seconds), PROD_SEED="1" if self.seed else "0")
        self.seed = False
        # Replicas copied after a reindex keep the nodes busy for a while: not the site's load.
        health = f"http://127.0.0.1:{PORTS['es']}/_cluster/health?wait_for_status=green&wait_for_no_initializing_shards=true&wait_for_no_relocating_shards=true&timeout=120s"
        with urllib.request.urlopen(health, timeout=130) as response:
            if json.load(response)["timed_out"]:
                print("Elasticsearch 集群 120 秒内未变绿，照常继续", flush=True)

    def stop(self):
        steps = [("prod", "stop-apps")] if self.apps_up else []
        steps += [(name, "stop") for name in ("es", "redis", "pg") if not self.found[name]]
        for step in steps:
            try:
                services(*step, ES_NODES=str(ES_NODES))
            except subprocess.CalledProcessError as error:
                print(f"停止失败：{error}", file=sys.stderr)


# ------------------------------------------------------------------------------ CPU


def pid_tree(pid_file):
    try:
        root = psutil.Process(int(Path(pid_file).read_text().split()[0]))
        return [root, *root.children(recursive=True)]
    except (OSError, ValueError, psutil.NoSuchProcess):
        return []


def process_groups():
    """The processes of each group now (PostgreSQL backends come and go)."""
    groups = {"nginx": pid_tree(PROD / "nginx" / "nginx.pid")}
    for port in PORTS["apps"]:
        groups[f"gunicorn :{port}"] = pid_tree(PROD / f"gunicorn-{port}.pid")
    groups["postgres"], groups["redis"] = [], []
    for process in psutil.process_iter(["name", "cmdline"]):
        command = " ".join(process.info["cmdline"] or ())
        if process.info["name"] == "postgres" and f" {DATABASE} " in command:
            groups["postgres"].append(process)
        elif process.info["name"] == "redis-server" and f":{PORTS['redis']}" in command:
            groups["redis"].append(process)
    es_dir = Path(ENV["ES_CLUSTER_DIR"])
    groups["elasticsearch"] = [process for n in range(ES_NODES) for process in pid_tree(es_dir / f"node-{n}" / "es.pid")]
    groups["celery"] = pid_tree(PROD / "celery-worker.pid") + pid_tree(PROD / "celery-beat.pid")
    groups["generator"] = [psutil.Process()]
    return groups


GROUP_LABELS = {"nginx": "nginx", "postgres": "PostgreSQL", "elasticsearch": "ES", "redis": "Redis",
                "celery": "worker", "generator": "generator", "other": "other", "busy": "全机"}


class CpuClock:
    """CPU seconds per process group since ``start``: each process followed while it lives (a
    process born in the window counts from zero, one seen first later from that sighting)."""

    def start(self):
        self.since, self.started = time.time(), psutil.cpu_times()
        self.seen, self.used = {}, {}
        self.tick()

    def tick(self):
        for group, processes in process_groups().items():
            for process in processes:
                try:
                    with process.oneshot():
                        times, born = process.cpu_times(), process.create_time()
                except psutil.NoSuchProcess:
                    continue
                now = times.user + times.system
                last = self.seen.get(process.pid, 0.0 if born >= self.since else now)
                self.used[group] = self.used.get(group, 0.0) + now - last
                self.seen[process.pid] = now

    def stop(self):
        self.tick()
        total = psutil.cpu_times()
        busy = sum(getattr(total, field) - getattr(self.started, field) for field in ("user", "system", "nice", "irq", "softirq"))
        return {**self.used, "other": max(0.0, busy - sum(self.used.values())), "busy": busy}


# ------------------------------------------------------------------------------ the open workload


class Mix:
    """The mix of ``load_site`` as independent requests: anonymous ones for the visitors' share,
    the reviewers' with one of a few signed-in sessions."""

    def __init__(self, host):
        self.site = Site(host)
        openers = [reviewer_opener(host) for _ in range(REVIEWER_SESSIONS)]
        self.reviewer = Reviewer.discover(host, openers[0])
        self.sessions = ["; ".join(f"{c.name}={c.value}" for c in jar) for jar in map(cookie_jar, openers)]
        self.requests = VISITOR_MIX + REVIEWER_MIX
        self.weights = [request.percent for request in self.requests]

    def draw(self, rng):
        """(request kind, path, headers)"""
        request = rng.choices(self.requests, self.weights)[0]
        if request in REVIEWER_MIX:
            return request, request.url(self.reviewer, rng), {"Cookie": rng.choice(self.sessions)}
        return request, request.url(self.site, rng), {}


def cookie_jar(opener):
    return next(handler.cookiejar for handler in opener.handlers if hasattr(handler, "cookiejar"))


class Step:
    def __init__(self, rate):
        self.rate = rate
        self.latencies, self.late, self.errors, self.by_group = [], [], {}, {}
        self.sent = 0

    def answered(self, request, due, failure):
        elapsed = time.perf_counter() - due
        self.latencies.append(elapsed)
        self.by_group.setdefault(request.group, []).append(elapsed)
        if failure:
            key = f"{request.name}: {failure}"
            self.errors[key] = self.errors.get(key, 0) + 1


def send(client, step, request, path, headers, due):
    failure = None
    try:
        response = client.get(path, headers=headers)
        try:
            body = response.read()
        finally:
            response.release()
        if response.status_code != 200:
            failure = f"HTTP {response.status_code}"
        elif request.must_contain and request.must_contain.encode() not in body:
            failure = f"missing {request.must_contain!r}"
    except Exception as error:  # timeouts and refused or reset connections: all failures
        failure = type(error).__name__
    step.answered(request, due, failure)


def run_step(client, mix, rate, seconds, arrivals, rng, clock=None):
    """Sends at ``rate`` for ``seconds``, then waits for the last answers."""
    step, pool = Step(rate), gevent.pool.Group()
    started = time.perf_counter()
    due, next_tick, ticking = started, started + 2, None
    while True:
        due += rng.expovariate(rate) if arrivals == "poisson" else 1 / rate
        if due - started >= seconds:
            break
        wait = due - time.perf_counter()
        if wait > 0:
            gevent.sleep(wait)
        step.late.append(time.perf_counter() - due)
        step.sent += 1
        pool.spawn(send, client, step, *mix.draw(rng), due)
        if clock and time.perf_counter() >= next_tick:
            # PostgreSQL backends may be replaced mid-step. Reading every process takes tens of
            # milliseconds: in a thread, so that the sending goes on meanwhile.
            ticking = gevent.get_hub().threadpool.spawn(clock.tick)
            next_tick += 2
    if ticking:
        ticking.get()
    step.window = time.perf_counter() - started
    pool.join(timeout=TIMEOUT_SECONDS + 5)
    step.seconds = time.perf_counter() - started  # with the last answers
    if pool:
        step.errors["unanswered at the end of the step"] = len(pool)
        pool.kill(block=False)
    return step


def percentile(values, fraction):
    """Nearest rank: the smallest value with at least that fraction of the values at or below it."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def summarise(step, cpu):
    failures = sum(step.errors.values())
    row = {
        "offered": step.rate,
        "sent_per_s": step.sent / step.window,
        "achieved": (len(step.latencies) - failures) / step.seconds,
        "requests": step.sent,
        "p50": 1000 * percentile(step.latencies, 0.50),
        "p95": 1000 * percentile(step.latencies, 0.95),
        "p99": 1000 * percentile(step.latencies, 0.99),
        "failures": failures,
        "late_p95": 1000 * percentile(step.late, 0.95),
        "on_time": sum(late * 1000 <= LATE_MS for late in step.late) / max(1, len(step.late)),
        "p95_by_group": {group: 1000 * percentile(values, 0.95) for group, values in sorted(step.by_group.items())},
        "errors": step.errors,
        "seconds": step.seconds,
        "cpu": cpu,
    }
    row["generator_behind"] = row["late_p95"] > LATE_MS or row["on_time"] < ON_TIME_SHARE
    row["passes"] = row["p95"] <= TARGET_P95_MS and failures == 0 and not row["generator_behind"]
    return row


def run_configuration(host, args, label):
    client = HTTPClient.from_url(host, concurrency=args.connections, network_timeout=TIMEOUT_SECONDS, connection_timeout=10)
    rng = random.Random(args.seed)
    try:
        mix = Mix(host)
        # What runs without a single request (the cluster's own work, the rest of the machine).
        clock = CpuClock()
        clock.start()
        gevent.sleep(IDLE_SECONDS)
        idle = clock.stop()
        print(f"预热 {args.warmup} 秒（{args.rates[0]} req/s，不计）…", flush=True)
        warm = run_step(client, mix, args.rates[0], args.warmup, args.arrivals, rng)
        if warm.errors:
            print("预热中的失败：" + "；".join(f"{key} ×{count}" for key, count in warm.errors.items()), flush=True)
        rows = []
        for rate in args.rates:
            clock = CpuClock()
            clock.start()
            step = run_step(client, mix, rate, args.step_seconds, args.arrivals, rng, clock)
            row = summarise(step, clock.stop())
            rows.append(row)
            print(f"{label}：{format_row(row)}", flush=True)
            if not row["passes"]:
                break
        return idle, rows
    finally:
        client.close()


CPU_WIDTH = 11
COLUMNS = [("请求/s", 7), ("送出/s", 7), ("达到/s", 7), ("p50", 6), ("p95", 6), ("p99", 6), ("失败", 5), ("迟发p95", 8)]


def cpu_columns():
    return [f"gunicorn :{port}" for port in PORTS["apps"]] + ["nginx", "postgres", "elasticsearch", "redis", "celery", "generator", "other"]


def format_row(row):
    values = [f"{row['offered']:g}", f"{row['sent_per_s']:.1f}", f"{row['achieved']:.1f}", f"{row['p50']:.0f}",
              f"{row['p95']:.0f}", f"{row['p99']:.0f}", f"{row['failures']}", f"{row['late_p95']:.0f}"]
    line = "".join(pad(value, width, True) for value, (_, width) in zip(values, COLUMNS))
    cpu = row["cpu"]
    line += "".join(pad(f"{cpu.get(key, 0.0):.1f}", CPU_WIDTH, True) for key in cpu_columns())
    app = sum(cpu.get(key, 0.0) for key in cpu_columns() if key.startswith("gunicorn"))
    line += pad(f"{1000 * app / max(1, row['requests']):.1f}", 13, True) + pad(f"{cpu['busy'] / row['seconds']:.2f}", 10, True)
    return line + ("  通过" if row["passes"] else "  生成器跟不上" if row["generator_behind"] else "  未通过")


def table(label, idle, rows, args):
    capacity = max((row["offered"] for row in rows if row["passes"]), default=None)
    header = "".join(pad(name, width, True) for name, width in COLUMNS)
    header += "".join(pad(GROUP_LABELS.get(key, key.replace("gunicorn ", "app")), CPU_WIDTH, True) for key in cpu_columns()) + pad("app ms/请求", 13, True) + pad("全机忙核", 10, True)
    lines = [
        f"{label}：每步 {args.step_seconds} 秒，{'泊松' if args.arrivals == 'poisson' else '等间隔'}到达，经 nginx 127.0.0.1:{PORTS['nginx']} → 应用实例 {PORTS['apps']}（各 {ENV.get('APP_WORKERS', '2')} 个 gunicorn 进程）",
        "时间单位 ms；CPU 为该步内各进程组的 CPU 秒（PostgreSQL：textbooks_prod 的连接；ES：三个节点的 JVM；other：机器上其余一切）；"
        "app ms/请求：两个实例每请求的 CPU 毫秒；全机忙核：该步内全机平均忙碌的核数",
        header,
        *(format_row(row) for row in rows),
        f"无请求时 {IDLE_SECONDS} 秒内的 CPU 核：" + "，".join(f"{GROUP_LABELS.get(key, key)} {idle.get(key, 0.0) / IDLE_SECONDS:.2f}" for key in cpu_columns() + ["busy"]),
        f"容量（p95 ≤ {TARGET_P95_MS} ms、0 失败、生成器跟得上的最高一步）：{f'{capacity:g} req/s' if capacity else '无一步通过'}",
    ]
    last = rows[-1]
    if last["errors"]:
        lines.append("最后一步的失败：" + "；".join(f"{key} ×{count}" for key, count in sorted(last["errors"].items())[:10]))
    lines.append("最后一步各组 p95 ms：" + "，".join(f"{group} {value:.0f}" for group, value in last["p95_by_group"].items()))
    return "\n".join(lines), capacity


def parse_rates(text):
    rates = [float(part) for part in text.split(",") if part.strip()]
    if not rates or any(rate <= 0 for rate in rates):
        raise argparse.ArgumentTypeError("rates must be positive, e.g. 50,100,150")
    return rates


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rates", type=parse_rates, default=parse_rates("50,100,150,200,300,400,500,600"), help="arrival rates of the steps, req/s")
    parser.add_argument("--step-seconds", type=float, default=25)
    parser.add_argument("--warmup", type=float, default=60, help="seconds at the first rate before the first step (not measured): fills the page cache and warms the JVMs' compilers")
    parser.add_argument("--arrivals", choices=("poisson", "fixed"), default="poisson")
    parser.add_argument("--cache", choices=("on", "off", "both"), default="both", help="the visitors' page cache")
    parser.add_argument("--page-cache-seconds", type=int, default=120, help="PAGE_CACHE_SECONDS with the cache on")
    parser.add_argument("--connections", type=int, default=512, help="the generator's most open connections")
    parser.add_argument("--seed", type=int, default=18, help="random seed of the arrivals and URLs")
    parser.add_argument("--skip-seed", action="store_true", help=f"use {DATABASE} and its index as they are (no seed_demo, no reindex)")
    args = parser.parse_args()

    RESULTS.mkdir(parents=True, exist_ok=True)
    signal.signal(signal.SIGTERM, interrupted)
    label = datetime.now().strftime("capacity-%Y%m%d-%H%M%S")
    configurations = [("页面缓存开", args.page_cache_seconds), ("页面缓存关", 0)]
    configurations = [config for config in configurations if args.cache == "both" or (config[1] > 0) == (args.cache == "on")]
    topology = Topology(seed=not args.skip_seed)
    reports, results = [], {}
    try:
        for name, seconds in configurations:
            topology.start(seconds)
            host = f"http://127.0.0.1:{PORTS['nginx']}"
            idle, rows = run_configuration(host, args, name)
            report, capacity = table(f"{name}（PAGE_CACHE_SECONDS={seconds}）", idle, rows, args)
            print("\n" + report + "\n", flush=True)
            reports.append(report)
            results[name] = {"page_cache_seconds": seconds, "capacity": capacity, "idle_cpu": idle, "steps": rows}
    finally:
        topology.stop()
    context = f"{psutil.cpu_count()} 核，负载 {' '.join(f'{value:.2f}' for value in os.getloadavg())}（结束时）"
    out = RESULTS / f"{label}.txt"
    out.write_text("\n\n".join([*reports, context]) + "\n", encoding="utf-8")
    (RESULTS / f"{label}.json").write_text(json.dumps({"args": {**vars(args)}, "ports": PORTS, "results": results}, ensure_ascii=False, indent=1))
    print(f"{context}\n结果已写入 {out.relative_to(ROOT)}（及 .json）")


if __name__ == "__main__":
    main()
