"""Load benchmark: locust users against gunicorn on 127.0.0.1 with PostgreSQL and Elasticsearch.

    scripts/services start                                   # PostgreSQL and Elasticsearch
                                                             # (or DATABASE_URL / PG_PORT: another PostgreSQL)
    .venv/bin/python benchmarks/load_benchmark.py            # --users 180 --warmup 10 --duration 60 --workers 4 --threads 1
    .venv/bin/python benchmarks/load_benchmark.py --compare 3x2 4x1 5x1   # gunicorn workers x threads

It uses its own PostgreSQL database ``textbooks_load`` (created if absent, ``--fresh`` recreates
it) and its own Elasticsearch index prefix ``jigong-load``; migrates, runs ``seed_demo`` and
``search_reindex`` and collects static files (``--skip-setup`` reuses them), then starts
gunicorn on a free port of 127.0.0.1 with ``cms.settings.production`` over plain HTTP (TLS redirect,
HSTS and secure-only cookies off through their environment settings; persistent database
connections included) and runs ``benchmarks/locustfile.py`` headless:
warm-up, then a measured window. Static files are not requested (a front server serves them in
production). Visitors' pages are cached as in production (``cms/page_cache.py``), in a directory
of ``benchmarks/results/`` emptied before each configuration, so every run starts cold.

Printed and written to ``benchmarks/results/``: requests, req/s, p50/p95/p99/max and failures
per request group and in total, against the targets (≥ 150 req/s, p95 ≤ 300 ms, 0 failures),
and the CPU seconds used during the measured window by gunicorn, locust (on the same machine),
PostgreSQL + Elasticsearch and everything else on the machine; then a probe sends each group's
URLs one at a time to a single worker and prints the CPU per request of each group (where the
time goes). gunicorn, locust and everything they started are stopped at the end, also on errors
and Ctrl-C.
"""

import argparse
import contextlib
import json
import os
import random
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import unicodedata
import urllib.request
from datetime import datetime
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
from load_site import REVIEWER_MIX, VISITOR_MIX, Reviewer, Site, get, group_shares, reviewer_opener  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
VENV_BIN = Path(sys.executable).parent
DATABASE = "textbooks_load"
INDEX_PREFIX = "jigong-load"


def postgres_server():
    """The server of DATABASE_URL when it is PostgreSQL, else scripts/services' (PG_PORT, default
    54329); the benchmark creates its own database there and connects to ``textbooks`` to do so."""
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith(("postgres://", "postgresql://")):
        import dj_database_url

        parsed = dj_database_url.parse(url)
        return {"host": parsed["HOST"] or "127.0.0.1", "port": int(parsed["PORT"] or 5432), "user": parsed["USER"], "password": parsed["PASSWORD"]}, parsed["NAME"]
    return {"host": "127.0.0.1", "port": int(os.environ.get("PG_PORT", "54329")), "user": "textbooks", "password": "textbooks"}, "textbooks"


PG, PG_MAINTENANCE_DB = postgres_server()

TARGET_RPS = 150
TARGET_P95_MS = 300
# Request names in the locustfile start with their group in brackets.
GROUPS = {
    "catalogue": "目录浏览（列表、筛选、分页）",
    "detail": "教材详情页",
    "curriculum": "课程标准页、首页与公示",
    "search": "检索",
    "api": "目录 API",
    "review": "审核专家工作台",
    "login": "登录",
}
# Each group's share of the mix (percent), to weigh the probe's costs.
MIX = group_shares()


def environment(args):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "DATABASE_URL": f"postgres://{PG['user']}:{PG['password']}@{PG['host']}:{PG['port']}/{DATABASE}",
        "ELASTICSEARCH_URL": args.elasticsearch,
        "ELASTICSEARCH_INDEX_PREFIX": INDEX_PREFIX,
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_HSTS_SECONDS": "0",
        # Secure-only cookies are never sent back over http://127.0.0.1: reviewers could not stay signed in.
        "SESSION_COOKIE_SECURE": "0",
        "CSRF_COOKIE_SECURE": "0",
        "MEDIA_ROOT": str(RESULTS / "load-media"),
        "STATIC_ROOT": str(RESULTS / "load-static"),
        "PAGE_CACHE_DIR": str(RESULTS / "load-page-cache"),
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        "LOG_LEVEL": "WARNING",
        **({"DATABASE_CONN_MAX_AGE": str(args.conn_max_age)} if args.conn_max_age is not None else {}),
    }


# ------------------------------------------------------------------------------ setup


def ensure_database(fresh):
    import psycopg

    with psycopg.connect(dbname=PG_MAINTENANCE_DB, autocommit=True, **PG) as connection:
        exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [DATABASE]).fetchone()
        if exists and fresh:
            connection.execute(f'DROP DATABASE "{DATABASE}" WITH (FORCE)')
            exists = None
        if not exists:
            connection.execute(f'CREATE DATABASE "{DATABASE}"')
            print(f"已创建数据库 {DATABASE}", flush=True)
            return True
    return False


def manage(env, *command):
    print(f"manage.py {' '.join(command)} …", flush=True)
    subprocess.run([sys.executable, "manage.py", *command], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)


def set_up(env, fresh):
    created = ensure_database(fresh)
    if created:
        # A new database must not find the files of an old one (anonymised copies, covers).
        subprocess.run(["rm", "-rf", env["MEDIA_ROOT"]], check=True)
    manage(env, "migrate", "--no-input")
    manage(env, "seed_demo")
    manage(env, "search_reindex")
    manage(env, "collectstatic", "--no-input")


# ------------------------------------------------------------------------------ processes


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start(command, env, log):
    # A session of its own, so that stopping it reaches every process it started.
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)


def stop(process):
    if process is None or process.poll() is not None:
        return
    for sig, wait in ((signal.SIGTERM, 15), (signal.SIGKILL, 5)):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            return
        try:
            process.wait(wait)
            return
        except subprocess.TimeoutExpired:
            continue


def wait_until_up(url, process, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("gunicorn 启动失败，见 " + str(RESULTS / "gunicorn.log"))
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError(f"gunicorn 在 {timeout} 秒内未就绪")


class CpuClock:
    """CPU seconds of process groups over a window (the machine is shared with other work).

    PostgreSQL titles each backend with its database, so ours are told apart; they come and go
    (CONN_MAX_AGE recycles connections), so ``tick`` follows each one while it lives.
    Elasticsearch is one JVM shared with others, so its share is the search time its statistics
    give for our index (query and fetch phases), not the JVM's CPU."""

    def __init__(self, elasticsearch, **processes):
        self.stats_url = f"{elasticsearch.rstrip('/')}/{INDEX_PREFIX}-public/_stats/search"
        self.roots = {name: process.pid for name, process in processes.items()}
        self.created = time.time()
        self.backends = {}  # pid -> CPU seconds when last seen
        self.postgres = 0.0
        self.tick()

    def tick(self):
        """Adds what each of our PostgreSQL backends used since it was last seen."""
        for process in psutil.process_iter(["name", "cmdline", "cpu_times", "create_time"]):
            info = process.info
            if info["name"] != "postgres" or not info["cpu_times"] or not any(DATABASE in part for part in info["cmdline"] or ()):
                continue
            used = info["cpu_times"].user + info["cpu_times"].system
            # A backend born after the clock counts from zero; an older one from its first sighting.
            last = self.backends.get(process.pid, 0.0 if info["create_time"] >= self.created else used)
            self.postgres += used - last
            self.backends[process.pid] = used

    def _search_seconds(self):
        with urllib.request.urlopen(self.stats_url, timeout=10) as response:
            search = json.load(response)["_all"]["total"]["search"]
        return sum(search[key] for key in ("query_time_in_millis", "fetch_time_in_millis", "suggest_time_in_millis")) / 1000

    @staticmethod
    def _tree(pid):
        try:
            root = psutil.Process(pid)
            return [root, *root.children(recursive=True)]
        except psutil.NoSuchProcess:
            return []

    def sample(self):
        seconds = {name: 0.0 for name in (*self.roots, "postgres", "elasticsearch")}
        for name, pid in self.roots.items():
            for process in self._tree(pid):
                try:
                    times = process.cpu_times()
                    seconds[name] += times.user + times.system
                except psutil.NoSuchProcess:
                    pass
        self.tick()
        seconds["postgres"] = self.postgres
        seconds["elasticsearch"] = self._search_seconds()
        total = psutil.cpu_times()
        seconds["busy"] = total.user + total.system + total.nice + total.irq + total.softirq
        seconds["wall"] = time.monotonic()
        return seconds

    def difference(self, before, after):
        used = {key: after[key] - before[key] for key in before}
        used["other"] = max(0.0, used["busy"] - used["postgres"] - used["elasticsearch"] - sum(used[name] for name in self.roots))
        return used


@contextlib.contextmanager
def serving(env, workers, threads):
    """gunicorn on a free port of 127.0.0.1, stopped (with its workers) however the block ends."""
    port = free_port()
    host = f"http://127.0.0.1:{port}"
    with open(RESULTS / "gunicorn.log", "a") as log:
        gunicorn = start(
            [str(VENV_BIN / "gunicorn"), "cms.wsgi:application", "--bind", f"127.0.0.1:{port}",
             "--workers", str(workers), "--threads", str(threads),
             "--worker-class", "gthread" if threads > 1 else "sync", "--timeout", "60"],
            env, log,
        )
        try:
            wait_until_up(host + "/", gunicorn)
            yield gunicorn, host
        finally:
            stop(gunicorn)


def run_load(env, args, workers, threads, label):
    stem = RESULTS / f"{label}-{workers}x{threads}"
    mark = Path(f"{stem}.started")
    mark.unlink(missing_ok=True)
    # Every configuration starts with no visitors' pages cached (the database, and so the
    # content generation, may be the previous run's).
    shutil.rmtree(env["PAGE_CACHE_DIR"], ignore_errors=True)
    locust = None
    with serving(env, workers, threads) as (gunicorn, host), open(f"{stem}.locust.log", "w") as locust_log:
        try:
            locust = start(
                [str(VENV_BIN / "locust"), "-f", "benchmarks/locustfile.py", "--headless",
                 "-u", str(args.users), "-r", str(args.spawn_rate), "-t", f"{args.warmup + args.duration + 300}s",
                 "--host", host, "--json-file", str(stem), "--csv", str(stem), "--only-summary",
                 "--stop-timeout", "5", "--exit-code-on-error", "0"],
                {**env, "LOAD_WARMUP_SECONDS": str(args.warmup), "LOAD_DURATION_SECONDS": str(args.duration), "LOAD_MARK_FILE": str(mark)}, locust_log,
            )
            clock = CpuClock(args.elasticsearch, gunicorn=gunicorn, locust=locust)
            deadline = time.monotonic() + args.warmup + 120
            while not mark.exists():
                if locust.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"locust 未进入测量阶段，见 {stem}.locust.log")
                time.sleep(0.2)
            before, end = clock.sample(), time.monotonic() + max(0, args.duration - 0.5)
            while time.monotonic() < end:
                time.sleep(min(1, max(0, end - time.monotonic())))
                clock.tick()
            after = clock.sample()  # just before locust stops its users
            if locust.wait(args.duration + 60) != 0:
                raise RuntimeError(f"locust 异常退出，见 {stem}.locust.log")
        finally:
            stop(locust)
    stats = json.loads(Path(f"{stem}.json").read_text())
    return summarise(stats, stem), clock.difference(before, after)


# ------------------------------------------------------------------------------ probe


def probe_urls(site, reviewer, rng, count):
    """Per group, ``count`` URLs drawn as the mix draws them."""
    urls = {}
    for group in MIX:
        requests = [request for request in VISITOR_MIX + REVIEWER_MIX if request.group == group]
        for request in rng.choices(requests, [request.percent for request in requests], k=count):
            urls.setdefault(group, []).append(request.url(reviewer if group == "review" else site, rng))
    return urls


def run_probe(env, elasticsearch, count):
    """The mix's URLs one at a time against one sync worker: CPU per request of each group."""
    rows = []
    with serving(env, 1, 1) as (gunicorn, host):
        site = Site(host)
        reviewer = reviewer_opener(host)
        anonymous = urllib.request.build_opener()
        clock = CpuClock(elasticsearch, gunicorn=gunicorn)
        for group, urls in probe_urls(site, Reviewer.discover(host, reviewer), random.Random(8), count).items():
            opener = reviewer if group == "review" else anonymous
            for url in urls:  # warm: renditions, the segmenter's dictionary, connections
                get(host, url, opener)
            before, started = clock.sample(), time.perf_counter()
            for url in urls:
                get(host, url, opener)
            wall, used = time.perf_counter() - started, clock.difference(before, clock.sample())
            rows.append((group, [used["gunicorn"] / len(urls), used["postgres"] / len(urls), used["elasticsearch"] / len(urls), wall / len(urls)]))
    columns = [("gunicorn CPU", 14), ("PostgreSQL", 12), ("ES 检索", 10), ("响应", 8)]
    lines = ["逐个请求（gunicorn 1 个 sync 进程），每请求毫秒：", pad("请求组", 30) + "".join(pad(label, width, True) for label, width in columns)]
    weighted = [sum(MIX[group] * costs[i] for group, costs in rows) / sum(MIX.values()) for i in range(4)]
    for name, costs in [(GROUPS[group], costs) for group, costs in rows] + [("按用户组合加权", weighted)]:
        lines.append(pad(name, 30) + "".join(pad(f"{1000 * cost:.1f}", width, True) for cost, (_, width) in zip(costs, columns)))
    lines += [
        f"即 2 个核全归本系统（gunicorn + PostgreSQL + Elasticsearch）时最多约 {2 / sum(weighted[:3]):.0f} req/s，未计 locust 本身。",
        "PostgreSQL：本数据库连接的 CPU；ES 检索：本索引的查询与取回时间（共用的 JVM 其余部分不计）。",
    ]
    return "\n".join(lines)


# ------------------------------------------------------------------------------ statistics


def percentile(histogram, fraction):
    """Locust's own way: the smallest recorded (rounded) time covering that fraction."""
    total = sum(histogram.values())
    if not total:
        return 0
    covered = 0
    for value in sorted(histogram):
        covered += histogram[value]
        if covered >= fraction * total:
            return value
    return max(histogram)


def merge(into, requests, failures, longest, histogram):
    into["requests"] += requests
    into["failures"] += failures
    into["max"] = max(into["max"], longest)
    for value, count in histogram.items():
        into["histogram"][float(value)] = into["histogram"].get(float(value), 0) + count


def empty_row():
    return {"requests": 0, "failures": 0, "max": 0.0, "histogram": {}}


def summarise(entries, stem):
    """Locust's per-name statistics added up per group (the bracketed prefix) and in total."""
    measured = [entry for entry in entries if entry["num_requests"]]
    start = min(entry["start_time"] for entry in measured)
    end = max(entry["last_request_timestamp"] for entry in measured)
    window = max(end - start, 1e-9)
    groups, total = {}, empty_row()
    for entry in measured:
        key = entry["name"].split("]")[0].lstrip("[")
        counts = (entry["num_requests"], entry["num_failures"], entry["max_response_time"], entry["response_times"])
        merge(groups.setdefault(key, empty_row()), *counts)
        merge(total, *counts)
    rows = [(GROUPS.get(key, key), groups[key]) for key in GROUPS if key in groups]
    rows.append(("合计", total))
    failures_csv = Path(f"{stem}_failures.csv")
    failures = failures_csv.read_text(encoding="utf-8").strip().splitlines()[1:] if failures_csv.exists() else []
    return {"window": window, "rows": [(name, finish(row, window)) for name, row in rows], "failures": failures}


def finish(row, window):
    histogram = row.pop("histogram")
    return {**row, "rps": row["requests"] / window, "p50": percentile(histogram, 0.5), "p95": percentile(histogram, 0.95), "p99": percentile(histogram, 0.99)}


def verdict(ok):
    return "PASS" if ok else "SHORT"


def pad(text, width, right=False):
    """Pads to a display width: CJK characters take two columns."""
    shown = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
    fill = " " * max(0, width - shown)
    return fill + text if right else text + fill


def per_request_ms(cpu, total):
    """gunicorn's CPU rate over the request rate (the two windows differ by the last responses)."""
    return 1000 * cpu["gunicorn"] / cpu["wall"] / max(total["rps"], 1e-9)


def table(result, cpu, config):
    lines = [config, f"测量窗口 {result['window']:.1f} 秒", ""]
    columns = [("请求数", 8), ("req/s", 8), ("p50 ms", 8), ("p95 ms", 8), ("p99 ms", 8), ("max ms", 8), ("失败", 6), ("p95 目标", 10)]
    header = pad("请求组", 30) + "".join(pad(label, width, right=True) for label, width in columns)
    rule = "-" * (30 + sum(width for _, width in columns))
    lines += [header, rule]
    for name, row in result["rows"]:
        if name == "合计":
            lines.append(rule)
        values = [f"{row['requests']}", f"{row['rps']:.1f}", f"{row['p50']:.0f}", f"{row['p95']:.0f}", f"{row['p99']:.0f}",
                  f"{row['max']:.0f}", f"{row['failures']}", verdict(row["p95"] <= TARGET_P95_MS)]
        lines.append(pad(name, 30) + "".join(pad(value, width, right=True) for value, (_, width) in zip(values, columns)))
    total = result["rows"][-1][1]
    lines += [
        "",
        f"目标 吞吐 ≥ {TARGET_RPS} req/s：{total['rps']:.1f}  {verdict(total['rps'] >= TARGET_RPS)}",
        f"目标 p95 ≤ {TARGET_P95_MS} ms：{total['p95']:.0f} ms  {verdict(total['p95'] <= TARGET_P95_MS)}",
        f"目标 失败 = 0：{total['failures']}  {verdict(total['failures'] == 0)}",
        "",
        f"测量窗口内的 CPU（{psutil.cpu_count()} 核）："
        + "；".join(
            f"{label} {cpu[key] / cpu['wall']:.2f} 核"
            for key, label in (("gunicorn", "gunicorn"), ("locust", "locust"), ("postgres", f"PostgreSQL（{DATABASE}）"),
                               ("elasticsearch", "Elasticsearch 检索（本索引）"), ("other", "机器上其他进程"))
        )
        + f"；合计 {cpu['busy'] / cpu['wall']:.2f} / {psutil.cpu_count()} 核",
        f"gunicorn 每请求 CPU {per_request_ms(cpu, total):.1f} ms",
    ]
    if result["failures"]:
        lines += ["", "失败（Method,Name,Error,Occurrences）：", *result["failures"][:20]]
    return "\n".join(lines)


def interrupted(signum, frame):
    """SIGTERM (e.g. a CI timeout) unwinds like Ctrl-C, so that the finally blocks stop everything."""
    raise KeyboardInterrupt


def config_name(workers, threads):
    return f"{workers}x{threads}"


def parse_config(text):
    workers, _, threads = text.partition("x")
    return int(workers), int(threads or 1)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=180, help="simulated users (think time 0.5–2 s)")
    parser.add_argument("--spawn-rate", type=float, default=30)
    parser.add_argument("--warmup", type=int, default=10, help="seconds of load before measuring")
    parser.add_argument("--duration", type=int, default=60, help="measured seconds")
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--compare", nargs="+", metavar="WxT", help="gunicorn configurations to run one after another, e.g. 3x2 4x1")
    parser.add_argument("--conn-max-age", type=int, help="DATABASE_CONN_MAX_AGE for gunicorn (default: production's)")
    parser.add_argument("--elasticsearch", default=os.environ.get("ELASTICSEARCH_URL") or "http://127.0.0.1:9201")
    parser.add_argument("--probe-requests", type=int, default=60, help="requests per group of the one-at-a-time probe (0: none)")
    parser.add_argument("--fresh", action="store_true", help=f"drop and recreate the {DATABASE} database first")
    parser.add_argument("--skip-setup", action="store_true", help="reuse the database, index and static files as they are")
    args = parser.parse_args()

    RESULTS.mkdir(parents=True, exist_ok=True)
    env = environment(args)
    signal.signal(signal.SIGTERM, interrupted)
    if not args.skip_setup:
        set_up(env, args.fresh)
    label = datetime.now().strftime("load-%Y%m%d-%H%M%S")
    configs = [parse_config(text) for text in args.compare] if args.compare else [(args.workers, args.threads)]
    reports, summary = [], []
    for workers, threads in configs:
        print(f"gunicorn {workers} 进程 × {threads} 线程，{args.users} 个用户：预热 {args.warmup} 秒，测量 {args.duration} 秒…", flush=True)
        result, cpu = run_load(env, args, workers, threads, label)
        config = (
            f"gunicorn --workers {workers} --threads {threads}（{'gthread' if threads > 1 else 'sync'}），"
            f"locust {args.users} 用户（FastHttpUser，思考时间 0.5–2 秒），PostgreSQL {DATABASE}，"
            f"Elasticsearch {args.elasticsearch} 索引前缀 {INDEX_PREFIX}，"
            f"DATABASE_CONN_MAX_AGE={env.get('DATABASE_CONN_MAX_AGE', '60（生产默认）')}"
        )
        report = table(result, cpu, config)
        print("\n" + report + "\n", flush=True)
        reports.append(report)
        total = result["rows"][-1][1]
        summary.append((config_name(workers, threads), total, cpu))
    if len(summary) > 1:
        columns = [("req/s", 9), ("p95 ms", 9), ("失败", 7), ("gunicorn 核", 13), ("CPU ms/请求", 13), ("其他进程 核", 13)]
        lines = ["配置比较（先后运行，机器上其他进程的负载随时间变化）：", pad("配置", 8) + "".join(pad(label, width, True) for label, width in columns)]
        for name, total, cpu in summary:
            values = [f"{total['rps']:.1f}", f"{total['p95']:.0f}", f"{total['failures']}", f"{cpu['gunicorn'] / cpu['wall']:.2f}",
                      f"{per_request_ms(cpu, total):.1f}", f"{cpu['other'] / cpu['wall']:.2f}"]
            lines.append(pad(name, 8) + "".join(pad(value, width, True) for value, (_, width) in zip(values, columns)))
        best = max(summary, key=lambda item: (item[1]["failures"] == 0, item[1]["p95"] <= TARGET_P95_MS, item[1]["rps"]))
        lines.append(f"最佳：{best[0]}")
        print("\n".join(lines), flush=True)
        reports.append("\n".join(lines))
    if args.probe_requests:
        print(f"逐个请求探测（每组 {args.probe_requests} 个）…", flush=True)
        report = run_probe(env, args.elasticsearch, args.probe_requests)
        print("\n" + report + "\n")
        reports.append(report)
    out = RESULTS / f"{label}.txt"
    out.write_text("\n\n".join(reports) + "\n", encoding="utf-8")
    print(f"结果已写入 {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
