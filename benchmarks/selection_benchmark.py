"""Checking one school's full textbook selection against S3–S8 (SPEC §5, issue 6).

Run from the repository root::

    .venv/bin/python -m benchmarks.selection_benchmark [--lines 50 500 2000] [--runs 5] [--database URL]

It migrates a temporary SQLite database (or the one ``--database`` names), bulk-creates a draft
selection of N professional courses, each with its own approved national planned textbook, and
times ``selection.checking.check_round`` (all lines, every verdict) and each filing export (the
DOCX form and the XLSX list, written to a spooled temporary file), then both exports as the admin
runs them: jobs of the task queue (``selection.tasks.export_form``, run in place as without a
broker) that advance their progress per row and store the file in the private store. Printed per
size: queries of one check, best and median seconds of the check over the runs, the best
wall-clock (and CPU) seconds of each export, and the best seconds of the two export jobs.
Targets: a 500-line check in ≤ 1 s with a query count independent of the line count (issue 6);
each export of 2,000 lines in ≤ 3 s (issue 18).
"""

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

TARGET_SECONDS = 1.0
EXPORT_TARGET_SECONDS = 3.0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lines", type=int, nargs="+", default=[50, 500, 2000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--database", help="DATABASE_URL (default: a temporary SQLite file)")
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="selection-bench-"))
    os.environ["DATABASE_URL"] = args.database or f"sqlite:///{workdir / 'bench.sqlite3'}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
    os.environ["PRIVATE_MEDIA_ROOT"] = str(workdir / "private")  # the export jobs' files

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from cms import private_files
    from cms.models import BackgroundJob
    from cms.progress import pad
    from curriculum.models import Major, TrainingLevel
    from directory.models import Organisation, OrganisationKind
    from selection import checking, exports, tasks
    from selection.demo import bulk_selection
    from selection.models import SelectionRound

    print("迁移临时数据库…", flush=True)
    call_command("migrate", verbosity=0)
    school, _ = Organisation.objects.get_or_create(
        name="基准测试技师学院", defaults={"kind": OrganisationKind.SCHOOL, "province": "广东省"}
    )
    unit, _ = Organisation.objects.get_or_create(
        name="基准测试编写单位", defaults={"kind": OrganisationKind.INSTITUTE, "province": "北京市"}
    )
    publisher, _ = Organisation.objects.get_or_create(
        name="基准测试出版社", defaults={"kind": OrganisationKind.PUBLISHER, "province": "北京市"}
    )
    major, _ = Major.objects.get_or_create(code="BENCH", defaults={"name": "基准专业", "industry": "machinery"})
    level = TrainingLevel.objects.order_by("rank").first()

    def best_export_seconds(build, selection_round):
        """Best wall-clock and CPU seconds of one export (CPU shows what a busy machine hides)."""
        timings = []
        for _ in range(args.runs):
            with tempfile.SpooledTemporaryFile(max_size=private_files.GENERATED_IN_MEMORY_BYTES) as out:
                started, cpu_started = time.perf_counter(), time.process_time()
                build(selection_round, out)
                timings.append((time.perf_counter() - started, time.process_time() - cpu_started))
        return min(timings)

    def best_job_seconds(selection_round):
        """Best wall-clock seconds of both exports as jobs: progress, the form, the stored file."""
        timings = []
        for _ in range(args.runs):
            started = time.perf_counter()
            for file_format in ("docx", "xlsx"):
                job = BackgroundJob.objects.create(
                    kind=exports.FILING_EXPORT, params=exports.export_params("round", selection_round, file_format)
                )
                tasks.export_form.apply(args=[str(job.pk)], throw=True)
            timings.append(time.perf_counter() - started)
        return min(timings)

    header = (
        pad("选用条目", 10) + pad("查询数", 8) + pad("检查最快（秒）", 16) + pad("检查中位（秒）", 16)
        + pad("备案表 DOCX 秒（CPU）", 22) + pad("选用清单 XLSX 秒（CPU）", 24) + pad("两项后台任务（秒）", 20) + "结论"
    )
    rows = []
    for year, count in enumerate(args.lines, start=2000):
        selection_round = bulk_selection(
            school, major, level, count, unit=unit, publisher=publisher, school_year=year, prefix=f"B{year}"
        )
        timings = []
        for _ in range(args.runs):
            fresh = SelectionRound.objects.get(pk=selection_round.pk)
            with CaptureQueriesContext(connection) as queries:
                started = time.perf_counter()
                checked = checking.check_round(fresh)
                timings.append(time.perf_counter() - started)
            assert len(checked) == count and all(c.passes for c in checked)
        docx_seconds = best_export_seconds(exports.filing_docx, selection_round)
        xlsx_seconds = best_export_seconds(exports.selection_xlsx, selection_round)
        job_seconds = best_job_seconds(selection_round)
        met = (count != 500 or min(timings) <= TARGET_SECONDS) and (
            count < 2000 or max(docx_seconds[0], xlsx_seconds[0]) <= EXPORT_TARGET_SECONDS
        )
        rows.append(
            pad(str(count), 10) + pad(str(len(queries)), 8) + pad(f"{min(timings):.3f}", 16)
            + pad(f"{statistics.median(timings):.3f}", 16) + pad("{:.3f}（{:.3f}）".format(*docx_seconds), 22) + pad("{:.3f}（{:.3f}）".format(*xlsx_seconds), 24)
            + pad(f"{job_seconds:.3f}", 20)
            + ("达标" if met else "未达标")
        )
    print(
        f"\n数据库：{connection.vendor}；每个规模运行 {args.runs} 次；目标：500 条检查 ≤ {TARGET_SECONDS:.0f} 秒，"
        f"查询数与条目数无关；2000 条每种导出 ≤ {EXPORT_TARGET_SECONDS:.0f} 秒\n"
    )
    print(header)
    for row in rows:
        print(row)


if __name__ == "__main__":
    main()
