"""The load benchmarks' view of the running site: what it discovers, which URLs are asked for and
in which shares (the request mix).

Shared by ``benchmarks/locustfile.py`` (the users), ``benchmarks/load_benchmark.py``'s probe (the
same URLs one at a time, to see the cost of each group) and ``benchmarks/capacity_benchmark.py``
(the same mix as an open workload). Plain ``urllib``: no gevent here.
"""

import http.cookiejar
import json
import os
import re
import sys
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Callable, NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
# Only to read the demo login and the labelled queries; nothing here touches a database.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
import django  # noqa: E402

django.setup()

from cms.demo import DEMO_PASSWORD  # noqa: E402, F401 (used by the reviewers)
from search.relevance import JUDGMENTS  # noqa: E402

REVIEWER_LOGIN = "reviewer"
WORKSPACE = "/review-workspace/"
SEARCH_QUERIES = [text for text, _ in JUDGMENTS]
# What a visitor types into the catalogue's 书名或 ISBN box.
TITLE_QUERIES = ["数控", "汽车", "机器人", "电气", "焊接", "PLC", "新能源汽车", "工作页", "模具", "计算机"]
CATALOGUE_PAGE_SIZE = 20

HREF = re.compile(r'href="([^"#]+)"')
OPTION = re.compile(r'<option value="([^"]+)"')
SELECT = re.compile(r'<select name="(\w+)"[^>]*>(.*?)</select>', re.S)
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
FACET_LINK = re.compile(r'href="\?([^"]*(?:kind|major|level|category)=[^"]*)"')
ASSIGNMENT = re.compile(r'href="(/review-workspace/a/\d+/)"')
COPY = re.compile(r'href="(/review-workspace/a/\d+/files/\d+/)"')


def get(host, path, opener=None):
    with (opener or urllib.request.build_opener()).open(host.rstrip("/") + path, timeout=30) as response:
        return response.read().decode("utf-8", errors="replace")  # copies are binary


class Site:
    """URLs of the running site, discovered by reading it (filters, API, curriculum links)."""

    def __init__(self, host):
        self.host = host
        page = get(host, "/catalogue/")
        self.filters = {name: OPTION.findall(body) for name, body in SELECT.findall(page)}
        api = json.loads(get(host, "/api/catalogue/versions/?page_size=100"))
        self.versions = api["count"]
        self.catalogue_pages = max(1, -(-self.versions // CATALOGUE_PAGE_SIZE))
        ids = set()
        for number in range(1, api["num_pages"] + 1):
            rows = json.loads(get(host, f"/api/catalogue/versions/?page_size=100&page={number}"))["results"]
            ids.update(row["textbook_id"] for row in rows)
        self.textbooks = [f"/catalogue/textbook/{pk}/" for pk in sorted(ids)]
        self.curriculum = self._crawl("/curriculum/")
        self.notices = ["/", "/selection-notice/"]
        if not self.textbooks or len(self.curriculum) < 5:
            raise RuntimeError(f"站点没有演示数据：{len(self.textbooks)} 种教材，{len(self.curriculum)} 个课程标准页面")

    def _crawl(self, start):
        """The curriculum tree, breadth first: index, majors, standards, courses, learning tasks."""
        seen, frontier = {start}, [start]
        while frontier:
            url = frontier.pop(0)
            for link in HREF.findall(get(self.host, url)):
                link = urllib.parse.urljoin(url, link).split("?")[0]
                if link.startswith(start) and link not in seen and not link.endswith((".docx", ".pdf")) and "/print" not in link:
                    seen.add(link)
                    frontier.append(link)
        return sorted(seen)

    # -- the URLs of each kind of request, drawn with the caller's random generator

    def catalogue_list(self, rng):
        number = rng.randint(1, self.catalogue_pages)
        return f"/catalogue/?page={number}" if number > 1 else "/catalogue/"

    def catalogue_filtered(self, rng):
        name = rng.choice([n for n, values in self.filters.items() if values])
        params = {name: rng.choice(self.filters[name])}
        if rng.random() < 0.3:
            other = rng.choice(["level", "planning_level", "category"])
            params[other] = rng.choice(self.filters[other])
        return "/catalogue/?" + urllib.parse.urlencode(params)

    def catalogue_title(self, rng):
        return "/catalogue/?" + urllib.parse.urlencode({"q": rng.choice(TITLE_QUERIES)})

    def textbook(self, rng):
        return rng.choice(self.textbooks)

    def curriculum_page(self, rng):
        return rng.choice(self.curriculum)

    def home_or_notice(self, rng):
        return rng.choice(self.notices)

    def search(self, rng, page=1):
        params = {"q": rng.choice(SEARCH_QUERIES)}
        if page > 1:
            params["page"] = page
        return "/search/?" + urllib.parse.urlencode(params)

    def api(self, rng):
        roll = rng.random()
        if roll < 0.5:
            params = {"page": rng.randint(1, self.catalogue_pages), "page_size": CATALOGUE_PAGE_SIZE}
            if rng.random() < 0.4:
                params["major"] = rng.choice(self.filters["major"])
            return "/api/catalogue/versions/?" + urllib.parse.urlencode(params)
        if roll < 0.85:
            return f"/api/catalogue/versions/?page_size=1&page={rng.randint(1, self.versions)}"
        return "/api/catalogue/catalogues/"


def login_form(html):
    """The hidden fields and credentials of the admin login form, posted back by the reviewer."""
    return {
        "csrfmiddlewaretoken": CSRF.search(html).group(1),
        "username": REVIEWER_LOGIN,
        "password": DEMO_PASSWORD,
        "next": WORKSPACE,
    }


def reviewer_opener(host):
    """A logged-in reviewer for plain urllib (the probe): an opener with the session cookie."""
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
    form = login_form(get(host, f"/admin/login/?next={WORKSPACE}", opener))
    request = urllib.request.Request(
        host + "/admin/login/", data=urllib.parse.urlencode(form).encode(), headers={"Referer": host + "/admin/login/"}
    )
    with opener.open(request, timeout=30) as response:
        if ASSIGNMENT.search(response.read().decode("utf-8")) is None:
            raise RuntimeError("审核专家未能登录工作台")
    return opener


class Reviewer:
    """What a signed-in reviewer can open: the workspace, its assignments, their anonymised copies
    (learnt as assignment pages are read, or all at once with ``discover``)."""

    def __init__(self, assignments, copies=()):
        self.assignments = sorted(set(assignments))
        self.copies = sorted(set(copies))

    @classmethod
    def discover(cls, host, opener):
        assignments = ASSIGNMENT.findall(get(host, WORKSPACE, opener))
        return cls(assignments, [copy for url in set(assignments) for copy in COPY.findall(get(host, url, opener))])

    def saw(self, page):
        """Copies linked from a page the reviewer just read."""
        self.copies = sorted(set(self.copies) | set(COPY.findall(page or "")))

    def workspace(self, rng):
        return WORKSPACE

    def assignment(self, rng):
        return rng.choice(self.assignments)

    def copy(self, rng):
        return rng.choice(self.copies or self.assignments)


class Request(NamedTuple):
    """One kind of request of the mix: its percent of all requests, the name it is counted under
    (its group in brackets), how its URL is drawn (a method of ``Site`` or ``Reviewer``, given a
    random generator) and what a right answer contains (None: any 200)."""

    percent: int
    name: str
    url: Callable
    must_contain: str | None = "</html>"

    @property
    def group(self):
        return self.name.split("]")[0].lstrip("[")


# 50 % browsing, 25 % public search, 10 % the JSON API (anonymous visitors) ...
VISITOR_MIX = (
    Request(13, "[catalogue] list and pages", Site.catalogue_list, "catalogue-list"),
    Request(8, "[catalogue] filtered", Site.catalogue_filtered, "共 "),
    Request(3, "[catalogue] title filter", Site.catalogue_title, "共 "),
    Request(14, "[detail] textbook page", Site.textbook, "ISBN"),
    Request(10, "[curriculum] standards, courses, tasks", Site.curriculum_page),
    Request(2, "[curriculum] home and notices", Site.home_or_notice),
    Request(25, "[search] query", Site.search),
    Request(10, "[api] catalogue API", Site.api, '"results"'),
)
# ... and 15 % signed-in reviewers in the blind review workspace (R3).
REVIEWER_MIX = (
    Request(4, "[review] workspace", Reviewer.workspace, "/review-workspace/a/"),
    Request(9, "[review] workspace", Reviewer.assignment),
    Request(2, "[review] workspace", Reviewer.copy, None),  # a DOCX or PDF
)


def group_shares():
    """Each group's percent of the mix."""
    shares = {}
    for request in VISITOR_MIX + REVIEWER_MIX:
        shares[request.group] = shares.get(request.group, 0) + request.percent
    return shares
