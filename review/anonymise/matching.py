"""Finding identities in text: the profile's strings written flexibly, contact details, signature cues (R3)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import review.anonymise.ner as ner
import review.anonymise.variants as variants
from review.anonymise.core import Finding, IdentityProfile, MASK
from search.analysis import to_simplified

# --------------------------------------------------------------------------- matching

# Whitespace (including full-width and zero-width) tolerated between characters.
_GAP = r"[\s\u200b-\u200d\u2060\ufeff]*"
_GAP_SPACED = r"[ \t\u3000]+"
_EQUIV = [
    "(（",
    ")）",
    "-－‐‑–—",
    "@＠",
    ".．",
    ",，",
    ":：",
    "·•・",
    "_＿",
    "/／",
    "&＆",
]
_EQUIV_MAP = {c: grp for grp in _EQUIV for c in grp}
_PHONE_SEP = r"[\s\-－‐‑–—.·]*"
_WORD_SEP = r"(?:[\s\-－_.·]+|(?<=[a-z])(?=[A-Z]))"


def _char_class(c: str) -> str:
    variants = {c}
    if c in _EQUIV_MAP:
        variants.update(_EQUIV_MAP[c])
    code = ord(c)
    if 0xFF01 <= code <= 0xFF5E:  # full-width ASCII -> ASCII
        c = chr(code - 0xFEE0)
        variants.add(c)
    if c.isascii() and c.isalnum():
        for v in {c, c.lower(), c.upper()}:
            variants.add(v)
            variants.add(chr(ord(v) + 0xFEE0))
    if len(variants) == 1:
        return re.escape(c)
    return "[" + "".join(re.escape(v) for v in sorted(variants)) + "]"


def _is_asciiword(c: str) -> bool:
    return c.isascii() and (c.isalnum() or c == "_")


def _flex_pattern(s: str) -> str | None:
    """Regex for ``s`` tolerating whitespace between characters."""
    chars: list[str] = []
    spaced_before: list[bool] = []
    gap = False
    for c in s:
        if c.isspace() or c in "\u200b\u200c\u200d\u2060\ufeff":
            gap = True
            continue
        spaced_before.append(gap and bool(chars))
        chars.append(c)
        gap = False
    if len(chars) < 2:
        return None
    parts = [_char_class(chars[0])]
    for i in range(1, len(chars)):
        prev, cur = chars[i - 1], chars[i]
        if spaced_before[i] and prev.isascii() and prev.isalpha() and cur.isascii() and cur.isalpha():
            # "Li Na": words must stay apart ("Li-Na", "LiNa") so "Lina" is no hit.
            parts.append(_WORD_SEP)
        else:
            parts.append(_GAP)
        parts.append(_char_class(cur))
    body = "".join(parts)
    first = chars[0]
    last = chars[-1]
    if 0xFF01 <= ord(first) <= 0xFF5E:
        first = chr(ord(first) - 0xFEE0)
    if 0xFF01 <= ord(last) <= 0xFF5E:
        last = chr(ord(last) - 0xFEE0)
    if _is_asciiword(first):
        body = r"(?<![A-Za-z0-9_Ａ-Ｚａ-ｚ０-９])" + body
    if _is_asciiword(last):
        body = body + r"(?![A-Za-z0-9_Ａ-Ｚａ-ｚ０-９])"
    return body


def _phone_pattern(phone: str) -> str | None:
    digits = "".join(str(int(ch)) for ch in phone if ch.isdecimal())  # full-width -> ASCII
    if digits.startswith("0086"):
        digits = digits[4:]
    elif digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    if len(digits) < 5:
        return None

    def flex(ds: str) -> str:
        return _PHONE_SEP.join(_char_class(d) for d in ds)

    alts = [flex(digits)]
    if digits.startswith("0") and len(digits) >= 10:
        # Landline: also match "(023)8765 4321" and the bare local number.
        area_len = 3 if digits[1] in "12" else 4
        area, local = digits[:area_len], digits[area_len:]
        alts.append(r"[(（]\s*" + flex(area) + r"\s*[)）]" + _PHONE_SEP + flex(local))
        if len(local) >= 7:
            alts.append(flex(local))
    return r"(?<![0-9０-９])(?:" + "|".join(alts) + r")(?![0-9０-９])"


# Generic patterns (anything looking like contact data, profile or not).
# The "@" may be spelt out against harvesters: "duanmu.xc(at)bdjsxy.edu.cn", "li [at] jsxy.cn".
# Or a "#" the note after it says to change ("gengyun#bzzyjx.edu.cn（发送时请将#换成@）"). OCR may leave a space before a
# domain's last parts ("luxz@lpsmjjx .edu.cn").
_EMAIL_RE = re.compile(
    r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]{1,64}(?:[@＠]|[ \t]*[(（\[{][ \t]*(?i:at)[ \t]*[)）\]}][ \t]*"
    r"|#(?=[^\n]{0,40}#[ \t]*(?:换成|改为|改成|替换为|替换成)[ \t]*[@＠]))"
    r"[A-Za-z0-9\-]{1,63}(?:[ \t](?=\.(?:edu|com|net|org|gov|ac)\.cn(?![A-Za-z])))?(?:\.[A-Za-z0-9\-]{1,63}){0,8}\.[A-Za-z]{2,24}(?![A-Za-z])"
)
# A lesson's example address (RFC 2606/6761: example.com, *.example, *.test, localhost) names no one.
_EXAMPLE_DOMAIN_RE = re.compile(r"(?i)(?:^|[@＠.)）\]}])(?:example\.(?:com|org|net)|[a-z0-9.\-]*\.(?:example|test|invalid|localhost))$")
# Digits may be full-width ("０７７６－２８６１３５７"): \d matches them, a range like [2-9] does not.
_MOBILE_RE = re.compile(r"(?<![0-9０-９])(?:(?:\+|００|00)?86[\s\-]*)?[1１][3-9３-９]\d(?:[\s\-－]?\d){8}(?![0-9０-９])")
# The local number is seven or eight digits however it is grouped ("2918 756", "8315 260") and the area
# code may be set off by a spaced dash ("0477 – 8315 260").
_LANDLINE_RE = re.compile(
    r"(?<![0-9０-９\-])(?:[(（]\s*[0０]\d{2,3}\s*[)）]\s*|[0０]\d{2,3}(?:[ \t]?[\-－–—][ \t]?|[\s]?))[2-9２-９](?:(?:[ \-－]|\n(?=\d))?\d){6,7}"
    r"(?:\s*(?:-|－|转|分机|ext\.?)\s*\d{1,6})?(?![0-9０-９])"
)
# Hong Kong and Macau: eight digits after the country code, which is left visible ("(852) 2735 6180").
_HK_MACAU_RE = re.compile(r"(?:[(（][ \t]*\+?85[23][ \t]*[)）]|\+85[23])[ \t\-]*([2-9]\d{3}[ \t\-]?\d{4})(?![0-9０-９])")
# Taiwan: a one-digit area code set off by a dash or space ("02-2765-3318"), which no mainland number
# has, or a mobile grouped 4-3-3 ("0912-345-678"); "+886" may come first, the leading 0 then dropped.
_TAIWAN_RE = re.compile(
    r"(?=[0+])(?<![0-9０-９\-])(?:(?:\+|00)886[ \t\-]*|0)(?:[2-8][\-－ ][2-9]\d{2,3}[\-－ ]?\d{4}|9\d{2}[\-－ ]\d{3}[\-－ ]\d{3})(?![0-9０-９])"
)
# A mainland landline after the country code, whose area code then loses its 0 ("+86-631-7586 203",
# "+86 510 8521 6390", "+86 (631) 758 6203"; "(0)" or the 0 may keep their place): the number without "+86", as Hong Kong's keeps "(852)".
_INTERNATIONAL_LANDLINE_RE = re.compile(
    r"(?:\+|0(?<![0-9０-９]0)0)86[ \t\-]*(?:[(（]0[)）][ \t\-]*|0)?"
    r"([(（]?(?:[12]0|2[1-9]|[3-9]\d\d)[)）]?(?:[ \t\-]?\d){7,8})(?![0-9０-９])"
)
# Any other country's number after its code and a space or dash ("+65 9123 4567", "+82-10-2345-6789"): the number
# without the code, as Hong Kong's; mainland, Hong Kong, Macau and Taiwan numbers have rules of their own.
_FOREIGN_PHONE_RE = re.compile(
    r"(?:\+|0(?<![0-9０-９]0)0)(?!86(?!\d)|85[23](?!\d)|886)[1-9]\d{0,2}[ \t\-]+"
    r"((?:[(（]\d{1,4}[)）][ \t\-]*)?\d(?:[ \t\-]?\d){5,11})(?![0-9０-９])"
)
# A 400 or 800 number's seven digits are grouped 3-4 or 4-3 ("400-0772-318").
_HOTLINE_RE = re.compile(r"(?<![0-9０-９])[48]00[\s\-－]?(?:\d{3}[\s\-－]?\d{4}|\d{4}[\s\-－]?\d{3})(?![0-9０-９])")
_CONTACT_RE = re.compile(
    # "QQ群：615083927", "Q群：615 083 927": the number may be grouped.
    r"(?:(?:(?:QQ|ＱＱ|qq)\s*[号群]?|(?<![A-Za-z])[QＱ]\s*群)\s*[:：]?\s*([1-9１-９](?:[ \-]?\d){4,11})(?!\d))"
    # "微信公众号：mytech_jsxy", or the account's name with its id in brackets: "公众号：百色职校电商（bszx_ds）", "（ID：…）".
    r"|(?:(?:微信(?:号|公众号|群)?|公众号|WeChat|wechat|微信ID)(?:[ \t]*(?:ID|id))?\s*[:：]\s*(?:[^\s:：（(]{1,20}[（(](?:ID|id|微信号)?[ \t]*[:：]?[ \t]*)?([A-Za-z][-_A-Za-z0-9]{5,19}))"
    # An account's name in quotes ("微信视频号“黔江职教美发”", "抖音号「…」"): the school or team calls it after itself.
    r"|(?:视频号|公众号|抖音号?|快手号?|B站|哔哩哔哩)\s*[:：]?\s*[“\"「『]([^”\"」』\n]{2,20})[”\"」』]"
    # A school's web site (www.xxjsxy.edu.cn): the unit by its domain.
    r"|((?<![A-Za-z0-9.\-@])(?:https?://)?(?:[A-Za-z0-9\-]+\.)+edu\.cn(?:/[\x21-\x7e]*)?)"
    # Any other site of the school or of the book's resources ("学校网站 https://www.xxzyjsxx.cn/…", "资源网址：
    # http://hlx.xxjsxy.net"), but a government's: a policy's "平台（网址：…）" is a public body's.
    # A co-writing company's site too ("公司官网：…", a letter's "Web: www.xcmicro-wx.com", "….com.mo").
    r"|(?:(?:学校|学院|本校|我校|资源|课程|公司|企业)(?:网站|网址|主页|官网)|(?:配套|教学|课程|数字|本书)资源|资源下载"
    r"|(?:[Ww]eb(?:site)?|WEB(?:SITE)?|[Hh]omepage)[ \t]*[:：])[^\n]{0,12}?"
    r"((?<![A-Za-z0-9.\-@])(?:https?://)?(?![A-Za-z0-9.\-]*\.gov\.cn)"
    r"(?:[A-Za-z0-9\-]+\.)+(?:cn|com|net|org)(?:\.[a-z]{2})?(?![A-Za-z0-9\-.])(?:/[\x21-\x7e]*)?)"
    # A code host's account ("https://gitee.com/bdjsxy-sec/ops-labs"): the host names no one, the account does.
    r"|(?<![A-Za-z0-9.\-])(?:https?://)?(?:www\.)?(?:gitee\.com|github\.com|gitlab\.com|jihulab\.com)/([A-Za-z0-9][\-_.A-Za-z0-9]{1,38})"
)
# Accounts, codes and addresses after the words that introduce them (the lookahead rejects most positions
# at their first character: a long text's contact scan costs no more than before them).
_INTRODUCED_CONTACT_RE = re.compile(
    r"(?=[抖快视小微钉飞企IBb哔学院单机统地校厂位食账])(?:"
    # Short-video and office-chat accounts ("抖音号：txjx_chayi", "快手号：ljlyjx2025", "钉钉群号：31508627", "飞书：…", a B站
    # channel's "UID 358209147", not a Linux lesson's): an id of letters or digits, named after the school or the team as
    # often as not. In a name's bracket the app's name alone introduces it ("（飞书号 dechen.wm）", "（企业微信 LuobuCD-thg）"),
    # and so does "ID" after an account's quoted name ("公众号“楚雄农业技工”（ID：cxnyjg_1985）").
    r"(?:(?:抖音|快手|视频号|小红书|微博|钉钉(?:群)?|飞书|企业微信)(?:号|ID|id)?[ \t]*[:：]|(?:B站|哔哩哔哩|(?i:bilibili))[^\n]{0,30}?(?<![A-Za-z])UID[ \t]*[:：]?"
    r"|(?<=[（(])(?:微信|企业微信|飞书|钉钉)(?:号|ID)?[ \t]+|(?<=[”\"」』][（(])ID[ \t]*[:：])[ \t]*"
    r"([A-Za-z0-9][-_.A-Za-z0-9]{4,24})(?![-_.A-Za-z0-9])"
    # A school's code ("学校代码：120307"), or a company's credit code: one unit, as its phone number is.
    r"|(?:(?:学校|院校|单位|机构)(?:标识)?代码|统一社会信用代码|食品生产许可证(?:编号|号)?)[ \t]*[:：][ \t]*([0-9A-Z]{5,18})(?![0-9A-Za-z])"
    # A bank account on an order form or an invoice's details ("账号：2943 0101 0400 1876 5"): the unit's, as its code is.
    r"|账号[ \t]*[:：][ \t]*(\d(?:[ \-]?\d){9,29})(?![0-9])"
    # A street address after 地址/校址 ("地址：宝鸡市渭滨区清姜路 71 号"), a base's or campus's "基地："/"校区：" (地 first: 基
    # starts too many words to pass the lookahead) or where a base or campus 位于: the street and
    # number; the city and district before them are places. A lesson's delivery address (收货地址, 寄件地址) is an exercise's.
    r"|(?:(?<![货件户])(?:地址|校址|厂址|地(?<=基地)|校区)[ \t]*[:：]|位于)[ \t]*(?:[\u4e00-\u9fff]{2,4}?(?:自治区|自治州|地区|省|市|区|县|旗|镇|乡))*"
    r"([^\s:：，,；;。]{1,12}?(?:大道|大街|路|街|巷|弄|胡同)[ \t]*[0-9０-９]+(?:[\-－][0-9０-９]+)?[ \t]*号)"
    r")"
)
# Where a base, the school or a company 位于 is theirs; where a museum or a hotel of a lesson 位于 is public.
_OWN_SITE_BEFORE_RE = re.compile(r"(?:基地|学校|学院|校区|本校|我校|公司|企业|工厂|厂区|实训室|中心)[^。；;！!？?\n]*\Z")
# The book's own numbers on its 版权页: the ISBN and the CIP 数据核字号 ("中国版本图书馆 CIP 数据核字（2025）第 081736
# 号", the number without the year) find it, and so its authors, in any library's catalogue.
_BOOK_NUMBER_RE = re.compile(
    r"(?=[IC准统书])(?:(?<![A-Za-z])ISBN(?:-1[03])?[ \t:：]*(97[89](?:[\- ]?\d){9}[\- ]?[\dXx]|\d(?:[\- ]?\d){8}[\- ]?[\dXx])(?![0-9A-Za-z])"
    r"|CIP[ \t]*数据核字[ \t]*[（(][ \t]*\d{4}[ \t]*[）)][ \t]*第[ \t]*(\d{3,8})[ \t]*号"
    # A 校本教材's internal-publication permit ("准印证号：苏内资准字 2025-A012 号") or a 统一书号 finds it the same way.
    r"|(?:准印证号|统一书号|书号)[ \t]*[:：][ \t]*([^\n，,；;。]{3,30}?号|[^\s，,；;。]{4,30}))"
)
# Grouped 6-8-4 by a space as a form or OCR leaves it ("62098219790316 0537") too.
_ID_RE = re.compile(
    r"(?<![0-9A-Za-z])[1-9]\d{5}[ ]?(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[ ]?\d{3}[\dXx](?![0-9A-Za-z])"
)
# A school's English name on a cover or title page ("Guangzhou Industry & Trade Technician College"):
# registered names are Chinese, and these are no more than a place and a type, so the shape is the clue.
_ENGLISH_UNIT_RE = re.compile(
    # The first capital before the lookbehind: a pattern that starts with a character class is tried only where
    # one stands (a fifth of the regex's time on a long Chinese text).
    r"[A-Z](?<![A-Za-z][A-Z])[A-Za-z'’\-]*[ \t]+(?:(?i:&|and|of|for)[ \t]+)?(?:[A-Z][A-Za-z'’\-]*[ \t]+(?:(?i:&|and|of|for)[ \t]+)?){0,5}"
    r"(?:(?i:Technician\s+(?:College|Institute|School)|(?:Senior\s+)?Technical\s+(?:College|School|Institute)"
    r"|Vocational\s+(?:and\s+Technical\s+)?(?:College|School)|Polytechnic(?:\s+(?:College|School|Institute))?)"
    # A company's English name as its e-mail signature writes it ("Weihai Hancheng Aquatic Products Co., Ltd.").
    r"|Co\.,?[ \t]*Ltd\.?|Co\.,?[ \t]*Limited|Company[ \t]+Limited|Pte\.?[ \t]*Ltd\.?|Ltd\.|Limited|Inc\.|Corporation|GmbH)"
    r"(?![A-Za-z])"
    # A Russian company as its letters sign: the legal form and the name in quotes ("ООО «Восток-Транзит»").
    r"|(?<![А-Яа-яЁё])(?:ООО|ОАО|ЗАО|ПАО|АО)[ \t]*[«\"“][^»\"”\n]{2,40}[»\"”]"
)
_CUE_RE = re.compile(
    r"(?:副\s*主\s*编|主\s*编|参\s*编|编\s*著|编\s*者|作\s*者|著\s*者|编写单位|编写人员|编\s*写\s*组|执\s*笔|"
    r"联\s*系\s*人|通讯作者|"
    + variants.PUBLISHER_STAFF_CUES
    + r")\s*[:：]\s*([^\s:：，,；;。、|][^\n\r:：，,；;。|]{0,29})"
)

_GENERIC = [
    ("email", _EMAIL_RE, 0),
    ("phone", _MOBILE_RE, 0),
    ("phone", _LANDLINE_RE, 0),
    ("phone", _HOTLINE_RE, 0),
    ("phone", _TAIWAN_RE, 0),
    ("phone", _HK_MACAU_RE, 1),
    ("phone", _INTERNATIONAL_LANDLINE_RE, 1),
    ("phone", _FOREIGN_PHONE_RE, 1),
    ("contact", _CONTACT_RE, None),  # first non-empty group
    ("contact", _INTRODUCED_CONTACT_RE, None),
    ("contact", _BOOK_NUMBER_RE, None),
    ("id_number", _ID_RE, 0),
    ("unit", _ENGLISH_UNIT_RE, 0),
    ("signature_cue", _CUE_RE, 1),
]


# A site's host alone ("www.hafpjx.cn") is the unit's on a line that names the unit or gives its phone, as a footer's
# contact line does; on a line of its own it is a lesson's or a reference's (www.cnki.net).
_BARE_SITE_RE = re.compile(r"(?<![A-Za-z0-9.\-@/])www\.(?![A-Za-z0-9.\-]*\.gov\.cn)(?:[A-Za-z0-9\-]+\.)+(?:cn|com|net|org)(?![A-Za-z0-9\-])")


def _sites_beside(simple: str, accepted: list[_Match]) -> list[tuple[int, int]]:
    spans = []
    for m in _BARE_SITE_RE.finditer(simple):
        line_start, line_end = simple.rfind("\n", 0, m.start()) + 1, simple.find("\n", m.end())
        line_end = len(simple) if line_end < 0 else line_end
        if any(line_start <= a.start and a.end <= line_end for a in accepted) \
                and not any(m.start() < a.end and a.start < m.end() for a in accepted):
            spans.append(m.span())
    return spans


_HAN_RE = re.compile(r"[\u4e00-\u9fff]")


def _names_pattern(names) -> str | None:
    """How the Chinese names found in one part ("Mengzhen TSAI" would take "mengzhen.tsai@…" from an
    e-mail address) are sought in all: anywhere when three characters the dictionary does not know as a
    word; spaced again as a list aligns them ("白　露", not the solar term 白露 in a question); and
    written whole before a title ("鄢　平" → "鄢平师傅", "常　青" → "常青老师"): two characters run into
    prose ("编写人员应经所在单位…" read as 应经) would be masked in every "适应经济" of the book, a name that
    is a word (夏天, 常青) wherever the word is."""
    anywhere, titled = [], []
    for name in sorted(names, key=len, reverse=True):
        compact = "".join(name.split())
        if not _HAN_RE.match(name) or len(compact) < 2:
            continue
        if variants.rare_word(compact) and len(compact) >= 3:
            anywhere.append(_dotted_pattern(name) or _flex_pattern(name))
            continue
        titled.append(_flex_pattern(compact))
        if compact != name:
            anywhere.append(_GAP_SPACED.join(map(re.escape, compact)))
    if titled:  # one lookahead for them all: a title's alternation repeated per name would cost its compilation
        anywhere.append(f"(?:{'|'.join(titled)})(?={variants.TITLE_WORDS})")
    return "|".join(anywhere) or None


_NAME_DOT_RE = re.compile(r"[ \t]*[·•・．.‧][ \t]*\n?")


def _dotted_pattern(name: str) -> str | None:
    """A transliterated name learned with its dot ("孟根·巴雅尔", "达吾列提．塔斯恒") sought with any dot or none:
    the same text writes it "孟根巴雅尔" in prose, "达吾列提·塔斯恒" in a reply, "洛 古 有 格" in a footer."""
    pieces = _NAME_DOT_RE.split(name)
    if len(pieces) < 2 or any(len(piece.strip()) < 2 for piece in pieces):
        return None
    return (r"(?:[ \t]*[·•・．.‧][ \t]*\n?|" + _GAP + ")").join(_flex_pattern(piece) for piece in pieces)


def _simplified(text: str) -> str:
    """``text`` in simplified characters, character for character (臺北華裳 → 台北华裳): a partner in
    Taiwan or Hong Kong writes its name in traditional ones, and every rule reads simplified text.
    OpenCC's phrase tables may change a phrase's length; such a line is converted one character at a
    time, so that every span found in the simplified text is the same span of the original."""
    simple = to_simplified(text)
    if len(simple) == len(text):
        return simple
    lines = []
    for line in text.split("\n"):
        converted = to_simplified(line)
        lines.append(converted if len(converted) == len(line) else "".join(_simplified_character(c) for c in line))
    return "\n".join(lines)


def _simplified_character(c: str) -> str:
    converted = to_simplified(c)
    return converted if len(converted) == 1 else c


@dataclass(frozen=True)
class _Match:
    start: int
    end: int
    kind: str
    text: str


class _Matcher:
    """Compiled profile + generic patterns."""

    def __init__(self, profile: IdentityProfile | None, generic: bool = True):
        profile = profile or IdentityProfile()
        self.generic = generic
        self.learned: dict[str, re.Pattern] = {}
        self.schools: list[str] = [unit for unit in profile.units if variants.is_school(unit)]
        self._found_in: dict[str, tuple[list, list]] = {}
        self._suspected_in: dict[str, list] = {}
        self.literals = profile.strings()
        self.patterns: list[tuple[str, re.Pattern]] = []
        for kind, values in (
            ("email", profile.emails),
            ("phone", profile.phones),
            ("name", profile.names),
            ("unit", profile.units),
            ("extra", profile.extra),
        ):
            pats = []
            for v in sorted({v.strip() for v in values if v.strip()}, key=len, reverse=True):
                p = _phone_pattern(v) if kind == "phone" else _flex_pattern(_simplified(v))
                if kind == "phone" and p is None:
                    p = _flex_pattern(v)
                if p:
                    pats.append(p)
            if pats:
                self.patterns.append((kind, re.compile("|".join(f"(?:{p})" for p in pats))))

    @property
    def has_profile(self) -> bool:
        return bool(self.patterns)

    def learn(self, texts) -> None:
        """What ``texts`` name in full, sought in every text from now on: a manuscript names its
        co-writing company or school in full once (a cover, a 编写单位 line) and by its short form
        elsewhere ("湘江装备", "株洲铁技"), in another paragraph or part; a person a cue or a list
        names ("参编：鄢　平") is the same person in a caption ("鄢平师傅示范"), when
        :func:`_names_pattern` says how."""
        forms = {"unit": set(), "name": set(), ner.SUSPECTED_NAME: set()}
        texts = [_simplified(text) for text in texts]
        self.prepare(texts)
        for simple in texts:
            self._found_in[simple] = names, units = self._found(simple)
            for _, _, unit in units:
                forms["unit"].update(variants.short_forms(unit))
                if variants.is_school(unit) and unit not in self.schools:
                    self.schools.append(unit)
            # The short forms a book's account of its writing gives ("由舟山船校与海达船修合作编写") are the units' own.
            forms["unit"].update(unit for _, _, unit in variants.co_writing_units(simple))
            forms["name"].update(name for _, _, name in names)
            # Someone the model finds in one place (a chat's sender, a minute's attendee) is the same
            # someone in a one-cell-per-line table, where the model has too little context.
            forms[ner.SUSPECTED_NAME].update(simple[s:e] for s, e, kind in self._suspected_in.get(simple, ()) if kind == ner.SUSPECTED_NAME)
        units = "|".join(p for p in map(_flex_pattern, sorted(forms["unit"], key=len, reverse=True)) if p)
        for kind, pattern in (("unit", units), ("name", _names_pattern(forms["name"])),
                              (ner.SUSPECTED_NAME, _names_pattern(forms[ner.SUSPECTED_NAME] - forms["name"]))):
            if pattern:
                self.learned[kind] = re.compile(pattern)

    def prepare(self, texts) -> None:
        """The model's candidates (:mod:`ner`) for ``texts``, read in one batch: a part's paragraphs or a
        PDF's pages are then matched one by one without a model call each."""
        if not self.generic:
            return
        pending = [simple for simple in dict.fromkeys(map(_simplified, texts)) if simple and simple not in self._suspected_in]
        self._suspected_in.update(zip(pending, ner.suspected(pending)))

    def _suspected(self, simple: str) -> list:
        if simple not in self._suspected_in:
            self.prepare([simple])
        return self._suspected_in[simple]

    def _found(self, simple: str) -> tuple[list, list]:
        """The people after cues and the schools and organisations named in full in ``simple``,
        remembered for the texts :meth:`learn` read (scanning them again would double the scan)."""
        known = self._found_in.get(simple)
        if known is not None:
            return known
        units = [*variants.school_names(simple), *variants.organisation_names(simple), *variants.co_writing_units(simple)]
        names = sorted({*variants.signature_names(simple), *variants.chat_senders(simple)})
        return names, [*units, *variants.former_and_stamped_units(simple, units)]

    def profile_matches(self, text: str) -> list[_Match]:
        return self._profile_matches(text, _simplified(text))

    def _profile_matches(self, text: str, simple: str) -> list[_Match]:
        found: list[_Match] = []
        for kind, rx in self.patterns:
            for m in rx.finditer(simple):
                if m.end() > m.start():
                    found.append(_Match(m.start(), m.end(), kind, text[m.start():m.end()]))
        return _non_overlapping(found)

    def matches(self, text: str, generic: bool | None = None) -> list[_Match]:
        if not text:
            return []
        simple = _simplified(text)
        accepted = self._profile_matches(text, simple)
        if self.generic if generic is None else generic:
            # People signing after a cue, registered or not; a phone on the same line no longer
            # hides them (each name is its own match).
            names, units = self._found(simple)
            for kind, spans in (
                ("name", [(s, e) for s, e, _ in names]),
                ("unit", [(s, e) for s, e, _ in (*units, *variants.employers(simple))] + variants.contracted_schools(simple, self.schools)),
                *((kind, [m.span() for m in rx.finditer(simple)]) for kind, rx in self.learned.items()),
            ):
                for s, e in spans:
                    overlapping = [a for a in accepted if s < a.end and a.start < e]
                    if kind == ner.SUSPECTED_NAME and overlapping:
                        continue  # what a rule found stays the rule's
                    # "丹阳眼镜技校" holds the profile's "眼镜技校": the longer span, or its place stays visible.
                    if all(s <= a.start and a.end <= e for a in overlapping):
                        accepted = [a for a in accepted if a not in overlapping]
                        accepted.append(_Match(s, e, kind, text[s:e]))
            for kind, rx, group in _GENERIC:
                for m in rx.finditer(simple):
                    if group is None:
                        g = next(i for i in range(1, (rx.groups or 0) + 1) if m.group(i))
                    else:
                        g = group
                    s, e = m.span(g)
                    if e <= s:
                        continue
                    if any(s < a.end and a.start < e for a in accepted):
                        continue
                    if kind == "email" and _EXAMPLE_DOMAIN_RE.search(m.group(g)) or variants.in_example_record(simple, s) \
                            or m.group(0).startswith("位于") and not _OWN_SITE_BEFORE_RE.search(simple, max(0, m.start() - 60), m.start()):
                        continue
                    accepted.append(_Match(s, e, kind, text[s:e].strip()))
            accepted += [_Match(s, e, "contact", text[s:e]) for s, e in _sites_beside(simple, accepted)]
            # The model's candidates last: where a rule found someone, the rule's kind stands.
            for s, e, kind in self._suspected(simple):
                overlapping = [a for a in accepted if s < a.end and a.start < e]
                if kind == ner.CAST and not _employed_by_a_unit(simple, s, accepted):
                    continue
                if not overlapping:
                    accepted.append(_Match(s, e, ner.SUSPECTED_NAME if kind == ner.CAST else kind, text[s:e]))
                elif all(a.kind == "name" and s <= a.start and a.end <= e for a in overlapping):
                    # A rule stopped short of the name the model reads whole ("林亚" of "高级技师林亚九"), or read a
                    # college as a name ("惠州学" of "惠州学院厉　骁"): the model's whole span.
                    kind = kind if kind == ner.SUSPECTED_UNIT else "name"
                    accepted = [a for a in accepted if a not in overlapping] + [_Match(s, e, kind, text[s:e])]
            accepted = [_Match(a.start, a.end, a.kind, text[a.start:a.end]) for a in _listed_beside_names(simple, accepted)]
        accepted.sort(key=lambda m: m.start)
        return accepted


def _employed_by_a_unit(simple: str, start: int, accepted: list[_Match]) -> bool:
    """Whether the sentence before a job's person names one of the book's units ("鑫铸机械的造型工吕大满"):
    a co-writing company's worker is the book's, not a task's."""
    sentence = ner.sentence_start(simple, start)
    return any(a.kind in ("unit", ner.SUSPECTED_UNIT) and sentence <= a.start and a.end <= start for a in accepted)


_LIST_RE = re.compile(r"[^\n:：；;。]+")
_LIST_ITEM_RE = re.compile(r"[^、，,\n]+")
_ITEM_BRACKET_RE = re.compile(r"[（(][^（()）]*[）)]\s*$")
_NAME_KINDS = frozenset({"name", ner.SUSPECTED_NAME})


def _listed_beside_names(simple: str, accepted: list[_Match]) -> list[_Match]:
    """``accepted`` with the items of a list ("文俊辉（湖南工程学院）、贺岳林、谭启明、旷楚天") two of which are
    people found already read as people whole: a list of people goes on listing people, whatever the
    model made of each (nothing, or "楚天" of 旷楚天)."""
    for listed in _LIST_RE.finditer(simple):
        items = []
        for item in _LIST_ITEM_RE.finditer(simple, listed.start(), listed.end()):
            bare = _ITEM_BRACKET_RE.sub("", item.group())
            start = item.start() + len(bare) - len(bare.lstrip())
            end = item.start() + len(bare.rstrip())
            if start < end:
                items.append((start, end))
        if len(items) < 3:
            continue
        inside = [[a for a in accepted if a.kind in _NAME_KINDS and s <= a.start and a.end <= e] for s, e in items]
        if sum(map(bool, inside)) < 2:
            continue
        for (s, e), names in zip(items, inside):
            compact = "".join(simple[s:e].split())
            if not (2 <= len(compact) <= 4 and _HAN_RE.fullmatch(compact[0])) or names and names[0].end - names[0].start == e - s:
                continue
            others = [a for a in accepted if s < a.end and a.start < e and a not in names]
            if not others and (names or variants.looks_like_name(compact)):
                kind = names[0].kind if names else ner.SUSPECTED_NAME
                accepted = [a for a in accepted if a not in names] + [_Match(s, e, kind, simple[s:e])]
    return accepted


def _non_overlapping(found: list[_Match]) -> list[_Match]:
    """Longest matches win; ties go to the earlier one."""
    out: list[_Match] = []
    for m in sorted(found, key=lambda m: (-(m.end - m.start), m.start)):
        if not any(m.start < a.end and a.start < m.end for a in out):
            out.append(m)
    out.sort(key=lambda m: m.start)
    return out


def _mask(text: str, spans: Sequence[tuple[int, int]]) -> str:
    out, pos = [], 0
    for s, e in sorted(spans):
        if s < pos:
            s = pos
        if e <= s:
            continue
        out.append(text[pos:s])
        out.append(MASK)
        pos = e
    out.append(text[pos:])
    return "".join(out)


def _excerpt(text: str, matches: Sequence[_Match], m: _Match, context: int = 20) -> str:
    ws, we = max(0, m.start - context), min(len(text), m.end + context)
    # Never cut a match in half at the window edges.
    for o in matches:
        if o.start < ws < o.end:
            ws = o.start
        if o.start < we < o.end:
            we = o.end
    spans = [(max(o.start, ws) - ws, min(o.end, we) - ws) for o in matches if o.start < we and o.end > ws]
    snippet = _mask(text[ws:we], spans)
    snippet = re.sub(r"\s+", " ", snippet).strip()
    return ("…" if ws > 0 else "") + snippet + ("…" if we < len(text) else "")


def _findings_for(text: str, matches: list[_Match], part: str, cleaned: bool = False) -> list[Finding]:
    return [Finding(part, m.kind, _excerpt(text, matches, m), m.text, cleaned) for m in matches]


def scan_text(
    text: str, profile: IdentityProfile | None = None, part: str = "text", *, generic: bool = True
) -> list[Finding]:
    """Find identity strings in free text (response letters, notes, metadata).

    Returns one :class:`Finding` per occurrence, with the matches masked in
    the excerpt.  ``generic`` also reports any e-mail address, Chinese phone
    number, QQ/WeChat id, ID-card number and signature cue ("主编：…").
    """
    return scan_parts({part: text}, profile, generic=generic)


def scan_parts(parts: dict[str, str], profile: IdentityProfile | None = None, *, generic: bool = True) -> list[Finding]:
    """:func:`scan_text` over the parts of one manuscript (front matter, body, footer, keywords …),
    where a unit any part names in full is found by its short forms in every part."""
    matcher = _Matcher(profile, generic=generic)
    if generic:
        matcher.learn(parts.values())
        matcher.prepare(parts.values())
    return [finding for part, text in parts.items() if text for finding in _findings_for(text, matcher.matches(text), part)]
