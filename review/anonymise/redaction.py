"""Masking confirmed findings in a cleaned DOCX, even where Word split them across runs."""

from __future__ import annotations

from collections.abc import Iterable

from review.anonymise.core import AnonymiseError, DEFAULT_LIMITS, Finding, IdentityProfile, Limits
from review.anonymise.matching import _Matcher
from review.anonymise.xmlparts import _parse_xml, _rewrite_unit, _serialize, _text_units, _unit_text
from review.anonymise.package import bytes_of, head_of, spool_for, _load_docx
from review.anonymise.images import _detect_image
from review.anonymise.ooxml import _clean_attributes, _clean_rels

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


def apply_redactions(source, redactions: Iterable, *, limits: Limits = DEFAULT_LIMITS, out: str | None = None) -> bytes | None:
    """Replace every occurrence of each redaction string with ``■■■``.

    Works on the text of all parts (body, headers, footers, notes, comments,
    text boxes, charts, metadata), also when Word split the string across runs
    of one paragraph, and on attribute values and external link targets.
    Matching ignores whitespace between characters and full-width/half-width
    and ASCII case differences.  ``redactions`` may contain strings or
    :class:`Finding` objects (their ``matched`` text is used).

    ``source`` is bytes (the masked copy is returned) or a file's path (the masked copy is
    written into the file ``out``, large binary parts copied in chunks; None is returned).
    """
    strings = _normalise_redactions(redactions)
    with spool_for(source) as spool:
        pkg, _main = _load_docx(source, limits, spool)
        if strings:
            _redact(pkg, strings, limits)
        return pkg.to_bytes(out if spool else None)


def _redact(pkg, strings: list[str], limits: Limits) -> None:
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
        is_svg = _detect_image(head_of(blob)) == "SVG"
        if not (ct.endswith("xml") or name.lower().endswith((".xml", ".vml")) or is_svg):
            continue
        root = _parse_xml(bytes_of(blob, limits.max_xml_bytes), name)
        for unit in _text_units(root):
            ms = matcher.profile_matches(_unit_text(unit))
            if ms:
                _rewrite_unit(unit, [(m.start, m.end) for m in ms])
        _clean_attributes(root, name, matcher, sink, generic=False)
        pkg.blobs[name] = _serialize(root)
