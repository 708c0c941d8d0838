"""The release gate: every byte of every part searched for the profile's strings (R3)."""

from __future__ import annotations

from collections.abc import Iterable

from review.anonymise.core import (
    AnonymiseError,
    _as_list,
    DEFAULT_LIMITS,
    Finding,
    IdentityProfile,
    Limits,
    MASK,
    _part_label,
)
from review.anonymise.matching import _excerpt, _Matcher
from review.anonymise.xmlparts import _local, _parse_xml, _text_units, _unit_text
from review.anonymise.package import as_blob, Blob, bytes_of, head_of, SpooledPart, spool_for, _read_zip
from review.anonymise.images import _assert_image_clean, detect_file_type, _detect_image, _RASTER_FORMATS

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


def _hits_in(blob: bytes, needles: list[tuple[str, bytes]]) -> list[str]:
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


def _raw_hits(blob: Blob, needles: list[tuple[str, bytes]]) -> list[str]:
    if isinstance(blob, bytes):
        return _hits_in(blob, needles)
    # A spooled part is searched chunk by chunk, overlapping by the longest needle.
    overlap = max((len(b) for _s, b in needles), default=1) - 1
    hits: list[str] = []
    carry = b""
    for chunk in blob.chunks():
        window = carry + chunk
        hits += [s for s in _hits_in(window, needles) if s not in hits]
        carry = window[len(window) - overlap:] if overlap else b""
    return hits


def _raw_scan(blob: Blob, part: str, needles, limits: Limits, kind: str = "residual", depth: int = 0) -> list[Finding]:
    if not needles:
        return []
    findings = [
        Finding(part, kind, f"二进制部件中含有身份信息（{MASK}），无法自动清除，需人工处理", s)
        for s in _raw_hits(blob, needles)
    ]
    if depth < 2 and blob.startswith(b"PK\x03\x04"):
        source = blob.path if isinstance(blob, SpooledPart) else blob
        try:
            with spool_for(source) as spool:
                for name, inner in _read_zip(source, limits, what="嵌入文件", spool=spool):
                    findings += _raw_scan(inner, f"{part}!/{name}", needles, limits, kind, depth + 1)
        except AnonymiseError:
            findings.append(Finding(part, "unverified_media", "嵌入的压缩文件无法检查，需人工处理"))
    return findings


def _whole(source, limits: Limits) -> bytes:
    """A file that is only handled whole (a PDF, an image), within the in-memory input bound."""
    return bytes_of(as_blob(source), limits.max_input_bytes)


# --------------------------------------------------------------------------- verification


def verify_clean(
    source, profile: IdentityProfile | None = None, extra: Iterable[str] = (), *, limits: Limits = DEFAULT_LIMITS
) -> list[Finding]:
    """Release gate: every place where a profile/extra string still occurs.

    Searches every member of a DOCX (decoded XML text and attributes with
    whitespace-tolerant matching, plus the raw bytes in UTF-8, UTF-16LE/BE and
    GBK), or the raw bytes and metadata of an image.  An empty list means the
    file may be released to reviewers.  ``source`` is bytes or a file's path (read part by
    part, large binary parts in chunks).
    """
    base = profile or IdentityProfile()
    prof = IdentityProfile(base.names, base.units, base.emails, base.phones, [*base.extra, *_as_list(list(extra))])
    matcher = _Matcher(prof, generic=False)
    needles = _needles(prof.strings())
    out: list[Finding] = []
    kind = detect_file_type(head_of(as_blob(source)))
    if kind == "pdf":
        from review.anonymise.pdf import pdf_residual

        return pdf_residual(_whole(source, limits), base, _as_list(list(extra)), limits=limits)
    if kind == "zip":
        for s in _raw_hits(as_blob(source), needles):  # zip comment, member names, extras
            out.append(Finding("[package]", "residual", "压缩包结构中含有身份信息", s))
        with spool_for(source) as spool:
            for name, blob in _read_zip(source, limits, spool=spool):
                for s in _raw_hits(name.encode("utf-8"), needles):
                    out.append(Finding(name, "residual", "部件名称中含有身份信息", s))
                out += _raw_scan(blob, name, needles, limits)
                is_xml = name.lower().endswith((".xml", ".rels", ".vml")) or _detect_image(head_of(blob)) == "SVG"
                if is_xml:
                    out += _xml_residual(_parse_xml(bytes_of(blob, limits.max_xml_bytes), name), name, matcher)
        return out
    data = _whole(source, limits)
    out += _raw_scan(data, "file", needles, limits)
    fmt = _detect_image(data)
    if fmt in _RASTER_FORMATS:
        try:
            _assert_image_clean(data, fmt)
        except AnonymiseError:
            out.append(Finding("file", "residual", "图片仍含元数据"))
    return out


def _xml_residual(root, name: str, matcher: _Matcher) -> list[Finding]:
    out: list[Finding] = []
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
                out.append(Finding(name, "residual", f"属性 {_local(el.tag)}/@{_local(k)} 中含有身份信息", m.text))
    return out


def reviewer_view(source, *, limits: Limits = DEFAULT_LIMITS) -> list[tuple[str, str]]:
    """What a reviewer will read in a copy, part by part: (part label, text).

    The organiser confirms exactly this before release (R3); images carry no text and are
    listed as such.  ``source`` is bytes or a file's path.
    """
    kind = detect_file_type(head_of(as_blob(source)))
    if kind == "pdf":
        from review.anonymise.pdf import page_texts

        pages = page_texts(_whole(source, limits), limits=limits)
        return [(f"第{n}页", text) for n, text in enumerate(pages, start=1) if text.strip()]
    if kind != "zip":
        return [("图片", "（图片已按像素重新编码，不含任何元数据）")]
    view = []
    with spool_for(source) as spool:
        for name, blob in _read_zip(source, limits, spool=spool):
            lower = name.lower()
            if not (lower.startswith("word/") and lower.endswith(".xml")) or "/_rels/" in lower:
                continue
            texts = [t for t in (_unit_text(unit).strip() for unit in _text_units(_parse_xml(blob, name))) if t]
            if texts:
                view.append((_part_label(name), "\n".join(texts)))
    return view
