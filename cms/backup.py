"""Backup and restore of the whole platform: the database and both file stores (public media and
the private store), with a manifest of what the backup holds that a restore is checked against.

The database is dumped by its own tool: PostgreSQL's ``pg_dump`` (custom format, inside the same
repeatable-read snapshot the manifest's row counts are taken in, so the two agree), SQLite's
online backup for the embedded default. Files are copied as they are; the manifest keeps every
file's SHA-256, and the restore proves each frozen textbook version's fingerprint (Art. 23) and
each file.
"""

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
from contextlib import contextmanager
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.db import connection, transaction

from cms.private_files import private_root
from cms.progress import track
from textbooks import freezing

MANIFEST = "manifest.json"
POSTGRES_DUMP = "database.pgdump"
SQLITE_COPY = "database.sqlite3"
STORES = {"media": lambda: Path(settings.MEDIA_ROOT), "private_media": private_root}
CHUNK = 1024 * 1024


class BackupError(Exception):
    """A backup or restore that cannot go on; the message says why, in Chinese."""


def file_sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def row_counts():
    """Rows per concrete model of every installed app, the facts a restore must reproduce."""
    return {
        model._meta.label: model._default_manager.count()
        for model in apps.get_models()
        if model._meta.managed and not model._meta.proxy
    }


def frozen_fingerprints(stream=None):
    """Each frozen version's stored fingerprint and whether its content verifies against it now
    (Art. 23): a restore must reproduce both, an altered version's evidence included."""
    from textbooks.models import TextbookVersion

    versions = TextbookVersion.objects.filter(frozen_at__isnull=False).select_related("cover").order_by("pk")
    return {
        str(version.pk): {"fingerprint": version.fingerprint, "verifies": freezing.matches_fingerprint(version)}
        for version in track(versions, "校验冻结版本的内容指纹", stream)
    }


def store_files(root, stream=None, label=""):
    """Relative path → SHA-256 of every file under ``root``."""
    root = Path(root)
    files = sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []
    return {p.relative_to(root).as_posix(): file_sha256(p) for p in track(files, label, stream)}


def _postgres_env_and_args():
    db = connection.settings_dict
    env = {**os.environ, "PGPASSWORD": db.get("PASSWORD") or ""}
    args = ["-h", db.get("HOST") or "localhost", "-p", str(db.get("PORT") or 5432), "-U", db.get("USER") or "postgres"]
    return env, args, db["NAME"]


@contextmanager
def _consistent_snapshot():
    """PostgreSQL: a repeatable-read transaction whose snapshot pg_dump shares (its id is yielded)."""
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            cursor.execute("SELECT pg_export_snapshot()")
            yield cursor.fetchone()[0]


def _require_empty(directory):
    if directory.exists() and any(directory.iterdir()):
        raise BackupError(f"目录 {directory} 不是空的：备份不会覆盖已有内容，请指定新的目录。")


def backup(target, stream=None):
    """Write a backup into the new or empty directory ``target``; returns the manifest."""
    target = Path(target)
    _require_empty(target)
    target.mkdir(parents=True, exist_ok=True)
    vendor = connection.vendor
    if vendor == "postgresql":
        env, args, name = _postgres_env_and_args()
        with _consistent_snapshot() as snapshot:
            counts, fingerprints = row_counts(), frozen_fingerprints(stream)
            dump = subprocess.run(
                ["pg_dump", *args, "--format=custom", "--no-owner", f"--snapshot={snapshot}", "--file", str(target / POSTGRES_DUMP), name],
                env=env, capture_output=True, text=True,
            )
        if dump.returncode:
            raise BackupError(f"pg_dump 失败：{dump.stderr.strip()}")
    elif vendor == "sqlite":
        counts, fingerprints = row_counts(), frozen_fingerprints(stream)
        source = sqlite3.connect(connection.settings_dict["NAME"])
        copy = sqlite3.connect(target / SQLITE_COPY)
        with copy:
            source.backup(copy)
        source.close()
        copy.close()
    else:
        raise BackupError(f"不支持的数据库：{vendor}")
    files = {}
    for store, root in STORES.items():
        source_root = root()
        if source_root.exists():
            shutil.copytree(source_root, target / store)
        files[store] = store_files(target / store, stream, f"校验备份文件（{store}）")
    manifest = {"database": vendor, "rows": counts, "fingerprints": fingerprints, "files": files}
    (target / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
    return manifest


def read_manifest(source):
    path = Path(source) / MANIFEST
    if not path.is_file():
        raise BackupError(f"{source} 中没有 {MANIFEST}：这不是本平台的备份目录。")
    return json.loads(path.read_text(encoding="utf-8"))


def _database_is_empty():
    return not connection.introspection.table_names()


def restore(source, stream=None):
    """Restore the backup in ``source`` into the configured, empty database and empty file stores;
    returns the problems :func:`verify` finds (empty: nothing was lost)."""
    source = Path(source)
    manifest = read_manifest(source)
    vendor = connection.vendor
    if manifest["database"] != vendor:
        raise BackupError(f"备份来自 {manifest['database']} 数据库，当前配置的是 {vendor}。")
    if not _database_is_empty():
        raise BackupError("目标数据库不是空的：请恢复到新建的空数据库。")
    for store, root in STORES.items():
        _require_empty(root())
    if vendor == "postgresql":
        env, args, name = _postgres_env_and_args()
        loaded = subprocess.run(
            ["pg_restore", *args, "--no-owner", "--exit-on-error", "--dbname", name, str(source / POSTGRES_DUMP)],
            env=env, capture_output=True, text=True,
        )
        if loaded.returncode:
            raise BackupError(f"pg_restore 失败：{loaded.stderr.strip()}")
    else:
        connection.close()
        shutil.copyfile(source / SQLITE_COPY, connection.settings_dict["NAME"])
    for store, root in STORES.items():
        if (source / store).exists():
            shutil.copytree(source / store, root(), dirs_exist_ok=True)
    return verify(manifest, stream)


def verify(manifest, stream=None):
    """What the restored platform lacks against the manifest: rows, frozen versions whose
    fingerprint no longer verifies (Art. 23), files missing or changed."""
    problems = []
    counts = row_counts()
    for label, expected in sorted(manifest["rows"].items()):
        if counts.get(label) != expected:
            problems.append(f"数据表 {label}：备份 {expected} 行，恢复后 {counts.get(label, 0)} 行。")
    restored = frozen_fingerprints(stream)
    for pk, expected in sorted(manifest["fingerprints"].items(), key=lambda item: int(item[0])):
        if restored.get(pk) != expected:
            problems.append(f"冻结版本 #{pk} 的内容指纹与备份时的校验结果不一致。")
    for store, expected_files in manifest["files"].items():
        restored = store_files(STORES[store](), stream, f"校验恢复的文件（{store}）")
        for name, digest in sorted(expected_files.items()):
            if restored.get(name) != digest:
                problems.append(f"文件 {store}/{name}{'缺失' if name not in restored else '内容与备份不一致'}。")
    return problems
