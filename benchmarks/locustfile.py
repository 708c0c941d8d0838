"""The user mix of the load benchmark (run by benchmarks/load_benchmark.py, or on its own):

    .venv/bin/locust -f benchmarks/locustfile.py --headless -u 40 -r 10 -t 70s --host http://127.0.0.1:8000

Requests, by share: 50 % anonymous browsing (the public catalogue with filters and pagination,
textbook detail pages, the 工学一体化 curriculum pages down to learning tasks, the home page and
the selection notices), 25 % public search with the labelled Chinese queries of
``search/relevance.py`` (some with a facet or a second page), 10 % the JSON catalogue API, and
15 % logged-in reviewers in the blind review workspace (``/review-workspace/``: the assignment
list, assignment pages, anonymised copies).

Every request must answer 200 with the page it should be (a login page instead of the workspace
counts as a failure too). Request names start with their group in brackets; the driver adds up
the groups. Targets are discovered from the site itself when the test starts: the catalogue's
filter options, textbook ids from the API, the curriculum tree by following its links.

``LOAD_WARMUP_SECONDS`` (default 10) resets the statistics that long after the start (and once
every user is running and logged in), so that logins (password hashing), the first search of each
worker (loading the segmenter's dictionary) and cold caches are not measured;
``LOAD_MARK_FILE`` names a file written at that moment, and ``LOAD_DURATION_SECONDS``, if set,
stops the test that long after it.
"""

import os
import random
import time
from pathlib import Path

import gevent
from locust import FastHttpUser, between, events, task

from load_site import ASSIGNMENT, COPY, FACET_LINK, WORKSPACE, Site, login_form

WARMUP_SECONDS = float(os.environ.get("LOAD_WARMUP_SECONDS", "10"))
DURATION_SECONDS = float(os.environ.get("LOAD_DURATION_SECONDS", "0"))
MARK_FILE = os.environ.get("LOAD_MARK_FILE")
THINK_TIME = between(0.5, 2.0)
site = None


@events.init.add_listener
def discover(environment, **kwargs):
    """Before the clock starts: the run time (-t) is warm-up plus measurement only."""
    global site
    if environment.host:
        site = Site(environment.host)


@events.test_start.add_listener
def measure(environment, **kwargs):
    """Warm-up, then the measured window, then stop: logins (password hashing) are all done first."""

    def run():
        gevent.sleep(WARMUP_SECONDS)
        while Reviewer.logging_in or environment.runner.user_count < (environment.runner.target_user_count or 0):
            gevent.sleep(0.2)
        environment.stats.reset_all()
        if MARK_FILE:  # tells the driver when to start counting CPU time
            Path(MARK_FILE).write_text(str(time.time()))
        if DURATION_SECONDS:
            gevent.sleep(DURATION_SECONDS)
            environment.runner.quit()

    gevent.spawn(run)


class SiteUser(FastHttpUser):
    abstract = True
    wait_time = THINK_TIME

    def page(self, url, name, must_contain="</html>"):
        """200 and the expected content, else a failure."""
        with self.client.get(url, name=name, catch_response=True) as response:
            if response.status_code != 200:
                response.failure(f"HTTP {response.status_code}")
            elif must_contain and must_contain not in (response.text or ""):
                response.failure(f"missing {must_contain!r}")
            else:
                response.success()
        return response


class Visitor(SiteUser):
    """An anonymous visitor: a teacher or school staff looking for textbooks and standards.
    Task weights are percent of the whole mix (the reviewers make the other 15)."""

    weight = 85

    # -- browsing: 50 %

    @task(13)
    def catalogue_list(self):
        self.page(site.catalogue_list(random), "[catalogue] list and pages", "catalogue-list")

    @task(8)
    def catalogue_filtered(self):
        self.page(site.catalogue_filtered(random), "[catalogue] filtered", "共 ")

    @task(3)
    def catalogue_title(self):
        self.page(site.catalogue_title(random), "[catalogue] title filter", "共 ")

    @task(14)
    def textbook_detail(self):
        self.page(site.textbook(random), "[detail] textbook page", "ISBN")

    @task(10)
    def curriculum_page(self):
        self.page(site.curriculum_page(random), "[curriculum] standards, courses, tasks")

    @task(2)
    def home_or_notice(self):
        self.page(site.home_or_notice(random), "[curriculum] home and notices")

    # -- public search: 25 %, a quarter of them followed by a facet or the second page

    @task(25)
    def search(self):
        response = self.page(site.search(random), "[search] query")
        roll = random.random()
        if roll < 0.15:
            facets = FACET_LINK.findall(response.text or "")
            if facets:
                self.page("/search/?" + facets[0].replace("&amp;", "&"), "[search] query")
        elif roll < 0.25:
            self.page(site.search(random, page=2), "[search] query")

    # -- the JSON API: 10 %

    @task(10)
    def api(self):
        self.page(site.api(random), "[api] catalogue API", '"results"')


class Reviewer(SiteUser):
    """An expert of the pool in the blind review workspace (R3): list, assignments, copies."""

    weight = 15
    logging_in = 0  # reviewers between spawning and a finished login

    def on_start(self):
        Reviewer.logging_in += 1
        try:
            login = self.page(f"/admin/login/?next={WORKSPACE}", "[login] reviewer login", "csrfmiddlewaretoken")
            with self.client.post(
                "/admin/login/", data=login_form(login.text), headers={"Referer": self.host + "/admin/login/"},
                name="[login] reviewer login", catch_response=True,
            ) as response:
                if ASSIGNMENT.search(response.text or "") is None:
                    response.failure(f"not logged in (HTTP {response.status_code})")
            self.assignments = sorted(set(ASSIGNMENT.findall(response.text or "")))
            self.copies = {}
        finally:
            Reviewer.logging_in -= 1

    @task(4)
    def workspace(self):
        self.page(WORKSPACE, "[review] workspace", "/review-workspace/a/")

    @task(9)
    def assignment(self):
        url = random.choice(self.assignments)
        self.copies[url] = COPY.findall(self.page(url, "[review] workspace").text or "")

    @task(2)
    def anonymised_copy(self):
        copies = [copy for urls in self.copies.values() for copy in urls]
        if not copies:
            return self.assignment()
        self.page(random.choice(copies), "[review] workspace", None)
