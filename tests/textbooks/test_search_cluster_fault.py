"""Issue 18 (fault): an Elasticsearch node killed during searches and writes. A three-node cluster
with one replica, as `scripts/services prod` runs it (here on free ports, 256 MB heaps, started
and stopped by this module): the node holding the public index's primary is SIGKILLed while
visitors search the catalogue and HRSS approves textbooks and orders others out of use. Searches keep
answering with the right books; every change written while the node is down is indexed on the
surviving nodes or waits in the retry queue until it can be; once the node is back (started again
at once, as its supervisor would), every change is findable. Lost: 0."""

import os
import shutil
import signal
import socket
import subprocess
import threading
import time
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.management import call_command

from curriculum.models import Course, CourseCategory
from search import service
from search.connection import REQUEST_TIMEOUT, get_client
from search.elastic import alias_name
from search.models import PendingIndexUpdate
from search.results import SearchQuery
from textbooks import services

pytestmark = [pytest.mark.elasticsearch, pytest.mark.timeout(420)]

ROOT = Path(django_settings.BASE_DIR)
SERVICES = ROOT / "scripts" / "services"
NODES = 3
SEARCHERS = 2
OUTAGE_WRITES = 8


def free_port_run(count, spacing=100):
    """A port p with p..p+count-1 and p+spacing.. (the transport ports) all free, below the
    ephemeral range (32768 on), where an outgoing connection could take one meanwhile."""
    for base in range(20000 + os.getpid() % 1000 * 7, 32768 - spacing - count, 11):
        ports = [base + i for i in range(count)] + [base + spacing + i for i in range(count)]
        try:
            probes = []
            for port in ports:
                probe = socket.socket()
                probes.append(probe)
                probe.bind(("127.0.0.1", port))
        except OSError:
            continue
        finally:
            for probe in probes:
                probe.close()
        return base
    raise AssertionError("no free ports for a three-node cluster")


class Cluster:
    """Three Elasticsearch nodes started by `scripts/services es` in a directory of their own."""

    def __init__(self):
        self.port = free_port_run(NODES)
        self.directory = ROOT / ".services" / "es" / f"fault-test-{self.port}"
        # The JIT's first tier only: half the CPU to start a node (21 instead of 43 CPU-seconds for
        # three), ample speed for a few thousand searches.
        self.env = {**os.environ, "ES_PORT": str(self.port), "ES_NODES": str(NODES), "ES_HEAP": "256m",
                    "ES_CLUSTER_DIR": str(self.directory), "ES_JAVA_OPTS": "-XX:TieredStopAtLevel=1"}
        self.urls = [f"http://127.0.0.1:{self.port + n}" for n in range(NODES)]
        self.starting, self.stopped = None, False

    def services(self, command):
        subprocess.run([str(SERVICES), "es", command], env=self.env, check=True, timeout=240)

    def start_in_background(self):
        """Start the nodes that are down (`scripts/services es start`) while the tests go on."""
        self.starting = subprocess.Popen([str(SERVICES), "es", "start"], env=self.env)

    def started(self):
        """Wait for ``start_in_background`` to have every node up."""
        assert self.starting.wait(timeout=240) == 0, "a node did not start"

    def stop(self):
        """Stop every node and remove the cluster's files, also after a failed start; once."""
        if self.stopped:
            return
        self.stopped = True
        if self.starting is not None and self.starting.poll() is None:
            self.starting.wait(timeout=240)
        self.services("stop")
        shutil.rmtree(self.directory, ignore_errors=True)

    def answers(self, name):
        try:
            socket.create_connection(("127.0.0.1", self.port + int(name.removeprefix("node-"))), timeout=1).close()
            return True
        except OSError:
            return False

    def pid(self, name):
        return int((self.directory / name / "es.pid").read_text())

    def kill(self, name):
        os.kill(self.pid(name), signal.SIGKILL)


_early = None  # the cluster ``start_early`` began, until the module's fixture takes it


def start_early(config):
    """Called when the session's tests are known (tests/textbooks/conftest.py): the cluster's
    half-minute start then passes while the tests before this module run. Stopped at the end of
    the session if this module's fixture has not stopped it."""
    global _early
    _early = Cluster()
    _early.start_in_background()
    config.add_cleanup(_early.stop)


@pytest.fixture(scope="module")
def cluster():
    global _early
    cluster, _early = _early or Cluster(), None
    waiting = time.monotonic()
    try:
        if cluster.starting is None:
            cluster.start_in_background()
        cluster.started()
        cluster.start_seconds = time.monotonic() - waiting  # what this module waited for it
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture
def on_cluster(cluster, settings):
    settings.ELASTICSEARCH_URL = ",".join(cluster.urls)
    settings.ELASTICSEARCH_REPLICAS = 1
    get_client.cache_clear()
    yield cluster
    get_client.cache_clear()


def titles(text):
    return {hit.title for hit in service.search(SearchQuery(text=text, filters={"kind": ["教材"]})).hits}


class Visitors:
    """Threads searching the public catalogue without pause; each search's latency and outcome."""

    QUERY, EXPECTED = "机床电气控制", {f"机床电气控制（第{i}分册）" for i in (1, 2, 3)}

    def __init__(self):
        self.outcomes, self.stop = [], threading.Event()
        self.threads = [threading.Thread(target=self.search) for _ in range(SEARCHERS)]

    def search(self):
        while not self.stop.is_set():
            started = time.monotonic()
            try:
                found = titles(self.QUERY)
                outcome = "ok" if found == self.EXPECTED else f"wrong: {sorted(found)}"
            except Exception as error:  # a visitor's failed search, counted
                outcome = repr(error)
            self.outcomes.append((started, time.monotonic() - started, outcome))
            time.sleep(0.02)  # leave the nodes (and a returning one) some of the two cores

    def __enter__(self):
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        for thread in self.threads:
            thread.join(timeout=60)

    def between(self, start, end=float("inf")):
        return [outcome for outcome in self.outcomes if start <= outcome[0] < end]


def approve(world, title, number):
    course = Course.objects.create(code=f"ZY8{number:03d}", name=f"{title}课程", category=CourseCategory.PROFESSIONAL)
    chief = world.person(f"主编甲{number:03d}", world.unit)
    return world.approved(title, chief=chief, courses=[course])


def node_of_primary(cluster):
    shards = get_client().cat.shards(index=alias_name(), format="json")
    (primary,) = [shard for shard in shards if shard["prirep"] == "p"]
    return primary["node"]


def test_a_node_killed_during_searches_and_writes_loses_nothing(on_cluster, world, django_capture_on_commit_callbacks):
    cluster = on_cluster
    service.load_vocabulary()  # the visitors' threads search without a database connection
    with django_capture_on_commit_callbacks(execute=True):
        for i in (1, 2, 3):
            approve(world, f"机床电气控制（第{i}分册）", i)
        to_stop = {title: approve(world, title, 4 + i) for i, title in enumerate(("焊接工艺", "钳工工艺"))}
    client = get_client()
    client.cluster.health(index=alias_name(), wait_for_status="green", timeout="60s")
    assert PendingIndexUpdate.objects.count() == 0 and all(title in titles(title) for title in to_stop)
    victim = node_of_primary(cluster)
    master = client.cat.master(format="json")[0]["node"]

    written, backlog, made_while_down = {}, [], 0
    with Visitors() as visitors:
        while len(visitors.outcomes) < 10:
            time.sleep(0.1)
        killed_at = time.monotonic()
        cluster.kill(victim)
        # Its supervisor (systemd's Restart=always) starts it again at once; it takes a while.
        cluster.start_in_background()
        # Writes meanwhile: approvals and stop-use orders, each its own commit.
        for i in range(OUTAGE_WRITES):
            made_while_down += not cluster.answers(victim)
            with django_capture_on_commit_callbacks(execute=True):
                if i in (0, 5):
                    title, version = to_stop.popitem()
                    services.stop_use(version, None, "内容陈旧")
                    written[title] = False
                else:
                    title = f"液压与气动技术（第{i + 1}分册）"
                    approve(world, title, 10 + i)
                    written[title] = True
            backlog.append(PendingIndexUpdate.objects.count())  # updates waiting after this commit
            time.sleep(0.5)
        cluster.started()
        returned_at = time.monotonic()
        waiting = PendingIndexUpdate.objects.count()

        # The node is back and takes its copy again; the operator's catch-up (or the scheduler's)
        # applies what waited.
        client.cluster.health(index=alias_name(), wait_for_status="green", timeout="60s")
        call_command("search_sync", "--now")
        service.backend().refresh()
        time.sleep(1)  # the visitors search the recovered cluster too
    ended_at = time.monotonic()

    lost = [title for title, findable in written.items() if (title in titles(title)) != findable]
    failed = [outcome for _, _, outcome in visitors.outcomes if outcome != "ok"]
    slowest = max(seconds for _, seconds, _ in visitors.outcomes)
    outage_searches = visitors.between(killed_at, returned_at)
    print(f"\nkilled {victim} (master: {master}), back after {returned_at - killed_at:.1f} s; searches "
          f"{len(visitors.outcomes)} ({len(outage_searches)} until it was back, {len(visitors.between(returned_at))} "
          f"after, {ended_at - returned_at:.1f} s), failed {len(failed)}, slowest {slowest:.2f} s; {len(written)} "
          f"changes, {made_while_down} made while it was down, backlog after each commit {backlog}, {waiting} "
          f"updates waiting when it was back; lost {len(lost)}; waited {cluster.start_seconds:.1f} s for the cluster")
    assert len(outage_searches) >= 20
    assert made_while_down >= OUTAGE_WRITES // 2
    assert failed == []
    # A refused connection is retried on another node at once, a request in flight at the kill when
    # its socket drops: no search waits out the client's timeout on the dead node (a behaviour, not a
    # speed target: the slowest took 0.25–1.52 s in the runs measured; timing is the benchmarks' job).
    assert slowest < REQUEST_TIMEOUT
    assert PendingIndexUpdate.objects.count() == 0
    assert lost == []
