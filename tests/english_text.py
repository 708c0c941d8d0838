"""What counts as English left in the interface (issue 15): runs of English words in what a user
reads or hears — the visible text, tooltips, labels read by screen readers, placeholders — outside
proper names, file formats and codes. Shared by the server-side walker over every admin and public
page (tests/test_admin_in_chinese.py) and the browser journeys (tests/e2e/test_homes.py)."""

import json
import re

# Words that are names or formats, not untranslated interface text.
ALLOWED_WORDS = {
    "ISBN", "DOCX", "XLSX", "PDF", "CSV", "API", "JSON", "Word", "Excel", "Chrome", "Chromium", "Noto",
    "Wagtail",  # the admin's own credit line and the noscript notice name the software
    # Keys as printed on the keyboard, in the shortcuts dialog.
    "Ctrl", "Alt", "Shift", "Esc", "Enter", "Tab",
    # Names of technologies in course and textbook titles (计算机类 majors): data, not interface.
    "Java", "Python", "Linux", "Windows", "Web", "Office", "Photoshop", "Android",
}
ENGLISH_WORD = re.compile(r"(?<![A-Za-z0-9@._/#:=-])[A-Za-z][a-z]{2,}(?:[ \t]+[A-Za-z][a-z]+)*(?![A-Za-z0-9@._/-])")
# Attributes whose text a user reads (tooltips, placeholders) or a screen reader speaks.
READ_ATTRIBUTES = ("title", "aria-label", "placeholder", "alt", "aria-description", "data-w-tooltip-content-value")
# Elements whose text nobody reads: code, and the SVG sprite's symbol ids.
UNREAD_ELEMENTS = ("script", "style", "svg", "code", "pre")


def english_left(text):
    """Runs of English words (three letters or more, with lower case: codes like 审-2026-7F3K and
    e-mail addresses are not words) that are not in ALLOWED_WORDS."""
    return sorted({
        match.group(0) for match in ENGLISH_WORD.finditer(text)
        if not set(match.group(0).split()) <= ALLOWED_WORDS
    })


def readable_text(html):
    """The text of an HTML page or fragment as users meet it: element text (templates that scripts
    show later included) and the read attributes; scripts, styles, icons and code left out."""
    import lxml.html

    if not html.strip():
        return ""
    root = lxml.html.fromstring(html)
    # Elements hidden until a script fills them (the side panel's counter holds a placeholder
    # "None" until then) are left out too: the messages scripts write are checked in the
    # translation catalogues themselves (tests/test_locale.py).
    for element in list(root.iter(*UNREAD_ELEMENTS)) + root.xpath("//*[@hidden]"):
        if element.getparent() is None:
            return ""
        element.drop_tree()
    # Text node by text node: words of neighbouring elements are separate phrases.
    parts = [" ".join(text.split()) for text in root.itertext()]
    for attribute in READ_ATTRIBUTES:
        parts += [" ".join(value.split()) for value in root.xpath(f"//@{attribute}")]
    for element in root.xpath("//input[@type='submit' or @type='button']"):
        parts.append(element.get("value", ""))
    # <template> contents are a separate document fragment in the browser but plain children here.
    return "\n".join(parts)


def response_text(response):
    """Readable text of an HTML response, or of the HTML inside a modal's JSON answer."""
    content_type = response.get("Content-Type", "")
    if getattr(response, "streaming", False):
        return None  # a file download
    body = response.content.decode("utf-8", "replace")
    if content_type.startswith("text/html"):
        return readable_text(body)
    if content_type.startswith("application/json"):
        try:
            data = json.loads(body)
        except ValueError:
            return ""
        if isinstance(data, dict) and isinstance(data.get("html"), str):
            return readable_text(data["html"])
    return None
