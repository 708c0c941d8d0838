"""The version chooser of the committee's workspace: the first few selectable versions matching
what the committee typed, so the page and the answer cost the same at 100 or 18,000 versions.

Which versions are offered is S6 (Art. 28(4), 36(8)) as ``TextbookVersion.objects.selectable()``
filters it (``textbooks.rules.selectable_filter``); whether a chosen one may serve a course is
still decided by ``services.select_textbook`` (S3–S8), so a forged id is refused there.
"""

from django.db.models import Q

from textbooks.models import TextbookVersion
from textbooks.rules import normalise_isbn

CHOICES_SHOWN = 20
MAX_QUERY_LENGTH = 50


def matching_versions(text, limit=CHOICES_SHOWN):
    """Up to ``limit`` selectable versions whose title or ISBN contains ``text`` (all of them
    when it is empty), by title; and whether more match than are returned."""
    text = (text or "").strip()[:MAX_QUERY_LENGTH]
    versions = TextbookVersion.objects.selectable().select_related("textbook").order_by("textbook__title", "-edition", "pk")
    if text:
        matches = Q(textbook__title__icontains=text) | Q(isbn__icontains=text)
        digits = normalise_isbn(text)
        if digits and digits != text:
            matches |= Q(isbn__icontains=digits)
        versions = versions.filter(matches)
    found = list(versions[: limit + 1])
    return found[:limit], len(found) > limit


def choice(version):
    """How the chooser names a version: title, edition and ISBN, as the dropdown did."""
    return {"id": version.pk, "label": f"{version} {version.isbn}"}
