"""Errors, limits, the identity profile and findings shared by every part of the anonymiser (R3)."""

from __future__ import annotations

import contextlib
import contextvars
import io
import posixpath
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

import review.anonymise.variants as variants

MASK = "■■■"
NEUTRAL_AUTHOR = "审核稿"

DOCX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

# --------------------------------------------------------------------------- errors


class AnonymiseError(Exception):
    """A file cannot be made reviewer-safe.  ``message`` is Chinese and user-facing;
    ``code`` is a stable machine-readable reason."""

    def __init__(self, message: str, code: str = "invalid"):
        super().__init__(message)
        self.message = message
        self.code = code


# --------------------------------------------------------------------------- progress

# Called once per part of a package as the anonymiser reaches it: how a job's progress bar follows
# a large manuscript (review.services, issue 18). Nothing is reported outside ``reporting_parts``.
_part_done: contextvars.ContextVar[Callable[[], None] | None] = contextvars.ContextVar("part_done", default=None)


@contextlib.contextmanager
def reporting_parts(callback: Callable[[], None]):
    token = _part_done.set(callback)
    try:
        yield
    finally:
        _part_done.reset(token)


def part_done() -> None:
    callback = _part_done.get()
    if callback is not None:
        callback()


# --------------------------------------------------------------------------- limits


@dataclass(frozen=True)
class Limits:
    """Resource limits for untrusted input.  Checked before decompression.

    ``max_input_bytes`` bounds only inputs handed over whole as bytes (a PDF, a reviewer's
    upload); a file anonymised from its path is bounded by the OOXML gate's absolute limits
    (cms.ooxml_gate) and read part by part, so member and total sizes follow the gate's."""

    max_input_bytes: int = 200 * 1024 * 1024
    max_members: int = 5000
    max_member_bytes: int = 1024**3
    max_xml_bytes: int = 64 * 1024 * 1024
    max_total_bytes: int = 3 * 1024**3
    # A member bigger than ``ratio_floor_bytes`` may not expand more than
    # ``max_ratio`` times (Word XML is typically 5-20x; deflate bombs ~1000x).
    max_ratio: int = 100
    ratio_floor_bytes: int = 1024 * 1024
    max_pixels: int = 40_000_000
    # From a path, larger photos are not decoded (that holds the pixels several times over):
    # their metadata segments are dropped in a stream instead (images.strip_image_stream).
    reencode_max_pixels: int = 12_000_000
    max_frames: int = 1000
    max_image_bytes: int = 100 * 1024 * 1024


DEFAULT_LIMITS = Limits()

# --------------------------------------------------------------------------- profile & findings


def _as_list(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value if v is not None]


@dataclass
class IdentityProfile:
    """Strings that identify people or organisations.

    Generic on purpose: for a manuscript it holds the authors, compiling unit,
    employers and publisher; for an author's response letter it can hold the
    reviewers' names.  Units are expanded to the forms manuscripts write them
    in (variants.unit_variants).  Matching ignores whitespace between characters
    (``张 三 丰``), ASCII case, and full-width/half-width forms.
    """

    names: Sequence[str] = ()
    units: Sequence[str] = ()
    emails: Sequence[str] = ()
    phones: Sequence[str] = ()
    extra: Sequence[str] = ()

    def __post_init__(self):
        self.names = _as_list(self.names)
        # Units as manuscripts write them: registered names and aliases, each with its variants.
        self.units = list(dict.fromkeys(v for unit in _as_list(self.units) for v in variants.unit_variants(unit)))
        self.emails = _as_list(self.emails)
        self.phones = _as_list(self.phones)
        self.extra = _as_list(self.extra)

    def strings(self) -> list[str]:
        """Every non-empty literal in the profile."""
        out = []
        for s in [*self.names, *self.units, *self.emails, *self.phones, *self.extra]:
            s = s.strip()
            if s and s not in out:
                out.append(s)
        return out

    def is_empty(self) -> bool:
        return not self.strings()


# The language model's candidates (review.anonymise.ner).
SUSPECTED_NAME = "suspected_name"
SUSPECTED_UNIT = "suspected_unit"
SUSPECTED_KINDS = frozenset({SUSPECTED_NAME, SUSPECTED_UNIT})

KIND_LABELS = {
    "name": "姓名",
    "unit": "单位名称",
    "email": "电子邮箱",
    "phone": "电话号码",
    "extra": "其他身份信息",
    "contact": "联系方式",
    "id_number": "身份证号",
    "signature_cue": "疑似署名",
    SUSPECTED_NAME: "疑似姓名（语言模型识别）",
    SUSPECTED_UNIT: "疑似单位（语言模型识别）",
    "metadata": "文档元数据",
    "link": "外部链接",
    "embedded_object": "嵌入对象",
    "alt_chunk": "外部导入内容",
    "media_text": "图片/图形中的文字",
    "unverified_media": "无法检查的媒体文件",
    "residual": "残留身份信息",
    "pdf_text": "PDF 页面文字中的身份信息（须由编写单位提供干净文件）",
    "file_name": "文件名",
}

# Kinds whose ``matched`` text is a sensible automatic redaction suggestion.
_REDACTABLE_KINDS = frozenset({"name", "unit", "email", "phone", "extra", "contact", "id_number", "signature_cue",
                               *SUSPECTED_KINDS})
# Kinds a rule or the model only suspects: shown to the organiser, never masked without their decision.
UNCONFIRMED_KINDS = frozenset({"signature_cue", *SUSPECTED_KINDS})
# Kinds that text redaction cannot fix: an organiser must deal with them.
_MANUAL_KINDS = frozenset({"embedded_object", "alt_chunk", "media_text", "unverified_media", "residual", "pdf_text"})


def _part_label(part: str) -> str:
    p = part.lower()
    base = posixpath.basename(p)
    if p == "word/document.xml" or (p.startswith("word/") and base == "document.xml" and "glossary" not in p):
        return "正文"
    if "glossary/" in p:
        return "文档部件库"
    if base.startswith("header"):
        return "页眉"
    if base.startswith("footer"):
        return "页脚"
    if base.startswith("footnotes"):
        return "脚注"
    if base.startswith("endnotes"):
        return "尾注"
    if base.startswith("comments") or base == "people.xml":
        return "批注"
    if "/charts/" in p:
        return "图表"
    if "/diagrams/" in p:
        return "SmartArt 图形"
    if p.startswith("docprops/"):
        return "文档属性"
    if "/media/" in p:
        return "图片"
    if "/embeddings/" in p:
        return "嵌入对象"
    if p.endswith(".rels"):
        return "文档关系"
    if part == "[package]":
        return "文档包"
    if part in ("文件名", "text", ""):
        return part or "文本"
    return part


@dataclass(frozen=True)
class Finding:
    """Something identifying found in a file or text.

    ``excerpt`` has every identity match masked with ``■■■`` and is safe to show
    to organisers; ``matched`` is the original text (organisers only, never
    reviewers; hidden from ``repr``).  ``cleaned`` is True when anonymisation
    already removed it.
    """

    part: str
    kind: str
    excerpt: str
    matched: str = field(default="", repr=False)
    cleaned: bool = False

    @property
    def label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)

    @property
    def part_label(self) -> str:
        return _part_label(self.part)

    @property
    def needs_manual_review(self) -> bool:
        return not self.cleaned and self.kind in _MANUAL_KINDS

    @property
    def suggest_redaction(self) -> bool:
        return not self.cleaned and self.kind in _REDACTABLE_KINDS and bool(self.matched.strip())

    @property
    def action(self) -> str:
        if self.cleaned:
            return "已自动清除"
        if self.needs_manual_review:
            return "需人工处理"
        return "待确认遮盖"

    @property
    def message(self) -> str:
        return f"{self.part_label}：{self.label}（{self.action}）{self.excerpt}"


@dataclass
class AnonymisedFile:
    """The reviewer-safe copy: ``content`` in memory, or (anonymised from a path) the file at
    ``path``, which the caller owns."""

    content: bytes
    findings: list[Finding]
    file_name: str = ""
    content_type: str = ""
    path: str = ""

    def open(self):
        return open(self.path, "rb") if self.path else io.BytesIO(self.content)

    @property
    def source(self):
        """What ``verify_clean`` and the other readers take: the file's path, or its bytes."""
        return self.path or self.content

    @property
    def pending(self) -> list[Finding]:
        """Findings an organiser still has to act on before release."""
        return [f for f in self.findings if not f.cleaned]


def redaction_strings(findings: Iterable[Finding]) -> list[str]:
    """The distinct ``matched`` texts of findings that suggest a redaction."""
    out: list[str] = []
    for f in findings:
        if f.suggest_redaction and f.matched not in out:
            out.append(f.matched)
    return out
