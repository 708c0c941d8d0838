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
from locust import FastHttpUser, between, events

from load_site import ASSIGNMENT, FACET_LINK, REVIEWER_MIX, VISITOR_MIX, WORKSPACE, Site, login_form
from load_site import Reviewer as ReviewerTargets

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


def visitor_task(request):
    def run(user):
        response = user.page(request.url(site, random), request.name, request.must_contain)
        if request.group == "search":
            user.follow_search(response)

    run.__name__ = request.name
    return run


def reviewer_task(request):
    def run(user):
        response = user.page(request.url(user.reviewer, random), request.name, request.must_contain)
        user.reviewer.saw(response.text if request.must_contain else None)

    run.__name__ = request.name
    return run


class Visitor(SiteUser):
    """An anonymous visitor: a teacher or school staff looking for textbooks and standards. The
    weights of ``load_site.VISITOR_MIX`` are percent of the whole mix (the reviewers make the rest)."""

    weight = sum(request.percent for request in VISITOR_MIX)
    tasks = {visitor_task(request): request.percent for request in VISITOR_MIX}

    def follow_search(self, response):
        """A quarter of the searches are followed by a facet or the second page."""
        roll = random.random()
        if roll < 0.15:
            facets = FACET_LINK.findall(response.text or "")
            if facets:
                self.page("/search/?" + facets[0].replace("&amp;", "&"), "[search] query")
        elif roll < 0.25:
            self.page(site.search(random, page=2), "[search] query")


class Reviewer(SiteUser):
    """An expert of the pool in the blind review workspace (R3): list, assignments, copies."""

    weight = sum(request.percent for request in REVIEWER_MIX)
    tasks = {reviewer_task(request): request.percent for request in REVIEWER_MIX}
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
            self.reviewer = ReviewerTargets(ASSIGNMENT.findall(response.text or ""))
        finally:
            Reviewer.logging_in -= 1
