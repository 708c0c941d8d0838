"""What a change request changes (Art. 23): the fields side by side and a readable difference of
the manuscript, so that HRSS sees whether the change is substantive before deciding."""

import difflib
import hashlib
import zipfile

from lxml import etree

MAX_DIFF_LINES = 400
_CHUNK = 1 << 20
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _digest(field_file):
    """The file's SHA-256, read in chunks (manuscripts run to a gigabyte)."""
    digest = hashlib.sha256()
    with field_file.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _paragraphs(field_file):
    """The text lines of a DOCX manuscript, streamed from its main part (pictures are never read);
    None for a PDF or an unreadable file. Uploads passed the OOXML gate; the parser still resolves
    no entities and fetches nothing."""
    if not field_file.name.lower().endswith(".docx"):
        return None
    lines = []
    try:
        with field_file.open("rb") as handle, zipfile.ZipFile(handle) as package, package.open("word/document.xml") as part:
            for _, paragraph in etree.iterparse(part, tag=f"{_W}p", resolve_entities=False, no_network=True, huge_tree=False):
                text = "".join(paragraph.itertext(f"{_W}t"))
                if text.strip():
                    lines.append(text)
                paragraph.clear()
    except (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError):
        return None
    return lines


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
    old, new = change.version.manuscript, change.new_manuscript
    old_sha256, new_sha256 = _digest(old) if old else "", _digest(new)
    result = {"old_sha256": old_sha256, "new_sha256": new_sha256, "identical": old_sha256 == new_sha256, "lines": None}
    before = _paragraphs(old) if old else []
    after = _paragraphs(new)
    if before is not None and after is not None:
        diff = list(difflib.unified_diff(before, after, "现行版本", "变更申请", lineterm="", n=1))
        result["lines"] = diff[:MAX_DIFF_LINES]
        result["truncated"] = len(diff) > MAX_DIFF_LINES
        result["changed"] = sum(1 for line in diff[2:] if line[:1] in "+-")
    return result
