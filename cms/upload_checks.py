"""Upload checks by content, one policy per kind of upload (manuscripts, attachments, imports,
images).  Used as model-field validators (so every admin form runs them before anything is
saved) and by the import forms.

What a file *is* comes from its bytes, never from its name: PDF by signature, Office documents
through the shared OOXML gate (:mod:`cms.ooxml_gate`), images through Pillow (decoded headers,
pixel limit), audio/video by container signature, ZIP archives by inspecting every member's
name and first bytes.  HTML, SVG, XML, scripts and executables are never accepted: served from
this origin they would run in the session of whoever opens them.  The extension must agree with
the content (a PDF renamed ``.docx`` is refused and named).

Sizes come from ``settings.UPLOAD_LIMITS`` (bytes per policy).  Everything streams: only the
first bytes, the zip directory and OOXML XML parts are read, whatever the file size.
"""

from __future__ import annotations

import contextlib
import posixpath
import re
import shutil
import struct
import tempfile
import zipfile
import zlib
from dataclasses import dataclass

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models.fields.files import FieldFile
from django.utils.deconstruct import deconstructible

from cms import ooxml_gate

HEAD_BYTES = 8192

DEFAULT_UPLOAD_LIMITS = {
    "manuscript": 1536 * 1024**2,
    "attachment": 1024**3,
    "standard_import": 20 * 1024**2,
    "catalogue_import": 10 * 1024**2,
    "image": 10 * 1024**2,
    "document": 200 * 1024**2,
}


@dataclass(frozen=True)
class Kind:
    """A kind of file the platform accepts."""

    name: str  # "docx", "pdf", "image", ...
    label: str  # shown to users
    extensions: tuple[str, ...]


DOCX = Kind("docx", "Word 文档（.docx）", (".docx",))
XLSX = Kind("xlsx", "Excel 工作簿（.xlsx）", (".xlsx",))
PPTX = Kind("pptx", "PowerPoint 演示文稿（.pptx）", (".pptx",))
PDF = Kind("pdf", "PDF 文件", (".pdf",))
IMAGE = Kind("image", "图片（JPEG/PNG/GIF/WebP）", (".jpg", ".jpeg", ".png", ".gif", ".webp"))
AUDIO = Kind("audio", "音频（MP3/M4A/WAV/OGG/FLAC）", (".mp3", ".m4a", ".wav", ".ogg", ".oga", ".flac", ".aac"))
VIDEO = Kind("video", "视频（MP4/WebM/MOV/AVI/MKV）", (".mp4", ".m4v", ".webm", ".mov", ".avi", ".mkv"))
ZIP = Kind("zip", "ZIP 压缩包（内含文档、图片、音视频）", (".zip",))

_IMAGE_MIMES = {"image/jpeg", "image/png", "image/gif", "image/webp"}
_AUDIO_MIMES = {"audio/mpeg", "audio/mp4", "audio/x-wav", "audio/ogg", "audio/x-flac", "audio/aac"}
_VIDEO_MIMES = {"video/mp4", "video/x-m4v", "video/webm", "video/quicktime", "video/x-msvideo", "video/x-matroska"}
_FORBIDDEN_EXTENSIONS = (
    ".html", ".htm", ".xhtml", ".shtml", ".svg", ".svgz", ".xml", ".xsl", ".js", ".mjs", ".vbs", ".ps1",
    ".sh", ".bat", ".cmd", ".exe", ".dll", ".msi", ".jar", ".swf", ".php", ".jsp", ".asp", ".aspx", ".py",
    ".hta", ".lnk", ".scr", ".com", ".docm", ".xlsm", ".pptm",
)
# Text that a browser would render as a page or an image with scripts (checked at the start) …
_MARKUP_RE = re.compile(rb"<\s*(?:!doctype\s+html|html|svg|script|body|iframe|\?xml|xsl:|!--)", re.I)
# … and active markup anywhere in the first bytes (polyglots: a GIF header followed by HTML).
_ACTIVE_RE = re.compile(rb"<\s*(?:script|html|svg|iframe|object|embed)[\s>/]", re.I)
_OOXML_KINDS = {ooxml_gate.DOCX: DOCX, ooxml_gate.XLSX: XLSX, ooxml_gate.PPTX: PPTX}
_OOXML_MAIN_TYPES = {
    "wordprocessingml.document.main": ooxml_gate.DOCX,
    "spreadsheetml.sheet.main": ooxml_gate.XLSX,
    "presentationml.presentation.main": ooxml_gate.PPTX,
}
MAX_ARCHIVE_MEMBERS = 2000
# What zipfile raises on damaged input (zlib.error: a corrupt deflate stream is no BadZipFile).
_BROKEN_ZIP = (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError, struct.error, zlib.error)


@dataclass(frozen=True)
class UploadPolicy:
    """What one upload may be: ``kinds`` allowed, its size limit under ``limit_key``."""

    label: str
    kinds: tuple[Kind, ...]
    limit_key: str

    @property
    def max_bytes(self) -> int:
        limits = {**DEFAULT_UPLOAD_LIMITS, **getattr(settings, "UPLOAD_LIMITS", {})}
        return limits[self.limit_key]

    @property
    def kinds_label(self) -> str:
        return "、".join(kind.label for kind in self.kinds)


MANUSCRIPT = UploadPolicy("书稿", (DOCX, PDF), "manuscript")
ATTACHMENT = UploadPolicy("配套资源", (DOCX, XLSX, PPTX, PDF, IMAGE, AUDIO, VIDEO, ZIP), "attachment")
STANDARD_IMPORT = UploadPolicy("课程标准文件", (DOCX,), "standard_import")
CATALOGUE_IMPORT = UploadPolicy("目录文件", (XLSX,), "catalogue_import")
PUBLIC_IMAGE = UploadPolicy("图片", (IMAGE,), "image")
DOCUMENT = UploadPolicy("文档", (DOCX, XLSX, PPTX, PDF, VIDEO, ZIP), "document")


def _ext(name: str) -> str:
    return posixpath.splitext((name or "").lower())[1]


def check_upload(upload, policy: UploadPolicy, name: str | None = None) -> Kind:
    """Refuse ``upload`` (a Django File/UploadedFile, readable and seekable) unless it is one of
    ``policy``'s kinds by content, within its size limit; return its kind.  Raises
    ValidationError with a Chinese message naming the problem and the limit."""
    name = name if name is not None else posixpath.basename(getattr(upload, "name", "") or "")
    size = upload.size
    if not size:
        raise ValidationError(f"{policy.label}“{name}”是空文件（0 字节），请重新选择。", code="empty")
    if size > policy.max_bytes:
        raise ValidationError(
            f"{policy.label}“{name}”大小为 {ooxml_gate.human_size(size)}，超过上限 {ooxml_gate.human_size(policy.max_bytes)}。", code="too_large"
        )
    if _ext(name) in _FORBIDDEN_EXTENSIONS:
        raise ValidationError(
            f"不接受 {_ext(name)} 文件作为{policy.label}：网页、SVG、脚本和程序文件可能含有恶意代码。"
            f"允许的类型：{policy.kinds_label}。",
            code="forbidden_kind",
        )
    upload.seek(0)
    head = upload.read(HEAD_BYTES)
    upload.seek(0)
    kind = _kind_of(upload, head, name, policy)
    if kind not in policy.kinds:
        raise ValidationError(
            f"{policy.label}“{name}”的内容是{kind.label}，不在允许的类型内。允许的类型：{policy.kinds_label}。",
            code="wrong_kind",
        )
    if _ext(name) not in kind.extensions:
        raise ValidationError(
            f"{policy.label}“{name}”的扩展名与内容不符：内容是{kind.label}，扩展名应为 {'/'.join(kind.extensions)}。",
            code="extension_mismatch",
        )
    return kind


def _kind_of(upload, head: bytes, name: str, policy: UploadPolicy) -> Kind:
    stripped = head.lstrip(b"\xef\xbb\xbf\xff\xfe\x00 \t\r\n")
    if _MARKUP_RE.match(stripped) or _ACTIVE_RE.search(head[:1024].replace(b"\x00", b"")):
        raise ValidationError(
            f"{policy.label}“{name}”是网页、SVG 或 XML 文件，可能含有脚本，不予接受。允许的类型：{policy.kinds_label}。",
            code="forbidden_kind",
        )
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(upload, name, policy)
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        raise ValidationError(
            f"{policy.label}“{name}”是旧版 Office 格式（.doc/.xls/.ppt）或设置了打开密码，"
            f"请取消密码并另存为新格式（如 .docx）后再上传。",
            code="legacy_office",
        )
    guess = filetype.guess(head)
    mime = guess.mime if guess else ""
    if mime in _IMAGE_MIMES:
        _check_image(upload, name, policy)
        return IMAGE
    if mime in _AUDIO_MIMES:
        return AUDIO
    if mime in _VIDEO_MIMES:
        return VIDEO
    what = f"（识别为 {guess.extension}）" if guess else ""
    raise ValidationError(
        f"无法接受{policy.label}“{name}”：文件内容不是允许的类型{what}。允许的类型：{policy.kinds_label}。",
        code="unknown_kind",
    )


def _check_image(upload, name: str, policy: UploadPolicy) -> None:
    from PIL import Image, UnidentifiedImageError

    max_pixels = getattr(settings, "WAGTAILIMAGES_MAX_IMAGE_PIXELS", 64_000_000)
    try:
        with Image.open(upload) as image:
            width, height = image.size
            if width * height > max_pixels:
                raise ValidationError(
                    f"图片“{name}”为 {width}×{height} 像素，超过上限 {max_pixels:,} 像素。", code="too_many_pixels"
                )
            image.verify()
    except ValidationError:
        raise
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
        raise ValidationError(f"图片“{name}”已损坏或无法识别，请重新导出后再上传。", code="bad_image") from exc
    finally:
        upload.seek(0)


def _zip_kind(upload, name: str, policy: UploadPolicy) -> Kind:
    """An OOXML package goes through the shared gate; any other zip is an archive whose members
    must themselves be acceptable attachments (no HTML/SVG/scripts, no nested archives)."""
    ooxml_kind = _ooxml_main_kind(upload)
    if ooxml_kind is not None:
        expected = ooxml_kind if _OOXML_KINDS[ooxml_kind] in policy.kinds else None
        try:
            ooxml_gate.check_ooxml(upload, kind=expected, filename=name)
        except ooxml_gate.OoxmlRefused as refused:
            raise ValidationError(f"{policy.label}“{name}”：{refused.message}", code=refused.code) from refused
        return _OOXML_KINDS[ooxml_kind]
    _check_archive(upload, name, policy)
    return ZIP


def _ooxml_main_kind(upload) -> str | None:
    """Which OOXML document the package claims to be (None: a plain zip or a broken one; the
    gate, run on the claimed kind, judges whether the claim holds)."""
    upload.seek(0)
    try:
        with zipfile.ZipFile(upload) as archive:
            names = {n.lower(): n for n in archive.namelist()[: ooxml_gate.default_limits().max_parts + 1]}
            if "[content_types].xml" not in names:
                return None
            info = archive.getinfo(names["[content_types].xml"])
            if info.file_size > 1024**2:
                return ooxml_gate.DOCX  # let the gate refuse it with its own message
            types = archive.read(info)
    except _BROKEN_ZIP:
        return ooxml_gate.DOCX  # a damaged package: the gate names the damage
    finally:
        upload.seek(0)
    for marker, kind in _OOXML_MAIN_TYPES.items():
        if marker.encode() in types:
            return kind
    return ooxml_gate.DOCX


def _check_archive(upload, name: str, policy: UploadPolicy) -> None:
    limits = ooxml_gate.default_limits()
    upload.seek(0)
    try:
        with zipfile.ZipFile(upload) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_ARCHIVE_MEMBERS:
                raise ValidationError(
                    f"压缩包“{name}”含 {len(infos)} 个文件，超过上限 {MAX_ARCHIVE_MEMBERS} 个。", code="too_many_parts"
                )
            total = 0
            for info in infos:
                total += info.file_size
                if total > limits.max_total_bytes:
                    raise ValidationError(
                        f"压缩包“{name}”解压后超过 {ooxml_gate.human_size(limits.max_total_bytes)}（上限），疑似“压缩炸弹”。",
                        code="total_too_large",
                    )
                if info.is_dir():
                    continue
                _check_archive_member(archive, info, name)
    except ValidationError:
        raise
    except _BROKEN_ZIP as exc:
        raise ValidationError(f"压缩包“{name}”已损坏，无法读取。", code="bad_zip") from exc
    finally:
        upload.seek(0)


def _check_archive_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> None:
    member = info.filename
    if member.startswith("/") or "\\" in member or ".." in member.split("/"):
        raise ValidationError(f"压缩包“{name}”内含非法路径“{member[:80]}”。", code="bad_zip")
    if info.flag_bits & 0x1:
        raise ValidationError(f"压缩包“{name}”内的“{member}”已加密，无法检查，请解密后重新打包。", code="encrypted")
    extension = _ext(member)
    if extension in _FORBIDDEN_EXTENSIONS:
        raise ValidationError(
            f"压缩包“{name}”内含不允许的文件“{member}”：网页、SVG、脚本和程序文件可能含有恶意代码。",
            code="forbidden_kind",
        )
    allowed = {ext for kind in ATTACHMENT.kinds if kind is not ZIP for ext in kind.extensions} | {".txt", ".csv"}
    if extension not in allowed:
        raise ValidationError(
            f"压缩包“{name}”内含不允许的文件类型“{member}”；压缩包内只能是文档、图片和音视频。", code="forbidden_kind"
        )
    with archive.open(info) as handle:
        head = handle.read(1024)
    text = head.replace(b"\x00", b"")
    if _MARKUP_RE.match(text.lstrip(b"\xef\xbb\xbf\xff\xfe \t\r\n")) or _ACTIVE_RE.search(text):
        raise ValidationError(
            f"压缩包“{name}”内的“{member}”实际是网页、SVG 或 XML 内容，可能含有脚本，不予接受。", code="forbidden_kind"
        )


@deconstructible
class UploadValidator:
    """Model-field validator: checks a newly uploaded file (already stored files are not
    re-read on every save)."""

    def __init__(self, policy_name: str):
        self.policy_name = policy_name

    @property
    def policy(self) -> UploadPolicy:
        return POLICIES[self.policy_name]

    def __call__(self, value):
        if not value:
            return
        if isinstance(value, FieldFile):
            if value._committed:
                return
            check_upload(value.file, self.policy, posixpath.basename(value.name or ""))
        else:  # a form field's UploadedFile
            check_upload(value, self.policy)

    def __eq__(self, other):
        return isinstance(other, UploadValidator) and other.policy_name == self.policy_name

    def __hash__(self):
        return hash(self.policy_name)


POLICIES = {
    "manuscript": MANUSCRIPT,
    "attachment": ATTACHMENT,
    "standard_import": STANDARD_IMPORT,
    "catalogue_import": CATALOGUE_IMPORT,
    "image": PUBLIC_IMAGE,
    "document": DOCUMENT,
}

manuscript_upload = UploadValidator("manuscript")
attachment_upload = UploadValidator("attachment")
catalogue_import_upload = UploadValidator("catalogue_import")


@contextlib.contextmanager
def upload_on_disk(upload):
    """The path of an uploaded file, for code that processes files from disk part by part: Django's
    own temporary file for a large upload, else the small in-memory upload copied in chunks to a
    temporary file that is removed afterwards."""
    if hasattr(upload, "temporary_file_path"):
        yield upload.temporary_file_path()
        return
    with tempfile.NamedTemporaryFile(prefix="upload-") as spool:
        upload.seek(0)
        shutil.copyfileobj(upload, spool, 1 << 20)
        spool.flush()
        yield spool.name
