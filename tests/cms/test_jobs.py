"""The task queue (issue 18): a search reindex started from the admin's "后台任务" page runs as a
job, its progress is shown to the person who started it and to nobody else, a failure is
recorded with its reason, and with a real broker the work runs in a separate worker process."""

import json
import os
import subprocess
import sys
import time

import pytest
from django.conf import settings
from django.db import connection
from django.http import QueryDict

from cms.models import BackgroundJob
from search import service
from search.policy import load_policy_articles

JOBS = "/admin/jobs/"
# The worker sees only committed rows. serialized_rollback like every transactional test of the suite:
# a plain flush re-runs post_migrate, and the next test's restore would then meet its rows twice.
WITH_A_WORKER = pytest.mark.django_db(transaction=True, serialized_rollback=True)
FINISHED = (BackgroundJob.State.DONE, BackgroundJob.State.FAILED)


@pytest.fixture
def platform_admin(django_user_model):
    return django_user_model.objects.create_superuser("platform-admin", "admin@jigong.example.cn", "x")


@pytest.fixture
def policies(db):
    return load_policy_articles()


def progress_of(client, job):
    response = client.get(f"{JOBS}{job.pk}/progress/")
    assert response.status_code == 200
    return response.json()


@pytest.mark.django_db
def test_a_reindex_started_in_the_admin_runs_as_a_job_and_reports_its_progress(
    client, platform_admin, policies, django_capture_on_commit_callbacks
):
    client.force_login(platform_admin)
    page = client.get(JOBS)
    assert "重建公开检索索引" in page.content.decode() and "还没有发起过后台任务" in page.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(JOBS, {"kind": "search_reindex"}, follow=True)
    assert "已提交“重建公开检索索引”" in response.content.decode()
    job = BackgroundJob.objects.get()
    progress = progress_of(client, job)
    expected = service.document_count()
    assert expected >= policies > 0
    assert progress["state"] == "done" and progress["state_label"] == "已完成" and progress["percent"] == 100
    assert progress["done"] == progress["total"] == expected
    assert f"已写入 {expected} 条公开文档" in progress["message"]
    assert service.search(service.parse_query(QueryDict("q=凡编必审"))).total  # the rebuilt index answers
    listing = client.get(JOBS).content.decode()
    assert "已完成" in listing and 'value="100"' in listing and f"{expected} / {expected}" in listing


@pytest.mark.django_db
def test_a_failed_job_says_why_and_the_page_stays_usable(client, platform_admin, policies, monkeypatch, django_capture_on_commit_callbacks):
    def search_server_down(progress=None):
        raise ConnectionError("检索服务无法连接")

    monkeypatch.setattr(service, "reindex", search_server_down)
    client.force_login(platform_admin)
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(JOBS, {"kind": "search_reindex"}).status_code == 302
    progress = progress_of(client, BackgroundJob.objects.get())
    assert progress["state"] == "failed" and progress["message"] == "失败：检索服务无法连接"


@pytest.mark.django_db
def test_only_the_starter_sees_a_job_and_only_platform_administrators_start_one(client, platform_admin, django_user_model):
    job = BackgroundJob.objects.create(kind="search_reindex", started_by=platform_admin)
    other_admin = django_user_model.objects.create_superuser("other-admin", "other@jigong.example.cn", "x")
    client.force_login(other_admin)
    assert client.get(f"{JOBS}{job.pk}/").status_code == 404
    assert client.get(f"{JOBS}{job.pk}/progress/").status_code == 404
    assert str(job.pk) not in client.get(JOBS).content.decode()
    staff = django_user_model.objects.create_user("hrss-staff", "hrss@jigong.example.cn", "x", is_staff=True)
    client.force_login(staff)
    assert client.post(JOBS, {"kind": "search_reindex"}).status_code in (302, 403)
    assert client.get(f"{JOBS}{job.pk}/progress/").status_code in (302, 403, 404)
    client.force_login(platform_admin)
    assert client.post(JOBS, {"kind": "drop_database"}).status_code == 404  # a forged kind starts nothing
    assert BackgroundJob.objects.count() == 1


def start_worker(redis_url, log, **extra_env):
    """A Celery worker process (``celery -A cms.celery worker``) on the test session's Redis and the
    test database, as ``scripts/services prod`` runs one."""
    database = connection.settings_dict
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.cms.worker_settings",
        "CELERY_BROKER_URL": redis_url,
        "DATABASE_URL": f"postgres://{database['USER']}:{database['PASSWORD']}@{database['HOST']}:{database['PORT']}/{database['NAME']}",
        "ELASTICSEARCH_URL": "",
        **extra_env,
    }
    return subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "cms.celery", "worker", "--pool", "solo", "--loglevel", "INFO"],
        cwd=settings.BASE_DIR, env=env, stdout=open(log, "ab"), stderr=subprocess.STDOUT,
    )


@pytest.fixture
def broker(redis_url):
    """This process sends its tasks to the test session's Redis instead of running them in place."""
    from cms.celery import app

    def use_broker(**conf):
        # Even in-place tasks take a producer from the app's pool, which keeps the broker it was
        # made for: drop it so that the next send connects to the broker configured now.
        app._pool = None
        app.amqp._producer_pool = None
        app.conf.update(conf)

    saved = {key: app.conf[key] for key in ("broker_url", "task_always_eager")}
    use_broker(broker_url=redis_url, task_always_eager=False)
    try:
        yield redis_url
    finally:
        use_broker(**saved)


@pytest.fixture
def worker(broker, tmp_path):
    process = start_worker(broker, tmp_path / "worker.log")
    yield process
    process.terminate()
    process.wait(timeout=30)


def wait_for(job, states, seconds, worker=None, log=None):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and job.state not in states:
        if worker is not None:
            assert worker.poll() is None, log.read_text()
        time.sleep(0.1)
        job.refresh_from_db()
    return job


@pytest.mark.postgres
@pytest.mark.redis
@WITH_A_WORKER
@pytest.mark.timeout(300)
def test_with_a_broker_the_job_runs_in_the_worker_process(client, platform_admin, policies, worker, tmp_path, monkeypatch):
    monkeypatch.setenv("ELASTICSEARCH_URL", "")
    client.force_login(platform_admin)
    assert client.post(JOBS, {"kind": "search_reindex"}).status_code == 302
    job = wait_for(BackgroundJob.objects.get(), FINISHED, 240, worker, tmp_path / "worker.log")
    assert job.state == BackgroundJob.State.DONE, json.dumps(progress_of(client, job), ensure_ascii=False)
    assert job.done == job.total == service.document_count() and job.attempts == 1
    worker.terminate()
    worker.wait(timeout=30)
    assert "search.reindex[" in (tmp_path / "worker.log").read_text() and "succeeded" in (tmp_path / "worker.log").read_text()


@pytest.mark.postgres
@pytest.mark.redis
@WITH_A_WORKER
@pytest.mark.timeout(300)
def test_a_worker_killed_mid_job_leaves_the_job_to_the_next_worker_which_completes_it_once(
    client, platform_admin, policies, broker, shared_cache, tmp_path
):
    """Fault test (issue 18): SIGKILL the worker while the rebuild is writing; its task was not
    acknowledged, so Redis gives it to the next worker, which runs it again from the start. Lost:
    nothing — every public document is in the index exactly once."""
    from search.models import EmbeddedEntry

    log = tmp_path / "worker.log"
    first = start_worker(broker, log, SLOW_REINDEX_SECONDS="0.05")
    client.force_login(platform_admin)
    client.post(JOBS, {"kind": "search_reindex"})
    job = BackgroundJob.objects.get()
    second = None
    try:
        deadline = time.monotonic() + 120
        progress = progress_of(client, job)
        while time.monotonic() < deadline and progress["done"] == 0:  # as the page's bar sees it
            assert first.poll() is None, log.read_text()
            time.sleep(0.05)
            progress = progress_of(client, job)
        assert progress["state"] == "running" and 0 < progress["done"] < progress["total"], (progress, log.read_text())
        first.kill()
        first.wait(timeout=30)
        second = start_worker(broker, log)
        job = wait_for(job, FINISHED, 180, second, log)
    finally:
        for worker in (first, second):
            if worker is not None and worker.poll() is None:
                worker.terminate()
                worker.wait(timeout=30)
    assert job.state == BackgroundJob.State.DONE and job.attempts == 2, log.read_text()
    assert job.done == job.total == service.document_count() == EmbeddedEntry.objects.count()


def test_every_scheduled_task_exists_in_the_task_queue():
    from cms.celery import app

    app.loader.import_default_modules()
    scheduled = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert scheduled == {"review.send_reminders", "search.sync_pending"}
    assert scheduled <= set(app.tasks)
