"""PostgreSQL restarted during a submission (issue 18's fault tests): the author gets a clear
answer, nothing of the submission is kept (no row, no state change, no log, no file), and sending
it again once the database is back works.

A restart ends every session on the server; the test ends the submitting request's own session
the same way (pg_terminate_backend, what a fast shutdown does to each backend) after the
anonymised copies are written, the most expensive and the only file-writing step, so that the
next statement of the submission meets a lost connection. The server itself stays up: other
tests share it.
"""

import time
from pathlib import Path

import psycopg
import pytest
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.urls import reverse
from wagtail.models import ModelLogEntry

from review import services
from review.models import Submission
from textbooks.models import VersionStatus



def private_files():
    root = Path(settings.PRIVATE_MEDIA_ROOT)
    return {p.relative_to(root) for p in root.rglob("*") if p.is_file()}


def end_session_as_a_restart_does(db_connection):
    pid = db_connection.connection.info.backend_pid
    database = db_connection.settings_dict
    with psycopg.connect(dbname=database["NAME"], user=database["USER"], password=database["PASSWORD"],
                         host=database["HOST"], port=database["PORT"], autocommit=True) as other:
        other.execute("SELECT pg_terminate_backend(%s)", [pid])
        deadline = time.monotonic() + 10
        while other.execute("SELECT 1 FROM pg_stat_activity WHERE pid = %s", [pid]).fetchone():
            assert time.monotonic() < deadline, "the session outlived pg_terminate_backend"
            time.sleep(0.05)


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_submission_that_loses_the_database_leaves_nothing_and_can_be_sent_again(client, review_world, monkeypatch):
    world = review_world
    version = world.textbook_version("焊接结构生产与检验")
    world.gates(version)
    submit_url = reverse("review_admin:submit_item", args=[ContentType.objects.get_for_model(version).pk, version.pk, "submit"])
    client.force_login(world.author_user)
    files_before = private_files()
    written = []
    make_copies = services._make_copies

    def copies_then_restart(round_, item, profile, progress_for):
        make_copies(round_, item, profile, progress_for)
        written.extend(round_.copies.values_list("file", flat=True))
        end_session_as_a_restart_does(connection)

    monkeypatch.setattr(services, "_make_copies", copies_then_restart)
    response = client.post(submit_url)

    page = response.content.decode()
    assert response.status_code == 503 and response["Retry-After"]
    assert "数据库暂时不可用" in page and "没有保存任何内容" in page
    assert written and not any(Path(settings.PRIVATE_MEDIA_ROOT, name).exists() for name in written)
    assert private_files() == files_before
    assert not Submission.objects.exists()
    version.refresh_from_db()
    assert version.status == VersionStatus.DRAFT
    assert not ModelLogEntry.objects.filter(action="review.submit").exists()

    monkeypatch.undo()
    response = client.post(submit_url)

    assert response.status_code == 302
    submission = Submission.objects.get()
    version.refresh_from_db()
    assert version.status == VersionStatus.SUBMITTED
    copies = list(submission.current_round.copies.all())
    assert copies and all(Path(settings.PRIVATE_MEDIA_ROOT, c.file.name).is_file() for c in copies)
    assert private_files() - files_before == {Path(c.file.name) for c in copies if c.file}


@pytest.mark.django_db
def test_a_refused_submission_removes_the_copies_it_had_written(review_world, monkeypatch):
    """The same guarantee when the service itself refuses after the copies exist."""
    world = review_world
    version = world.textbook_version("焊接结构生产与检验")
    world.gates(version)
    files_before = private_files()

    def refuse_after_the_copies(*args, **kwargs):
        raise services.ValidationError("R3（第二十一条）：测试用的拒绝。")

    monkeypatch.setattr(services, "_author_users", refuse_after_the_copies)
    with pytest.raises(services.ValidationError):
        services.submit(version, world.author_user)

    assert private_files() == files_before
    assert not Submission.objects.exists()
