"""Closest catalogue entries to a code or name a document gives: offered to the teacher when an
imported standard names a major or course the catalogue does not know (issue 16), instead of
refusing the file."""

import difflib
import unicodedata


def _key(text):
    return unicodedata.normalize("NFKC", text or "").strip().lower()


def closest(code, name, entries, limit=5):
    """The ``limit`` entries (objects with ``code`` and ``name``) nearest to ``code``/``name``, best
    first; an exact code comes first."""

    def score(entry):
        exact = 2.0 if code and _key(entry.code) == _key(code) else 0.0
        by_code = difflib.SequenceMatcher(None, _key(code), _key(entry.code)).ratio() if code else 0.0
        by_name = difflib.SequenceMatcher(None, _key(name), _key(entry.name)).ratio() if name else 0.0
        return exact + max(by_code, by_name) + (by_code + by_name) / 10

    return sorted(entries, key=score, reverse=True)[:limit]
