"""Backup and restore (cms/backup.py): a backup restored into a fresh database and fresh file stores
loses nothing — the same rows, every frozen version's fingerprint verified (Art. 23), every private
file readable — and a restore that did lose something says what."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection

from cms import backup
from cms.private_files import private_root
from tests.conftest import seed_demo_world
from textbooks.models import TextbookVersion

ROOT = Path(settings.BASE_DIR)


def restore_into(database_url, source, files_dir):
    """manage.py restore_data as an operator runs it: a new process on the restored configuration."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.test",
        "DATABASE_URL": database_url,
        "TEST_FILES_DIR": str(files_dir),
        "ELASTICSEARCH_URL": "",
    }
    return subprocess.run(
        [sys.executable, "manage.py", "restore_data", str(source)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
    )


@pytest.fixture
def own_file_stores(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "live" / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "live" / "private"
    return tmp_path


@pytest.fixture
def fresh_databases():
    """Creates empty PostgreSQL databases on the test server; drops them at the end."""
    created = []
    database = connection.settings_dict

    def create(suffix):
        name = f"{database['NAME']}_{suffix}"
        with connection.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
            cursor.execute(f'CREATE DATABASE "{name}"')
        created.append(name)
        return f"postgres://{database['USER']}:{database['PASSWORD']}@{database['HOST']}:{database['PORT']}/{name}"

    yield create
    with connection.cursor() as cursor:
        for name in created:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_restored_backup_has_every_row_fingerprint_and_file(own_file_stores, fresh_databases):
    from textbooks.demo import seed_textbooks

    seed_demo_world()
    seed_textbooks()
    frozen = TextbookVersion.objects.filter(frozen_at__isnull=False, altered_at__isnull=True).exclude(manuscript="")
    assert frozen.exists()
    private_files = [p for p in private_root().rglob("*") if p.is_file()]
    assert private_files  # the demo's manuscripts live in the private store

    target = own_file_stores / "backup"
    call_command("backup_data", str(target))
    manifest = backup.read_manifest(target)
    assert manifest["rows"]["textbooks.TextbookVersion"] == TextbookVersion.objects.count()
    assert set(manifest["fingerprints"]) == {str(pk) for pk in TextbookVersion.objects.filter(frozen_at__isnull=False).values_list("pk", flat=True)}
    # The demo's version altered after approval (Art. 28(4)) stays on record as not verifying.
    altered = dict(TextbookVersion.objects.filter(frozen_at__isnull=False).values_list("pk", "altered_at"))
    assert {int(pk): entry["verifies"] for pk, entry in manifest["fingerprints"].items()} == {
        pk: at is None for pk, at in altered.items()
    }
    assert len(manifest["files"]["private_media"]) == len(private_files)

    restored = restore_into(fresh_databases("restored"), target, own_file_stores / "restored")
    assert restored.returncode == 0, restored.stderr
    assert "核对无缺失" in restored.stdout
    restored_private = own_file_stores / "restored" / ".test-private-media"
    assert sorted(p.name for p in restored_private.rglob("*") if p.is_file()) == sorted(p.name for p in private_files)

    # A backup that lost a manuscript is caught by name, and so is a frozen version's changed file.
    lost = frozen.first().manuscript.name
    (target / "private_media" / lost).unlink()
    damaged = restore_into(fresh_databases("damaged"), target, own_file_stores / "damaged")
    assert damaged.returncode != 0
    assert f"文件 private_media/{lost}缺失" in damaged.stderr
    assert f"冻结版本 #{frozen.first().pk} 的内容指纹与备份时的校验结果不一致" in damaged.stderr


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_restore_refuses_a_database_that_is_not_empty(own_file_stores):
    seed_demo_world()
    target = own_file_stores / "backup"
    call_command("backup_data", str(target))
    database = connection.settings_dict
    url = f"postgres://{database['USER']}:{database['PASSWORD']}@{database['HOST']}:{database['PORT']}/{database['NAME']}"
    refused = restore_into(url, target, own_file_stores / "restored")
    assert refused.returncode != 0
    assert "目标数据库不是空的" in refused.stderr


def test_a_backup_is_never_written_over_existing_content(tmp_path):
    (tmp_path / "old.txt").write_text("上一次的备份", encoding="utf-8")
    with pytest.raises(backup.BackupError, match="不是空的"):
        backup.backup(tmp_path)
    assert (tmp_path / "old.txt").read_text(encoding="utf-8") == "上一次的备份"


def test_a_directory_without_a_manifest_is_not_taken_for_a_backup(tmp_path):
    with pytest.raises(backup.BackupError, match="不是本平台的备份目录"):
        backup.read_manifest(tmp_path)
