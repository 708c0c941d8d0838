"""The notation of a synonym rule, on its own so that the model's validation and the dictionary
read it the same way without importing each other: ``A, B, C`` — the words are equivalent;
``A => B`` — typing A also finds B."""

from search.analysis import normalise


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
