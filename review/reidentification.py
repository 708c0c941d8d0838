"""R3 (Art. 21): what a reviewer could find on the public site from what they are shown.

The item itself lists the public records reachable from its exact title (``public_namesakes``:
earlier editions in the catalogue and its API, published standards and their curriculum pages).
This module adds the site search as a reviewer would use it: every title and metadata value the
reviewer will see is put to the public search (search.service.search, the function the public
search page and the catalogue API answer with), and every hit on the first page that is a public
record of the same work (its title holds the work's title without edition or bracketed notes:
an earlier edition, a renamed revision, the published standard) is a record that names the unit
and its people. Hits about other works are not: a generic value (an edition, a category, a level)
lists every unit's books, which tells a reviewer nothing about this one.
"""

import logging
import re

from django.utils.html import strip_tags

logger = logging.getLogger(__name__)

# The first page is what a reviewer reads.
HITS_READ = 20
_BRACKETED = re.compile(r"[（(][^（）()]*[）)]")
_EDITION = re.compile(r"第[一二三四五六七八九十\d]+版|\d{4}\s*版|修订版")


def work_core(title):
    """A work's title without edition, year edition or bracketed notes: 数控车床编程与操作（第二版）
    → 数控车床编程与操作."""
    return _EDITION.sub("", _BRACKETED.sub("", title or "")).strip(" 　-—·")


def search_records(values, identities, exact_title):
    """{"where", "names"} for every public search hit (first page) of each value that is a public
    record of the same work as ``exact_title``; its names are the identities its title or snippet
    shows, or all of them when it shows none there (its page names the unit and chief editor)."""
    from search.results import SearchQuery
    from search.service import search

    core = work_core(exact_title)
    if len(core) < 2:
        return []
    wanted = sorted({i.strip() for i in identities if i and i.strip()}, key=len, reverse=True)
    records, seen = [], set()
    for value in dict.fromkeys(v.strip() for v in values if v and v.strip()):
        try:
            hits = search(SearchQuery(text=value[:200], per_page=HITS_READ)).hits
        except Exception:  # the search server is down: the release re-checks (services.release)
            logger.exception("re-identification search failed")
            continue
        for hit in hits:
            if core not in work_core(hit.title) or hit.doc_id in seen:
                continue
            seen.add(hit.doc_id)
            text = f"{hit.title} {strip_tags(hit.snippet_html)}"
            records.append({
                "where": f"站内搜索“{value}”找到的公开记录《{hit.title}》",
                "names": [name for name in wanted if name in text] or wanted,
            })
    return records
