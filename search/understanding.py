"""Query understanding shared by both backends (SPEC §6): what a teacher typed, as groups of words.

* ISBNs in any common form (hyphens, spaces, full-width digits, ISBN-10, the first digits only)
  and codes (专业代码 0103, 课程代码 ZY010301, prefixes such as ZY0401) are taken out of the text
  and matched against the document's code tokens only, never as substrings of other numbers;
* question words and particles (哪些, 怎么, 吗, 请问 …) are dropped;
* each remaining word becomes a group of alternatives: the word, its synonyms and abbreviations
  (汽修 → 汽车维修, CNC → 数控, 电器 → 电气; ``search.synonyms``);
* a part of the query that is no dictionary word but sounds like a vocabulary word (数空 → 数控,
  维秀 → 维修: pinyin typing mistakes) is read as that word, and the page says so;
* generic words (教材, 专业, 课程 …) only rank, unless nothing else was typed.
"""

import re
from dataclasses import dataclass, field
from functools import lru_cache

from search.analysis import loaded_tokenizer, cached_analysis, normalise, query_words
from search.synonyms import alternatives

# Question words and particles: they say that the user asks, not what about.
QUESTION_WORDS = frozenset(
    """
    哪些 有哪些 什么 怎么 怎样 怎么样 如何 吗 呢 吧 啊 呀 么 请问 一下 有没有 没有 是不是 是否 哪里 在哪里 在哪 哪个 哪儿
    谁 多久 几 多少 需要 应该 应当 要 也 能 能否 可以 用 我 我们 想 找 查 查找 查询 请 帮 给 一次 由 人 时候 到底 具备 应 有
    """.split()
)
# Words that say what kind of thing is wanted; they rank but do not restrict when other words remain.
GENERIC_WORDS = frozenset("教材 课本 书 课 课程 专业 教程 资料 相关 主编 编者 作者 出版社 代码 编码 书号".split())

_ISBN_RUN = re.compile(r"(?:isbn|书号)?[:：\s]*((?:\d[\s\-—–]?){8,12}[\dx])(?![\dx])")
_CODE = re.compile(r"(?<![a-z0-9])([a-z]{0,3})-?(\d{3,}[a-z0-9]*)(?![a-z0-9])")
_LABEL_WORDS = re.compile(r"isbn|书号")
ISBN_PREFIX_MIN = 9
CODE_PREFIX_MIN = 4


@dataclass(frozen=True)
class CodeTerm:
    value: str
    prefix: bool  # also match codes that start with it


@dataclass(frozen=True)
class Understood:
    text: str  # what was typed
    phrase: str  # normalised, corrections applied
    groups: tuple  # required groups: each a tuple of alternative words
    optional: tuple = ()  # generic words: rank only
    codes: tuple = ()  # CodeTerm
    corrected: str = ""  # the corrected query when a typo was read as a vocabulary word
    words: tuple = field(default=())  # every word and alternative, for highlighting

    @property
    def empty(self):
        return not (self.groups or self.codes or self.optional)


def isbn10_to_13(isbn10):
    first_twelve = "978" + isbn10[:9]
    return first_twelve + isbn13_check_digit(first_twelve)


def isbn13_check_digit(first_twelve):
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(first_twelve))
    return str((10 - total % 10) % 10)


def isbn10_check_digit(first_nine):
    total = sum((10 - i) * int(d) for i, d in enumerate(first_nine))
    check = (11 - total % 11) % 11
    return "x" if check == 10 else str(check)


def is_isbn10(digits):
    return bool(re.fullmatch(r"\d{9}[\dx]", digits)) and isbn10_check_digit(digits[:9]) == digits[9]


def isbn13_to_10(isbn13):
    return isbn13[3:12] + isbn10_check_digit(isbn13[3:12]) if isbn13.startswith("978") else ""


def isbn_codes(isbn):
    """The code tokens stored for an ISBN: its 13 digits and, for 978 ISBNs, the ISBN-10."""
    digits = re.sub(r"[^\dx]", "", normalise(isbn))
    if len(digits) != 13:
        return [digits] if digits else []
    return [digits] + [code for code in [isbn13_to_10(digits)] if code]


def _isbn_term(digits):
    if len(digits) == 13:
        return CodeTerm(digits, False)
    if len(digits) == 10 and is_isbn10(digits):
        return CodeTerm(isbn10_to_13(digits), False)
    if digits.startswith(("978", "979")) and len(digits) >= ISBN_PREFIX_MIN:
        return CodeTerm(digits, True)
    if digits.startswith("7") and "x" not in digits:  # the first digits of a Chinese ISBN-10
        return CodeTerm("978" + digits, True)
    return None


def _take_codes(text):
    codes, rest = [], text
    for match in _ISBN_RUN.finditer(text):
        digits = re.sub(r"[^\dx]", "", match.group(1))
        term = _isbn_term(digits) if len(digits) >= ISBN_PREFIX_MIN else None
        if term:
            codes.append(term)
            rest = rest.replace(match.group(0), " ", 1)
    rest = _LABEL_WORDS.sub(" ", rest) if codes else rest
    for match in _CODE.finditer(rest):
        value = match.group(1) + match.group(2)
        codes.append(CodeTerm(value, len(value) >= CODE_PREFIX_MIN))
        rest = rest.replace(match.group(0), " ", 1)
    return tuple(dict.fromkeys(codes)), rest


_vocabulary_words = set()


def set_vocabulary(terms):
    """Vocabulary words that typos are read against (majors, courses, domain terms, synonyms)."""
    tokenizer = loaded_tokenizer()
    words = set()
    for term in terms:
        term = normalise(term)
        words.add(term)
        words.update(w for w in tokenizer.cut_for_search(term) if len(w) > 1)
    _vocabulary_words.clear()
    _vocabulary_words.update(w for w in words if 1 < len(w) <= 8 and _is_chinese(w))
    _sound_index.cache_clear()
    understand.cache_clear()


def _is_chinese(text):
    return all("\u3400" <= ch <= "\u9fff" for ch in text)


@lru_cache(maxsize=1)
def _sound_index():
    index = {}
    for word in _vocabulary_words:
        index.setdefault(sound(word), set()).add(word)
    return index


def sound(text):
    """How a text sounds to a pinyin input method, tones and the usual confusions ignored."""
    from pypinyin import lazy_pinyin

    return " ".join(_fuzzy_syllable(s) for s in lazy_pinyin(text))


def _fuzzy_syllable(syllable):
    for heavy, light in (("zh", "z"), ("ch", "c"), ("sh", "s")):
        if syllable.startswith(heavy):
            syllable = light + syllable[len(heavy) :]
    return syllable


def _is_dictionary_word(word):
    return bool(loaded_tokenizer().FREQ.get(word)) or word in _vocabulary_words


def correct(phrase):
    """``phrase`` with every non-word run that sounds like a vocabulary word replaced by it
    (数空加工 → 数控加工); longest match first, left to right."""
    index = _sound_index()
    if not index:
        return phrase
    out, i = [], 0
    while i < len(phrase):
        replaced = False
        for size in range(min(8, len(phrase) - i), 1, -1):
            chunk = phrase[i : i + size]
            if not _is_chinese(chunk) or chunk in _vocabulary_words or loaded_tokenizer().FREQ.get(chunk):
                continue
            candidates = sorted(index.get(sound(chunk), ()))
            if candidates:
                out.append(min(candidates, key=lambda c: sum(a != b for a, b in zip(c, chunk))))
                i += size
                replaced = True
                break
        if not replaced:
            out.append(phrase[i])
            i += 1
    return "".join(out)


def pinyin_suggestion(text):
    """A vocabulary word whose pinyin is what was typed in Latin letters (shukong → 数控), or ''."""
    letters = re.sub(r"[^a-z]", "", normalise(text))
    if not letters or letters != normalise(text).replace(" ", ""):
        return ""
    wanted = letters
    for key, words in sorted(_sound_index().items()):
        if key.replace(" ", "") == wanted or key.replace(" ", "") == _fuzzy_joined(wanted):
            return min(words, key=len)
    return ""


def _fuzzy_joined(letters):
    for heavy, light in (("zh", "z"), ("ch", "c"), ("sh", "s")):
        letters = letters.replace(heavy, light)
    return letters


@cached_analysis
@lru_cache(maxsize=4096)
def understand(text):
    normalised = normalise(text)
    codes, rest = _take_codes(normalised)
    fixed = correct(rest)
    words = [w for w in query_words(fixed) if w not in QUESTION_WORDS]
    if not words and not codes and query_words(fixed):
        words = list(query_words(fixed))  # only question words: keep them rather than nothing
    specific = [w for w in words if w not in GENERIC_WORDS]
    required, optional = (specific, [w for w in words if w in GENERIC_WORDS]) if (specific or codes) else (words, [])
    groups = tuple(tuple(alternatives(word)) for word in required)
    every = tuple(dict.fromkeys([*(a for g in groups for a in g), *optional]))
    return Understood(
        text=text,
        phrase=fixed.strip(),
        groups=groups,
        optional=tuple(optional),
        codes=codes,
        corrected=fixed.strip() if fixed != rest else "",
        words=tuple(w for w in every if w),
    )
