"""The private file store: every file that is not public by nature (manuscripts, attachments,
change-request manuscripts, anonymised review copies).

* Files live under ``PRIVATE_MEDIA_ROOT``, outside ``MEDIA_ROOT``: no URL of the web server maps
  to it.  They are stored under random names (``<folder>/<32 hex>.<ext>``); the name the user
  gave is kept in the database only (``<field>_original_name``).
* A :class:`PrivateFileField`'s ``.url`` is the download view's address for that object and
  field, so every admin widget and template that links to ``.url`` links to the checked view.
* The download view asks the check registered for the (model, field) pair: the same object
  permission as the page that links to the file (guardian scope through the model's Wagtail
  permission policy, the review organiser, the reviewer's assignment).  Anything else is a 404.
* Responses are attachments with ``X-Content-Type-Options: nosniff``,
  ``Content-Security-Policy: sandbox`` and an RFC 6266 ``filename*`` for Chinese names.  The
  bytes are handed over by django-sendfile2: in production nginx serves them through
  ``X-Accel-Redirect`` (deploy/nginx/private-files.conf); in development Django streams them.
"""

from __future__ import annotations

import contextlib
import contextvars
import logging
import posixpath
import secrets
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import FileSystemStorage, storages
from django.db import Error as DatabaseFailure
from django.db import models, transaction
from django.db.transaction import TransactionManagementError
from django.http import FileResponse, Http404, HttpResponse
from django.urls import reverse
from django.utils.http import content_disposition_header
from django_sendfile import sendfile

PRIVATE_STORAGE_ALIAS = "private"

logger = logging.getLogger(__name__)
# The lists of names written inside the open ``atomic_with_files`` blocks, outermost first.
_written_in_blocks: contextvars.ContextVar[tuple[list[str], ...]] = contextvars.ContextVar("written_in_blocks", default=())


def private_root() -> Path:
    return Path(settings.PRIVATE_MEDIA_ROOT)


class PrivateStorage(FileSystemStorage):
    """A file system storage under ``PRIVATE_MEDIA_ROOT`` with no public URL.

    The root is read from the settings on every use (tests and deployments change it)."""

    def __init__(self, **kwargs):
        kwargs.pop("location", None)
        kwargs.pop("base_url", None)
        super().__init__(**kwargs)

    @property
    def base_location(self):
        return str(private_root())

    @property
    def location(self):
        return str(private_root().resolve())

    def _save(self, name, content):
        name = super()._save(name, content)
        for written in _written_in_blocks.get():
            written.append(name)
        return name

    def url(self, name):
        # NotImplementedError is how Django and Wagtail (documents' serve view) learn that a
        # storage has no direct URL.
        raise NotImplementedError("私有文件没有公开地址，请通过下载视图访问。")


def private_storage():
    """The storage callable the fields name (kept out of migrations as a reference)."""
    return storages[PRIVATE_STORAGE_ALIAS]


def random_name(folder: str, original_name: str) -> str:
    """``folder/<32 random hex>.<ext>``: nothing of the original name but its extension."""
    extension = posixpath.splitext(original_name or "")[1].lower()
    if not extension[1:].isalnum() or len(extension) > 10:
        extension = ""
    return f"{folder.strip('/')}/{secrets.token_hex(16)}{extension}"


class PrivateFieldFile(models.fields.files.FieldFile):
    @property
    def url(self):
        self._require_file()
        return reverse(
            "private_file",
            kwargs={"label": self.instance._meta.label_lower, "pk": self.instance.pk, "field": self.field.name},
        )

    def save(self, name, content, save=True):
        if self.field.original_name_field:
            setattr(self.instance, self.field.original_name_field, posixpath.basename(name)[:200])
        super().save(name, content, save)

    @property
    def original_name(self) -> str:
        stored = getattr(self.instance, self.field.original_name_field, "") if self.field.original_name_field else ""
        return stored or posixpath.basename(self.name or "")


class PrivateFileField(models.FileField):
    """A FileField in the private store under a random name, remembering the user's file name in
    ``original_name_field`` (a CharField of the same model) and deleting the file it replaces once
    the replacement is committed (when no other row still refers to it)."""

    attr_class = PrivateFieldFile

    def __init__(self, *args, folder: str = "", original_name_field: str = "", **kwargs):
        self.folder = folder
        self.original_name_field = original_name_field
        kwargs["storage"] = private_storage
        kwargs.setdefault("max_length", 200)
        kwargs["upload_to"] = self._random_upload_to
        super().__init__(*args, **kwargs)

    def _random_upload_to(self, instance, filename):
        return random_name(self.folder, filename)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs.pop("upload_to", None)
        kwargs["folder"] = self.folder
        if self.original_name_field:
            kwargs["original_name_field"] = self.original_name_field
        return name, path, args, kwargs

    def pre_save(self, model_instance, add):
        file = getattr(model_instance, self.attname)
        if file and not file._committed and self.original_name_field:
            setattr(model_instance, self.original_name_field, posixpath.basename(file.name)[:200])
        return super().pre_save(model_instance, add)

    def contribute_to_class(self, cls, name, **kwargs):
        super().contribute_to_class(cls, name, **kwargs)
        if cls._meta.abstract or cls._meta.apps is not apps:
            return  # migrations' historical models neither track nor delete files
        fields = _PRIVATE_FIELDS.setdefault(cls, [])
        if name not in fields:
            fields.append(name)
        models.signals.pre_save.connect(_remember_stored_names, sender=cls, weak=False)
        models.signals.post_save.connect(_delete_superseded, sender=cls, weak=False)
        models.signals.post_delete.connect(_delete_of_deleted, sender=cls, weak=False)


# ----------------------------------------------------------------------- superseded files

_PRIVATE_FIELDS: dict[type, list[str]] = {}


def private_fields(model) -> list[str]:
    return _PRIVATE_FIELDS.get(model, [])


def _remember_stored_names(sender, instance, raw=False, **kwargs):
    """Before a save, the names the database holds (not what this instance was loaded with: a
    rolled-back save or a refresh would make that stale)."""
    if raw or instance.pk is None:
        instance._private_stored_names = {}
        return
    fields = private_fields(sender)
    instance._private_stored_names = sender._default_manager.filter(pk=instance.pk).values(*fields).first() or {}


def _delete_superseded(sender, instance, raw=False, **kwargs):
    before = getattr(instance, "_private_stored_names", {})
    for name in private_fields(sender):
        old = before.get(name)
        new = getattr(instance, name).name or ""
        if old and old != new:
            delete_when_unreferenced(old)


def _delete_of_deleted(sender, instance, **kwargs):
    for name in private_fields(sender):
        stored = getattr(instance, name).name
        if stored:
            delete_when_unreferenced(stored)


def private_file_fields():
    """(model, field name) of every file field stored in the private store, Wagtail's document
    model included."""
    for model in apps.get_models():
        for field in model._meta.get_fields():
            if isinstance(field, models.FileField) and isinstance(field.storage, PrivateStorage):
                yield model, field.name


def referenced_names() -> set[str]:
    """Every stored name a row still refers to."""
    names: set[str] = set()
    for model, name in private_file_fields():
        names.update(n for n in model._default_manager.exclude(**{name: ""}).values_list(name, flat=True) if n)
    return names


def _is_referenced(stored_name: str) -> bool:
    return any(model._default_manager.filter(**{name: stored_name}).exists() for model, name in private_file_fields())


@contextlib.contextmanager
def atomic_with_files():
    """``transaction.atomic`` for work that also writes private files: when the block does not
    commit (a refusal, the database lost mid-way or at COMMIT), the files it wrote are removed
    again, so a failed action leaves neither rows nor files. A file a row refers to after all
    (a COMMIT whose answer was lost) is kept, and so is every file while the database cannot
    tell (the orphan sweep, ``manage.py private_file_orphans``, removes those later)."""
    written: list[str] = []
    token = _written_in_blocks.set((*_written_in_blocks.get(), written))
    try:
        with transaction.atomic():
            yield
    except BaseException:
        _remove_unreferenced(written)
        raise
    finally:
        _written_in_blocks.reset(token)


def _remove_unreferenced(names: list[str]) -> None:
    try:
        for name in names:
            if not _is_referenced(name):
                private_storage().delete(name)
    except (DatabaseFailure, TransactionManagementError):
        logger.warning("database unavailable: %d file(s) of a failed action kept for the orphan sweep", len(names))


def delete_when_unreferenced(stored_name: str) -> None:
    """After the transaction commits (a rollback keeps the old file), delete ``stored_name``
    unless a row still refers to it (an approved change shares its files with the old version)."""

    def delete():
        if not _is_referenced(stored_name):
            private_storage().delete(stored_name)

    transaction.on_commit(delete)


# ---------------------------------------------------------------------------- downloads


@dataclass(frozen=True)
class DownloadRule:
    """Who may download one model's private field: ``may_open(user, instance) -> bool`` is the
    same check as the page that links to it."""

    may_open: Callable
    file_name: Callable | None = None  # instance -> the name offered to the browser
    content_type: Callable | None = None  # instance -> the type sent (else octet-stream)


_DOWNLOAD_RULES: dict[tuple[str, str], DownloadRule] = {}


def register_download(
    model_label: str, field: str, may_open: Callable, file_name: Callable | None = None, content_type: Callable | None = None
) -> None:
    _DOWNLOAD_RULES[(model_label.lower(), field)] = DownloadRule(may_open, file_name, content_type)


def download_rule(model_label: str, field: str) -> DownloadRule | None:
    return _DOWNLOAD_RULES.get((model_label.lower(), field))


def attachment_headers(response: HttpResponse, filename: str) -> HttpResponse:
    """An attachment the browser never renders or sniffs, on any origin (RFC 6266 name)."""
    response["Content-Disposition"] = content_disposition_header(True, filename)
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "sandbox"
    response["Cache-Control"] = "private, no-store"
    return response


def attachment_response(content: bytes, filename: str, content_type: str) -> HttpResponse:
    """A generated document (decision letter, filing form, export) as a safe attachment."""
    return attachment_headers(HttpResponse(content, content_type=content_type), filename)


GENERATED_IN_MEMORY_BYTES = 1024 * 1024


def generated_attachment(write: Callable, filename: str, content_type: str) -> FileResponse:
    """A document generated on request (a filing form, an export) streamed as a safe attachment:
    ``write(out)`` fills a spooled temporary file (in memory up to 1 MB, then on disk) that the
    response sends in chunks and closes, so a large export is never held whole as bytes."""
    out = tempfile.SpooledTemporaryFile(max_size=GENERATED_IN_MEMORY_BYTES)
    try:
        write(out)
    except BaseException:
        out.close()
        raise
    out.seek(0)
    return attachment_headers(FileResponse(out, content_type=content_type), filename)


def file_response(request, field_file, filename: str, content_type: str | None = None) -> HttpResponse:
    """Hand a stored private file to the browser (X-Accel-Redirect in production, streamed in
    development) as a safe attachment."""
    if not field_file:
        raise Http404
    path = Path(field_file.path)
    response = sendfile(
        request,
        str(path),
        attachment=True,
        attachment_filename=filename,
        mimetype=content_type or "application/octet-stream",
    )
    return attachment_headers(response, filename)


def serve_private_file(request, label: str, pk: str, field: str):
    """The download view every PrivateFieldFile.url points to."""
    rule = download_rule(label, field)
    if rule is None:
        raise Http404
    try:
        model = apps.get_model(label)
    except (LookupError, ValueError) as exc:
        raise Http404 from exc
    try:  # integer ids and the UUIDs of jobs share the route
        instance = model._default_manager.filter(pk=pk).first()
    except (ValueError, ValidationError) as exc:
        raise Http404 from exc
    if instance is None or not request.user.is_authenticated or not rule.may_open(request.user, instance):
        raise Http404
    field_file = getattr(instance, field)
    if not field_file:
        raise Http404
    name = rule.file_name(instance) if rule.file_name else field_file.original_name
    return file_response(request, field_file, name, rule.content_type(instance) if rule.content_type else None)


# ---------------------------------------------------------------------- data migration


def move_into_private_store(
    apps_registry, model_label: str, field: str, folder: str, original_name_field: str = "", moved: dict | None = None
):
    """Data migrations: move a field's files from MEDIA_ROOT (public, named after the upload) to
    the private store under random names, remembering the original name.  Rows sharing one file
    (an approved change request's version and the request) keep sharing the moved file."""
    import shutil

    model = apps_registry.get_model(model_label)
    public_root = Path(settings.MEDIA_ROOT)
    moved = {} if moved is None else moved  # old name -> new name, shared across fields
    for row in model._default_manager.exclude(**{field: ""}).iterator():
        old = getattr(row, field).name
        if old in moved:
            new = moved[old]
        else:
            source = public_root / old
            if not source.is_file():
                continue  # already private, or lost before the move: nothing to move
            new = random_name(folder, old)
            target = private_root() / new
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(str(source), str(target))
            moved[old] = new
        updates = {field: new}
        if original_name_field and not getattr(row, original_name_field):
            updates[original_name_field] = posixpath.basename(old)[:200]
        model._default_manager.filter(pk=row.pk).update(**updates)
