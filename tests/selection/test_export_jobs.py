"""Filing exports as jobs of the task queue (issue 18), as their users see them: the job's page
with its bar and the link to the file; the page and the file refused to everyone but the starter
(and to the starter once they may no longer read the filing); a task delivered again after the
job finished does nothing, and one delivered again mid-way replaces the file it had written."""

import io
import re

import docx
import openpyxl
import pytest
from django.test import Client, TestCase
from django.urls import reverse

from cms import jobs, private_files
from cms.models import BackgroundJob
from selection import exports, tasks
from guardian.shortcuts import remove_perm
from selection.models import SelectionCommittee
from selection.permissions import COMMITTEE_PERMISSIONS

from tests.cms.test_jobs import FINISHED, WITH_A_WORKER, broker, start_worker, wait_for  # noqa: F401  (broker: fixture)

from .conftest import exported
from .test_flow import chosen_round

pytestmark = pytest.mark.django_db


def export_url(r, kind="docx"):
    return reverse("selection_rounds:export", args=[r.pk, kind])


def result_link(client, job):
    page = client.get(reverse("cms_job", args=[job.pk])).content.decode()
    return re.search(r'class="job-result[^"]*" href="([^"]+)"', page).group(1)


def test_the_committee_starts_an_export_and_its_page_shows_the_bar_then_the_file(committee_client, sworld, textbooks, monkeypatch):
    client, r = committee_client, chosen_round(sworld, textbooks)
    seen = []
    advance = jobs.JobProgress.advance
    monkeypatch.setattr(jobs.JobProgress, "advance", lambda self, count=1: (advance(self, count), seen.append(self.job.done)))

    asked = client.get(export_url(r)).content.decode()
    assert "生成备案表（DOCX）" in asked and "在后台任务中生成" in asked
    response = exported(client, export_url(r))
    assert seen == [1, 2, 3, 4]  # one step per row of the form's table, then the writing
    assert response.status_code == 200 and response["Content-Type"].endswith("wordprocessingml.document")
    assert "attachment" in response["Content-Disposition"] and response["X-Content-Type-Options"] == "nosniff"
    table = docx.Document(io.BytesIO(response.getvalue())).tables[1]
    assert [row.cells[1].text for row in table.rows[1:]] == ["语文", "数学", "数控车削加工"]

    job = BackgroundJob.objects.get()
    page = client.get(reverse("cms_job", args=[job.pk])).content.decode()
    filename = f"{sworld.school.name}{r.term_label}{r.major.name}备案表.docx"
    assert "生成备案文件" in page and "4 / 4" in page and f"已生成“{filename}”，共 3 行。" in page
    progress = client.get(reverse("cms_job_progress", args=[job.pk])).json()
    assert progress["percent"] == 100 and progress["result_text"] == f"下载：{filename}" and progress["result_url"]
    listing = client.get(reverse("cms_jobs")).content.decode()
    assert filename in listing and "重建公开检索索引" not in listing  # the reindex button is the platform administrator's


def test_nobody_but_the_starter_reaches_the_jobs_page_or_file(committee_client, sworld, textbooks):
    client = Client()  # committee_client is the session's ``client``: the others get their own
    r = chosen_round(sworld, textbooks)
    exported(committee_client, export_url(r, "xlsx"))
    job = BackgroundJob.objects.get()
    link = result_link(committee_client, job)
    assert link == job.result.url and committee_client.get(link).status_code == 200
    hrss = sworld.hrss  # reads the round itself (S9), but did not start this job
    other_school = sworld.other_user
    for user in (hrss, other_school):
        client.force_login(user)
        for url in (reverse("cms_job", args=[job.pk]), reverse("cms_job_progress", args=[job.pk]), link):
            assert client.get(url).status_code == 404, (user, url)
        assert job.result_name not in client.get(reverse("cms_jobs")).content.decode()
    client.logout()
    assert client.get(link).status_code == 404
    assert client.get(reverse("cms_job", args=[job.pk])).status_code == 302  # to the login

    # The starter leaves the committee: the filing is no longer theirs to read, nor is its export.
    committee = SelectionCommittee.objects.get(school=sworld.school)
    for permission in COMMITTEE_PERMISSIONS:
        remove_perm(permission, sworld.user, committee)
    assert committee_client.get(reverse("selection_rounds:workspace", args=[r.pk])).status_code == 404
    for url in (reverse("cms_job", args=[job.pk]), link):
        assert committee_client.get(url).status_code == 404, url


def test_a_task_delivered_again_after_its_job_finished_does_nothing(committee_client, sworld, textbooks):
    r = chosen_round(sworld, textbooks)
    exported(committee_client, export_url(r))
    job = BackgroundJob.objects.get()
    before = (job.result.name, job.attempts, job.finished_at, job.message)
    with TestCase.captureOnCommitCallbacks(execute=True):
        tasks.export_form.apply(args=[str(job.pk)])  # the broker's redelivery after a lost acknowledgement
    job.refresh_from_db()
    assert (job.result.name, job.attempts, job.finished_at, job.message) == before
    assert private_files.referenced_names() >= {job.result.name}
    assert sorted(p.name for p in (private_files.private_root() / "jobs").iterdir()) == [job.result.name.split("/")[1]]


def test_a_task_delivered_again_mid_way_writes_the_file_again_and_drops_the_first(committee_client, sworld, textbooks):
    r = chosen_round(sworld, textbooks)
    exported(committee_client, export_url(r))
    job = BackgroundJob.objects.get()
    first = job.result.name
    # The worker died after storing the file but before the job was marked done.
    BackgroundJob.objects.filter(pk=job.pk).update(state=BackgroundJob.State.RUNNING, message="")
    with TestCase.captureOnCommitCallbacks(execute=True):
        tasks.export_form.apply(args=[str(job.pk)])
    job.refresh_from_db()
    assert job.state == BackgroundJob.State.DONE and job.attempts == 2 and job.result.name != first
    stored = sorted(p.name for p in (private_files.private_root() / "jobs").iterdir())
    assert stored == [job.result.name.split("/")[1]]  # the first file is gone, not orphaned
    response = committee_client.get(result_link(committee_client, job))
    assert [row.cells[1].text for row in docx.Document(io.BytesIO(response.getvalue())).tables[1].rows[1:]] == ["语文", "数学", "数控车削加工"]


def test_a_failed_export_shows_its_reason_and_leaves_no_file(committee_client, sworld, textbooks, monkeypatch):
    def disk_full(selection_round, out, progress_for):
        progress_for(10).advance()
        raise OSError("磁盘空间不足")

    monkeypatch.setitem(exports.SUBJECTS["round"].formats, "docx", (disk_full, "备案表"))
    r = chosen_round(sworld, textbooks)
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = committee_client.post(export_url(r))
    job = BackgroundJob.objects.get()
    assert response.url == reverse("cms_job", args=[job.pk])  # the page still answers, with the job's page
    page = committee_client.get(reverse("cms_job", args=[job.pk])).content.decode()
    assert "失败：磁盘空间不足" in page and "job-result button button-small\" hidden" in page
    assert not job.result and not (private_files.private_root() / "jobs").exists()


@pytest.mark.postgres
@pytest.mark.redis
@WITH_A_WORKER
@pytest.mark.timeout(300)
def test_with_a_broker_the_export_runs_in_the_worker_and_its_file_reaches_the_starter(
    committee_client, sworld, textbooks, broker, private_store, tmp_path
):
    log = tmp_path / "worker.log"
    worker = start_worker(broker, log, PRIVATE_MEDIA_ROOT=str(private_store))
    try:
        r = chosen_round(sworld, textbooks)
        response = committee_client.post(export_url(r, "xlsx"))
        job = BackgroundJob.objects.get()
        assert response.url == reverse("cms_job", args=[job.pk])
        job = wait_for(job, FINISHED, 120, worker, log)
    finally:
        worker.terminate()
        worker.wait(timeout=30)
    assert job.state == BackgroundJob.State.DONE and job.attempts == 1, log.read_text()
    assert "selection.export_form[" in log.read_text()
    response = committee_client.get(result_link(committee_client, job))
    sheet = openpyxl.load_workbook(io.BytesIO(response.getvalue())).active
    assert [sheet.cell(row, 2).value for row in range(4, sheet.max_row + 1)] == ["语文", "数学", "数控车削加工"]
