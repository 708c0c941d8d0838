"""CPU per request of the public pages, uncached, under the production settings (issue 18).

    .venv/bin/python benchmarks/page_cpu.py --setup          # first run: migrate, seed_demo, more textbooks
    .venv/bin/python benchmarks/page_cpu.py [--requests 200] [--profile 目录列表]

Runs with ``cms.settings.production`` and the visitors' page cache off (``PAGE_CACHE_SECONDS=0``),
on PostgreSQL (``--database``; default: the server of ``scripts/services``, its own database
``textbooks_pagecpu``, created by ``--setup``, recreated with ``--fresh``) and Elasticsearch
(``--elasticsearch``, index prefix ``--index-prefix``). ``--setup`` migrates, runs ``seed_demo``
and adds ``--extra-textbooks`` approved textbooks (copies of the demo's listed ones, with their
majors, levels, courses, covers and catalogue entries) so the catalogue has well over a hundred
pages.

Each request goes through Django's WSGI handler (every middleware, the response read and closed)
in this process, ``time.process_time`` around it: the CPU of this process alone, so PostgreSQL's
work is not counted but the driver's is. Per page: the first request (cold: templates compiled,
covers' thumbnails made, the content fragments built), then ``--requests`` warm ones (URLs taken
in turn where a row has several; content fragments kept, as between two content changes), their
median and p95, the queries of one warm request, and the median of ``--changed-requests``
requests each made right after a content change (the generation moved: nothing kept is valid, so
the page is built as with ``CONTENT_FRAGMENT_CACHE=0``, and its fragments kept again).
``--profile NAME`` prints cProfile's top functions (CPU time) over the warm requests of one row.
"""

import argparse
import cProfile
import io
import os
import pstats
import secrets
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET_MS = 8
DATABASE = "textbooks_pagecpu"


def configure(args):
    workdir = Path(tempfile.gettempdir()) / "page-cpu-bench"
    os.environ.update(
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        DATABASE_URL=args.database,
        ELASTICSEARCH_URL=args.elasticsearch,
        ELASTICSEARCH_INDEX_PREFIX=args.index_prefix,
        PAGE_CACHE_SECONDS="0",
        SECRET_KEY=os.environ.get("SECRET_KEY") or secrets.token_urlsafe(50),
        ALLOWED_HOSTS="localhost",
        SECURE_SSL_REDIRECT="0",
        SECURE_HSTS_SECONDS="0",
        SESSION_COOKIE_SECURE="0",
        CSRF_COOKIE_SECURE="0",
        MEDIA_ROOT=os.environ.get("MEDIA_ROOT") or str(workdir / "media"),
        STATIC_ROOT=os.environ.get("STATIC_ROOT") or str(workdir / "static"),
        EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
        LOG_LEVEL="WARNING",
    )


def create_database(url, fresh):
    import dj_database_url
    import psycopg

    parsed = dj_database_url.parse(url)
    server = {"host": parsed["HOST"], "port": int(parsed["PORT"] or 5432), "user": parsed["USER"], "password": parsed["PASSWORD"]}
    with psycopg.connect(dbname="postgres", autocommit=True, **server) as connection:
        exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [parsed["NAME"]]).fetchone()
        if exists and fresh:
            connection.execute(f'DROP DATABASE "{parsed["NAME"]}" WITH (FORCE)')
            exists = None
        if not exists:
            connection.execute(f'CREATE DATABASE "{parsed["NAME"]}"')


def grow_catalogue(count):
    """``count`` more approved, listed textbooks: copies of the demo's listed ones (title numbered),
    each with one version sharing the original's publisher, cover, majors, levels, courses and
    catalogue entries; bulk-created (no signals, no search indexing: the pages measured read the
    database)."""
    from django.db import transaction

    from textbooks.catalogue import listed_versions
    from textbooks.models import CatalogueEntry, Textbook, TextbookVersion

    originals = list(
        listed_versions().select_related("textbook").prefetch_related(
            "textbook__majors", "textbook__levels", "textbook__courses", "catalogue_entries"
        ).order_by("pk")
    )
    plan = [(number, originals[number % len(originals)]) for number in range(count)]
    with transaction.atomic():
        textbooks = Textbook.objects.bulk_create(
            Textbook(
                title=f"{v.textbook.title}（{number // len(originals) + 2}）",
                subtitle=v.textbook.subtitle,
                category=v.textbook.category,
                planning_level=v.textbook.planning_level,
                province=v.textbook.province,
                compiling_unit_id=v.textbook.compiling_unit_id,
                series_name=v.textbook.series_name,
            )
            for number, v in plan
        )
        for relation, field in (("majors", "major_id"), ("levels", "traininglevel_id"), ("courses", "course_id")):
            through = getattr(Textbook, relation).through
            through.objects.bulk_create(
                through(textbook_id=t.pk, **{field: related.pk})
                for t, (_, v) in zip(textbooks, plan)
                for related in getattr(v.textbook, relation).all()
            )
        versions = TextbookVersion.objects.bulk_create(
            TextbookVersion(
                textbook=t, edition=v.edition, isbn="", publisher_id=v.publisher_id, published_on=v.published_on,
                price=v.price, form=v.form, description=v.description, chief_editor_id=v.chief_editor_id,
                cover_id=v.cover_id, status=v.status, fingerprint=v.fingerprint, frozen_at=v.frozen_at,
            )
            for t, (_, v) in zip(textbooks, plan)
        )
        CatalogueEntry.objects.bulk_create(
            CatalogueEntry(catalogue_id=e.catalogue_id, batch_id=e.batch_id, version=copy)
            for copy, (_, v) in zip(versions, plan)
            for e in v.catalogue_entries.all()
        )


def set_up(args):
    from django.core.management import call_command

    create_database(args.database, args.fresh)
    import django

    django.setup()
    print("迁移、演示数据、索引…", flush=True)
    call_command("migrate", verbosity=0)
    call_command("seed_demo")
    call_command("collectstatic", "--noinput", verbosity=0)
    grow_catalogue(args.extra_textbooks)


def pages():
    """(name, [urls]) of every row: what the load benchmark's visitors ask for most."""
    from cms.models import CataloguePage
    from curriculum.models import CurriculumIndexPage, MajorPage, StandardPage
    from review.models import Assignment
    from search.relevance import JUDGMENTS
    from textbooks.catalogue import listed_versions

    catalogue = CataloguePage.objects.live().get().url
    textbooks = sorted(set(listed_versions().order_by("pk").values_list("textbook_id", flat=True)[:400]))[::20]
    standards = list(StandardPage.objects.live().filter(standard__live=True).order_by("path"))
    assignments = list(Assignment.objects.filter(expert__person__user__username="reviewer").order_by("pk").values_list("pk", flat=True))
    courses, tasks = [], []
    for page in standards:
        doc = page.standard.to_document()
        for course in doc.courses:
            courses.append(page.course_url(course.code))
            tasks.extend(page.task_url(course.code, task.code) for task in course.learning_tasks[:2])
    return [
        ("首页", ["/"]),
        ("目录列表", [catalogue]),
        ("目录列表 第 2 页", [f"{catalogue}?page=2"]),
        ("目录列表 筛选（专业）", [f"{catalogue}?major=0103", f"{catalogue}?major=0201", f"{catalogue}?planning_level=national&major=0106"]),
        ("目录列表 书名检索", [f"{catalogue}?{urlencode({'q': text})}" for text in ("数控", "汽车", "电气")]),
        ("教材详情", [CataloguePage.objects.live().get().textbook_url(pk) for pk in textbooks]),
        ("课程标准目录", [CurriculumIndexPage.objects.live().get().url]),
        ("专业页", [page.url for page in MajorPage.objects.live().order_by("path")]),
        ("课程标准页", [page.url for page in standards]),
        ("课程页", courses[::3]),
        ("学习任务页", tasks[::3]),
        ("站内搜索", [f"/search/?{urlencode({'q': text})}" for text, _ in JUDGMENTS]),
        ("API 版本列表", [f"/api/catalogue/versions/?page={page}&page_size=20" for page in (1, 7, 40)]),
        ("API 单个版本", [f"/api/catalogue/versions/?page_size=1&page={page}" for page in (1, 500, 2000)]),
        ("API 目录", ["/api/catalogue/catalogues/"]),
        ("审核工作台（已登录）", ["/review-workspace/"]),
        ("审核任务（已登录）", [f"/review-workspace/a/{pk}/" for pk in assignments]),
        ("404", ["/no-such-page/", "/catalogue/textbook/999999999/"]),
        ("404（已登录）", ["/no-such-page/"]),
    ]


def signed_in_cookie():
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.test import Client

    client = Client()
    client.force_login(get_user_model().objects.get(username="reviewer"))
    return f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"


class Requester:
    """GET through the WSGI handler, as gunicorn calls it; returns (status, CPU ms)."""

    def __init__(self):
        from django.core.handlers.wsgi import WSGIHandler
        from django.test.client import FakePayload, RequestFactory

        self.handler = WSGIHandler()
        self.factory = RequestFactory(SERVER_NAME="localhost")
        self.payload = FakePayload

    def __call__(self, url, cookie=None):
        path, _, query = url.partition("?")
        environ = self.factory._base_environ(
            PATH_INFO=path, QUERY_STRING=query, REQUEST_METHOD="GET", **({"HTTP_COOKIE": cookie} if cookie else {})
        )
        environ["wsgi.input"] = self.payload(b"")
        status = []
        started = time.process_time()
        response = self.handler(environ, lambda code, headers, exc_info=None: status.append(code))
        b"".join(response)
        response.close()
        return int(status[0].split()[0]), (time.process_time() - started) * 1000


def count_queries(request, url, cookie):
    from django.db import connection

    queries = []

    def counting(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(counting):
        request(url, cookie)
    return len(queries)


def percentile(samples, fraction):
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def measure(args):
    import django

    django.setup()
    from cms.page_cache import bump_generation

    request = Requester()
    cookie = signed_in_cookie()
    rows = []
    for name, urls in pages():
        signed_in = cookie if "已登录" in name else None
        expected = 404 if name.startswith("404") else 200
        status, cold = request(urls[0], signed_in)
        if status != expected:
            raise RuntimeError(f"{name} {urls[0]}: {status}")
        for url in urls[1:]:  # each URL's own first view (thumbnails) is not a warm request
            request(url, signed_in)
        profiler = cProfile.Profile(time.process_time) if args.profile == name else None
        samples = []
        for number in range(args.requests):
            url = urls[number % len(urls)]
            if profiler:
                profiler.enable()
            status, cpu = request(url, signed_in)
            if profiler:
                profiler.disable()
            if status != expected:
                raise RuntimeError(f"{name} {url}: {status}")
            samples.append(cpu)
        queries = count_queries(request, urls[0], signed_in)
        changed = []
        for number in range(args.changed_requests):
            bump_generation()  # a content change: nothing kept is valid any more
            status, cpu = request(urls[number % len(urls)], signed_in)
            changed.append(cpu)
        rows.append((name, len(urls), cold, statistics.median(samples), percentile(samples, 0.95), queries, statistics.median(changed) if changed else float("nan")))
        if profiler:
            out = io.StringIO()
            pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(args.profile_lines)
            print(out.getvalue())
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", default=f"postgres://textbooks:textbooks@127.0.0.1:{os.environ.get('PG_PORT', '54329')}/{DATABASE}")
    parser.add_argument("--elasticsearch", default=os.environ.get("ELASTICSEARCH_URL", "http://127.0.0.1:9201"))
    parser.add_argument("--index-prefix", default="jigong-pagecpu")
    parser.add_argument("--setup", action="store_true", help="migrate, seed_demo and add textbooks first")
    parser.add_argument("--fresh", action="store_true", help="with --setup: drop the database first")
    parser.add_argument("--extra-textbooks", type=int, default=3000)
    parser.add_argument("--requests", type=int, default=200, help="warm requests per row")
    parser.add_argument("--changed-requests", type=int, default=30, help="requests per row each after a content change")
    parser.add_argument("--profile", metavar="NAME", help="cProfile the warm requests of this row")
    parser.add_argument("--profile-lines", type=int, default=45)
    args = parser.parse_args()
    configure(args)
    if args.setup:
        set_up(args)
    rows = measure(args)

    from django.db import connection

    from textbooks.catalogue import listed_versions

    print(f"\n{connection.vendor}，目录 {listed_versions().count()} 个版本；每行 {args.requests} 个热请求；进程 CPU 毫秒（目标 ≤ {TARGET_MS}）")
    print(f"{'页面':<14}{'URL 数':>6}{'冷（首次）':>10}{'热 中位':>10}{'热 p95':>10}{'查询':>6}{'内容变更后 中位':>12}")
    for name, count, cold, median, p95, queries, changed in rows:
        print(f"{name:<14}{count:>8}{cold:>12.1f}{median:>12.1f}{p95:>12.1f}{queries:>8}{changed:>18.1f}")


if __name__ == "__main__":
    main()
