"""Textbook catalogue benchmark: demo seeding, public pages and API, fingerprint verification,
Excel export and a full Excel import.

    .venv/bin/python benchmarks/textbooks_catalogue.py [--rounds 20] [--database URL]

Runs on its own SQLite file and media folder in a temporary directory unless ``--database`` is
given (e.g. the PostgreSQL of ``scripts/services env``: it must be an empty, migratable
database). Prints wall times (p50/p95 for requests) and the query count of each page, which
must not depend on the page size.
"""

import argparse
import io
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def timed(function, rounds):
    samples = []
    for _ in range(rounds):
        started = time.perf_counter()
        function()
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return statistics.median(samples), samples[max(int(len(samples) * 0.95) - 1, 0)]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--database", help="database URL (default: a temporary SQLite file)")
    args = parser.parse_args()

    workdir = tempfile.mkdtemp(prefix="textbooks-bench-")
    os.environ["DATABASE_URL"] = args.database or f"sqlite:///{workdir}/bench.sqlite3"
    os.environ["MEDIA_ROOT"] = f"{workdir}/media"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection, reset_queries, transaction
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from cms.demo import seed_users
    from curriculum.demo import seed_majors, seed_public_courses
    from directory.demo import seed_organisations
    from review.demo import seed_experts
    from selection.demo import seed_committees
    from textbooks import catalogue_io, services
    from textbooks.demo import seed_textbooks
    from textbooks.models import Textbook, TextbookVersion

    call_command("migrate", verbosity=0)
    with transaction.atomic():
        seed_majors(), seed_public_courses(), seed_organisations(), seed_experts(), seed_committees(), seed_users()
    rows = []

    started = time.perf_counter()
    with transaction.atomic():
        seed_textbooks()
    rows.append(("演示教材生成（bulk_create）", f"{time.perf_counter() - started:.2f} s", f"{Textbook.objects.count()} 种教材"))

    client = Client(HTTP_HOST="localhost")
    for label, url in (
        ("目录页 每页 20", "/catalogue/?page_size=20"),
        ("目录页 每页 100", "/catalogue/?page_size=100"),
        ("目录页 筛选（全国规划·数控加工）", "/catalogue/?planning_level=national&major=0103"),
        ("API 每页 20", "/api/catalogue/versions/?page_size=20"),
        ("API 每页 100", "/api/catalogue/versions/?page_size=100"),
    ):
        client.get(url)  # covers' renditions are made on the first view
        reset_queries()  # a full query log (9000 entries after seeding) would capture nothing
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        p50, p95 = timed(lambda: client.get(url), args.rounds)
        rows.append((label, f"p50 {p50:.0f} ms / p95 {p95:.0f} ms", f"{len(queries.captured_queries)} 次查询"))

    frozen = TextbookVersion.objects.filter(frozen_at__isnull=False).count()
    started = time.perf_counter()
    services.verify_fingerprints()
    elapsed = time.perf_counter() - started
    rows.append(("指纹校验（全部已冻结版本）", f"{elapsed:.2f} s", f"{frozen / elapsed:.0f} 个/秒，共 {frozen} 个"))

    started = time.perf_counter()
    content = catalogue_io.export_xlsx()
    rows.append(("导出 Excel（全部目录）", f"{time.perf_counter() - started:.2f} s", f"{len(content) // 1024} KB"))

    started = time.perf_counter()
    report = catalogue_io.import_catalogue(io.BytesIO(content), None)
    rows.append(("重新导入导出的 Excel", f"{time.perf_counter() - started:.2f} s", f"{len(report.rows)} 行，{report.summary}"))

    width = max(len(label) for label, _, _ in rows) + 2
    for label, value, note in rows:
        print(f"{label.ljust(width, '　')}{value:<28}{note}")


if __name__ == "__main__":
    main()
