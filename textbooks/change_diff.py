"""What a change request changes (Art. 23): the fields side by side and a readable difference of
the manuscript, so that HRSS sees whether the change is substantive before deciding."""

import difflib
import hashlib
import io
import zipfile

import docx

MAX_DIFF_LINES = 400


def _digest(data):
    return hashlib.sha256(data).hexdigest()


def _paragraphs(name, data):
    """The text lines of a DOCX manuscript; None for a PDF or an unreadable file."""
    if not name.lower().endswith(".docx"):
        return None
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError):
        return None
    return [p.text for p in document.paragraphs if p.text.strip()]


def _read(field_file):
    if not field_file:
        return b""
    with field_file.open("rb") as handle:
        return handle.read()


def field_rows(change):
    """(label, current, requested) for every field the request changes."""
    version = change.version
    rows = []
    if change.new_chief_editor_id:
        rows.append(("主编（第十四条）", version.chief_editor.name if version.chief_editor else "—", change.new_chief_editor.name))
    if change.new_price is not None:
        rows.append(("定价（元）", str(version.price or "—"), str(change.new_price)))
    if change.new_description:
        rows.append(("内容简介", version.description or "—", change.new_description))
    return rows


def manuscript_difference(change):
    """The manuscript's difference: digests, and for DOCX the changed lines (unified diff)."""
    if not change.new_manuscript:
        return None
    old, new = _read(change.version.manuscript), _read(change.new_manuscript)
    result = {"old_sha256": _digest(old) if old else "", "new_sha256": _digest(new), "identical": old == new, "lines": None}
    before = _paragraphs(change.version.manuscript.name, old) if old else []
    after = _paragraphs(change.new_manuscript.name, new)
    if before is not None and after is not None:
        diff = list(difflib.unified_diff(before, after, "现行版本", "变更申请", lineterm="", n=1))
        result["lines"] = diff[:MAX_DIFF_LINES]
        result["truncated"] = len(diff) > MAX_DIFF_LINES
        result["changed"] = sum(1 for line in diff[2:] if line[:1] in "+-")
    return result
