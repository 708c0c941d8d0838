"""The domain synonym and abbreviation dictionary (汽修 = 汽车维修, CNC = 数控, 电器 → 电气).

The shipped rules are ``search/data/synonyms.txt``; the HRSS administrator adds rules in the admin
(``SearchSynonym``, one rule per row in the same notation), and a saved change rebuilds the index
(new words join the segmenter's dictionary). Queries are expanded in Python, so both backends
apply the same rules: a query word matches any of its alternatives.

Notation: ``A, B, C`` — the words are equivalent; ``A => B`` — typing A also finds B (one way, for
common miswritings such as 电器 for 电气).
"""

from functools import lru_cache
from pathlib import Path

from search.analysis import normalise

RULES_PATH = Path(__file__).parent / "data" / "synonyms.txt"


def parse_rule(line):
    """(sources, targets) of one rule, or None for a blank or comment line. Raises ValueError."""
    line = line.strip()
    if not line or line.startswith("#"):
        return None
    if "=>" in line:
        left, _, right = line.partition("=>")
        sources, targets = _words(left), _words(right)
        if not sources or not targets:
            raise ValueError("单向规则应写成“词 => 词”，两边都不能为空。")
        return sources, targets
    words = _words(line)
    if len(words) < 2:
        raise ValueError("同义词组至少要有两个词，用逗号分隔。")
    return words, words


def _words(text):
    return tuple(dict.fromkeys(w for w in (normalise(part) for part in text.replace("，", ",").split(",")) if w))


def _database_rules():
    from django.db import DatabaseError

    from search.models import SearchSynonym

    try:
        return list(SearchSynonym.objects.values_list("rule", flat=True))
    except DatabaseError:  # before migrations (a fresh checkout's first command)
        return []


@lru_cache(maxsize=1)
def table():
    """{word: (alternatives…)} from the shipped file and the administrator's rules."""
    mapping = {}
    lines = RULES_PATH.read_text(encoding="utf-8").splitlines() + _database_rules()
    for line in lines:
        try:
            rule = parse_rule(line)
        except ValueError:
            continue
        if rule:
            sources, targets = rule
            for source in sources:
                mapping.setdefault(source, {}).update(dict.fromkeys(t for t in targets if t != source))
    return {word: tuple(targets) for word, targets in mapping.items()}


def alternatives(word):
    """The word itself, then its synonyms."""
    return (word, *table().get(word, ()))


def terms():
    """Every word of every rule (the segmenter keeps them whole)."""
    return [word for word, targets in table().items() for word in (word, *targets)]


def clear():
    table.cache_clear()
