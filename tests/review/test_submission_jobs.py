"""A large manuscript's submission as a job of the task queue (issue 18), as its users see it:
the author's 送审 opens the job's page, whose bar follows the anonymiser part by part, and which
links to the submission once it committed; meanwhile the item reads 正在匿名化处理 and cannot be
sent twice; the organiser then clears the copies as for any submission; a refusal (R3) is shown
with its reason, leaves nothing behind, and the author sends the item again; nobody else sees the
job; a task delivered again does nothing more."""

import re
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.contrib.messages import get_messages
from django.core.files.base import ContentFile
from django.test import TestCase
from django.urls import reverse

from cms import jobs
from cms.models import BackgroundJob
from review import anonymise, services, tasks
from review.models import Stage, Submission
from tests.cms.test_jobs import FINISHED, WITH_A_WORKER, broker, start_worker  # noqa: F401  (broker: fixture)
from tests.review.conftest import clear_and_confirm
from tests.review.test_anonymise_streaming import _large_jpeg, _photos_docx

ADMIN = "/admin/review/"


@pytest.fixture
def large(settings):
    """Every manuscript counts as large: the planted one is a few kilobytes."""
    settings.REVIEW_INLINE_ANONYMISE_MAX_BYTES = 1024


@pytest.fixture
def version(review_world):
    version = review_world.textbook_version("焊接结构生产与检验")
    review_world.gates(version)
    return version


def submit_url(item):
    return f"{ADMIN}submit/{ContentType.objects.get_for_model(item).pk}/{item.pk}/submit/"


def stored_files():
    root = Path(settings.PRIVATE_MEDIA_ROOT)
    return {p for p in root.rglob("*") if p.is_file()}


def job_page(client, job):
    return client.get(reverse("cms_job", args=[job.pk])).content.decode()


def sent_as_a_job(client, world, version):
    """The author's 送审 of a large manuscript, its job run in place (no broker)."""
    client.force_login(world.author_user)
    with TestCase.captureOnCommitCallbacks(execute=True):
        client.post(submit_url(version))
    return BackgroundJob.objects.get()


def result_link(page):
    found = re.search(r'class="job-result[^"]*" href="([^"]+)">([^<]*)<', page)
    return found.groups() if found else None


@pytest.mark.django_db
def test_the_author_follows_the_anonymisation_then_the_organiser_clears_the_copies(
    client, review_world, version, large, monkeypatch
):
    steps = []
    advance = jobs.JobProgress.advance
    monkeypatch.setattr(jobs.JobProgress, "advance", lambda self, count=1: (advance(self, count), steps.append(count)))
    parts = sum(anonymise.part_count(f.source) for f in version.review_files())
    client.force_login(review_world.author_user)
    with TestCase.captureOnCommitCallbacks(execute=True):  # no broker: the job runs in place
        response = client.post(submit_url(version))
    job = BackgroundJob.objects.get()
    assert response.url == reverse("cms_job", args=[job.pk])
    assert "稿件较大，正在匿名化处理" in [str(m) for m in get_messages(response.wsgi_request)][0]

    page = job_page(client, job)
    submission = Submission.objects.get()
    assert "送审（匿名化处理）" in page and "已完成" in page and 'value="100"' in page
    assert f"已送审，审核编号 {submission.code}" in page
    files = len(version.review_files())
    # One step per part of the DOCX (and one for the attached photo), one per stored copy.
    assert f"{parts + files} / {parts + files}" in page and parts > 10
    assert sum(steps) == parts + files and steps.count(1) >= parts
    url, text = result_link(page)
    assert text == "查看送审记录" and url == reverse("review_admin:detail", args=[submission.pk])
    assert client.get(url).status_code == 200

    # The organiser's clearing (R3) is there as for a submission made in the request.
    client.force_login(review_world.organiser)
    detail = client.get(url).content.decode()
    assert "遮盖清单" in detail and submission.stage == Stage.PREPARING
    copies = list(submission.current_round.copies.filter(cleared_at=None))
    assert copies and any(not f["cleaned"] for f in copies[0].findings)
    for copy in copies:
        clear_and_confirm(copy, review_world.organiser)
    assert not submission.current_round.copies.filter(cleared_at=None).exists()


@pytest.mark.django_db
def test_while_it_is_anonymised_the_item_says_so_and_cannot_be_sent_twice(client, review_world, version, large):
    client.force_login(review_world.author_user)
    client.post(submit_url(version))  # committed, its task not run yet (as while a worker is busy)
    job = BackgroundJob.objects.get()
    page = client.get(f"{ADMIN}submit/").content.decode()
    section = page[page.index("焊接结构生产与检验"):]
    assert "正在匿名化处理" in section and reverse("cms_job", args=[job.pk]) in section
    assert submit_url(version) not in page
    response = client.post(submit_url(version))
    assert "该稿件正在匿名化处理，请勿重复送审。" in [str(m) for m in get_messages(response.wsgi_request)]
    assert BackgroundJob.objects.count() == 1 and not Submission.objects.exists()

    progress = client.get(reverse("cms_job_progress", args=[job.pk])).json()
    assert progress["state_label"] == "排队中" and not progress["result_url"]
    with TestCase.captureOnCommitCallbacks(execute=True):
        tasks.submit.apply(args=[str(job.pk)])
    assert Submission.objects.count() == 1
    assert "焊接结构生产与检验" not in client.get(f"{ADMIN}submit/").content.decode()


@pytest.mark.django_db
def test_a_refused_anonymisation_is_shown_with_its_reason_leaves_nothing_and_can_be_sent_again(
    client, review_world, version, large, monkeypatch
):
    before = stored_files()

    def encrypted(*args, **kwargs):
        raise anonymise.AnonymiseError("文件已加密，无法检查其内容", "encrypted")

    monkeypatch.setattr(anonymise, "anonymise_file", encrypted)
    job = sent_as_a_job(client, review_world, version)
    reason = "R3（第二十一条）：第 1 个文件（书稿）无法匿名化：文件已加密，无法检查其内容"
    page = job_page(client, job)
    assert "失败" in page and f"失败：{reason}" in page and result_link(page) is None
    job.refresh_from_db()
    assert job.attempts == 1  # a refusal by the rules is not retried
    assert not Submission.objects.exists() and stored_files() == before
    submit_page = client.get(f"{ADMIN}submit/").content.decode()
    assert "上次送审未完成" in submit_page and reason in submit_page and submit_url(version) in submit_page

    monkeypatch.undo()
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(submit_url(version))
    retried = BackgroundJob.objects.exclude(pk=job.pk).get()
    assert response.url == reverse("cms_job", args=[retried.pk]) and retried.state == BackgroundJob.State.DONE
    assert Submission.objects.count() == 1


@pytest.mark.django_db
def test_nobody_but_the_author_who_sent_it_sees_the_job(client, review_world, version, large):
    job = sent_as_a_job(client, review_world, version)
    for user in (review_world.organiser, review_world.gatekeeper, review_world.reviewer):
        client.force_login(user)
        for url in (reverse("cms_job", args=[job.pk]), reverse("cms_job_progress", args=[job.pk])):
            assert client.get(url).status_code in (302, 403, 404), (user, url)
        assert "送审（匿名化处理）" not in client.get(reverse("cms_jobs")).content.decode()


@pytest.mark.django_db
def test_a_task_delivered_again_makes_no_second_submission(client, review_world, version, large):
    job = sent_as_a_job(client, review_world, version)
    finished = (job.attempts, job.finished_at, job.message)
    tasks.submit.apply(args=[str(job.pk)])  # after the job was marked done: nothing at all
    job.refresh_from_db()
    assert (job.attempts, job.finished_at, job.message) == finished

    # The worker died after the submission committed, before the job was marked done.
    BackgroundJob.objects.filter(pk=job.pk).update(state=BackgroundJob.State.RUNNING)
    with TestCase.captureOnCommitCallbacks(execute=True):
        tasks.submit.apply(args=[str(job.pk)])
    job.refresh_from_db()
    submission = Submission.objects.get()
    assert job.state == BackgroundJob.State.DONE and job.attempts == 2
    assert result_link(job_page(client, job)) == (reverse("review_admin:detail", args=[submission.pk]), "查看送审记录")
    assert submission.current_round.copies.count() == len(version.review_files())


@pytest.mark.django_db
def test_a_small_manuscript_is_still_submitted_in_the_request(client, review_world, version):
    client.force_login(review_world.author_user)
    response = client.post(submit_url(version))
    submission = services.submission_for(version)
    assert response.url == reverse("review_admin:detail", args=[submission.pk]) and not BackgroundJob.objects.exists()


@pytest.mark.postgres
@pytest.mark.redis
@WITH_A_WORKER
@pytest.mark.timeout(300)
def test_with_a_broker_a_25_mb_manuscript_is_anonymised_in_the_worker(client, review_world, broker, shared_cache, tmp_path):
    """The default threshold (20 MB) sends a 25 MB manuscript to the worker: the author's request
    only queues it, the job's page reports the parts as the worker reaches them, and the submission
    with its copies exists when the job is done."""
    version = review_world.textbook_version("焊接结构生产与检验")
    version.manuscript = ContentFile(_photos_docx(("image1.jpeg", _large_jpeg(25 * 1024**2))), name="焊接图册.docx")
    version.save()
    review_world.gates(version)
    assert services.review_size(version) > settings.REVIEW_INLINE_ANONYMISE_MAX_BYTES
    log = tmp_path / "worker.log"
    worker = start_worker(broker, log, PRIVATE_MEDIA_ROOT=str(settings.PRIVATE_MEDIA_ROOT))
    try:
        client.force_login(review_world.author_user)
        started = time.perf_counter()
        response = client.post(submit_url(version))
        request_seconds = time.perf_counter() - started
        job = BackgroundJob.objects.get()
        assert response.url == reverse("cms_job", args=[job.pk])
        seen = set()
        deadline = time.monotonic() + 240
        while job.state not in FINISHED and time.monotonic() < deadline:
            assert worker.poll() is None, log.read_text()
            progress = client.get(reverse("cms_job_progress", args=[job.pk])).json()
            seen.add((progress["done"], progress["total"]))
            time.sleep(0.2)
            job.refresh_from_db()
        job_seconds = time.perf_counter() - started
    finally:
        worker.terminate()
        worker.wait(timeout=30)
    assert job.state == BackgroundJob.State.DONE, (job.message, log.read_text())
    submission = Submission.objects.get()
    assert submission.current_round.copies.count() == len(version.review_files())
    url, text = result_link(job_page(client, job))
    assert text == "查看送审记录" and client.get(url).status_code == 200
    # The worker's clock is not the test's fixed one: times are measured here.
    print(f"\n25 MB manuscript: request {request_seconds:.2f} s; submitted after {job_seconds:.1f} s; "
          f"progress seen {sorted(seen)}")
