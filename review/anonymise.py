"""Reviewer-safe copies of manuscript files for blind review (rule R3, Art. 21).

Pure functions, bytes in -> bytes out.  This module must not import Django: the
review app wraps it, and it is tested on its own.

What it does
------------
* ``anonymise_docx`` works on the DOCX zip package directly.  Metadata that names
  people or machines is removed automatically (core/app/custom properties,
  comment and revision authors, ``people.xml``, rsids, document variables,
  attached-template paths, customXml, thumbnails, signatures, printer settings,
  image EXIF/XMP/IPTC/ICC/text chunks, zip timestamps, identifying part names,
  local-path and e-mail link targets, XML comments).  Identity strings in the
  *visible text* (body, headers, footers, notes, comments, text boxes) are only
  *reported* as :class:`Finding` objects; an organiser confirms them and calls
  :func:`apply_redactions`, which replaces them with ``■■■`` even when Word split
  them across several runs.
* ``anonymise_image`` re-encodes raster images from their pixels only.
* ``anonymise_file`` dispatches by detected content (never by file name) and
  refuses everything it cannot make safe.
* ``verify_clean`` is the release gate: it searches every byte of every part of
  an output for the profile strings (UTF-8, UTF-16, GBK, and decoded XML text).

Hostile input (not a zip, zip bombs, forged sizes, DOCTYPE/ENTITY tricks, macro
or ActiveX documents, path tricks, image decompression bombs, corrupt images) is
refused with :class:`AnonymiseError`, whose message is Chinese and user-facing.
Sizes are checked from the zip central directory before anything is
decompressed, and every read is bounded.

Findings are for organisers only: ``Finding.matched`` holds the original
identifying text and must never reach a reviewer (it is hidden from ``repr``).
"""

from __future__ import annotations

import io
import posixpath
import re
import struct
import warnings
import zipfile
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from urllib.parse import unquote

from lxml import etree
from PIL import Image, ImageOps, ImageSequence

__all__ = [
    "AnonymiseError",
    "AnonymisedFile",
    "Finding",
    "IdentityProfile",
    "Limits",
    "DEFAULT_LIMITS",
    "MASK",
    "NEUTRAL_AUTHOR",
    "anonymise_docx",
    "anonymise_file",
    "anonymise_image",
    "apply_redactions",
    "detect_file_type",
    "neutral_file_name",
    "redaction_strings",
    "scan_text",
    "verify_clean",
]

MASK = "■■■"
NEUTRAL_AUTHOR = "审核稿"

DOCX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_DOCX_MAIN_CT = DOCX_CONTENT_TYPE + ".main+xml"
_TEMPLATE_MAIN_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"

# --------------------------------------------------------------------------- errors


class AnonymiseError(Exception):
    """A file cannot be made reviewer-safe.  ``message`` is Chinese and user-facing;
    ``code`` is a stable machine-readable reason."""

    def __init__(self, message: str, code: str = "invalid"):
        super().__init__(message)
        self.message = message
        self.code = code


# --------------------------------------------------------------------------- limits


@dataclass(frozen=True)
class Limits:
    """Resource limits for untrusted input.  Checked before decompression."""

    max_input_bytes: int = 200 * 1024 * 1024
    max_members: int = 5000
    max_member_bytes: int = 150 * 1024 * 1024
    max_xml_bytes: int = 64 * 1024 * 1024
    max_total_bytes: int = 400 * 1024 * 1024
    # A member bigger than ``ratio_floor_bytes`` may not expand more than
    # ``max_ratio`` times (Word XML is typically 5-20x; deflate bombs ~1000x).
    max_ratio: int = 100
    ratio_floor_bytes: int = 1024 * 1024
    max_pixels: int = 40_000_000
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
    reviewers' names.  Matching ignores whitespace between characters
    (``张 三 丰``), ASCII case, and full-width/half-width forms.
    """

    names: Sequence[str] = ()
    units: Sequence[str] = ()
    emails: Sequence[str] = ()
    phones: Sequence[str] = ()
    extra: Sequence[str] = ()

    def __post_init__(self):
        self.names = _as_list(self.names)
        self.units = _as_list(self.units)
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


KIND_LABELS = {
    "name": "姓名",
    "unit": "单位名称",
    "email": "电子邮箱",
    "phone": "电话号码",
    "extra": "其他身份信息",
    "contact": "联系方式",
    "id_number": "身份证号",
    "signature_cue": "疑似署名",
    "metadata": "文档元数据",
    "link": "外部链接",
    "embedded_object": "嵌入对象",
    "alt_chunk": "外部导入内容",
    "media_text": "图片/图形中的文字",
    "unverified_media": "无法检查的媒体文件",
    "residual": "残留身份信息",
    "file_name": "文件名",
}

# Kinds whose ``matched`` text is a sensible automatic redaction suggestion.
_REDACTABLE_KINDS = frozenset({"name", "unit", "email", "phone", "extra", "contact", "id_number"})
# Kinds that text redaction cannot fix: an organiser must deal with them.
_MANUAL_KINDS = frozenset({"embedded_object", "alt_chunk", "media_text", "unverified_media", "residual"})


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
    content: bytes
    findings: list[Finding]
    file_name: str = ""
    content_type: str = ""

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


# --------------------------------------------------------------------------- matching

# Whitespace (including full-width and zero-width) tolerated between characters.
_GAP = r"[\s\u200b-\u200d\u2060\ufeff]*"
_EQUIV = [
    "(（",
    ")）",
    "-－‐‑–—",
    "@＠",
    ".．",
    ",，",
    ":：",
    "·•・",
    "_＿",
    "/／",
    "&＆",
]
_EQUIV_MAP = {c: grp for grp in _EQUIV for c in grp}
_PHONE_SEP = r"[\s\-－‐‑–—.·]*"
_WORD_SEP = r"(?:[\s\-－_.·]+|(?<=[a-z])(?=[A-Z]))"


def _char_class(c: str) -> str:
    variants = {c}
    if c in _EQUIV_MAP:
        variants.update(_EQUIV_MAP[c])
    code = ord(c)
    if 0xFF01 <= code <= 0xFF5E:  # full-width ASCII -> ASCII
        c = chr(code - 0xFEE0)
        variants.add(c)
    if c.isascii() and c.isalnum():
        for v in {c, c.lower(), c.upper()}:
            variants.add(v)
            variants.add(chr(ord(v) + 0xFEE0))
    if len(variants) == 1:
        return re.escape(c)
    return "[" + "".join(re.escape(v) for v in sorted(variants)) + "]"


def _is_asciiword(c: str) -> bool:
    return c.isascii() and (c.isalnum() or c == "_")


def _flex_pattern(s: str) -> str | None:
    """Regex for ``s`` tolerating whitespace between characters."""
    chars: list[str] = []
    spaced_before: list[bool] = []
    gap = False
    for c in s:
        if c.isspace() or c in "\u200b\u200c\u200d\u2060\ufeff":
            gap = True
            continue
        spaced_before.append(gap and bool(chars))
        chars.append(c)
        gap = False
    if len(chars) < 2:
        return None
    parts = [_char_class(chars[0])]
    for i in range(1, len(chars)):
        prev, cur = chars[i - 1], chars[i]
        if spaced_before[i] and prev.isascii() and prev.isalpha() and cur.isascii() and cur.isalpha():
            # "Li Na": words must stay apart ("Li-Na", "LiNa") so "Lina" is no hit.
            parts.append(_WORD_SEP)
        else:
            parts.append(_GAP)
        parts.append(_char_class(cur))
    body = "".join(parts)
    first = chars[0]
    last = chars[-1]
    if 0xFF01 <= ord(first) <= 0xFF5E:
        first = chr(ord(first) - 0xFEE0)
    if 0xFF01 <= ord(last) <= 0xFF5E:
        last = chr(ord(last) - 0xFEE0)
    if _is_asciiword(first):
        body = r"(?<![A-Za-z0-9_Ａ-Ｚａ-ｚ０-９])" + body
    if _is_asciiword(last):
        body = body + r"(?![A-Za-z0-9_Ａ-Ｚａ-ｚ０-９])"
    return body


def _phone_pattern(phone: str) -> str | None:
    digits = "".join(str(int(ch)) for ch in phone if ch.isdecimal())  # full-width -> ASCII
    if digits.startswith("0086"):
        digits = digits[4:]
    elif digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    if len(digits) < 5:
        return None

    def flex(ds: str) -> str:
        return _PHONE_SEP.join(_char_class(d) for d in ds)

    alts = [flex(digits)]
    if digits.startswith("0") and len(digits) >= 10:
        # Landline: also match "(023)8765 4321" and the bare local number.
        area_len = 3 if digits[1] in "12" else 4
        area, local = digits[:area_len], digits[area_len:]
        alts.append(r"[(（]\s*" + flex(area) + r"\s*[)）]" + _PHONE_SEP + flex(local))
        if len(local) >= 7:
            alts.append(flex(local))
    return r"(?<![0-9０-９])(?:" + "|".join(alts) + r")(?![0-9０-９])"


# Generic patterns (anything looking like contact data, profile or not).
_EMAIL_RE = re.compile(
    r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]{1,64}[@＠][A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{1,63}){0,8}\.[A-Za-z]{2,24}(?![A-Za-z])"
)
_MOBILE_RE = re.compile(r"(?<![0-9０-９])(?:(?:\+|００|00)?86[\s\-]*)?1[3-9]\d(?:[\s\-－]?\d){8}(?![0-9０-９])")
_LANDLINE_RE = re.compile(
    r"(?<![0-9０-９\-])(?:[(（]\s*0\d{2,3}\s*[)）]\s*|0\d{2,3}[\s\-－—]?)[2-9]\d{2,3}[\s\-－]?\d{4}"
    r"(?:\s*(?:-|－|转|分机|ext\.?)\s*\d{1,6})?(?![0-9０-９])"
)
_HOTLINE_RE = re.compile(r"(?<![0-9０-９])[48]00[\s\-－]?\d{3}[\s\-－]?\d{4}(?![0-9０-９])")
_CONTACT_RE = re.compile(
    r"(?:(?:QQ|ＱＱ|qq)\s*号?\s*[:：]?\s*([1-9]\d{4,11})(?!\d))"
    r"|(?:(?:微信号?|WeChat|wechat|微信ID)\s*[:：]\s*([A-Za-z][-_A-Za-z0-9]{5,19}))"
)
_ID_RE = re.compile(
    r"(?<![0-9A-Za-z])[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])"
)
_CUE_RE = re.compile(
    r"(?:副\s*主\s*编|主\s*编|参\s*编|编\s*著|编\s*者|作\s*者|著\s*者|编写单位|编写人员|编\s*写\s*组|执\s*笔|"
    r"联\s*系\s*人|通讯作者|责任编辑)\s*[:：]\s*([^\s:：，,；;。、|][^\n\r:：，,；;。|]{0,29})"
)

_GENERIC = [
    ("email", _EMAIL_RE, 0),
    ("phone", _MOBILE_RE, 0),
    ("phone", _LANDLINE_RE, 0),
    ("phone", _HOTLINE_RE, 0),
    ("contact", _CONTACT_RE, None),  # first non-empty group
    ("id_number", _ID_RE, 0),
    ("signature_cue", _CUE_RE, 1),
]


@dataclass(frozen=True)
class _Match:
    start: int
    end: int
    kind: str
    text: str


class _Matcher:
    """Compiled profile + generic patterns."""

    def __init__(self, profile: IdentityProfile | None, generic: bool = True):
        profile = profile or IdentityProfile()
        self.generic = generic
        self.literals = profile.strings()
        self.patterns: list[tuple[str, re.Pattern]] = []
        for kind, values in (
            ("email", profile.emails),
            ("phone", profile.phones),
            ("name", profile.names),
            ("unit", profile.units),
            ("extra", profile.extra),
        ):
            pats = []
            for v in sorted({v.strip() for v in values if v.strip()}, key=len, reverse=True):
                p = _phone_pattern(v) if kind == "phone" else _flex_pattern(v)
                if kind == "phone" and p is None:
                    p = _flex_pattern(v)
                if p:
                    pats.append(p)
            if pats:
                self.patterns.append((kind, re.compile("|".join(f"(?:{p})" for p in pats))))

    @property
    def has_profile(self) -> bool:
        return bool(self.patterns)

    def profile_matches(self, text: str) -> list[_Match]:
        found: list[_Match] = []
        for kind, rx in self.patterns:
            for m in rx.finditer(text):
                if m.end() > m.start():
                    found.append(_Match(m.start(), m.end(), kind, m.group(0)))
        return _non_overlapping(found)

    def matches(self, text: str, generic: bool | None = None) -> list[_Match]:
        if not text:
            return []
        accepted = self.profile_matches(text)
        if self.generic if generic is None else generic:
            for kind, rx, group in _GENERIC:
                for m in rx.finditer(text):
                    if group is None:
                        g = next(i for i in range(1, (rx.groups or 0) + 1) if m.group(i))
                    else:
                        g = group
                    s, e = m.span(g)
                    if e <= s:
                        continue
                    if any(s < a.end and a.start < e for a in accepted):
                        continue
                    accepted.append(_Match(s, e, kind, m.group(g).strip()))
        accepted.sort(key=lambda m: m.start)
        return accepted


def _non_overlapping(found: list[_Match]) -> list[_Match]:
    """Longest matches win; ties go to the earlier one."""
    out: list[_Match] = []
    for m in sorted(found, key=lambda m: (-(m.end - m.start), m.start)):
        if not any(m.start < a.end and a.start < m.end for a in out):
            out.append(m)
    out.sort(key=lambda m: m.start)
    return out


def _mask(text: str, spans: Sequence[tuple[int, int]]) -> str:
    out, pos = [], 0
    for s, e in sorted(spans):
        if s < pos:
            s = pos
        if e <= s:
            continue
        out.append(text[pos:s])
        out.append(MASK)
        pos = e
    out.append(text[pos:])
    return "".join(out)


def _excerpt(text: str, matches: Sequence[_Match], m: _Match, context: int = 20) -> str:
    ws, we = max(0, m.start - context), min(len(text), m.end + context)
    # Never cut a match in half at the window edges.
    for o in matches:
        if o.start < ws < o.end:
            ws = o.start
        if o.start < we < o.end:
            we = o.end
    spans = [(max(o.start, ws) - ws, min(o.end, we) - ws) for o in matches if o.start < we and o.end > ws]
    snippet = _mask(text[ws:we], spans)
    snippet = re.sub(r"\s+", " ", snippet).strip()
    return ("…" if ws > 0 else "") + snippet + ("…" if we < len(text) else "")


def _findings_for(text: str, matches: list[_Match], part: str, cleaned: bool = False) -> list[Finding]:
    return [Finding(part, m.kind, _excerpt(text, matches, m), m.text, cleaned) for m in matches]


def scan_text(
    text: str, profile: IdentityProfile | None = None, part: str = "text", *, generic: bool = True
) -> list[Finding]:
    """Find identity strings in free text (response letters, notes, metadata).

    Returns one :class:`Finding` per occurrence, with the matches masked in
    the excerpt.  ``generic`` also reports any e-mail address, Chinese phone
    number, QQ/WeChat id, ID-card number and signature cue ("主编：…").
    """
    if not text:
        return []
    matcher = _Matcher(profile, generic=generic)
    return _findings_for(text, matcher.matches(text), part)


# --------------------------------------------------------------------------- XML helpers

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_M = "http://schemas.openxmlformats.org/officeDocument/2006/math"
_O = "urn:schemas-microsoft-com:office:office"
_V = "urn:schemas-microsoft-com:vml"
_PR = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
_CP = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
_DC = "http://purl.org/dc/elements/1.1/"
_DCTERMS = "http://purl.org/dc/terms/"
_EP = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
_SVG = "http://www.w3.org/2000/svg"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

_W_P, _A_P = f"{{{_W}}}p", f"{{{_A}}}p"
_TEXT_TAGS = (f"{{{_W}}}t", f"{{{_W}}}delText", f"{{{_A}}}t", f"{{{_M}}}t")
_INSTR_TAGS = (f"{{{_W}}}instrText", f"{{{_W}}}delInstrText")
_W_PRESERVE = {f"{{{_W}}}t", f"{{{_W}}}delText", f"{{{_W}}}instrText", f"{{{_W}}}delInstrText"}
# Attributes that carry free text (alt text, tooltips, field codes, names):
# generic contact patterns are applied to these; profile strings to all attributes.
_TEXT_ATTRS = frozenset({"descr", "title", "name", "tooltip", "alt", "instr", "href", "author", "initials", "val"})
_TEXT_ATTR_ELEMENTS = frozenset(
    {"docPr", "cNvPr", "hyperlink", "fldSimple", "shape", "imagedata", "alias", "tag", "docVar"}
)

_DTD_RE = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", re.I)
_DTD_STR_RE = re.compile(r"<!\s*(?:DOCTYPE|ENTITY)", re.I)


def _looks_utf16(raw: bytes) -> bool:
    return raw[:2] in (b"\xff\xfe", b"\xfe\xff") or (len(raw) >= 2 and (raw[0] == 0) != (raw[1] == 0))


def _parse_xml(raw: bytes, part: str) -> etree._Element:
    """Parse untrusted XML: no DTD, no entities, no network, bounded depth."""
    if _looks_utf16(raw):
        try:
            has_dtd = bool(_DTD_STR_RE.search(raw.decode("utf-16")))
        except UnicodeDecodeError as exc:
            raise AnonymiseError(f"文档内容损坏（{part} 编码无效），无法处理", "bad_xml") from exc
    else:
        has_dtd = bool(_DTD_RE.search(raw))
    if has_dtd:
        raise AnonymiseError("文档包含 DOCTYPE/ENTITY 声明，可能是恶意构造的文件，已拒绝处理", "xml_dtd")
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        collect_ids=False,
        remove_blank_text=False,
    )
    try:
        root = etree.fromstring(raw, parser)
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise AnonymiseError(f"文档结构损坏（{part} 不是有效的 XML），无法处理", "bad_xml") from exc
    tree = root.getroottree()
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise AnonymiseError("文档包含 DOCTYPE/ENTITY 声明，可能是恶意构造的文件，已拒绝处理", "xml_dtd")
    return root


def _serialize(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _local(tag) -> str:
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def _ns(tag) -> str:
    if isinstance(tag, str) and tag.startswith("{"):
        return tag[1:].split("}", 1)[0]
    return ""


def _remove_keep_tail(node) -> None:
    parent = node.getparent()
    if parent is None:
        return
    tail = node.tail
    if tail:
        prev = node.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(node)


def _strip_comments_and_pis(root) -> int:
    nodes = root.xpath("//comment() | //processing-instruction()")
    for n in nodes:
        _remove_keep_tail(n)
    return len(nodes)


def _text_units(root) -> list[list]:
    """Groups of text-bearing elements whose concatenated text is searched as one
    string: the visible text and the field codes of each paragraph, then every
    other element with text of its own (metadata values, chart caches ...)."""
    groups: dict = {}
    order: list = []
    grouped = set()
    for el in root.iter(*_TEXT_TAGS, *_INSTR_TAGS):
        anc = el.getparent()
        while anc is not None and anc.tag not in (_W_P, _A_P):
            anc = anc.getparent()
        if anc is None:
            continue
        key = (anc, el.tag in _INSTR_TAGS)
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(el)
        grouped.add(el)
    units = [groups[k] for k in order]
    for el in root.iter(tag=etree.Element):
        if el not in grouped and el.text and el.text.strip():
            units.append([el])
    return units


def _rewrite_unit(unit: list, spans: list[tuple[int, int]], repl: str = MASK) -> None:
    """Replace character spans of the concatenated unit text with ``repl``,
    keeping each element's own remaining text (and so the run formatting)."""
    merged: list[list[int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    pos = 0
    for el in unit:
        t = el.text or ""
        ns, ne = pos, pos + len(t)
        pos = ne
        out, cur, changed = [], ns, False
        for s, e in merged:
            if e <= ns or s >= ne:
                continue
            changed = True
            if s > cur:
                out.append(t[cur - ns : s - ns])
                cur = s
            if s >= ns:
                out.append(repl)
            cur = max(cur, min(e, ne))
        if not changed:
            continue
        out.append(t[cur - ns :])
        new = "".join(out)
        el.text = new
        if el.tag in _W_PRESERVE and new != new.strip():
            el.set(_XML_SPACE, "preserve")


def _unit_text(unit: list) -> str:
    return "".join(el.text or "" for el in unit)


# --------------------------------------------------------------------------- zip package


def _check_name(name: str) -> None:
    if (
        not name
        or len(name) > 1024
        or "\x00" in name
        or "\\" in name
        or name.startswith("/")
        or re.match(r"^[A-Za-z]:", name)
        or any(seg in ("..", ".") for seg in name.split("/"))
        or "//" in name.rstrip("/")
    ):
        raise AnonymiseError("压缩包内含非法文件路径，可能是恶意构造的文件，已拒绝处理", "bad_zip")


_CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _read_zip(data: bytes, limits: Limits, *, what: str = "文件") -> list[tuple[str, bytes]]:
    """Read all members of an untrusted zip, refusing bombs before decompressing."""
    if not data:
        raise AnonymiseError("文件为空", "empty")
    if len(data) > limits.max_input_bytes:
        raise AnonymiseError(f"{what}过大（超过 {limits.max_input_bytes // (1024 * 1024)} MB），无法处理", "too_large")
    if data.startswith(_CFB_MAGIC):
        raise AnonymiseError(
            "该文件为旧版 Word（.doc）格式或设置了打开密码，无法匿名化处理，请另存为未加密的 DOCX 后重新上传",
            "encrypted_or_doc",
        )
    if not data.startswith(b"PK\x03\x04"):
        raise AnonymiseError(f"{what}不是有效的 DOCX（ZIP）文件", "not_zip")
    # zipfile builds one object per central-directory entry before we can count
    # them; every entry starts with this signature, so this bounds the work.
    if data.count(b"PK\x01\x02") > limits.max_members:
        raise AnonymiseError(f"{what}包含的部件过多（超过 {limits.max_members} 个），已拒绝处理", "zip_bomb")
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        ValueError,
        OSError,
        EOFError,
        NotImplementedError,
        struct.error,
    ) as exc:
        raise AnonymiseError(f"{what}已损坏，不是有效的 DOCX（ZIP）文件", "not_zip") from exc
    if len(infos) > limits.max_members:
        raise AnonymiseError(f"{what}包含的部件过多（超过 {limits.max_members} 个），已拒绝处理", "zip_bomb")
    seen: set[str] = set()
    total = 0
    for info in infos:
        _check_name(info.filename)
        key = info.filename.lower()
        if key in seen:
            raise AnonymiseError("压缩包内含重复的文件名，可能是恶意构造的文件，已拒绝处理", "bad_zip")
        seen.add(key)
        if info.flag_bits & 0x1:
            raise AnonymiseError("文件已加密，无法匿名化处理，请取消密码后重新上传", "encrypted_or_doc")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise AnonymiseError("压缩包使用了不支持的压缩方式，已拒绝处理", "bad_zip")
        size, csize = info.file_size, info.compress_size
        if size < 0 or csize < 0:
            raise AnonymiseError(f"{what}已损坏", "bad_zip")
        too_big = size > limits.max_member_bytes
        if info.filename.lower().endswith((".xml", ".rels")) and size > limits.max_xml_bytes:
            too_big = True
        bomb = size > limits.ratio_floor_bytes and (csize == 0 or size > csize * limits.max_ratio)
        if too_big or bomb:
            raise AnonymiseError(f"{what}解压后体积异常（疑似压缩炸弹），已拒绝处理", "zip_bomb")
        total += size
        if total > limits.max_total_bytes:
            raise AnonymiseError(f"{what}解压后总体积过大（疑似压缩炸弹），已拒绝处理", "zip_bomb")
    members: list[tuple[str, bytes]] = []
    for info in infos:
        if info.filename.endswith("/"):
            continue  # directory entries carry nothing an OPC package needs
        try:
            with zf.open(info) as fh:
                chunks, n = [], 0
                while True:
                    chunk = fh.read(1 << 20)
                    if not chunk:
                        break
                    n += len(chunk)
                    if n > info.file_size:
                        raise AnonymiseError(f"{what}解压后体积与声明不符（疑似压缩炸弹），已拒绝处理", "zip_bomb")
                    chunks.append(chunk)
        except AnonymiseError:
            raise
        except (
            zipfile.BadZipFile,
            ValueError,
            OSError,
            EOFError,
            NotImplementedError,
            RuntimeError,
            struct.error,
            zlib.error,  # a damaged deflate stream (bit flips) is not a BadZipFile
        ) as exc:
            raise AnonymiseError(f"{what}已损坏，部分内容无法读取", "bad_zip") from exc
        members.append((info.filename, b"".join(chunks)))
    return members


def _write_zip(members: Iterable[tuple[str, bytes]]) -> bytes:
    """Write a zip with neutral member metadata (no timestamps, owners or extras)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            zf.writestr(zi, blob)
    return buf.getvalue()


def _rels_name_for(part: str) -> str:
    d, b = posixpath.split(part)
    return posixpath.join(d, "_rels", b + ".rels") if part else "_rels/.rels"


_RELS_RE = re.compile(r"^(?:(.*)/)?_rels/([^/]*)\.rels$", re.I)


def _source_of(rels_name: str) -> str | None:
    m = _RELS_RE.match(rels_name)
    if not m:
        return None
    d, b = m.group(1) or "", m.group(2)
    if not b:
        return ""  # package relationships
    return posixpath.join(d, b) if d else b


def _resolve(source: str, target: str) -> str | None:
    t = unquote(target.split("#", 1)[0]).replace("\\", "/")
    if not t:
        return None
    if t.startswith("/"):
        p = t.lstrip("/")
    else:
        p = posixpath.join(posixpath.dirname(source), t)
    p = posixpath.normpath(p)
    if p.startswith("../") or p in ("..", "."):
        return None
    return p


def _rel_suffix(rel_type: str) -> str:
    return rel_type.rstrip("/").rsplit("/", 1)[-1]


class _Package:
    """An OPC package held in memory with its content types and relationships."""

    def __init__(self, members: list[tuple[str, bytes]]):
        self.names = [n for n, _ in members]
        self.blobs = dict(members)
        self.lower = {n.lower(): n for n in self.names}
        ct_name = self.lower.get("[content_types].xml")
        if ct_name is None:
            raise AnonymiseError("文件不是有效的 Word（.docx）文档（缺少 [Content_Types].xml）", "not_docx")
        self.ct_name = ct_name
        self.ct_root = _parse_xml(self.blobs[ct_name], ct_name)
        self._ct_cache = None
        self.rels: dict[str, etree._Element] = {}
        for n in self.names:
            if _source_of(n) is not None:
                self.rels[n] = _parse_xml(self.blobs[n], n)

    # -- lookups
    def find(self, name: str | None) -> str | None:
        if name is None:
            return None
        return self.lower.get(name.lower())

    def overrides(self) -> list:
        return self.ct_root.findall(f"{{{_CT}}}Override")

    def content_type(self, part: str) -> str:
        if self._ct_cache is None:
            overrides = {
                (o.get("PartName") or "").lstrip("/").lower(): o.get("ContentType") or "" for o in self.overrides()
            }
            defaults = {
                (d.get("Extension") or "").lower(): d.get("ContentType") or ""
                for d in self.ct_root.findall(f"{{{_CT}}}Default")
            }
            self._ct_cache = (overrides, defaults)
        overrides, defaults = self._ct_cache
        if part.lower() in overrides:
            return overrides[part.lower()]
        return defaults.get(posixpath.splitext(part)[1].lstrip(".").lower(), "")

    def iter_rels(self):
        """(rels_name, source_part, Relationship element, resolved target or None)."""
        for rn, root in list(self.rels.items()):
            src = _source_of(rn)
            for rel in root.findall(f"{{{_PR}}}Relationship"):
                if (rel.get("TargetMode") or "Internal") == "External":
                    yield rn, src, rel, None
                else:
                    yield rn, src, rel, self.find(_resolve(src, rel.get("Target") or ""))

    def main_part(self) -> str | None:
        root = self.rels.get(self.find("_rels/.rels") or "")
        if root is None:
            return None
        for rel in root.findall(f"{{{_PR}}}Relationship"):
            if (
                _rel_suffix(rel.get("Type") or "") == "officeDocument"
                and (rel.get("TargetMode") or "Internal") != "External"
            ):
                return self.find(_resolve("", rel.get("Target") or ""))
        return None

    def reachable(self) -> set[str]:
        seen: set[str] = set()
        queue = [""]
        while queue:
            src = queue.pop()
            rn = self.find(_rels_name_for(src))
            if rn is None or rn not in self.rels:
                continue
            for rel in self.rels[rn].findall(f"{{{_PR}}}Relationship"):
                if (rel.get("TargetMode") or "Internal") == "External":
                    continue
                tgt = self.find(_resolve(src, rel.get("Target") or ""))
                if tgt and tgt not in seen:
                    seen.add(tgt)
                    queue.append(tgt)
        return seen

    def rel_types_by_target(self) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for _rn, _src, rel, tgt in self.iter_rels():
            if tgt:
                out.setdefault(tgt, set()).add(rel.get("Type") or "")
        return out

    # -- mutation
    def drop(self, parts: Iterable[str]) -> None:
        parts = {p for p in parts if p in self.blobs}
        if not parts:
            return
        lowered = {p.lower() for p in parts}
        for _rn, _src, rel, tgt in list(self.iter_rels()):
            if tgt and tgt.lower() in lowered:
                rel.getparent().remove(rel)
        for p in parts:
            rn = self.find(_rels_name_for(p))
            for name in [p] + ([rn] if rn else []):
                if name in self.blobs:
                    del self.blobs[name]
                    self.names.remove(name)
                    self.lower.pop(name.lower(), None)
                    self.rels.pop(name, None)

    def prune_content_types(self) -> None:
        self._ct_cache = None
        for o in self.overrides():
            if self.find((o.get("PartName") or "").lstrip("/")) is None:
                self.ct_root.remove(o)

    def set_override(self, part: str, content_type: str) -> None:
        self._ct_cache = None
        for o in self.overrides():
            if (o.get("PartName") or "").lstrip("/").lower() == part.lower():
                o.set("ContentType", content_type)
                return
        el = etree.SubElement(self.ct_root, f"{{{_CT}}}Override")
        el.set("PartName", "/" + part)
        el.set("ContentType", content_type)

    def rename(self, mapping: dict[str, str]) -> None:
        """Rename parts, moving their relationship files and fixing every target."""
        if not mapping:
            return
        cts = {old: self.content_type(old) for old in mapping}
        rels_moves = {}
        for old, new in mapping.items():
            rn = self.find(_rels_name_for(old))
            if rn:
                rels_moves[rn] = _rels_name_for(new)
        for _rn, src, rel, tgt in list(self.iter_rels()):
            new_src = mapping.get(src, src)
            if tgt is None:
                continue
            new_tgt = mapping.get(tgt, tgt)
            if new_src != src or new_tgt != tgt:
                base = posixpath.dirname(new_src) or "."
                rel.set("Target", posixpath.relpath(new_tgt, base))
        full = {**mapping, **rels_moves}
        self._ct_cache = None
        for o in self.overrides():
            p = self.find((o.get("PartName") or "").lstrip("/"))
            if p in mapping:
                self.ct_root.remove(o)
        self.names = [full.get(n, n) for n in self.names]
        self.blobs = {full.get(n, n): b for n, b in self.blobs.items()}
        self.rels = {full.get(n, n): r for n, r in self.rels.items()}
        self.lower = {n.lower(): n for n in self.names}
        for old, new in mapping.items():
            if cts[old]:
                self.set_override(new, cts[old])

    def to_bytes(self) -> bytes:
        self.blobs[self.ct_name] = _serialize(self.ct_root)
        for rn, root in self.rels.items():
            if rn in self.blobs:
                self.blobs[rn] = _serialize(root)
        first = [self.ct_name]
        root_rels = self.find("_rels/.rels")
        if root_rels:
            first.append(root_rels)
        order = first + [n for n in self.names if n not in first]
        return _write_zip((n, self.blobs[n]) for n in order)


def _load_docx(data: bytes, limits: Limits) -> tuple[_Package, str]:
    members = _read_zip(data, limits)
    names_lower = [n.lower() for n, _ in members]
    if any(n.endswith(("vbaproject.bin", "vbadata.xml")) for n in names_lower):
        raise AnonymiseError("文件包含宏（VBA），出于安全原因不予处理，请另存为不含宏的 .docx 后重新上传", "macro")
    if any("/activex/" in "/" + n for n in names_lower):
        raise AnonymiseError(
            "文件包含 ActiveX 控件，出于安全原因不予处理，请删除控件后另存为 .docx 重新上传", "activex"
        )
    pkg = _Package(members)
    all_cts = [o.get("ContentType") or "" for o in pkg.overrides()] + [
        d.get("ContentType") or "" for d in pkg.ct_root.findall(f"{{{_CT}}}Default")
    ]
    if any("macroenabled" in c.lower() or "vbaproject" in c.lower() or "vbadata" in c.lower() for c in all_cts):
        raise AnonymiseError("文件包含宏（VBA），出于安全原因不予处理，请另存为不含宏的 .docx 后重新上传", "macro")
    if any("activex" in c.lower() for c in all_cts):
        raise AnonymiseError(
            "文件包含 ActiveX 控件，出于安全原因不予处理，请删除控件后另存为 .docx 重新上传", "activex"
        )
    main = pkg.main_part()
    if main is None:
        raise AnonymiseError("文件不是有效的 Word（.docx）文档", "not_docx")
    ct = pkg.content_type(main)
    if ct == _TEMPLATE_MAIN_CT:
        raise AnonymiseError("该文件是 Word 模板（.dotx），请另存为 .docx 文档后重新上传", "not_docx")
    if ct != _DOCX_MAIN_CT:
        raise AnonymiseError("文件不是有效的 Word（.docx）文档", "not_docx")
    return pkg, main


# --------------------------------------------------------------------------- images

_RASTER_FORMATS = ("JPEG", "PNG", "GIF", "WEBP", "TIFF", "BMP")
_IMAGE_EXT = {"JPEG": "jpg", "PNG": "png", "GIF": "gif", "WEBP": "webp", "TIFF": "tif", "BMP": "bmp"}
_IMAGE_CT = {
    "JPEG": "image/jpeg",
    "PNG": "image/png",
    "GIF": "image/gif",
    "WEBP": "image/webp",
    "TIFF": "image/tiff",
    "BMP": "image/bmp",
}


def _detect_image(data: bytes) -> str | None:
    if data.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "GIF"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "WEBP"
    if data[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return "TIFF"
    if data[:2] == b"BM" and len(data) > 26:
        return "BMP"
    if len(data) > 44 and data[40:44] == b" EMF":
        return "EMF"
    if data[:4] == b"\xd7\xcd\xc6\x9a" or data[:6] in (b"\x01\x00\x09\x00\x00\x03", b"\x02\x00\x09\x00\x00\x03"):
        return "WMF"
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<svg") or (head.startswith(b"<?xml") and b"<svg" in data[:4096].lower()):
        return "SVG"
    return None


def detect_file_type(data: bytes) -> str:
    """'docx', 'zip', 'cfb', 'pdf', an image format name (JPEG, PNG, ...), or 'unknown'."""
    if data.startswith(b"PK\x03\x04"):
        return "zip"
    if data.startswith(_CFB_MAGIC):
        return "cfb"
    if data.startswith(b"%PDF"):
        return "pdf"
    return _detect_image(data) or "unknown"


def _webp_lossless(data: bytes) -> bool:
    pos = 12
    while pos + 8 <= len(data) and pos < 1 << 16:
        fourcc = data[pos : pos + 4]
        (size,) = struct.unpack("<I", data[pos + 4 : pos + 8])
        if fourcc == b"VP8L":
            return True
        if fourcc in (b"VP8 ", b"ANMF"):
            return False
        pos += 8 + size + (size & 1)
    return False


def _fresh_copy(im: Image.Image) -> Image.Image:
    """A new image holding only the pixels (and palette): no info, no EXIF, no tags."""
    new = Image.frombytes(im.mode, im.size, im.tobytes())
    if im.mode in ("P", "PA") and im.palette is not None:
        pal_mode = im.palette.mode
        new.putpalette(im.getpalette(pal_mode), pal_mode)
    return new


def _to_srgb(im: Image.Image) -> Image.Image:
    icc = im.info.get("icc_profile")
    if not icc or im.mode not in ("RGB", "RGBA"):
        return im
    try:
        from PIL import ImageCms

        src = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        dst = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))
        converted = ImageCms.profileToProfile(im, src, dst, outputMode=im.mode)
        return converted if converted is not None else im
    except Exception:  # unusable profile: drop it, keep pixels as they are
        return im


_IMG_SAFE_TRANSPARENCY_MODES = ("P", "L", "LA", "RGB", "1", "I", "I;16")


def _save_params(fmt: str, src: Image.Image, data: bytes) -> dict:
    params: dict = {}
    dpi = src.info.get("dpi")
    if dpi and fmt in ("JPEG", "PNG", "TIFF"):
        try:
            params["dpi"] = (float(dpi[0]), float(dpi[1]))
        except (TypeError, ValueError, IndexError):
            pass
    if fmt == "JPEG":
        params["quality"] = 95
        try:
            from PIL import JpegImagePlugin

            sampling = JpegImagePlugin.get_sampling(src)
            if sampling in (0, 1, 2):
                params["subsampling"] = sampling
        except Exception:
            pass
    elif fmt in ("PNG", "GIF"):
        t = src.info.get("transparency")
        if t is not None and src.mode in _IMG_SAFE_TRANSPARENCY_MODES:
            params["transparency"] = t
    elif fmt == "WEBP":
        if _webp_lossless(data):
            params["lossless"] = True
        else:
            params["quality"] = 95
    elif fmt == "TIFF":
        params["compression"] = "tiff_lzw"
    return params


def _image_error(exc: BaseException) -> AnonymiseError:
    if isinstance(exc, Image.DecompressionBombError):
        return AnonymiseError("图片像素数量过大（疑似解压炸弹），已拒绝处理", "image_bomb")
    return AnonymiseError("图片已损坏或格式无法识别，无法匿名化处理", "image_corrupt")


_IMAGE_EXC = (
    Image.DecompressionBombError,
    Image.UnidentifiedImageError,
    OSError,
    SyntaxError,
    ValueError,
    TypeError,
    IndexError,
    KeyError,
    EOFError,
    struct.error,
    MemoryError,
    ZeroDivisionError,
)


def anonymise_image(data: bytes, max_pixels: int = 40_000_000, *, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """Re-encode a raster image from its pixels only.

    Drops EXIF (incl. GPS, Artist, Copyright, XPAuthor), XMP, IPTC/Photoshop
    blocks, PNG tEXt/iTXt/zTXt, JPEG/GIF comments and ICC profiles (RGB images
    with a profile are converted to sRGB so they look the same).  EXIF rotation
    is applied to the pixels.  The format is kept (JPEG, PNG, GIF, WebP, TIFF,
    BMP; animations keep their frames).  Decompression bombs, corrupt and
    unsupported images raise :class:`AnonymiseError`.
    """
    if not data:
        raise AnonymiseError("图片文件为空", "image_corrupt")
    if len(data) > limits.max_image_bytes:
        raise AnonymiseError("图片文件过大，无法处理", "image_bomb")
    fmt = _detect_image(data)
    if fmt not in _RASTER_FORMATS:
        raise AnonymiseError("不支持的图片格式，请上传 JPEG、PNG、GIF 或 WebP 图片", "unsupported_type")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=[fmt]) as im:
                w, h = im.size
                if w <= 0 or h <= 0:
                    raise AnonymiseError("图片尺寸无效，无法处理", "image_corrupt")
                if w * h > max_pixels:
                    raise AnonymiseError(f"图片像素数量过大（{w}×{h}，疑似解压炸弹），已拒绝处理", "image_bomb")
                n_frames = getattr(im, "n_frames", 1) or 1
                if n_frames > limits.max_frames or n_frames * w * h > max_pixels * 2:
                    raise AnonymiseError("动画图片帧数过多，已拒绝处理", "image_bomb")
                params = _save_params(fmt, im, data)
                if n_frames == 1:
                    im.load()
                    try:
                        src = ImageOps.exif_transpose(im) or im
                    except _IMAGE_EXC:  # malformed EXIF: it is dropped anyway
                        src = im
                    src = _to_srgb(src)
                    clean = _fresh_copy(src)
                    extra_frames: list[Image.Image] = []
                else:
                    frames, durations, total = [], [], 0
                    for frame in ImageSequence.Iterator(im):
                        fw, fh = frame.size  # pages of a TIFF may differ in size
                        total += fw * fh
                        if fw * fh > max_pixels or total > max_pixels * 2:
                            raise AnonymiseError("图片像素数量过大（疑似解压炸弹），已拒绝处理", "image_bomb")
                        frame.load()
                        frames.append(_fresh_copy(frame))
                        durations.append(int(frame.info.get("duration", 100) or 100))
                    clean, extra_frames = frames[0], frames[1:]
                    params.update(save_all=True, append_images=extra_frames)
                    if fmt in ("GIF", "PNG", "WEBP"):
                        params["duration"] = durations
                        loop = im.info.get("loop", 0)
                        params["loop"] = int(loop) if isinstance(loop, int) else 0
                    if fmt == "GIF":
                        params.pop("transparency", None)
            out = io.BytesIO()
            clean.save(out, format=fmt, **params)
    except AnonymiseError:
        raise
    except _IMAGE_EXC as exc:  # includes Pillow's own bomb error
        raise _image_error(exc) from exc
    except Warning as exc:  # DecompressionBombWarning escalated
        raise AnonymiseError("图片像素数量过大（疑似解压炸弹），已拒绝处理", "image_bomb") from exc
    result = out.getvalue()
    _assert_image_clean(result, fmt)
    return result


# Structural checks on our own output: only pixel-carrying chunks may remain.
_PNG_OK = {b"IHDR", b"PLTE", b"tRNS", b"IDAT", b"IEND", b"pHYs", b"acTL", b"fcTL", b"fdAT", b"bKGD", b"gAMA", b"sRGB"}
_WEBP_OK = {b"VP8 ", b"VP8L", b"VP8X", b"ALPH", b"ANIM", b"ANMF"}
_TIFF_OK = {
    254,
    255,
    256,
    257,
    258,
    259,
    262,
    266,
    273,
    277,
    278,
    279,
    282,
    283,
    284,
    296,
    317,
    320,
    322,
    323,
    324,
    325,
    338,
    339,
    530,
    531,
    532,
}


def _gif_blocks_clean(data: bytes) -> bool:
    """Walk GIF blocks: no comment or plain-text extensions, and application
    extensions only for looping (NETSCAPE2.0 / ANIMEXTS1.0)."""

    def skip_sub_blocks(pos: int) -> int:
        while pos < len(data):
            n = data[pos]
            pos += 1
            if n == 0:
                return pos
            pos += n
        return -1

    if len(data) < 13:
        return False
    flags = data[10]
    pos = 13 + (3 * (2 ** ((flags & 7) + 1)) if flags & 0x80 else 0)
    while 0 <= pos < len(data):
        b = data[pos]
        if b == 0x3B:  # trailer
            return True
        if b == 0x21:
            label = data[pos + 1] if pos + 1 < len(data) else -1
            if label in (0xFE, 0x01):  # comment, plain text
                return False
            if label == 0xFF:
                size = data[pos + 2] if pos + 2 < len(data) else 0
                ident = data[pos + 3 : pos + 3 + size]
                if ident not in (b"NETSCAPE2.0", b"ANIMEXTS1.0"):
                    return False
            pos = skip_sub_blocks(pos + 2)
        elif b == 0x2C:  # image descriptor
            lflags = data[pos + 9] if pos + 9 < len(data) else 0
            pos += 10 + (3 * (2 ** ((lflags & 7) + 1)) if lflags & 0x80 else 0)
            pos = skip_sub_blocks(pos + 1)  # LZW minimum code size, then data
        else:
            return False
    return False


def _assert_image_clean(data: bytes, fmt: str) -> None:
    bad = AnonymiseError("图片元数据清除失败，已拒绝处理", "image_metadata")
    if fmt == "JPEG":
        pos = 2
        while pos + 4 <= len(data):
            if data[pos] != 0xFF:
                raise bad
            marker = data[pos + 1]
            if marker == 0xDA:  # start of scan: headers are over
                return
            (seglen,) = struct.unpack(">H", data[pos + 2 : pos + 4])
            payload = data[pos + 4 : pos + 2 + seglen]
            if marker == 0xFE:
                raise bad
            if 0xE0 <= marker <= 0xEF:
                if not (
                    (marker == 0xE0 and payload.startswith(b"JFIF\x00"))
                    or (marker == 0xEE and payload.startswith(b"Adobe"))
                ):
                    raise bad
            pos += 2 + seglen
        raise bad
    if fmt == "PNG":
        pos = 8
        while pos + 8 <= len(data):
            length, ctype = struct.unpack(">I4s", data[pos : pos + 8])
            if ctype not in _PNG_OK:
                raise bad
            pos += 12 + length
        return
    if fmt == "WEBP":
        pos = 12
        while pos + 8 <= len(data):
            fourcc = data[pos : pos + 4]
            (size,) = struct.unpack("<I", data[pos + 4 : pos + 8])
            if fourcc not in _WEBP_OK:
                raise bad
            pos += 8 + size + (size & 1)
        return
    if fmt == "GIF":
        if not _gif_blocks_clean(data):
            raise bad
        return
    if fmt == "TIFF":
        with Image.open(io.BytesIO(data)) as im:
            for i in range(getattr(im, "n_frames", 1)):
                im.seek(i)
                if set(im.tag_v2.keys()) - _TIFF_OK:
                    raise bad
        return


# --------------------------------------------------------------------------- raw residual search


def _needles(strings: Iterable[str]) -> list[tuple[str, bytes]]:
    out: list[tuple[str, bytes]] = []
    for s in strings:
        for variant in {s, "".join(s.split())}:
            if len(variant) < 2:
                continue
            for enc in ("utf-8", "utf-16-le", "utf-16-be", "gbk"):
                try:
                    b = variant.encode(enc)
                except UnicodeEncodeError:
                    continue
                if (s, b) not in out:
                    out.append((s, b))
                if enc == "utf-8" and variant.isascii():
                    out.append((s, b.lower()))
    return out


def _raw_hits(blob: bytes, needles: list[tuple[str, bytes]]) -> list[str]:
    hits: list[str] = []
    lowered = None
    for s, b in needles:
        if s in hits:
            continue
        if b in blob:
            hits.append(s)
            continue
        if b.islower():
            if lowered is None:
                lowered = blob.lower()
            if b in lowered:
                hits.append(s)
    return hits


def _raw_scan(blob: bytes, part: str, needles, limits: Limits, kind: str = "residual", depth: int = 0) -> list[Finding]:
    if not needles:
        return []
    findings = [
        Finding(part, kind, f"二进制部件中含有身份信息（{MASK}），无法自动清除，需人工处理", s)
        for s in _raw_hits(blob, needles)
    ]
    if depth < 2 and blob.startswith(b"PK\x03\x04"):
        try:
            for name, inner in _read_zip(blob, limits, what="嵌入文件"):
                findings += _raw_scan(inner, f"{part}!/{name}", needles, limits, kind, depth + 1)
        except AnonymiseError:
            findings.append(Finding(part, "unverified_media", "嵌入的压缩文件无法检查，需人工处理"))
    return findings


# --------------------------------------------------------------------------- DOCX cleaning


def _clean_attributes(root, part: str, matcher: _Matcher, findings: list[Finding], *, generic: bool = True) -> None:
    """Mask identity strings in attribute values (alt text, tooltips, field codes,
    content-control tags, style names ...): attributes are metadata, not body."""
    for el in root.iter(tag=etree.Element):
        el_local = _local(el.tag)
        for key, val in list(el.attrib.items()):
            if not val or len(val) < 2:
                continue
            local = _local(key)
            use_generic = generic and (
                local in _TEXT_ATTRS
                and (el_local in _TEXT_ATTR_ELEMENTS or local in ("descr", "title", "tooltip", "alt", "instr"))
            )
            ms = matcher.matches(val, generic=use_generic)
            ms = [m for m in ms if m.kind != "signature_cue"]
            if not ms:
                continue
            el.set(key, _mask(val, [(m.start, m.end) for m in ms]))
            for m in ms:
                findings.append(
                    Finding(
                        part,
                        m.kind,
                        f"已自动遮盖属性 {el_local}/@{local} 中的{KIND_LABELS.get(m.kind, m.kind)}",
                        m.text,
                        True,
                    )
                )


def _neutralise_word_xml(root, part: str) -> dict[str, int]:
    """Authors, dates, initials, rsids, image file names, XML comments."""
    stats = {"authors": 0, "dates": 0, "rsids": 0, "comments": _strip_comments_and_pis(root)}
    for el in list(root.iter(tag=etree.Element)):
        attrib = el.attrib
        for key in list(attrib):
            ns, local = _ns(key), _local(key)
            if local == "author":
                if attrib[key] != NEUTRAL_AUTHOR:
                    attrib[key] = NEUTRAL_AUTHOR
                    stats["authors"] += 1
            elif ns == _W and local == "initials":
                del attrib[key]
                stats["authors"] += 1
            elif (ns == _W and local == "date") or local == "dateUtc":
                del attrib[key]
                stats["dates"] += 1
            elif ns == _W and local.startswith("rsid"):
                del attrib[key]
                stats["rsids"] += 1
        el_local = _local(el.tag)
        if el_local in ("cNvPr", "docPr") and el.get("name") is not None:
            # python-docx and Word store the inserted image's file name here.
            el.set("name", f"图片 {el.get('id') or ''}".strip())
        elif el.tag == f"{{{_V}}}imagedata":
            for key in (f"{{{_O}}}title",):
                if key in el.attrib:
                    del el.attrib[key]
        elif el.tag == f"{{{_W}}}printerSettings":
            _remove_keep_tail(el)
    return stats


# savePreviewPicture makes Word write a cover thumbnail on the next save.
_SETTINGS_DROP = {
    "rsids",
    "docVars",
    "attachedTemplate",
    "mailMerge",
    "saveThroughXslt",
    "docId",
    "attachedSchema",
    "savePreviewPicture",
}
_SETTINGS_HEAD = ("writeProtection", "view", "zoom")


def _clean_settings(root, part: str, findings: list[Finding]) -> None:
    for child in list(root):
        local = _local(child.tag)
        if local in _SETTINGS_DROP:
            if local in ("docVars", "attachedTemplate", "mailMerge", "attachedSchema", "saveThroughXslt"):
                findings.append(
                    Finding(part, "metadata", f"已删除文档设置 {local}（可能含作者、模板路径或文档变量）", "", True)
                )
            _remove_keep_tail(child)
    present = {_local(c.tag) for c in root}
    insert_at = 0
    for i, child in enumerate(root):
        if _local(child.tag) in _SETTINGS_HEAD:
            insert_at = i + 1
    for local in ("removeDateAndTime", "removePersonalInformation"):
        if local not in present:
            root.insert(insert_at, etree.Element(f"{{{_W}}}{local}"))


def _prune_unreferenced_external(pkg: _Package, part: str, root) -> None:
    """Drop external relationships of ``part`` no longer referenced by any r:id."""
    rn = pkg.find(_rels_name_for(part))
    if rn is None or rn not in pkg.rels:
        return
    used = set()
    for el in root.iter(tag=etree.Element):
        for k, v in el.attrib.items():
            if _ns(k) in (_R, "http://purl.oclc.org/ooxml/officeDocument/relationships"):
                used.add(v)
    for rel in pkg.rels[rn].findall(f"{{{_PR}}}Relationship"):
        if (rel.get("TargetMode") or "") == "External" and rel.get("Id") not in used:
            pkg.rels[rn].remove(rel)


_CORE_KEEP_IF_CLEAN = {
    f"{{{_DC}}}title": "标题",
    f"{{{_DC}}}subject": "主题",
    f"{{{_CP}}}keywords": "关键词",
    f"{{{_DC}}}description": "备注",
    f"{{{_CP}}}category": "类别",
    f"{{{_CP}}}contentStatus": "状态",
    f"{{{_DC}}}language": "语言",
    f"{{{_DC}}}identifier": "标识符",
    f"{{{_CP}}}version": "版本",
}
_CORE_BLANK = {f"{{{_DC}}}creator": "作者", f"{{{_CP}}}lastModifiedBy": "最后修改者"}


def _clean_core(root, part: str, matcher: _Matcher, findings: list[Finding]) -> None:
    _strip_comments_and_pis(root)
    for child in list(root):
        tag = child.tag
        text = "".join(child.itertext()).strip()
        if tag in _CORE_BLANK:
            for sub in list(child):
                child.remove(sub)
            child.attrib.clear()
            child.text = ""
            if text:
                findings.append(Finding(part, "metadata", f"已清空文档属性“{_CORE_BLANK[tag]}”", "", True))
        elif tag == f"{{{_CP}}}revision":
            child.text = "1"
        elif tag in _CORE_KEEP_IF_CLEAN and len(child) == 0:
            if matcher.matches(text):
                _remove_keep_tail(child)
                findings.append(
                    Finding(part, "metadata", f"已删除含身份信息的文档属性“{_CORE_KEEP_IF_CLEAN[tag]}”", "", True)
                )
        else:
            # created/modified/lastPrinted (editing times) and anything unknown.
            _remove_keep_tail(child)


_APP_KEEP = {
    "Pages",
    "Words",
    "Characters",
    "Lines",
    "Paragraphs",
    "CharactersWithSpaces",
    "Application",
    "AppVersion",
    "DocSecurity",
    "ScaleCrop",
    "LinksUpToDate",
    "SharedDoc",
    "HyperlinksChanged",
}


def _clean_app(root, part: str, matcher: _Matcher, findings: list[Finding]) -> None:
    _strip_comments_and_pis(root)
    for child in list(root):
        local = _local(child.tag)
        text = "".join(child.itertext()).strip()
        if local in _APP_KEEP and len(child) == 0 and not matcher.matches(text):
            continue
        _remove_keep_tail(child)
        if text and local not in ("HeadingPairs", "TotalTime"):
            findings.append(Finding(part, "metadata", f"已删除文档属性 {local}", "", True))


def _clean_svg(root) -> None:
    for el in list(root.iter(f"{{{_SVG}}}metadata")):
        _remove_keep_tail(el)
    for el in root.iter(tag=etree.Element):
        for k in list(el.attrib):
            if "inkscape" in _ns(k) or "sodipodi" in _ns(k) or _local(k) in ("docname", "export-filename"):
                del el.attrib[k]


def _clean_rels(root, rels_name: str, matcher: _Matcher, findings: list[Finding]) -> None:
    _strip_comments_and_pis(root)
    for rel in root.findall(f"{{{_PR}}}Relationship"):
        if (rel.get("TargetMode") or "") != "External":
            continue
        target = rel.get("Target") or ""
        scheme = target.split(":", 1)[0].lower() if re.match(r"^[A-Za-z][A-Za-z0-9+.\-]*:", target) else ""
        decoded = unquote(target)
        hit = bool(matcher.matches(decoded)) or bool(matcher.matches(target))
        if scheme in ("http", "https", "ftp", "ftps") and not hit:
            continue
        if scheme == "about" and target == "about:blank":
            continue
        rel.set("Target", "about:blank")
        why = "邮件地址" if scheme == "mailto" else ("身份信息" if hit else "本地文件路径")
        findings.append(Finding(rels_name, "link", f"已清除外部链接目标（{why}）", decoded if hit else "", True))


def _scan_text_units(root, part: str, matcher: _Matcher) -> list[Finding]:
    """Findings for the identity strings in every text unit of ``root`` (not removed)."""
    findings: list[Finding] = []
    for unit in _text_units(root):
        text = _unit_text(unit)
        ms = matcher.matches(text)
        findings += _findings_for(text, ms, part)
    return findings


_SAFE_NAME_RE = re.compile(r"^[A-Za-z0-9_\-./\[\]]+$")


_X15AC = "http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac"


def _clean_embedded_opc(blob: bytes, part: str, matcher: _Matcher, limits: Limits) -> bytes | None:
    """Best-effort metadata cleaning of an embedded Office package (e.g. the
    workbook behind a chart): document properties, saved paths, comment and
    revision authors, XML comments, zip timestamps.  Returns None if ``blob``
    is not an Office package (e.g. a binary OLE object)."""
    if not blob.startswith(b"PK\x03\x04"):
        return None
    try:
        members = _read_zip(blob, limits, what="嵌入文件")
    except AnonymiseError:
        return None
    if not any(n.lower() == "[content_types].xml" for n, _ in members):
        return None
    sink: list[Finding] = []
    out: list[tuple[str, bytes]] = []
    for name, data in members:
        lname = name.lower()
        if lname.endswith((".xml", ".rels", ".vml")):
            try:
                root = _parse_xml(data, f"{part}!/{name}")
            except AnonymiseError:
                return None
            if lname == "docprops/core.xml":
                _clean_core(root, name, matcher, sink)
            elif lname == "docprops/app.xml":
                _clean_app(root, name, matcher, sink)
            elif lname == "docprops/custom.xml":
                for child in list(root):
                    root.remove(child)
            else:
                _neutralise_word_xml(root, name)
                for el in list(root.iter(f"{{{_X15AC}}}absPath")):
                    _remove_keep_tail(el)
                for el in root.iter(tag=etree.Element):
                    local = _local(el.tag)
                    if local == "author" and len(el) == 0 and el.text:  # spreadsheet comment authors
                        el.text = NEUTRAL_AUTHOR
                    for key in ("displayName", "userId", "providerId", "lastModifiedBy"):
                        if key in el.attrib:
                            el.set(key, NEUTRAL_AUTHOR if key == "displayName" else "")
                _clean_attributes(root, name, matcher, sink)
            data = _serialize(root)
        out.append((name, data))
    return _write_zip(out)


def _plan_renames(pkg: _Package, matcher: _Matcher) -> dict[str, str]:
    mapping: dict[str, str] = {}
    taken = {n.lower() for n in pkg.names}
    counter = 0
    for name in list(pkg.names):
        if name == pkg.ct_name or _source_of(name) is not None:
            continue
        if _SAFE_NAME_RE.match(name) and not matcher.profile_matches(name):
            continue
        d = posixpath.dirname(name)
        if not (_SAFE_NAME_RE.match(d or "x") and not matcher.profile_matches(d)):
            d = "word"
        ext = posixpath.splitext(name)[1].lower()
        if not re.match(r"^\.[a-z0-9]{1,8}$", ext):
            ext = ".bin"
        while True:
            counter += 1
            new = posixpath.join(d, f"part{counter}{ext}")
            if new.lower() not in taken:
                break
        taken.add(new.lower())
        mapping[name] = new
    return mapping


def anonymise_docx(
    data: bytes, profile: IdentityProfile | None = None, *, limits: Limits = DEFAULT_LIMITS
) -> AnonymisedFile:
    """Make a reviewer-safe copy of a DOCX.

    Metadata is removed automatically; identity strings in visible text are
    returned as findings (not removed) for an organiser to confirm and pass to
    :func:`apply_redactions`.  Raises :class:`AnonymiseError` for hostile or
    unsupported files.
    """
    profile = profile or IdentityProfile()
    matcher = _Matcher(profile)
    pkg, _main = _load_docx(data, limits)
    findings: list[Finding] = []
    drops: set[str] = set()

    # Parts nobody references are invisible in Word but still ship in the zip.
    reachable = pkg.reachable()
    for name in pkg.names:
        if name == pkg.ct_name:
            continue
        src = _source_of(name)
        if src is not None:
            if src == "" or pkg.find(src) in reachable:
                continue
        elif name in reachable:
            continue
        drops.add(name)
        findings.append(Finding(name, "metadata", "已删除未被引用的文档部件", "", True))

    rel_types = pkg.rel_types_by_target()
    for _rn, _src, rel, tgt in pkg.iter_rels():
        if _rel_suffix(rel.get("Type") or "") == "aFChunk" and tgt:
            findings.append(
                Finding(
                    tgt, "alt_chunk", "文档含外部导入内容（altChunk），其中可能含作者信息，无法自动检查，需人工处理"
                )
            )

    settings_parts: list[tuple[str, etree._Element]] = []
    for name in list(pkg.names):
        if name in drops or name == pkg.ct_name or _source_of(name) is not None:
            continue
        lname = name.lower()
        ct = pkg.content_type(name).lower()
        types = {_rel_suffix(t) for t in rel_types.get(name, ())}
        raw_types = rel_types.get(name, set())
        blob = pkg.blobs[name]

        if "core-properties" in types or ct.endswith("core-properties+xml"):
            root = _parse_xml(blob, name)
            _clean_core(root, name, matcher, findings)
            pkg.blobs[name] = _serialize(root)
        elif "extended-properties" in types or ct.endswith("extended-properties+xml"):
            root = _parse_xml(blob, name)
            _clean_app(root, name, matcher, findings)
            pkg.blobs[name] = _serialize(root)
        elif "custom-properties" in types or ct.endswith("custom-properties+xml"):
            drops.add(name)
            findings.append(Finding(name, "metadata", "已删除全部自定义文档属性", "", True))
        elif "thumbnail" in types:
            drops.add(name)
            findings.append(Finding(name, "metadata", "已删除文档缩略图（可能显示封面署名）", "", True))
        elif lname.startswith("customxml/") or "customXml" in types or "customxml" in ct:
            drops.add(name)
            findings.append(Finding(name, "metadata", "已删除自定义 XML 数据部件", "", True))
        elif (
            lname.startswith("_xmlsignatures/")
            or any("digital-signature" in t for t in raw_types)
            or "digital-signature" in ct
        ):
            drops.add(name)
            findings.append(Finding(name, "metadata", "已删除数字签名（含签名人证书信息）", "", True))
        elif "printerSettings" in types or "printersettings" in ct:
            drops.add(name)
            findings.append(Finding(name, "metadata", "已删除打印机设置（含打印机名称）", "", True))
        elif ct.endswith("wordprocessingml.people+xml") or "people" in types:
            root = _parse_xml(blob, name)
            if len(root):
                findings.append(Finding(name, "metadata", "已清空批注人员列表（people.xml）", "", True))
            for child in list(root):
                root.remove(child)
            _strip_comments_and_pis(root)
            pkg.blobs[name] = _serialize(root)
        elif (
            lname.startswith("word/embeddings/")
            or "oleobject" in ct
            or ct.endswith(".package")
            or {"oleObject", "package"} & types
        ):
            cleaned_blob = _clean_embedded_opc(blob, name, matcher, limits)
            if cleaned_blob is not None:
                pkg.blobs[name] = blob = cleaned_blob
                note = "文档含嵌入文件（如图表数据表），已清除其文档属性，但其内容仍可能含作者信息，需人工检查"
            else:
                note = "文档含嵌入对象（OLE），其内部可能含作者信息，无法自动清除，需人工处理"
            findings.append(Finding(name, "embedded_object", note))
            findings += _raw_scan(blob, name, _needles(matcher.literals), limits)
        elif "aFChunk" in types:
            findings += _raw_scan(blob, name, _needles(matcher.literals), limits)
        elif ct.startswith("image/") or "/media/" in lname or "image" in types:
            fmt = _detect_image(blob)
            if fmt in _RASTER_FORMATS:
                try:
                    pkg.blobs[name] = anonymise_image(blob, limits.max_pixels, limits=limits)
                except AnonymiseError as exc:
                    raise AnonymiseError(
                        f"文档中的图片 {posixpath.basename(name)} 无法处理：{exc.message}", exc.code
                    ) from exc
            elif fmt == "SVG":
                root = _parse_xml(blob, name)
                _strip_comments_and_pis(root)
                _clean_svg(root)
                _clean_attributes(root, name, matcher, findings)
                findings += _scan_text_units(root, name, matcher)
                pkg.blobs[name] = _serialize(root)
            elif fmt in ("EMF", "WMF"):
                findings += _raw_scan(blob, name, _needles(matcher.literals), limits, kind="media_text")
            else:
                findings.append(Finding(name, "unverified_media", "无法识别的媒体文件，无法检查其元数据，需人工处理"))
                findings += _raw_scan(blob, name, _needles(matcher.literals), limits)
        elif ct.endswith("xml") or lname.endswith((".xml", ".vml")):
            root = _parse_xml(blob, name)
            _neutralise_word_xml(root, name)
            if ct.endswith("wordprocessingml.settings+xml") or lname.endswith("/settings.xml"):
                _clean_settings(root, name, findings)
                settings_parts.append((name, root))
            _clean_attributes(root, name, matcher, findings)
            findings += _scan_text_units(root, name, matcher)
            pkg.blobs[name] = _serialize(root)
        else:
            # Fonts and other binaries: nothing to rewrite, but search them.
            findings += _raw_scan(blob, name, _needles(matcher.literals), limits)

    for name, root in settings_parts:
        _prune_unreferenced_external(pkg, name, root)
    for rn, root in pkg.rels.items():
        if rn not in drops:
            _clean_rels(root, rn, matcher, findings)

    pkg.drop(drops)
    # Parts reachable only through dropped parts are now orphans too.
    while True:
        reachable = pkg.reachable()
        orphans = {n for n in pkg.names if n != pkg.ct_name and _source_of(n) is None and n not in reachable}
        orphans |= {n for n in pkg.names if (src := _source_of(n)) not in (None, "") and pkg.find(src) is None}
        if not orphans:
            break
        pkg.drop(orphans)
    pkg.prune_content_types()

    mapping = _plan_renames(pkg, matcher)
    if mapping:
        findings.append(
            Finding(
                "[package]", "metadata", f"已将 {len(mapping)} 个含身份信息或非常规字符的部件改为中性名称", "", True
            )
        )
        pkg.rename(mapping)
        findings = [replace(f, part=mapping[f.part]) if f.part in mapping else f for f in findings]

    return AnonymisedFile(pkg.to_bytes(), findings, content_type=DOCX_CONTENT_TYPE)


# --------------------------------------------------------------------------- redaction


def _normalise_redactions(redactions: Iterable) -> list[str]:
    out: list[str] = []
    for r in redactions:
        if isinstance(r, Finding):
            if not r.suggest_redaction:
                continue
            s = r.matched
        else:
            s = str(r)
        s = s.strip()
        if not s:
            continue
        if len("".join(s.split())) < 2:
            raise AnonymiseError(f"遮盖内容至少需要 2 个字符：“{s}”", "bad_redaction")
        if s not in out:
            out.append(s)
    return out


def apply_redactions(data: bytes, redactions: Iterable, *, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """Replace every occurrence of each redaction string with ``■■■``.

    Works on the text of all parts (body, headers, footers, notes, comments,
    text boxes, charts, metadata), also when Word split the string across runs
    of one paragraph, and on attribute values and external link targets.
    Matching ignores whitespace between characters and full-width/half-width
    and ASCII case differences.  ``redactions`` may contain strings or
    :class:`Finding` objects (their ``matched`` text is used).
    """
    strings = _normalise_redactions(redactions)
    pkg, _main = _load_docx(data, limits)
    if not strings:
        return pkg.to_bytes()
    matcher = _Matcher(IdentityProfile(extra=strings), generic=False)
    sink: list[Finding] = []
    for name in list(pkg.names):
        if name == pkg.ct_name:
            continue
        if name in pkg.rels:
            _clean_rels(pkg.rels[name], name, matcher, sink)
            continue
        ct = pkg.content_type(name).lower()
        blob = pkg.blobs[name]
        is_svg = _detect_image(blob) == "SVG"
        if not (ct.endswith("xml") or name.lower().endswith((".xml", ".vml")) or is_svg):
            continue
        root = _parse_xml(blob, name)
        for unit in _text_units(root):
            ms = matcher.profile_matches(_unit_text(unit))
            if ms:
                _rewrite_unit(unit, [(m.start, m.end) for m in ms])
        _clean_attributes(root, name, matcher, sink, generic=False)
        pkg.blobs[name] = _serialize(root)
    return pkg.to_bytes()


# --------------------------------------------------------------------------- verification


def verify_clean(
    data: bytes, profile: IdentityProfile | None = None, extra: Iterable[str] = (), *, limits: Limits = DEFAULT_LIMITS
) -> list[Finding]:
    """Release gate: every place where a profile/extra string still occurs.

    Searches every member of a DOCX (decoded XML text and attributes with
    whitespace-tolerant matching, plus the raw bytes in UTF-8, UTF-16LE/BE and
    GBK), or the raw bytes and metadata of an image.  An empty list means the
    file may be released to reviewers.
    """
    base = profile or IdentityProfile()
    prof = IdentityProfile(base.names, base.units, base.emails, base.phones, [*base.extra, *_as_list(list(extra))])
    matcher = _Matcher(prof, generic=False)
    needles = _needles(prof.strings())
    out: list[Finding] = []
    kind = detect_file_type(data)
    if kind == "zip":
        for s in _raw_hits(data, needles):  # zip comment, member names, extras
            out.append(Finding("[package]", "residual", "压缩包结构中含有身份信息", s))
        for name, blob in _read_zip(data, limits):
            for s in _raw_hits(name.encode("utf-8"), needles):
                out.append(Finding(name, "residual", "部件名称中含有身份信息", s))
            out += _raw_scan(blob, name, needles, limits)
            is_xml = name.lower().endswith((".xml", ".rels", ".vml")) or _detect_image(blob) == "SVG"
            if is_xml:
                root = _parse_xml(blob, name)
                for unit in _text_units(root):
                    text = _unit_text(unit)
                    ms = matcher.profile_matches(text)
                    out += [Finding(name, "residual", _excerpt(text, ms, m), m.text) for m in ms]
                for el in root.iter():
                    if not isinstance(el.tag, str):  # comments / PIs
                        text = el.text or ""
                        ms = matcher.profile_matches(text)
                        out += [Finding(name, "residual", "XML 注释中含有身份信息", m.text) for m in ms]
                        continue
                    for k, v in el.attrib.items():
                        for m in matcher.profile_matches(v):
                            out.append(
                                Finding(name, "residual", f"属性 {_local(el.tag)}/@{_local(k)} 中含有身份信息", m.text)
                            )
        return out
    out += _raw_scan(data, "file", needles, limits)
    fmt = _detect_image(data)
    if fmt in _RASTER_FORMATS:
        try:
            _assert_image_clean(data, fmt)
        except AnonymiseError:
            out.append(Finding("file", "residual", "图片仍含元数据"))
    return out


# --------------------------------------------------------------------------- files


_NAME_BAD = re.compile(r"[^\w\-]+", re.UNICODE)


def _name_component(s: str, what: str) -> str:
    s = _NAME_BAD.sub("-", str(s)).strip("-_.")
    s = re.sub(r"-{2,}", "-", s)
    if not s:
        raise ValueError(f"{what} must contain letters or digits")
    return s[:40]


def neutral_file_name(code: str, kind: str = "书稿", index: int = 1, ext: str = "docx") -> str:
    """Reviewer-facing file name built only from the pseudonymous review code,
    e.g. ``neutral_file_name("审-2026-7F3K", "书稿", 1, "docx")`` ->
    ``审-2026-7F3K_书稿_01.docx``.  Never derived from the original name."""
    code_c = _name_component(code, "code")
    kind_c = _name_component(kind or "文件", "kind")
    if isinstance(index, bool) or not isinstance(index, int) or index < 0 or index > 9999:
        raise ValueError("index must be an int between 0 and 9999")
    ext_c = str(ext).lower().lstrip(".")
    if not re.fullmatch(r"[a-z0-9]{1,8}", ext_c):
        raise ValueError("ext must be 1-8 ASCII letters or digits")
    return f"{code_c}_{kind_c}_{index:02d}.{ext_c}"


_UNSUPPORTED_MSG = "该文件类型无法匿名化处理，请上传 DOCX 或图片格式"


def anonymise_file(
    data: bytes,
    original_name: str,
    profile: IdentityProfile | None,
    code: str,
    kind: str = "书稿",
    index: int = 1,
    *,
    limits: Limits = DEFAULT_LIMITS,
) -> AnonymisedFile:
    """Anonymise an uploaded manuscript file of any supported type.

    The type is detected from the content, not the name; the returned
    ``file_name`` is :func:`neutral_file_name` of the review code.  The original
    name is only scanned (identities in it are reported as cleaned findings).
    """
    if not data:
        raise AnonymiseError("文件为空", "empty")
    ftype = detect_file_type(data)
    name_findings = [
        Finding("文件名", "file_name", f.excerpt, f.matched, True)
        for f in scan_text(original_name or "", profile, "文件名")
    ]
    if ftype == "zip":
        try:
            result = anonymise_docx(data, profile, limits=limits)
        except AnonymiseError as exc:
            if exc.code == "not_docx":
                raise AnonymiseError(_UNSUPPORTED_MSG, "unsupported_type") from exc
            raise
        result.findings = name_findings + result.findings
        result.file_name = neutral_file_name(code, kind, index, "docx")
        return result
    if ftype == "cfb":
        raise AnonymiseError(
            "该文件为旧版 Word（.doc）格式或设置了打开密码，无法匿名化处理，请另存为未加密的 DOCX 后重新上传",
            "encrypted_or_doc",
        )
    if ftype in _RASTER_FORMATS:
        content = anonymise_image(data, limits.max_pixels, limits=limits)
        return AnonymisedFile(
            content, name_findings, neutral_file_name(code, kind, index, _IMAGE_EXT[ftype]), _IMAGE_CT[ftype]
        )
    raise AnonymiseError(_UNSUPPORTED_MSG, "unsupported_type")
