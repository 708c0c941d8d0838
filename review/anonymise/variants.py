"""How units and people are really written (R3, Art. 21): the forms a registered name takes in a
manuscript, and the people named after signature cues.

Units drop their administrative level ("重庆市工业技师学院" is written "重庆工业技师学院"),
shorten their type ("技工学校" → "技校", "交通运输技工学校" → "交校") or leave out a rare one
("广州工贸"), and keep the types they had before an upgrade ("原…工业技工学校"); registered 简称
and other former names come from the organisation's alias field. People not registered on the
platform are found after signature cues (主编, 副主编, 编者, 参编, 作者, 审稿, 执笔 …, on the lines
that run on listing more of them) and in dated 前言/后记 signatures: a surname-led
word is a name when jieba's dictionary tags it as a person (``nr``; offline, from its package) or
does not know it at all, and the pieces its segmenter splits (欧阳/静怡) are joined again. The
segmenter is the one tokenizer search.analysis already loads (one copy of the dictionary per
process, not jieba.posseg's second one and its HMM tables: issue 12's memory budget). Pure: no Django.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass

from search.analysis import loaded_tokenizer

# Administrative levels written after a place name (longest first).
_ADMIN_LEVELS = ("特别行政区", "自治区", "自治州", "自治县", "地区", "省", "市", "区", "县", "州", "盟", "旗")
# Institution types and the short forms units write for them.
_TYPE_SHORT = {
    "高级技工学校": ("高级技校", "高技", "技校"),
    "技工学校": ("技校",),
    "职业技术学院": ("职院", "职业学院"),
    "职业技术学校": ("职校", "职业学校"),
    "职业学校": ("职校",),
    "职业中等专业学校": ("职专", "职中"),
    "中等专业学校": ("中专",),
    "技师学院": ("技院",),
    "高级职业学校": ("高职",),
    "职业高级中学": ("职高",),
    "职业中学": ("职中",),
}
# The types a unit was before it was upgraded: most 技师学院 were a 高级技工学校 and before that a
# 技工学校, and manuscripts still carry the former name ("原石家庄市工业技工学校").
_FORMER_TYPES = {"技师学院": ("高级技工学校", "技工学校"), "高级技工学校": ("技工学校",)}
# What people call a school in one character after the first of its distinctive word: 青岛交校, 石家庄工院.
_ONE_CHARACTER_TYPE = {"学院": "院", "学校": "校"}
# A distinctive word rarer than this names the school even without its type ("广州工贸"); a
# frequent one is a common word first ("杭州交通" is the city's traffic).
_RARE_DISTINCTIVE_FREQUENCY = 1000
# The peoples an autonomous prefecture or county is named after ("黔东南苗族侗族自治州", "巴音郭楞蒙古自治州").
_PEOPLES = (r"(?:(?:蒙古|维吾尔|哈萨克|柯尔克孜|布依|土家|哈尼|景颇|傈僳|朝鲜|纳西|拉祜|仡佬|达斡尔|[苗侗回藏彝壮傣白羌黎瑶畲水佤怒])族"
            r"|蒙古|哈萨克|柯尔克孜)")
_LEADING_PLACE = re.compile(
    r"^(?:(?P<p1>[\u4e00-\u9fff]{2,6}?)(?P<l1>特别行政区|自治区|省|市))?"
    rf"(?:(?P<p2>[\u4e00-\u9fff]{{2,4}}?)(?:(?P<e2>{_PEOPLES}{{1,2}}自治州)|(?P<l2>自治州|地区|市|盟)))?"
    rf"(?:(?P<p3>[\u4e00-\u9fff]{{1,4}}?)(?:(?P<e3>{_PEOPLES}{{1,2}}自治县)|(?P<l3>自治县|区|县|旗)))?"
)
# "广西壮族自治区" is written "广西".
_ETHNIC_SUFFIX = re.compile(r"(?:壮族|回族|维吾尔|藏族|蒙古族)$")


def _place_prefixes(name):
    """The leading place of ``name`` split into (place, level, level as registered) pieces: 重庆市 → [("重庆", "市", "市")],
    黔东南苗族侗族自治州 → [("黔东南", "州", "苗族侗族自治州")]."""
    match = _LEADING_PLACE.match(name)
    pieces = []
    for n in (1, 2, 3):
        if match.group(f"p{n}"):
            place = match.group(f"p{n}")
            if match.group(f"l{n}") == "自治区":
                place = _ETHNIC_SUFFIX.sub("", place)
            # An autonomous prefecture or county is written with 州 or 县 for its peoples: 黔东南州, 临夏州, 长阳县.
            ethnic = n > 1 and match.group(f"e{n}")
            level = match.group(f"l{n}") or ethnic[-1]
            pieces.append((place, level, ethnic or level))
    rest = name[match.end():]
    # "株洲铁路技师学院", "昌江陶瓷技工学校": a place the dictionary knows, written without its level,
    # before a distinctive word of two characters and more and the type.
    place = next((rest[:n] for n in (3, 2) if rest[:n] in _dictionary_words().places), "")
    school_type = next((full for full in sorted(_TYPE_SHORT, key=len, reverse=True) if rest.endswith(full)), "")
    if place and school_type and len(rest) - len(place) - len(school_type) >= 2:
        pieces.append((place, "", ""))
        rest = rest[len(place):]
    return pieces, rest


def unit_variants(name, placeless=True):
    """Every form of a unit's registered name a manuscript is likely to carry (the name itself first).

    Drops the administrative level of each leading place (省/市/区/县 …) and writes the
    institution type short where what is left still names one unit; ``placeless``: without its
    place too, as its own people write it (草原食品技校), which only a registered unit's name earns: a
    school a manuscript names is as often another's, or a policy's prose cut at a type ("探索推进职业学校").
    """
    name = (name or "").strip()
    if not name:
        return []
    pieces, rest = _place_prefixes(name)
    places = {name[: len(name) - len(rest)]}
    # "福建省厦门技师学院" is written "厦门技师学院": a province before a city the dictionary knows.
    if pieces and pieces[-1][1] in ("省", "自治区") and starts_with_place(rest):
        places.add("")
    for levels in itertools.product(*({registered, level, ""} for _, level, registered in pieces)):
        written = "".join(piece[0] + level for piece, level in zip(pieces, levels))
        places.add(written)
        # A city's unit is written without its province ("四川省成都市…" → "成都…").
        if len(pieces) > 1 and pieces[0][1] in ("省", "自治区"):
            places.add("".join(piece[0] + level for piece, level in zip(pieces[1:], levels[1:])))
    # A district's or county's unit is written without its city too ("龙岗二职", "宝安区职业技术学校").
    if len(pieces) > 1 and pieces[-1][1] in ("区", "县", "旗", "自治县", ""):
        places.update((pieces[-1][0], pieces[-1][0] + pieces[-1][1]))
    rests = _bodies(rest)
    out = [name]
    for place, body in itertools.product(sorted(places, key=len, reverse=True), sorted(rests, key=len, reverse=True)):
        candidate = place + body
        # Too short or only a place plus a generic type is no identity ("重庆技校").
        distinctive = body
        for full, shorts in _TYPE_SHORT.items():
            for written in (full, *shorts):
                if distinctive.endswith(written):
                    distinctive = distinctive[: -len(written)]
                    break
            else:
                continue
            break
        inner_place = len(pieces) > 1 and pieces[1][0] in place and pieces[0][1] not in ("省", "自治区")
        # "上海高技" names one school; "上海技校" could be any. So does "淄博技院": a city has one
        # 技师学院 named after it alone.
        senior = (body.endswith(("高技", "高级技校")) or rest == "技师学院") and len(place) >= 2
        # "长沙二高技": an ordinal names one school of its kind in the city.
        ordinal = _ORDINAL.fullmatch(distinctive) is not None and len(place) >= 2
        if len(candidate) >= 4 and (body == rest or len(distinctive) >= 2 or inner_place or senior or ordinal) \
                and candidate not in out:
            out.append(candidate)
    # "蒙餐技校" (蒙自市餐饮技工学校), "水矿技校" (水城矿务局技工学校): the first characters of the place and of its word.
    word = rest[:-len("技工学校")] if rest.endswith("技工学校") and not rest.endswith("高级技工学校") else ""
    if pieces and len(pieces[-1][0]) >= 2 and len(word) >= 2 and not _ORDINAL.match(word) and not _is_place(word):
        initials = pieces[-1][0][0] + word[0] + "技校"
        if initials not in out:
            out.append(initials)
    if placeless:
        out += [form for form in _placeless_forms(rest) if form not in out]
    return out


# How people contract a school's name (抚松县人参技工学校 → 抚松参校, 湘潭市电工电机技工学校 → 潭电技校, 仙游县古典工艺
# 家具技工学校 → 仙家技校): one or two characters of its place, one or two of its word, in their order, and a short type.
_CONTRACTED_TYPE_RE = re.compile(r"技校|技院|职校|高技|校")


def _contraction_sources(school):
    """The places of ``school`` without their levels and the words between them and its type."""
    pieces, rest = _place_prefixes(school)
    school_type = next((full for full in sorted(_TYPE_SHORT, key=len, reverse=True) if rest.endswith(full)), "")
    word = rest[:len(rest) - len(school_type)] if school_type else ""
    return [place for place, _, _ in pieces if len(place) >= 2], word


def _subsequence(short, word):
    position = 0
    for character in short:
        position = word.find(character, position) + 1
        if not position:
            return False
    return True


def contracted_schools(text, schools):
    """(start, end) of the contracted names of ``schools`` in ``text``: a word before a short type, whose first characters are of a place of the school and the rest of its word."""
    sources = [source for source in map(_contraction_sources, schools) if source[0] and len(source[1]) >= 2]
    if not sources:
        return []
    spans = []
    for match in _CONTRACTED_TYPE_RE.finditer(text):
        for length in (4, 3, 2):
            start = match.start() - length
            short = text[start:match.start()]
            # Before 校 alone a word of the dictionary is the sentence's (仙家技校 is a school, "本校" no contraction).
            if start < 0 or not all("\u4e00" <= c <= "\u9fff" for c in short) \
                    or match.group() == "校" and loaded_tokenizer().FREQ.get(short):
                continue
            if any(short[:cut] in place and _subsequence(short[cut:], word)
                   for places, word in sources for place in places for cut in (1, 2) if cut < length and length - cut <= 2):
                spans.append((start, match.end()))
                break
    return spans


# The trades many schools are named after: with a type alone they are any school of the trade ("电子技校",
# "交通运输技院"), where "石油技院", "园艺技校" name the one a manuscript's team writes from.
_TRADES = ("工业", "工程", "工贸", "商业", "财经", "财贸", "卫生", "交通", "农业", "机电", "电子", "建筑", "轻工", "化工", "电力",
           "铁路", "冶金", "煤炭", "林业", "水利")
_GENERIC_SCHOOL_WORDS = frozenset(_TRADES + ("运输", "技术", "职业", "工艺", "科技", "信息", "机械", "汽车", "旅游", "经济", "贸易",
                                             "城市", "工商", "电气", "能源", "医药", "航空", "技能", "综合", "高级", "中等", "艺术"))


def _placeless_forms(rest):
    """A school without its place, as its own people write it in its footers and keywords: its
    distinctive words and the type written short ("草原食品技校", "梁溪电子技校"), or one of those words
    that is no trade ("石油工程技师学院" → 石油技院, "牡丹园艺技工学校" → 园艺技校, "古建工艺" → 古建技校)."""
    full = next((full for full in sorted(_TYPE_SHORT, key=len, reverse=True) if rest.endswith(full)), None)
    distinctive = rest[: -len(full)] if full else ""
    if len(distinctive) < 2 or _ORDINAL.match(distinctive):
        return []
    words = list(loaded_tokenizer().cut(distinctive))
    own = [w for w in words if len(w) >= 2 and w not in _GENERIC_SCHOOL_WORDS
           and not (len(w) == 4 and w[:2] in _GENERIC_SCHOOL_WORDS and w[2:] in _GENERIC_SCHOOL_WORDS)]
    forms = []
    if len(distinctive) >= 4 and own:
        forms += [distinctive + written for written in (full, *_TYPE_SHORT[full])]
    if len(words) >= 2:
        forms += [word + short for word in own for short in _TYPE_SHORT[full] if len(word + short) >= 4]
    return forms


_TYPE_CUT_TO_ITS_FIRST_WORD = ("技师学院", "技工学校")
_NUMERALS = "一二三四五六七八九十"
_ORDINAL = re.compile(f"第?[{_NUMERALS}]{{1,3}}")


def _bodies(rest):
    """What follows the place, as written: the registered body, its abbreviations and former
    types, each with the type written short, in one character (交校) or left out (工贸)."""
    bodies = {rest, *_body_abbreviations(rest)}
    for full, formers in _FORMER_TYPES.items():
        if rest.endswith(full) and len(rest) - len(full) >= 2:
            bodies.update(rest[: -len(full)] + former for former in formers)
    # "合肥市高级技工学校" became "安徽省合肥技师学院": a city had one 高级技工学校 named after it
    # alone (as it has one 技师学院), but many a 技工学校, so only the senior type is kept.
    if rest == "技师学院":
        bodies.add("高级技工学校")
    for body in list(bodies):
        full = next((full for full in sorted(_TYPE_SHORT, key=len, reverse=True) if body.endswith(full)), None)
        if full is None:
            continue
        bodies.update(body[: -len(full)] + short for short in _TYPE_SHORT[full])
        distinctive = body[: -len(full)]
        # "龙岗二职", "南昌一技": an ordinal school by the first character of its type.
        if _ORDINAL.fullmatch(distinctive) and full[0] in "职技":
            bodies.add(distinctive.lstrip("第") + full[0])
        if len(distinctive) < 2 or _ORDINAL.match(distinctive):
            continue
        # "锡盟能源技师", "楚雄农业技工": the type cut to its first word after the school's own word (never without its
        # place, nor after a place alone: "能源技师", "厦门技工" are a trade's or a city's workers).
        if full in _TYPE_CUT_TO_ITS_FIRST_WORD and not _is_place(distinctive):
            bodies.add(distinctive + full[:2])
        if full[-2:] in _ONE_CHARACTER_TYPE:
            bodies.add(distinctive[0] + _ONE_CHARACTER_TYPE[full[-2:]])
            # "昌江陶校": a word and the first character of the next, then the type in one character.
            first_word = next(iter(loaded_tokenizer().cut(distinctive)))
            if 2 <= len(first_word) < len(distinctive):
                bodies.add(distinctive[:len(first_word) + 1] + _ONE_CHARACTER_TYPE[full[-2:]])
        # "株洲铁技": a 技工学校's or 技师学院's word by its first character, and 技.
        if "技" in full:
            bodies.add(distinctive[0] + "技")
        # Only the registered word, two characters and rare: "交运" (a bus company) stays out.
        # Nor a place ("宁波鄞州" is where the 鄞州职业高级中学 is, and much else).
        if body == rest and len(distinctive) == 2 and not _is_place(distinctive) \
                and (loaded_tokenizer().FREQ.get(distinctive) or 0) < _RARE_DISTINCTIVE_FREQUENCY:
            bodies.add(distinctive)
    if rest == "技师学院":
        bodies.discard("技校")  # "合肥技校" is any of the city's 技工学校
    return bodies


def _body_abbreviations(rest):
    """How people shorten what names the unit between place and type: the ordinal without 第
    (第二高级技工学校 → 二高级技工学校) and a four-character name of two words by their first
    characters (劳动保障职业学校 → 劳保职业学校, 交通运输 → 交运) or by its first word (交通运输 → 交通)."""
    out = []
    ordinal = re.match(f"第([{_NUMERALS}]{{1,3}})", rest)
    if ordinal:
        out.append(rest[1:])
    for full in _TYPE_SHORT:
        distinctive = rest[: -len(full)] if rest.endswith(full) else ""
        if len(distinctive) == 4 and all(loaded_tokenizer().FREQ.get(w) for w in (distinctive[:2], distinctive[2:])):
            out += [distinctive[0] + distinctive[2] + full, distinctive[:2] + full]
        if distinctive:
            break
    return out


# Schools named anywhere in the text, registered or not: a co-writing school ("参编 丁永红(固原技校)"),
# a former name of another type ("原长春市机械工业学校"), a short form of the registered one nobody
# entered ("拉萨技校"). A place the dictionary knows (or a city, county or prefecture written with its
# level), a few more characters, and a school type; a type with no place before it is generic.
_SCHOOL_TYPE_RE = re.compile(
    # The lookahead rejects most positions at their first character (the regex is a quarter of its time).
    rf"(?=[职中高技{''.join(sorted({trade[0] for trade in _TRADES}))}])"
    # Not "职业学院": a 高职 college supporting a book ("…和淄博职业学院给予了大力支持") is no author's school.
    r"(?:职业中等专业学校|中等专业学校|职业技术学院|职业技术学校|高级技工学校|职业教育中心|职教中心|技工学校|技师学院|职业学校"
    r"|职业高级中学|职业中学|职业中专"
    # A school's former name as a factory's or a trade's: "原丹阳市镜片厂职工技术学校".
    r"|(?:职工)?技术学校|职工学校"
    # A school of a trade: 交通学校, 财经学校 (and 工业学校 as before).
    rf"|(?:{'|'.join(_TRADES)})学校"
    r"|技校|职校|技院|高技(?![能术工])|职专)"
    # "江苏联合职业技术学院徐州分院": a branch after its school.
    r"(?:[\u4e00-\u9fff]{2,3}分[院校])?"
)
_SCHOOL_LOOKBACK = 12
_LEVELLED_PLACE_RE = re.compile(
    r"[\u4e00-\u9fff]{2}(?:自治区|地区|省|市|县|州|盟)(?![级域])"  # not 县级, 市域
    # "巴音郭楞蒙古自治州", "黔东南苗族侗族自治州": a place of up to four characters and its peoples.
    r"|[\u4e00-\u9fff]{2,4}(?:[\u4e00-\u9fff]{1,2}族|蒙古|维吾尔|哈萨克){1,2}自治[州县]"
)


# "合 肥 技 师 学 院": a cover spaces its characters out evenly.
_LETTER_SPACED_RE = re.compile(r"[\u4e00-\u9fff](?:[ \u3000][\u4e00-\u9fff]){3,}")


# "绵阳技\n师学院": a PDF extraction breaks a line inside the name (the characters either side of it).
_BROKEN_LINE_RE = re.compile(r"[\u4e00-\u9fff]{1,16}\r?\n[\u4e00-\u9fff]{1,16}")


def school_names(text):
    """(start, end, name) spans of schools written in ``text`` with their place, letter-spaced or
    broken across a line too (then from a place the dictionary knows: "电气系\n本市…" is no "系本市")."""
    found = _schools_in(text)
    for pattern, dictionary_place in ((_LETTER_SPACED_RE, False), (_BROKEN_LINE_RE, True)):
        for run in pattern.finditer(text):
            positions = [i for i in range(run.start(), run.end()) if "\u4e00" <= text[i] <= "\u9fff"]
            for start, end, _ in _schools_in("".join(text[i] for i in positions), dictionary_place):
                first, last = positions[start], positions[end - 1] + 1
                found.append((first, last, text[first:last]))
    unique = {}
    for start, end, name in found:
        unique.setdefault((start, end), name)
    return [(s, e, n) for (s, e), n in sorted(unique.items())]


def _schools_in(text, dictionary_place=False):
    found = []
    for match in _SCHOOL_TYPE_RE.finditer(text):
        start = match.start()
        while start > match.start() - _SCHOOL_LOOKBACK and start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff":
            start -= 1
        before = text[start:match.start()]
        # "感谢泸州市…": the place is 泸州 the dictionary knows, not "谢泸州" with a level after it.
        place = next((i for i in range(len(before) - 1) if _dictionary_place_at(before, i)
                      or not dictionary_place and _LEVELLED_PLACE_RE.match(before, i) and not _dictionary_place_at(before, i + 1)),
                     None)
        if place is not None:
            found.append((start + place, match.end(), text[start + place:match.end()]))
    return found


# Organisations named with their place (SPEC R3: a co-writing company, the employer of a team member,
# an association that organised the review or is thanked narrow down who wrote the book): a
# company, an association, a cooperative, a hospital, a university. Public bodies (人力资源社会保障部,
# 国家标准化管理委员会) and a brand alone (比亚迪, 华中数控) have none of these types; "某汽车维修企业",
# "田阳区某合作社", "相关企业" name nobody.
_ORGANISATION_TYPE_RE = re.compile(
    # The lookahead rejects most positions at their first character.
    r"(?=[集股有分协专医大学商研设保卫幼联中促同公])(?:(?:集团)?(?:股份)?有限(?:责任)?公司|分公司|集团(?!公司)|协会|学会|商会|促进会|研究会|联合会|联盟|专业合作社"
    # A trade's guild ("沙县区小吃同业公会").
    r"|同业公会|公会"
    # A centre with its place is a local body, which places the team as a local association does
    # ("黔东南州非物质文化遗产保护中心"); a national one is a public body (below).
    r"|医院|保健院|卫生院|幼儿园|研究院|研究所|设计院|大学|学院|中心)(?!出版|学报|附属)"
    # A branch is the employer, one unit with its city ("…有限公司吴忠分公司", "…研究院延边分院").
    r"(?:[\u4e00-\u9fff]{2,4}?分(?:公司|院|会|中心))?"
)
# Regions of several provinces an alliance is named after ("京津冀冷链物流产业联盟", "长三角…职业教育联盟").
_REGIONS = ("京津冀", "长三角", "珠三角", "粤港澳", "长株潭", "环渤海", "成渝", "泛珠三角")
_BRANCH_END_RE = re.compile(r"分(?:公司|院|会|中心)$")
# An association is named by its field, one character may be all of it (青海省药学会).
_FIELD_NAMED_TYPES = ("学会", "协会", "商会", "促进会", "研究会", "联合会", "公会")
# A bio's alma mater or former employer narrows who the author is ("毕业于东北林业大学土木工程专业").
_BIO_BEFORE_RE = re.compile(r"(?:毕业于|就读于|肄业于|进修于|任职于|就职于|供职于|曾任|现任|曾在|师从)\Z")
# A run of characters before the type stops at what joins two names or starts the clause.
_ORGANISATION_BREAKS = frozenset("与及和、的由向对在将把给是")
_TITLED_AFTER_UNIVERSITY_RE = re.compile(r"[^。；;，,：:\n（(]{0,16}?的?[\u4e00-\u9fff][ \u3000]?[\u4e00-\u9fff]{1,2}(?:副?教授|博士|讲师|研究员|老师)")
_ORGANISATION_LOOKBACK = 20
# "某公司", "相关协会", "各医院": any of them; a word for a kind of organisation is no name either.
ANY_ORGANISATION_RE = re.compile(r"某|相关|有关|各|该|其他|其它|一批|若干|所属|民办|公办|营利|这")
# A national name is a public body or a brand (中国烹饪协会, 中国石油天然气集团有限公司); its branch
# in a place is one unit (中国石油塔里木油田分公司).
_NATIONAL_PREFIXES = ("中国", "中华", "全国", "国家")


def organisation_names(text):
    """(start, end, name) spans of organisations written with their place and a distinctive word."""
    found = []
    for match in _ORGANISATION_TYPE_RE.finditer(text):
        # "星汇玩具制品（香港）有限公司": a Hong Kong, Macau or Taiwan company's place in brackets before its type.
        inner = _BRACKETED_PLACE_RE.search(text, max(0, match.start() - 5), match.start())
        if inner and match.group(0).endswith("公司"):
            start = _run_start(text, inner.start())
            if inner.start() - start >= 2 and not ANY_ORGANISATION_RE.search(text, start, inner.start()):
                found.append((start, match.end(), text[start:match.end()]))
            continue
        start = _run_start(text, match.start())
        before = text[start:match.start()]
        place = next((i for i in range(len(before) - 1) if (_dictionary_place_at(before, i) or before.startswith(_REGIONS, i)
                      or _LEVELLED_PLACE_RE.match(before, i) and not _dictionary_place_at(before, i + 1))
                      # "毕业于河南农业大学": not the place "于河" but 河南 after the preposition.
                      and not (before[i] in _FUNCTION_CHARACTERS and _dictionary_place_at(before, i + 1))), None)
        if place is None:
            continue
        name = text[start + place:match.end()]
        # A place and a type alone ("宁波市医院" is any of them) or a school's type inside ("技师学院"
        # is school_names' to find) are no organisation's own name.
        distinctive = before[place + _place_length(before, place):]
        # A centre is a public body: a local one (a prefecture's, a city's, a county's) places the team, a
        # province's in a policy's prose ("云南省职业教育师资培训中心") or a region's ("南亚东南亚辐射中心") does not.
        if match.group(0) == "中心" and not re.fullmatch(r".*[市州县区盟旗]", before[place:place + _place_length(before, place)]):
            continue
        # A market is a place to visit, no body ("亳州中药材交易中心", "…会展中心").
        if match.group(0) == "中心" and re.search(r"(?:交易|购物|会展|批发|集散)\Z", before):
            continue
        # A city's university or college may be named after it alone (凯里学院, 宁波大学).
        shortest = 0 if match.group(0) in ("大学", "学院") else 1 if match.group(0).startswith(_FIELD_NAMED_TYPES) else 2
        if len(distinctive) < shortest or ANY_ORGANISATION_RE.search(distinctive) or _SCHOOL_TYPE_RE.search(name) \
                or name.startswith(_NATIONAL_PREFIXES) and not _BRANCH_END_RE.search(match.group(0)):
            continue
        # A university or college in running prose is one policy names ("加快推进昆明理工大学…建设"); as
        # someone's employer it stands apart: in brackets after the name, in a cell, on a line of its own.
        # So it is as the employer of someone the text titles right after it ("凯里学院音乐与舞蹈学院的龙　婕教授").
        if match.group(0) in ("大学", "学院") and not _stands_apart(text, start + place, match.end()) \
                and not _BIO_BEFORE_RE.search(text, max(0, start + place - 3), start + place) \
                and not _TITLED_AFTER_UNIVERSITY_RE.match(text, match.end()):
            continue
        found.append((start + place, match.end(), name))
    return found


_BRACKETED_PLACE_RE = re.compile(r"[（(](?:香港|澳门|台湾|澳門|臺灣)[）)]\Z")


def _run_start(text, end):
    """Where the run of characters naming an organisation that ends at ``end`` starts: at what joins two names or
    starts the clause, unless that character starts a place ("和田玉河织艺地毯有限公司" is no "田玉河…")."""
    start = end
    while start > end - _ORGANISATION_LOOKBACK and start > 0 \
            and "\u4e00" <= text[start - 1] <= "\u9fff" and text[start - 1] not in _ORGANISATION_BREAKS:
        start -= 1
    if start > max(0, end - _ORGANISATION_LOOKBACK) and text[start - 1] in _ORGANISATION_BREAKS and _dictionary_place_at(text, start - 1):
        start -= 1
    return start


# "（原孟村县渤达弯头厂）", "（原名…）": a unit's former name in brackets right after it, whatever its type.
_FORMER_NAME_RE = re.compile(
    r"[ \t]*[（(][ \t]*(?:原名?|曾用名|前身为?)[ \t:：]*([\u4e00-\u9fff]{3,30}?(?:厂|公司|集团|学校|学院|中心|研究所|合作社|社|站|场|店))"
    r"[ \t]*(?:[，,；;][^（()）\n]{0,16})?[）)]"
)
# "（盖章）和田地区人力资源和社会保障局": the unit an application's opinion is stamped by, on the rest of the line.
_STAMPED_RE = re.compile(
    r"[（(][ \t]*(?:盖章|公章|签章|单位公章|单位盖章)[ \t]*[）)][ \t\u3000]*([\u4e00-\u9fff（）()]{4,30}?"
    r"(?:局|厅|委员会|办公室|学校|学院|技校|职校|公司|集团|中心|协会|学会|研究院|研究所|大学|医院))[ \t\u3000]*(?=\n|$)"
)


def former_and_stamped_units(text, units):
    """(start, end, name) spans of ``units``' former names in brackets after them and of the units that stamped an opinion."""
    found = [(m.start(1), m.end(1), m.group(1)) for m in _STAMPED_RE.finditer(text)]
    for _, end, _ in units:
        former = _FORMER_NAME_RE.match(text, end)
        if former:
            found.append((former.start(1), former.end(1), former.group(1)))
    return found


# "本书由舟山船校与海达船修合作编写": the units a book's own account says wrote it together, named by the short forms
# they call each other by; a short form the text never writes in full is found here, and then wherever it stands.
# A bracket after a unit (its former name) may stand before the joining word; "按…" may come before the verb.
_OPTIONAL_BRACKET = r"(?:[（(][^（()）\n]{1,30}[）)])?"
_CO_WRITTEN_RE = re.compile(
    rf"(?<=由)([\u4e00-\u9fff]{{4,20}}?){_OPTIONAL_BRACKET}[与和]([\u4e00-\u9fff]{{4,20}}?){_OPTIONAL_BRACKET}"
    r"(?=(?:合作|共同|联合|协作)(?:编写|编著|编制|开发|完成)|按[^。；;\n]{0,30}?(?:合作|共同|联合)(?:编写|开发))"
)


# People of a kind or units of a kind ("企业技术人员", "港澳餐饮企业", "企业非遗传承人") are no unit's name.
_KIND_OF_PARTNER_RE = re.compile(r"企业|单位|院校|行业|人员|教师|老师|专家|师傅|传承人|工匠|学生|团队|骨干")


def co_writing_units(text):
    """(start, end, name) spans of the units that wrote the book together by its own account, each with a word the
    dictionary barely knows or a place: "学校与合作企业", "行业专家与一线教师", "企业技术人员" are anyone."""
    found = []
    for match in _CO_WRITTEN_RE.finditer(text):
        for group in (1, 2):
            name = match.group(group)
            if (starts_with_place(name) or any(len(word) >= 2 and (loaded_tokenizer().FREQ.get(word) or 0) < _RARE_DISTINCTIVE_FREQUENCY
                                                for word in loaded_tokenizer().cut(name))) \
                    and not ANY_ORGANISATION_RE.search(name) and not _KIND_OF_PARTNER_RE.search(name) \
                    and not name.startswith(_NATIONAL_PREFIXES):
                found.append((match.start(group), match.end(group), name))
    return found


# A company's type at the end of its name: what its short form leaves out.
_COMPANY_TYPE_RE = re.compile(r"(?:集团)?(?:股份)?有限(?:责任)?公司$|集团$")


def _trade_name_first(words):
    """``words`` with a trade name the segmenter cut apart joined again: a character and the next ("雪/都/山地/运动" →
    雪都), a common word and a character after it that make no word ("桃花/谷/乡村/旅游" → 桃花谷)."""
    frequency = loaded_tokenizer().FREQ
    while len(words) >= 3 and len(words[1]) == 1 and (len(words[0]) == 1 or (frequency.get(words[0]) or 0) >= _RARE_DISTINCTIVE_FREQUENCY) \
            and not frequency.get(words[0] + words[1]):
        words = [words[0] + words[1], *words[2:]]
    return words


_SHOP_NAME_RE = re.compile(r"[\u4e00-\u9fff]{2}[堂轩坊斋阁记]")


def is_school(unit):
    return bool(_SCHOOL_TYPE_RE.search(unit))


def short_forms(unit):
    """The forms a unit named in full in a manuscript takes elsewhere in it: a school's as a registered
    one's, a company's by its trade name (:func:`_company_short_forms`, :func:`_trade_name_windows`)."""
    if is_school(unit):
        return unit_variants(unit, placeless=False)[1:]
    return sorted({*_company_short_forms(unit), *_trade_name_windows(unit)})


def _trade_name_windows(unit):
    """Four characters of a company's name after its province or city that start with a rare word and
    are none of the dictionary's ("湖北仙桃恒润防护用品有限公司" → 恒润防护, "阳江市锋钢刀剪实业有限公司" → 锋钢刀剪,
    "保山市潞江坝滇豆咖啡有限公司" → 滇豆咖啡): how colleagues write a partner whose name the segmenter
    cuts where no rule of :func:`_company_short_forms` expects. A window of common words ("防护用品") is a
    lesson's."""
    company_type = _COMPANY_TYPE_RE.search(unit)
    if not company_type:
        return []
    body = unit[:company_type.start()]
    body = body[_place_length(body, 0):]
    frequency = loaded_tokenizer().FREQ
    return [window for window in (body[i:i + 4] for i in range(len(body) - 3))
            if all("\u4e00" <= c <= "\u9fff" for c in window) and not frequency.get(window)
            and (frequency.get(window[:2]) or 0) < _RARE_DISTINCTIVE_FREQUENCY and not _is_place(window[:2])]


def _company_short_forms(unit):
    """The forms a unit named in full in a manuscript takes elsewhere in it: a school's as a
    registered one's (株洲铁路技师学院 → 株洲铁技), a company's by its trade name, the rare word
    after its place, with any word after it ("株洲湘江轨道装备股份有限公司" → 湘江装备,
    湘江轨道; "大同云冈智能电气有限公司" → 云冈电气; "林芝市桃花谷乡村旅游开发有限公司" → 桃花谷旅游),
    a group's by it and 集团 (翠苑集团), a name of four words and more by their initials (准油技服), an old shop's
    name of three characters (济世堂, 螺香记); a district after the city's place is left out with it (清江浦淮府酒店 → 淮府酒店).
    A common first word (现代物流) is no trade name, nor a word of the dictionary (智能制造) a short
    form: they stay out."""
    company_type = _COMPANY_TYPE_RE.search(unit)
    if not company_type:
        return []
    body = unit[:company_type.start()]
    city = _dictionary_place_at(body, 0) or _PLACE_WITH_LEVELS_RE.match(body)
    if city:
        body = body[_place_length(body, 0):]
    # "亳州济世堂中药饮片有限公司" is 济世堂, "蒙自市南湖滇味轩餐饮有限公司" 滇味轩: a shop's name of old, three characters.
    shop = _SHOP_NAME_RE.search(body)
    shop = [shop.group(0)] if shop and rare_word(shop.group(0)) else []
    words = _trade_name_first(list(loaded_tokenizer().cut(body)))
    # A district's name may follow the city's, the trade name after it ("淮安市清江浦淮府酒店管理有限公司" is 淮府酒店).
    # A two-character trade name is as often a place's name too (陇上汇通, 秦川精工): only a longer place is one, and
    # only before a word the dictionary does not know (准噶尔油田技术服务 is 准油技服).
    district = len(words) >= 3 and _is_place(words[0]) and len(words[1]) >= 2 and not loaded_tokenizer().FREQ.get(words[1])
    # After a city's name a two-character place may be its district ("烟台蓬莱瑞雾酒庄有限公司" is 瑞雾酒庄) or the
    # trade name's start (和田玉河织艺 is 玉河织艺): both forms.
    beside_city = [words[1] + word for word in words[2:]] if district and len(words[0]) < 3 and city else []
    if district and len(words[0]) >= 3:
        words = words[1:]
    if len(words) < 2 or len(words[0]) < 2 or (loaded_tokenizer().FREQ.get(words[0]) or 0) >= _RARE_DISTINCTIVE_FREQUENCY:
        return shop
    forms = {body, *(words[0] + word for word in words[1:]), *beside_city}
    # "六盘水乌蒙山矿山机电设备有限公司" is 乌蒙矿机: two characters of the trade name, the first of each of the next two words.
    if len(words) >= 3 and len(words[1]) >= 2 and len(words[2]) >= 2:
        forms.add(words[0][:2] + words[1][0] + words[2][0])
    # "濠江航空工程服务" cut as 濠江/航空工程/服务 is 濠江航空.
    if len(words[1]) == 4 and loaded_tokenizer().FREQ.get(words[1][:2]):
        forms.add(words[0] + words[1][:2])
    if "集团" in company_type.group(0):
        forms.add(words[0] + "集团")  # "香港翠苑饮食集团有限公司" is 翠苑集团
    # "新疆准噶尔油田技术服务有限责任公司" is 准油技服: the first character of each of four words and more.
    pieces = [piece for word in words for piece in (
        (word[:2], word[2:]) if len(word) == 4 and all(loaded_tokenizer().FREQ.get(p) for p in (word[:2], word[2:])) else (word,))]
    if len(pieces) >= 4:
        forms.add("".join(piece[0] for piece in pieces))
    return sorted([*(form for form in forms if len(form) >= 4 and not loaded_tokenizer().FREQ.get(form)), *shop])


# "（现郑州轻工业大学）": a bracket giving another name of the unit before it.
_OPENING = re.compile(r"(?:^|[（(\t|\n])[ \u3000]*[现原今]?\Z")
_CLOSING = re.compile(r"[ \u3000]*(?:$|[）)\t|\n])")


def _stands_apart(text, start, end):
    return bool(_OPENING.search(text, max(0, start - 4), start) and _CLOSING.match(text, end))


def _place_length(text, i):
    """How many characters the place starting at ``i`` takes, its level included (九江市, 右江区)."""
    levelled = _PLACE_WITH_LEVELS_RE.match(text, i)
    dictionary = max((n for n in (2, 3, 4, 5) if text[i:i + n] in _dictionary_words().places), default=0)
    region = max((len(region) for region in _REGIONS if text.startswith(region, i)), default=0)
    return max(dictionary, region, levelled.end() - i if levelled else 0)


_PLACE_WITH_LEVELS_RE = re.compile(r"(?:[\u4e00-\u9fff]{2,4}?(?:自治区|自治州|自治县|地区|省|市|区|县|州|盟|旗)){1,3}")


def _dictionary_place_at(text, i):
    return any(text[i:i + n] in _dictionary_words().places for n in (2, 3, 4, 5))


def _is_place(word):
    return any(word + level in _dictionary_words().places for level in ("", "区", "县"))


def starts_with_place(text):
    return any(text[:n] in _dictionary_words().places for n in (2, 3))


# ---------------------------------------------------------------------------- people after cues

# Single-character surnames: the few hundred that cover nearly everyone, and the rest of the 百家姓
# (洪, 傅, 赖 … 生) but its characters that are words of every sentence first (水, 家, 从, 后, 能 …);
# and compound ones.
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
    "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔"
    "向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌"
    "毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦"
    "麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩"
    "明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强"
    "帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓"
    "修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植"
    "衡富尧闭由阎纳撒仵郗郄訾暴蔚笪逄禄钮濮酆糜郦雒佴肇隗邴妥拓"
    "洪赖傅萧凤昌贝荀宓羿汲韶蓟贲钭莘璩郤郏庾殳乜毋蒯竺桓厍夔宦暨苍弘巢沃寿慎咸习仰蓬籍弓牧怀松秋鄂滑扶堵"
    "步贡融充生仉"
    "玄锁拜喇闪"  # a Korean surname (玄春花) and Hui ones (锁永福, 拜　丽, 闪佳琪)
    "岩"  # the Dai given names of men (岩温扁, 岩罕): no surname, a prefix that works as one
    "刀召"  # Dai family names of the old nobility (刀芳, 召罕嫩)
)
COMPOUND_SURNAMES = (
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "夏侯", "长孙", "宇文",
    "司徒", "端木", "钟离", "澹台", "独孤", "南宫", "西门", "呼延", "轩辕", "第五", "万俟", "闻人", "申屠",
    "赫连", "淳于", "鲜于", "闾丘", "司空", "濮阳", "宗政", "公羊", "拓跋", "东郭", "梁丘", "左丘", "乐正", "漆雕",
)
# The publisher's staff a 版权页 names (责任编辑：…, 责任校对：…, 封面设计：…): publishers are
# identities too (SPEC R3).
PUBLISHER_STAFF_CUES = (
    r"(?:策\s*划|责\s*任|美\s*术|特\s*约)\s*编\s*辑|责\s*任\s*校\s*对|责\s*任\s*印\s*制"
    r"|(?:封\s*面|版\s*式|装\s*帧)\s*设\s*计|出\s*版\s*人"
)
# Cues after which people sign a manuscript (SPEC R3; the list and their usual spellings).
PERSON_CUE_RE = re.compile(
    # The lookahead rejects most positions at their first character: what each cue below may start with.
    r"(?=[\s（(副主参编作著审评校负课项开研执插绘摄模修设制描批授实指教团企学行专技文所创协兼拍剪配出后视动微讲解旁演录签起联通请策责美特封版装统顾委成秘记我])"
    r"(?:副\s*主\s*编|主\s*编|参\s*编|编\s*著|编\s*者(?!\s*(?:来信|按|的话|注|说明))|编写人员|编写组成员|编写组|编\s*委|作\s*者(?!\s*简\s*介)|著\s*者|"
    r"审\s*稿\s*人?|主\s*审|审\s*[定读校订]\s*(?:专\s*家|人\s*员|人)?|(?:审\s*[核阅]|评\s*审)\s*(?:专\s*家|人\s*员|人)|校\s*对(?=\s*[:：])|"
    r"负\s*责\s*人(?=\s*[:：])|(?:课\s*题|项\s*目|开\s*发|研\s*究)\s*组\s*(?:成\s*员|长)|执\s*笔\s*人?|"
    # "编写分工：项目一，王芳；…", "修订人员：…", "插图绘制：…", "摄影：…".
    r"(?:编\s*写\s*分\s*工|(?:插\s*图|绘\s*图)(?:\s*绘\s*制)?|摄\s*影|模\s*特)(?=\s*[:：])|修\s*订\s*(?:人\s*员|人|者)|"
    # A drawing's title block (图签), a cell per line or per tab: "设计\n尤　佳\n审核\n那振宇".
    r"(?<![^\n])[ \t\u3000]*(?:设\s*计|制\s*图|描\s*图|审\s*核|校\s*核|批\s*准)(?:\s*人)?(?=[ \t\u3000]*[\n\t])|"
    # A course's team: "授课教师：…", "实训指导教师：…", "教学团队：…".
    r"(?:(?:授\s*课|主\s*讲|(?:实\s*[训习]\s*)?指\s*导)\s*教\s*师|(?:(?:教\s*学|课\s*程)\s*)?团\s*队\s*成\s*员|(?:教\s*学|课\s*程)\s*团\s*队)(?:\s*签\s*[名字])?(?=\s*[:：])|"
    # A reply to reviewers' comments names who changed what ("修改人："); a shared document its owner, editors and the
    # company's or the school's review ("文档所有者：", "编辑者：", "企业审核："; a voucher's bare "审核：" is an exercise's).
    r"(?:修\s*改\s*人|记\s*录\s*人|(?:企\s*业|学\s*校|校\s*[内外]|行\s*业|专\s*家|技\s*术)\s*审\s*核)(?=\s*[:：])|(?:文\s*档\s*)?所\s*有\s*者(?=\s*[:：])|(?:编\s*辑|创\s*建|协\s*作)\s*者(?=\s*[:：])|"
    # A company's mentor ("企业导师：…"), a video's crew ("拍　摄：…", "剪辑：…", "配音：…", "出镜：…", "讲解：…", "演奏：…";
    # not 字幕 nor 示范, whose value is as often what they are: "字幕：中英双语"), a form's signature ("签名：…").
    r"(?:(?:企\s*业|校\s*外|行\s*业|兼\s*职|实\s*习)\s*导\s*师|拍\s*摄|摄\s*像|剪\s*辑|配\s*音|出\s*镜|后\s*期\s*制\s*作"
    r"|(?:视\s*频|动\s*画|微\s*课)\s*制\s*作|(?:讲\s*解|解\s*说|旁\s*白|演\s*[奏唱]|录\s*音)"
    # An agreement's representatives sign "（签字）：".
    r"|[（(]?\s*签\s*[名字](?:\s*[)）])?)(?=\s*[:：])|"
    r"(?:主\s*要\s*)?起\s*草\s*人(?:\s*员)?|联\s*系\s*人|通讯作者|请\s*联\s*系|"
    # A contest's summary names the school's own competitors ("我院选手何沐阳、泽郎多吉分获…").
    r"我\s*[院校]\s*选\s*手|"
    + PUBLISHER_STAFF_CUES
    + r"|统\s*稿|顾\s*问|"
    # "参加编写的还有殷 杰、蒋文斌": a 编写说明 sentence that lists the rest of the team.
    r"参[加与](?:本书|本教材|教材)?(?:的)?编写(?:工作)?的(?:人员|教师|老师)?还?有|"
    # A 编委会 table's columns, only where a line starts: "主任" inside a sentence is no cue.
    r"(?<![^\n])[ \t\u3000]*(?:副\s*主\s*任|主\s*任)(?:\s*委\s*员)?|(?<![^\n])[ \t\u3000]*(?:委\s*员(?!会)|成\s*员|秘\s*书\s*长?))"
    r"\s*(?:人员)?\s*[:：]?\s*(?:[有为是](?![\u4e00-\u9fff]{4}))?"
)
# "杜文静编写项目一", "项目四由孟凡荣、耿晓丽编写。", "本书由上官婉清任主编": the division of work
# a 编写说明 spells out, names before the verb.
DIVISION_RE = re.compile(
    # The lookahead only says a verb is near: without it, every position of a long text starts a lazy
    # search thirty characters long (six times slower).
    r"(?=[\u4e00-\u9fff·•・、 \t\u3000]{0,32}?(?:编写|撰写|执笔|编撰|编著|主编|参编|主审|任))"
    r"([\u4e00-\u9fff·•・、 \t\u3000]{2,30}?)(?:(?:共同|负责|参与|承担|合作)?(?:编写|撰写|执笔|编撰|编著|主编|参编|主审)"
    r"(?=[ \t\u3000]*(?:第|项目|模块|单元|任务|附录|全书|本书|[。；;，,]|$))|担?任(?:副?主编|主审|参编))",
    re.M,
)
# "王建国　主编", "李　娜　刘晓峰　副主编": a cover or title page puts the role after the names.
_ROLE_AFTER_RE = re.compile(
    r"(?m)^([ \t\u3000]*[\u4e00-\u9fff][^\n]{1,40}?)[ \t\u3000]+等?"
    r"(?:副\s*主\s*编|主\s*编|编\s*著|参\s*编|主\s*审|编\s*写|主\s*讲|著|编)[ \t\u3000]*$"
)
_DIVISION_LEAD_RE = re.compile(r"(?:本书|全书|本教材|教材)?由")
# A name as prose writes it: two to four characters, perhaps spaced ("王　琼").
# A transliterated name joined by its dot runs longer ("吐尔洪·买买提明"), up to what follows it ("的关心").
_PROSE_NAME = r"(?:[\u4e00-\u9fff]{2,8}[·•・．][\u4e00-\u9fff]{2,8}?|[\u4e00-\u9fff](?:[ \t\u3000]{0,2}[\u4e00-\u9fff·•・]){1,5})"
# "由宋雨桐、尉迟伟负责学生问卷的收集": people a 说明 entrusts with a task, listed after 由.
_ENTRUSTED_RE = re.compile(
    rf"由({_PROSE_NAME}(?:[、和与及]{_PROSE_NAME})*)(?:等人?)?(?:共同|分别)?"
    r"(?:负责|承担|主持|完成|审读|审定|审阅|审核|统稿|执笔|担任|整理|提供|校对|绘制|拍摄|组成|修订)"
)
# The subject of a clause naming who helped or took a part of the book: "在编写过程中，王芳、李明提出了宝贵
# 意见", "感谢我的同事王芳、李明对本书的帮助" (after 同事), "…，俄底伍各负责全书图片拍摄".
_CONTRIBUTORS_RE = re.compile(
    rf"(?:(?<![\u4e00-\u9fff])|同事|同仁)({_PROSE_NAME}(?:[、和与及]{_PROSE_NAME})*)(?:等人?)?"
    r"(?:提出|给予|提供|参与|审阅|审读|审定|指导|协助|帮助|对本书|为本书|对教材|为教材"
    r"|(?:绘制|拍摄)了?(?=[ \t\u3000]*(?:全部|全书|本书|书中|插图|图片|照片))|(?:共同|分别)?负责(?=[ \t\u3000]*(?:全书|本书|第|项目|模块|单元|任务|附录|统稿|视频|图片|插图|拍摄|摄影|录制|剪辑|绘图|排版|校对|审核)))"
)
# An English title page: "Chief Editor: Wang Jianguo", "Associate Editors: Li Na, LIU Xiaofeng", "Compiled
# by …": the names in pinyin (or any names) after the cue, two or three capitalised words each.
_ENGLISH_PERSON_CUE_RE = re.compile(
    r"(?=[A-Za-z])(?<![A-Za-z])(?i:(?:(?:chief|associate|deputy|executive)\s+)?(?:editors?(?:[\s-]+in[\s-]+chief)?|authors?|reviewers?"
    r"|translators?|contact(?:\s+person)?|(?:compiled|written|edited|translated|reviewed)\s+by))(?![A-Za-z])[ \t]*[:：]?[ \t]*"
    # A contact line's fields may be set apart by bars ("Contact: Shentu Liqun | Email: …").
    r"((?:[A-Z][A-Za-z'’]+(?:[ \t-][A-Z][A-Za-z'’]+){1,2}(?:[ \t]*(?:,|;|、|，|and|\|)[ \t]*|[ \t]*$))+)",
    re.M,
)
_ENGLISH_NAME_RE = re.compile(r"[A-Z][A-Za-z'’]+(?:[ \t-][A-Z][A-Za-z'’]+){1,2}")


# A Hong Kong or Macau name romanised as its owner writes it, surname in capitals and a hyphenated
# given name ("LEUNG Ka-wai", "CHAN Tai-man"): no word of English prose has that shape.
_HONG_KONG_NAME_RE = re.compile(r"(?<![A-Za-z])[A-Z]{2,}[ \t]+[A-Z][a-z]+-[a-z]+(?![A-Za-z])")


# A romanised name as its owner signs it: "Kevin Lim", "Leong Ka Hou", "Kim Min-jun" (a Korean given name's
# syllables hyphenated); not a post ("Senior Process Engineer") nor a company's or a line's name.
# A name's letters may carry a Turkic or European mark ("Madina Kärim"); a Wade-Giles given name capitalises both
# syllables ("Po-Han Huang").
_NAME_LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff\u0101\u0103\u0105\u0107\u010d\u0113\u011b\u011f\u012b\u0131\u0142\u0144\u014d\u0151\u0159\u015b\u015f\u0161\u016b\u017e"
# French, German and Nordic names keep their accents ("Élodie", "Øyvind").
_NAME_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de"
_WORD_OF_A_NAME = rf"[{_NAME_UPPER}][{_NAME_LOWER}'’]+(?:-[A-Z]?[{_NAME_LOWER}]+)?"
# The surname may be in capitals, first or last ("LIM Kevin", "Kevin LIM").
_ROMANISED_NAME_RE = re.compile(
    # The first capital before the lookbehind: the regex is tried only where a capital stands.
    rf"[{_NAME_UPPER}](?<![A-Za-z][A-Z])(?:[A-Z]+[ \t]+{_WORD_OF_A_NAME}(?:[ \t]+{_WORD_OF_A_NAME})?"
    rf"|[{_NAME_LOWER}'’]+(?:-[A-Z]?[{_NAME_LOWER}]+)?(?:[ \t]+(?:{_WORD_OF_A_NAME}|[A-Z]{{2,}}(?![a-z]))){{1,2}})(?![A-Za-z{_NAME_LOWER}])"
)
_NOT_A_PERSON_RE = re.compile(
    r"(?i)\b(?:engineer|manager|director|officer|department|dept|technician|teacher|professor|lecturer|line|co|ltd|company"
    r"|college|school|university|institute|products|senior|chief|head|technology|microsoft|office|word"
    r"|the|editors?|editorial|team|staff|group|committee|board|press|publishing|standards?|association|society|cent(?:er|re)"
    r"|services?|support|sales|customers?)\b"
)
_HANGUL_NAME = r"[\uac00-\ud7a3]{2,4}"
# "感谢 Kevin Lim 先生", "Dr. Kevin Lim": a romanised name a title introduces or follows.
_ENGLISH_TITLE_BEFORE_RE = re.compile(r"(?:Mr|Ms|Mrs|Dr|Prof)\.?[ \t]+\Z")
# A work task's or a case's line casts its people ("【任务】船东代表 Lars Nilsson 先生对…提出异议").
_WORK_TASK_RE = re.compile(r"【(?:工作)?(?:任务|案例|情境|情景)[^】\n]{0,6}】|^[ \t]*(?:任务描述|案例|情境|情景)[ \t]*[:：]", re.M)


# A chat exported as text heads each message with its time and its sender, in either order ("2025-09-18 20:36
# 吴秋萍-檀艺", "2025/5/12 19:02  方兆祥：", "Jessie蒋燕飞 09-18 20:40"): the sender is someone of the group.
_CHAT_TIME = r"(?:\d{4}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?[ \t]+\d{1,2}:\d{2}(?::\d{2})?"
_CHAT_HEADER_RE = re.compile(
    rf"^[ \t]*(?:{_CHAT_TIME}[ \t]+(?P<after>[^\s:：]{{2,24}})[ \t]*[:：]?|(?P<before>[^\s:：]{{2,24}})[ \t]+{_CHAT_TIME})[ \t]*$", re.M
)
_CHAT_NAME_RE = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,4}(?![\u4e00-\u9fff])")


def chat_senders(text):
    """(start, end, name) of the people who sent a chat's messages: the Chinese name of each header's sender,
    without a nickname's English part or the company after a dash ("吴秋萍-檀艺" is 吴秋萍)."""
    found = []
    for header in _CHAT_HEADER_RE.finditer(text):
        group = "after" if header.group("after") else "before"
        name = _CHAT_NAME_RE.search(text, header.start(group), header.end(group))
        if name and looks_like_name(name.group()):
            found.append((name.start(), name.end(), name.group()))
    return found


def in_work_task(text, start):
    """Whether ``start`` is in a work task's paragraph ("【任务】芜湖某泵业公司的王经理…"): its people are the lesson's."""
    return bool(_WORK_TASK_RE.search(text, text.rfind("\n", 0, start) + 1, start))


# A lesson's example record says it is made up, in a bracket or a heading ("雪票销售记录（虚构数据）", "入住登记示例
# （教学用虚构数据）：… 证件号 110101199003071234　手机 13800000000"): its numbers after it, on its line or the next,
# are no one's ("本书案例均为虚构" in a sentence vouches for no number).
_EXAMPLE_RECORD_RE = re.compile(r"[（(][^（()）\n]{0,8}(?:虚构|(?:示例|模拟|演示|样例)数据)[^（()）\n]{0,4}[）)]|[（(](?:示例|样例)[）)][:：]|(?:虚构|示例|模拟|样例)数据[:：]")
_EXAMPLE_RECORD_REACH = 80


def in_example_record(text, start):
    line = text.rfind("\n", 0, start)
    above = text.rfind("\n", 0, max(line, 0))
    return bool(_EXAMPLE_RECORD_RE.search(text, max(above + 1, start - _EXAMPLE_RECORD_REACH), start))


# A mail client's display name before the address on a header's line ("抄送：Jingwen Tian <jingwen.tian@…>").
_MAIL_ADDRESS_AFTER_RE = re.compile(r"[ \t]*<[^<>\s@]+@")
_MAIL_HEADER_RE = re.compile(r"[ \t]*(?:发件人|收件人|抄送人?|密送|(?i:from|to|cc|bcc))[ \t]*[:：]")
_TITLE_AFTER_RE = re.compile(r"[ \t]*(?:先生|女士|博士|工程师|老师|经理|教授)")
# An e-mail signature's name line, above the contact lines or under "Best regards,": the name in Hangul,
# Latin letters and Chinese characters side by side ("김민준 Kim Min-jun | 金敏俊", "Kevin Lim 林凯文").
_SIGNATURE_TOKEN_RE = re.compile(rf"{_ROMANISED_NAME_RE.pattern}|{_HANGUL_NAME}|[\u4e00-\u9fff]{{2,4}}")
_SIGNATURE_NAME_LINE_RE = re.compile(
    rf"[ \t]*(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?[ \t]+)?(?:(?:{_ROMANISED_NAME_RE.pattern}|{_HANGUL_NAME}|[\u4e00-\u9fff]{{2,4}})[ \t]*(?:[|｜/][ \t]*)?){{1,3}}"
)
_CONTACT_LINE_RE = re.compile(r"(?i)^[ \t]*(?:tel|t|mobile|m|phone|fax|e-?mail|电话|手机|邮箱)[ \t]*[.:：]|@")
_VALEDICTION_RE = re.compile(r"(?i)(?:regards|sincerely|best wishes|yours(?: truly)?|cheers),?[ \t]*$")
_SIGNATURE_CONTACT_LINES = 4
_OTHER_SCRIPT_RE = re.compile(
    rf"[ \t]*[（(][ \t]*(?:({_WORD_OF_A_NAME}(?:[ \t]+{_WORD_OF_A_NAME}){{1,2}}|[\uac00-\ud7a3]{{2,4}})"
    # A foreign name's Chinese transliteration keeps its dot ("Élodie Marchand（艾洛迪·马尚，…）").
    r"|([\u4e00-\u9fff]{2,4})|([\u4e00-\u9fff]{1,6}[·•・][\u4e00-\u9fff]{1,6}))[ \t]*(?=[，,、；;）)])"
)

# "全明浩（朝鲜文名 전명호）", "丁学礼（经名尤努斯）": a bracket that says it gives the person's other name (in another
# script, a Hui teacher's 经名 his community knows him by): that name, in whatever script, and the person's before it.
_ALSO_NAMED_RE = re.compile(
    r"[（(][ \t]*(?:[\u4e00-\u9fff]{1,3}[文语]|经|曾用|别|又|笔)名[ \t]*[:：]?[ \t]*"
    rf"({_WORD_OF_A_NAME}(?:[ \t]+{_WORD_OF_A_NAME}){{1,2}}|[\uac00-\ud7a3]{{2,4}}|[\u4e00-\u9fff·•・]{{2,10}}"
    r"|[\u0600-\u06ff]+(?:[ \t][\u0600-\u06ff]+){0,3}|[\u0f00-\u0fff]+)[ \t]*(?=[，,、；;）)])"
)

# A signature in Uyghur, Kazakh (Arabic script) or Tibetan script on a line of its own, its romanisation in brackets after
# it or on the next line ("ئەكبەر روزى\nEkber Rozi", "བདེ་ཆེན་དབང་མོ། (Dechen Wangmo)"), set apart as a signature is: by
# blank lines, a date or other names; a lesson's greeting in those scripts is glossed by the prose around it.
_SCRIPT_SIGNATURE_RE = re.compile(
    r"(?m)^[ \t]*([\u0600-\u06ff]{2,}(?:[ \t][\u0600-\u06ff]{2,}){1,3}|[\u0f40-\u0f84\u0f90-\u0fbc]+(?:\u0f0b[\u0f40-\u0f84\u0f90-\u0fbc]+){1,5})"
    rf"\u0f0d?[ \t]*(?:[（(][ \t]*({_WORD_OF_A_NAME}(?:[ \t]+{_WORD_OF_A_NAME}){{1,2}})[ \t]*[）)]"
    rf"|\n[ \t]*({_WORD_OF_A_NAME}(?:[ \t]+{_WORD_OF_A_NAME}){{1,2}}))[ \t]*$"
)


# A letter in Russian a manuscript reproduces names its people in Cyrillic: the sender or recipient in a mail header
# before the address ("发件人: Ирина Соколова <…@…>"), the name line under the closing ("С уважением,\nИрина
# Соколова") and the one addressed ("Уважаемая Сяоянь,", a given name alone as Russians address people). A name in a
# sentence (a buyer of a task) is no one's. Tried only where a Cyrillic capital stands.
_CYRILLIC_RE = re.compile(r"[А-ЯЁа-яё]")
_CYRILLIC_WORD = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
_CYRILLIC_NAME_RE = re.compile(rf"[А-ЯЁ](?<![А-Яа-яЁё][А-ЯЁ])(?!важаем|орог)[а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?:[ \t]+{_CYRILLIC_WORD}){{0,2}}(?![А-Яа-яЁё])")
_CYRILLIC_SALUTATION_RE = re.compile(r"(?:Уважаем(?:ый|ая|ые)|Дорог(?:ой|ая|ие))[ \t]+\Z")
_CYRILLIC_VALEDICTION_RE = re.compile(r"(?i)(?:с[ \t]+уважением|всего[ \t]+доброго|с[ \t]+наилучшими[ \t]+пожеланиями),?[ \t]*$")


def _cyrillic_names(text):
    found = []
    for m in _CYRILLIC_NAME_RE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        previous = text[text.rfind("\n", 0, max(line_start - 1, 0)) + 1:max(line_start - 1, 0)]
        full = " " in m.group(0) or "\t" in m.group(0)
        if _CYRILLIC_SALUTATION_RE.search(text, line_start, m.start()) \
                or full and _MAIL_ADDRESS_AFTER_RE.match(text, m.end()) and _MAIL_HEADER_RE.match(text, line_start) \
                or full and not text[line_start:m.start()].strip() and not text[m.end():line_end].strip() \
                and line_start and _CYRILLIC_VALEDICTION_RE.search(previous):
            found.append((m.start(), m.end(), m.group(0)))
    return found


def _script_signatures(text):
    found = []
    for signature in _SCRIPT_SIGNATURE_RE.finditer(text):
        romanised = signature.lastindex
        above = text[text.rfind("\n", 0, max(signature.start() - 1, 0)) + 1:max(signature.start() - 1, 0)]
        below = text[signature.end() + 1:_line_end(text, signature.end() + 1)] if signature.end() < len(text) else ""
        if not _NOT_A_PERSON_RE.search(signature.group(romanised)) and all(
                not line.strip() or DATED_LINE_RE.fullmatch(line) or _names_in(line, 0) for line in (above, below)):
            found += [(signature.start(1), signature.end(1), signature.group(1)),
                      (signature.start(romanised), signature.end(romanised), signature.group(romanised))]
    return found


_HANGUL_BESIDE_RE = re.compile(rf"[ \t\u3000]+({_HANGUL_NAME})(?![\uac00-\ud7a3])")


def _romanised_names(text, offset):
    return [(offset + m.start(), offset + m.end(), m.group(0)) for m in _ROMANISED_NAME_RE.finditer(text)
            if not _NOT_A_PERSON_RE.search(m.group(0))]


def _signature_block_names(text):
    """The sender of a letter a manuscript reproduces: the names on its signature's name line, one in
    Latin letters or Hangul at least (a Chinese line alone is the other rules')."""
    if not re.search(r"[A-Za-z\uac00-\ud7a3]", text):
        return []
    found, lines = [], text.split("\n")
    offsets = list(itertools.accumulate((len(line) + 1 for line in lines), initial=0))
    for k, line in enumerate(lines):
        if not re.search(r"[A-Za-z\uac00-\ud7a3]", line) or not _SIGNATURE_NAME_LINE_RE.fullmatch(line) \
                or _NOT_A_PERSON_RE.search(line):
            continue
        if not (any(_CONTACT_LINE_RE.search(after) for after in lines[k + 1:k + 1 + _SIGNATURE_CONTACT_LINES])
                or k and _VALEDICTION_RE.search(lines[k - 1])):
            continue
        found.extend((offsets[k] + m.start(), offsets[k] + m.end(), m.group(0)) for m in _SIGNATURE_TOKEN_RE.finditer(line)
                     if not _HAN_RE.match(m.group(0)) or _surname_led(m.group(0)))
    return found


_HAN_RE = re.compile(r"[\u4e00-\u9fff]")


def _english_names(text):
    found = [(m.start(), m.end(), m.group(0)) for m in _HONG_KONG_NAME_RE.finditer(text)]
    for cue in _ENGLISH_PERSON_CUE_RE.finditer(text):
        for name in _ENGLISH_NAME_RE.finditer(text, cue.start(1), cue.end(1)):
            found.append((name.start(), name.end(), name.group(0)))
    return found


# A CIP line: "汽车底盘构造与维修 / 韦德宁, 蒙　丽主编. —南宁：…": after the title's slash, the
# people responsible and their role, then the edition or the imprint. A reference list's
# "[2] 李国华主编. 铣工工艺学" has no slash: whoever edited another book is nobody to hide.
_CIP_RE = re.compile(r"(?:[ \t\u3000]/|／)[ \t\u3000]*([^/\n.．]{2,60}?)等?(?:主编|编著|编写|著|编|译)[ \t\u3000]*[.．][ \t\u3000]*[—\-－]")
# The posts prose names people by, before or after the name.
_POSTS = (
    # The lookahead rejects most positions at their first character (a long text's scan is a fifth faster).
    r"(?=[高总工技讲副教研会经董秘书处科所厂园行校院主正])(?:正(?=高级))?(?:高级工程师|总?工程师|高级技师|技师|高级讲师|讲师|副?教授|研究员|高级会计师|会计师|总?经理|董事长|秘书长|会长"
    r"|副?校长|副?院长|副?主任|书记|处长|科长|所长|厂长|总监|副?园长|(?:行政)?总厨|(?:总|高级)?工艺师)(?!学院|学校|学会|协会)"  # not 技师学院
)
# "工程师权　威、…高级技师仵志军的悉心指导", "中心主任隋　涛提出": a 鸣谢 or a 说明 names people by
# their post, the name right after it and then a separator or what they did; a name running into
# the sentence is not taken, but a spaced one ("隋　涛": surname, space, given name) ends where it says.
_TITLED_RE = re.compile(
    rf"{_POSTS}([\u4e00-\u9fff][ \u3000]{{1,2}}[\u4e00-\u9fff](?![ \u3000]?[\u4e00-\u9fff][ \u3000])"
    rf"|{_PROSE_NAME}?(?=[、，,。；;的等]| {{2}}|先生|女士|提出|提供|给予|参与|审阅|审读|审定|指导|担任|负责|帮助|协助|主持"
    r"|[为对](?:本书|教材|本教材)|$))",
    re.M,
)
# "施秀琴秘书长、", "的廖　凯老师编写": the name right before the post.
_POST_AFTER_NAME_RE = re.compile(rf"(?:{_POSTS}|老师|专家|同志)")
_SPACED_BEFORE_RE = re.compile(r"[\u4e00-\u9fff][ \u3000]{1,2}[\u4e00-\u9fff]\Z")
_HAN_RUN_BEFORE_RE = re.compile(r"[\u4e00-\u9fff]{2,12}\Z")
# "王芳、李明两位老师", "王芳等老师": a list counted before the post, within its clause.
_COUNT_BEFORE_RE = re.compile(r"(?:等|[两二三四五六七八九几诸]位)\Z")
_LIST_CLAUSE_RE = re.compile(r"[^。；;，,：:！!？?\n]*[、和与及][^。；;，,：:！!？?\n]*\Z")
_LIST_SEPARATOR_RE = re.compile(r"[、和与及]")
# "向李老师请教", "由王老师编写", "曾向老师请教": a preposition (some are surnames too) and a surname
# are no name; a word of the sentence is no given name.
_FUNCTION_CHARACTERS = frozenset("由和向于与及对为在把被给跟同从将让叫请经")


# A person the dictionary knows this well is a public figure prose cites ("华罗庚教授曾说",
# "由詹天佑主持修建"), not someone who wrote or helped with the book; the people in the book's own
# lists are taken whoever they are.
PUBLIC_FIGURE_FREQUENCY = 20


def rare_word(word):
    """A word the dictionary barely knows, if at all: a name that is no common word nor a public figure's."""
    return (loaded_tokenizer().FREQ.get(word) or 0) < PUBLIC_FIGURE_FREQUENCY


def _private(names):
    return [(s, e, n) for s, e, n in names if (loaded_tokenizer().FREQ.get(n) or 0) < PUBLIC_FIGURE_FREQUENCY]


# "保育员阿依夏老师", "营业员李芳师傅": a work task's cast is introduced by a job; a team's posts (委员,
# 研究员) are titles the lists give.
_JOB_BEFORE_RE = re.compile(r"(?<!委|成|究|馆|议)员\Z")


def _names_before_posts(text):
    """People named right before their post ("施秀琴秘书长"), or a list of them before a count
    ("王芳、李明两位老师"): the name each item ends with."""
    found = []
    for post in _POST_AFTER_NAME_RE.finditer(text):
        end = post.start()
        counted = _COUNT_BEFORE_RE.search(text, max(0, end - 4), end)
        if not counted:
            found.extend(n for n in _name_ending_at(text, end) if not _JOB_BEFORE_RE.search(text, max(0, n[0] - 4), n[0]))
            continue
        end = counted.start()
        clause = _LIST_CLAUSE_RE.search(text, max(0, end - 40), end)
        for separator in ([m.start() for m in _LIST_SEPARATOR_RE.finditer(text, clause.start(), end)] if clause else []):
            found.extend(_name_ending_at(text, separator))
        found.extend(_name_ending_at(text, end))
    return found


# What follows a school's name up to the end of its clause: "绵阳技师学院王芳、李明；…".
_AFTER_SCHOOL_RE = re.compile(r"[\u4e00-\u9fff·•・、 \t\u3000]{2,24}")


def _names_after_schools(text):
    """People written right after their school ("感谢…：绵阳技师学院王芳、李明；成都工业技师学院赵强。"):
    the first name must follow the school at once."""
    found = []
    for _, end, _ in school_names(text):
        clause = _AFTER_SCHOOL_RE.match(text, end)
        if clause:
            names = _private(_names_in(clause.group(0), end, listed=True))
            if names and names[0][0] == end:
                found.extend(names)
    return found


def _name_ending_at(text, end):
    """The name that ends at ``end``: a spaced one, or the last the run of characters before ends with."""
    start = max(0, end - 12)
    spaced = _SPACED_BEFORE_RE.search(text, start, end)
    if spaced and spaced.group(0)[0] in SURNAMES:
        return _names_in(spaced.group(0), spaced.start())
    match = _HAN_RUN_BEFORE_RE.search(text, start, end)
    # "降央卓玛老师": a name of four transliterated syllables, alone before the post, has no surname to
    # look for ("加强班主任" is a clause).
    if match and len(match.group(0)) == 4 and _transliterated(match.group(0)):
        return [(match.start(), end, match.group(0))]
    # A name ends here only if a surname starts two, three or four characters before (most posts follow
    # a department, a word or a count): no segmenting then.
    if not match or not ({match.group(0)[-k] for k in (2, 3) if k <= len(match.group(0))} & SURNAMES
                         or match.group(0)[-4:-2] in COMPOUND_SURNAMES):
        return []
    run = match.group(0)
    names = [(match.start() + offset, end, name) for offset, name in _tagged_names(run)
             if offset + len(name) == len(run) and not (len(name) == 2 and name[0] in _FUNCTION_CHARACTERS)]
    # "以及曾/建华等专家", "数控系王芳老师" cut as 系王芳: right before a post, whatever the segmenter
    # made of them, three characters that look like a name whose given name is no common word, or two
    # right after a department or unit.
    if not names:
        name = next((run[-k:] for k in (3, 2) if not set(run[-k:]) & _FUNCTION_CHARACTERS and looks_like_name(run[-k:])
                     and (k == 3 and (loaded_tokenizer().FREQ.get(run[-2:]) or 0) < _COMMON_GIVEN_NAME_FREQUENCY
                          and run[-4:-2] not in loaded_tokenizer().FREQ  # "担任评审": 任 belongs to 担
                          or k == 2 and run[-3:-2] in _GROUP_ENDINGS)), None)
        if name:
            names.append((end - len(name), end, name))
    return names


# A two-character word this frequent is a word of the sentence (指导, 学会), not a given name (建华).
_COMMON_GIVEN_NAME_FREQUENCY = 1000


# "王　琼，女，海南技院旅游系教师": a 作者简介 line starts with the name (perhaps after the heading),
# then the sex, the people ("洛古·有格，彝族，…") or the unit ("王芳，绵阳技师学院高级讲师").
# The unit is looked for within the clause, not past a reference's "X，Y. 书名[M]. …大学出版社".
_BIO_RE = re.compile(
    rf"(?m)^[ \t\u3000]*(?:[\u4e00-\u9fff]{{0,3}}简介[ \t\u3000]*[:：]?[ \t\u3000]*)?({_PROSE_NAME}?)[ \t\u3000]*"
    r"(?:[（(][^）)\n]{0,16}[）)])?[，,][ \t\u3000]*"
    r"(?:[男女][，,、；;]|[\u4e00-\u9fff]{1,3}族[，,、；;]|(?=[^\n，,。；;.\[]{0,20}?(?:学院|学校|技校|职校|技院|大学|公司)))"
)


def _name_column(text):
    """People in a table whose header row has a 姓名 column: every cell of that column in the rows
    below, while the rows keep the header's column separator (tabs, a "|" grid, or the runs of
    two spaces and more a table extracted as text is padded with)."""
    found, column, separator, pos = [], None, None, 0
    for line in text.split("\n"):
        own_separator = _COLUMN_SEPARATOR_RE.search(line)
        header = [c.strip() for _, c in _cells(line, own_separator)]
        cells = _cells(line, separator) if separator else []
        if "姓名" in header:
            separator, column = own_separator, header.index("姓名")
        elif column is not None and len(cells) > column:
            offset, cell = cells[column]
            start = pos + offset + len(cell) - len(cell.lstrip())
            found.extend(_names_in(cell, pos + offset, listed=True, trusted=True) or (
                [(start, start + len(cell.strip()), cell.strip())] if _CELL_NAME_RE.fullmatch(cell.strip()) else []))
        else:
            column = separator = None
        pos += len(line) + 1
    return found


_NON_SPACE_RE = re.compile(r"[^ \t\u3000]+")


def _name_column_spaced(text):
    """People in a table aligned with spaces of any width, a single full-width one too ("序号　姓名　　职称",
    "2　　寇　敏　高级讲师"): the row's cell under 姓名, where a name spaced inside ("寇　敏") makes the
    row one cell longer than its header and its 姓名 cell takes the next one."""
    found, column, width, pos = [], None, 0, 0
    for line in text.split("\n"):
        if column is None and "姓名" not in line:  # most lines: no splitting
            pos += len(line) + 1
            continue
        cells = [(m.start(), m.group(0)) for m in _NON_SPACE_RE.finditer(line)]
        words = [cell for _, cell in cells]
        if "姓名" in words and len(words) >= 3:
            column, width = words.index("姓名"), len(words)
        elif column is not None and width <= len(cells) <= width + 1:
            start, cell = cells[column]
            end = start + len(cell)
            if len(cells) > width:
                following_start, following = cells[column + 1]
                end = following_start + len(following) if len(cell) == 1 and len(following) <= 2 else start
            found.extend(_names_in(line[start:end], pos + start, listed=True, trusted=True))
        else:
            column = None
        pos += len(line) + 1
    return found


# A header cell a table extracted one cell per line puts on a line of its own: "姓名\n职称\n工作单位".
_HEADER_CELL_RE = re.compile(
    r"[ \t\u3000]*(?:序号|姓名|性别|年龄|民族|学历|职称|职务|职称/职务|(?:工作|所在)?单位|(?:编写)?分工|(?:编写|承担|负责)(?:内容|任务|章节|项目)"
    r"|专业|备注|(?:联系)?电话)[ \t\u3000]*"
)


def _serial_row_length(lines, row, width):
    """How many lines the row starting at ``row`` takes: up to the next serial number, one line more than the header at most."""
    serial = lines[row].strip()
    if serial.isdigit() and row + width + 1 < len(lines) and lines[row + width].strip() != str(int(serial) + 1) \
            and lines[row + width + 1].strip() == str(int(serial) + 1):
        return width + 1
    return width


def _name_column_one_cell_per_line(text):
    """People in a table a PDF extraction put one cell per line: after a header of such lines with
    姓名 among them, every row is as many lines, its name on the line of the 姓名 column, until a
    row's name is no name."""
    found, lines = [], text.split("\n")
    offsets = list(itertools.accumulate((len(line) + 1 for line in lines), initial=0))
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _HEADER_CELL_RE.fullmatch(lines[j]):
            j += 1
        header = [line.strip() for line in lines[i:j]]
        # A table's title on the line above may read as a cell ("编写分工\n姓名\n单位\n编写内容"): the row
        # starts at 姓名, or at the 序号 before it.
        if "姓名" in header:
            column = header.index("姓名")
            header = header[column - 1 if column and header[column - 1] == "序号" else column:]
        if len(header) >= 2 and "姓名" in header:
            column, width, row = header.index("姓名"), len(header), j
            while row + width <= len(lines):
                # A row starts at its serial number: a name the PDF broke across two lines ("上官\n子墨") makes its row a
                # line longer, the extra line the name's when its first line is no name.
                length = _serial_row_length(lines, row, width) if header[0] == "序号" else width
                names = _names_in(lines[row + column], offsets[row + column], listed=True, trusted=True)
                if not names and length > width:
                    names = _names_in("\n".join(lines[row + column:row + column + 2]), offsets[row + column], listed=True, trusted=True)
                if not names:
                    break
                found.extend(names)
                row += length
        i = max(j, i + 1)
    return found


# A tab, a "|" of a grid, or two spaces and more ("王　芳" keeps its one).
_COLUMN_SEPARATOR_RE = re.compile(r"\t|\||[ \u3000]{2,}")


def _cells(line, separator):
    """(offset, text) of the cells of ``line`` split where ``separator`` (a match of
    _COLUMN_SEPARATOR_RE on a header) says; the whole line when there is none."""
    if separator is None:
        return [(0, line)]
    pattern = {"\t": r"\t", "|": r"\|"}.get(separator.group(0), r"[ \u3000]{2,}")
    cells, start = [], 0
    for gap in re.finditer(pattern, line):
        cells.append((start, line[start:gap.start()]))
        start = gap.end()
    cells.append((start, line[start:]))
    return cells


_CELL_NAME_RE = re.compile(r"[\u4e00-\u9fff](?:[ \u3000]{0,2}[\u4e00-\u9fff·•・]){1,7}")

# A dated signature line of a 前言/后记: short, with a year and month.
# "2025年5月", "二〇二五年五月", "2025年春".
_YEAR_MONTH = (
    r"(?:(?:19|20)\d{2}|[一二][〇○零一二三四五六七八九]{3})\s*年\s*"
    rf"(?:\d{{1,2}}\s*月|[{_NUMERALS}]{{1,3}}\s*月|[春夏秋冬][季天]?)"
)
DATED_LINE_RE = re.compile(rf"(?m)^[^\n]{{0,40}}?{_YEAR_MONTH}[^\n]{{0,24}}$")
_DATE_RE = re.compile(
    rf"{_YEAR_MONTH}(?:\s*(?:\d{{1,2}}|[{_NUMERALS}]{{1,3}})\s*日)?(?:\s*于\s*[\u4e00-\u9fff]{{1,8}})?"
)
_NAME_DOTS = "·•・．‧"
# A transliterated name's dot may stand between spaces ("古丽米拉 · 买合木提") or end a line a PDF broke.
_SEGMENT_RE = re.compile(r"[\u4e00-\u9fff]+(?:[ \t]?[·•・．‧][ \t]?\n?[\u4e00-\u9fff]+)*")
# "买买提江·艾合买提": a transliterated name, its parts joined by the middle dot, needs no surname; the
# dot is typed as U+00B7, U+2022 or the Japanese U+30FB ("帕提古丽・艾买尔") alike.
# A full-width full stop joins them too, as a typist without "·" writes it ("阿斯哈尔．别克波拉提").
_DOTTED_NAME_RE = re.compile(r"[\u4e00-\u9fff]{2,8}(?:[ \t]?[·•・．‧][ \t]?\n?[\u4e00-\u9fff]{2,8})+")
# What a name carries in brackets: its unit or title ("郗 磊（河北冀凯机械有限公司）"), not more people.
_BRACKETED_RE = re.compile(r"[（(][^（()）\n]{0,40}[）)]")
TITLE_WORDS = r"正?(?:高级工程师|高级讲师|高级技师|副教授|教授|讲师|工程师|技师|老师|博士|主任|校长|同志|先生|女士|师傅|同学|经理)"
_TITLES = re.compile(f"(?:{TITLE_WORDS})$")


# A team table's unit column and a name's bracket on a cue's line hold the member's employer under any
# form, a short one too ("| 包永胜 | 东胜重装 |", "吉　祥（椰风通航）"): where it stands says it is a unit.
_UNIT_HEADERS = ("单位", "工作单位", "所在单位")
_SAME_AS_ABOVE = frozenset({"同上", "同前", "〃", "-", "—", "/"})
_EMPLOYER_BRACKET_RE = re.compile(r"(?<=[\u4e00-\u9fff])[（(]([\u4e00-\u9fff]{3,24})(?:[ \t\u3000][^（()）\n]{0,20})?[）)]")
# What else a name's bracket holds: a people, a post or title, a role, the order of a list.
# An edition after a cited book's editor ("李国华主编. 铣工工艺学（第五版）") is none either.
# An account after the app it is on is a contact ("（企业微信 LuobuCD-thg）", "（飞书号 dechen.wm）").
_NOT_AN_EMPLOYER_RE = re.compile(rf"族$|(?:微信|飞书|钉钉|抖音|快手|电话|手机|邮箱)号?$|[男女]|{TITLE_WORDS}$|(?:{_POSTS})$|教师$|^第|版$|排序|笔画|姓氏|下同|特邀|执笔|统稿|组长")


def common_words_only(words):
    return not starts_with_place(words) and all(
        (loaded_tokenizer().FREQ.get(word) or 0) >= _RARE_DISTINCTIVE_FREQUENCY for word in loaded_tokenizer().cut(words))


def employers(text):
    """(start, end, unit) spans of team members' employers named where a team is listed."""
    found, column, separator, pos = [], None, None, 0
    for line in text.split("\n"):
        # Most lines are no header: splitting them into cells would cost a long text a tenth of its scan.
        own_separator = _COLUMN_SEPARATOR_RE.search(line) if "姓名" in line else None
        header = [c.strip() for _, c in _cells(line, own_separator)] if own_separator else []
        if "姓名" in header and any(h in _UNIT_HEADERS for h in header):
            separator, column = own_separator, next(i for i, h in enumerate(header) if h in _UNIT_HEADERS)
        elif column is not None and len(cells := _cells(line, separator)) > column:
            offset, cell = cells[column]
            unit = cell.strip()
            if unit not in _SAME_AS_ABOVE and _CELL_UNIT_RE.fullmatch(unit):
                start = pos + offset + len(cell) - len(cell.lstrip())
                found.append((start, start + len(unit), unit))
        else:
            column = separator = None
        pos += len(line) + 1
    # Brackets first, then a cue before them on their line: brackets are far fewer than cue positions.
    for bracket in _EMPLOYER_BRACKET_RE.finditer(text):
        unit = bracket.group(1)
        # Common words before a post are a department ("廖胜堂（中央厨房　主管）").
        if PERSON_CUE_RE.search(text, text.rfind("\n", 0, bracket.start()) + 1, bracket.start()) \
                and not _NOT_AN_EMPLOYER_RE.search(unit) and not PERSON_CUE_RE.search(unit) \
                and not ANY_ORGANISATION_RE.search(unit) and not (bracket.group(0)[len(unit) + 1:-1].strip() and common_words_only(unit)):
            found.append((bracket.start(1), bracket.end(1), unit))
    # A form's 工作单位 cell, after its colon or on the next line as a scan gives it ("工作单位\n惠州学 院", OCR's stray
    # space kept): a unit only where it ends as one.
    found.extend(m.span(1) + (m.group(1),) for m in _WORK_UNIT_CELL_RE.finditer(text))
    return found


_CELL_UNIT_RE = re.compile(r"[\u4e00-\u9fff（）()]{2,40}")
_WORK_UNIT_CELL_RE = re.compile(
    r"工作单位(?<![^\n：:\t\u3000 ]工作单位)[ \t\u3000]*[:：\n][ \t\u3000]*"
    r"([\u4e00-\u9fff][\u4e00-\u9fff ]{1,30}?(?:大 ?学|学 ?院|学 ?校|技 ?校|公 ?司|医 ?院|研 ?究 ?[院所]|协 ?会))"
    r"(?=[\s（(，,；;]|$)"
)


# A line that only lists people (a 编委会 column running on, "钟" and "丽" of one name broken by a PDF
# extraction): short runs of Han characters, each perhaps followed by a title.
_NAMES_LINE_RE = re.compile(rf"[ \t\u3000]*(?:[\u4e00-\u9fff·•・]{{1,4}}(?:{TITLE_WORDS})?(?:[ \t\u3000、，,；;]+|$))+")
_CONTINUATION_LINES = 4
_NOT_A_NAME = {"编写", "编者", "全体", "等人", "同志", "编辑", "审稿", "主编", "参编", "作者", "执笔", "人员", "单位", "学院", "学校",
               "成员", "顾问", "常务", "简介", "全书", "本书", "全稿", "书稿"}  # "…教授审读全书": the book, no one
_TAIL = 48


def _surname_led(word):
    if not word:
        return False
    if len(word) >= 3 and word[:2] in COMPOUND_SURNAMES:
        return len(word) <= 4
    return word[0] in SURNAMES and 2 <= len(word) <= 3


# "项目组", "教研室": a group of people, not one.
_GROUP_ENDINGS = frozenset("组部室系处会院校科班队厂司")
# "项目一", "模块三": a part of the book (a division-of-work column), though 项 is a surname.
_PART_LABEL_RE = re.compile(r"(?:项目|模块|单元|任务|课题|章节)[一二三四五六七八九十\d]{0,3}")

# The syllables Tibetan, Mongolian, Uyghur and Kazakh given names are transliterated with (扎西,
# 次仁, 卓玛, 巴特尔, 其木格, 古丽, 买买提…): these names carry no Chinese surname, so a run of
# three characters or more made only of these syllables, and no common word, is read as a name.
_TRANSLITERATION_CHARACTERS = frozenset(
    # Tibetan
    "扎西次仁卓玛格桑曲珍边巴平措多吉杰德央金拉姆达瓦尼旺堆罗布顿珠索南才让更登加吾太嘎普琼白群培强洛丹增"
    "贡益拥宗旦美朗赤烈欧米尕昂秋旺降绒追四郎泽庆"
    # Mongolian
    "乌云其木图门日特尔苏娜额敦宝音哈斯朝鲁那萨高娃力呼和毕阿坦仓敖乐都楞塔根赫琴松托娅包胡查干孟克雅腾"
    # Uyghur and Kazakh
    "依古丽买提江艾合热曼吐逊努麦迪帕肯别克亚孜库班玉素甫伊帕汗热衣沙吾尔兰木"
)
_TRANSLITERATED_MAX_FREQUENCY = 50
# The syllables of Yi names (吉克曲布, 阿西木呷, 沙马阿果, 俄底伍各): a clan name and a given name of two
# syllables each. Kept apart from the others: their union would spell common foreign words (马来西亚).
_YI_SYLLABLES = frozenset(
    "阿吉克曲布西木呷沙马玛果俄底狄伍各苏拉哈比乌海来卓勒格日火支金古倮且莫色乃尔约鲁侯力牛史则尼瓦扎其依子井巴"
    "杰觉达久补立么衣芝惹基嫫者石"
)


def _transliterated(word, listed=False):
    """Three syllables and no word the dictionary knows well (苏格兰, 阿拉伯 are); four and more are
    a name even when the dictionary has it (乌云其木格). A Yi name is one the dictionary does not know
    well whatever its length (苏格拉底 is spelt with its syllables too). Two syllables (扎西, 格桑) are
    a name only in a list of people, and rare."""
    if not (3 if not listed else 2) <= len(word) <= 8:
        return False
    rare = (loaded_tokenizer().FREQ.get(word) or 0) < _TRANSLITERATED_MAX_FREQUENCY
    if set(word) <= _TRANSLITERATION_CHARACTERS:
        return len(word) >= 4 or rare
    return set(word) <= _YI_SYLLABLES and rare


# A person-tagged word this frequent is a common word first (文明, 高峰): jieba's names are rare words.
_COMMON_WORD_FREQUENCY = 2000
_PARTICLES = frozenset("的了着地得之对后")


_CITY_KIND_RE = re.compile(r"[县省区级辖治会上]|姊妹|玻璃|座头")


@dataclass(frozen=True)
class _DictionaryWords:
    common: frozenset  # surname-led words that are not (rare) person names: 方法, 修订, 文明
    surnames: frozenset  # single characters the dictionary tags as people: 李, 王
    places: frozenset  # place names of two to five characters: 厦门, 南昌, 齐齐哈尔, 科尔沁区, 齐市


@functools.cache
def _dictionary_words():
    """The words of jieba's dictionary whose tags we need, read once from the third column of its
    dict.txt. Names are the complement of ``common``: a surname-led word is a name when the
    dictionary tags it as a person (nr, nrt, nrfg) or does not know it, which keeps the table to
    the 23,000 common words instead of the 50,000 names (issue 12's memory budget)."""
    common, surnames, places = set(), set(), set()
    with loaded_tokenizer().get_dict_file() as lines:
        for line in lines:
            word, frequency, tag = (line.decode("utf-8") if isinstance(line, bytes) else line).split()[:3]
            person = tag.startswith("nr")
            if _surname_led(word) and not (person and int(frequency) < _COMMON_WORD_FREQUENCY):
                common.add(word)
            elif person and word in SURNAMES:
                surnames.add(word)
            if tag == "ns" and 2 <= len(word) <= 3:
                places.add(word)
            # The dictionary's tags miss many cities (合肥 is "n", 拉萨 "nrt"), but it knows them with
            # their level, as places: 合肥市, 拉萨市, 齐齐哈尔市 (重点县 and 县级市 are nouns).
            if tag == "ns" and word[-1] in "省市县州盟" and 2 <= len(word) - 1 <= 4:
                places.add(word[:-1])
            # …or tags otherwise (保定市 "n", 吴忠市 "nr"): a two-character word before 市 is a city but for
            # the few words for a kind of city (县级市, 直辖市, 姊妹市).
            if word[-1] == "市" and len(word) == 3 and not _CITY_KIND_RE.search(word[:-1]):
                places.add(word[:-1])
            if tag == "ns" and word[-1] in "区旗" and not word.endswith("地区") and 4 <= len(word) <= 5:
                places.add(word)  # 科尔沁区, 神农架林区: a district whose name is three characters or more
            # A city of three characters and more is called by its first one: 齐齐哈尔 is 齐市, 佳木斯 佳市
            # (unless that is a word of its own: 都市, 大市). Its name is a word too: "图书超市" is no city.
            if tag == "ns" and word[-1] == "市" and len(word) >= 4 and word[0] not in _NUMERALS \
                    and word[:-1] in loaded_tokenizer().FREQ and word[0] + "市" not in loaded_tokenizer().FREQ:
                places.add(word[0] + "市")
    return _DictionaryWords(frozenset(common), frozenset(surnames), frozenset(places))


def looks_like_name(word):
    """A surname-led run of two to four characters that jieba's dictionary either tags as a person
    (nr…) or does not know; a common word that merely starts with a surname (修订, 方法) is not one."""
    if word in _NOT_A_NAME or not _surname_led(word) or _PART_LABEL_RE.fullmatch(word):
        return False
    # "苏婉清　于南昌": where a signature was written, not who wrote it; "向学生", "由政府", "和核心":
    # a preposition before a word of the sentence.
    if word[0] == "于" and word[1:] in _dictionary_words().places \
            or word[0] in _FUNCTION_CHARACTERS and (loaded_tokenizer().FREQ.get(word[1:]) or 0) >= _COMMON_GIVEN_NAME_FREQUENCY:
        return False
    # "公认的", "强化对", "初稿后": no name ends with a particle.
    if word[-1] in _PARTICLES:
        return False
    return word not in _dictionary_words().common


_DEPARTMENT_WORDS = frozenset({"中心", "部", "处", "室", "科", "站", "办", "办公室", "工作室", "教研室", "研究室", "实训室", "事业部",
                               "基地", "实训基地", "校区", "分校", "车间"})


def _tagged_names(segment):
    """Person names inside a longer run of Han characters: the segmenter's words that look like
    names, joined with the piece after a lone surname (欧阳/静怡, 李/小明)."""
    words = list(loaded_tokenizer().cut(segment))
    names, pos, i = [], 0, 0
    while i < len(words):
        word = words[i]
        if len(word) > 1 and word[0] in _FUNCTION_CHARACTERS and word[1] in SURNAMES \
                and word not in loaded_tokenizer().FREQ:
            # "本书由玉应香编写" cut as 由玉应/香: the preposition is a word of its own, the name what follows.
            words[i:] = [word[0], *loaded_tokenizer().cut("".join(words[i:])[1:])]
            word = words[i]
        start = pos
        candidate = word
        if (len(word) == 1 and word in _dictionary_words().surnames or word in COMPOUND_SURNAMES) and i + 1 < len(words) \
                and len(words[i + 1]) <= 2:
            candidate = word + words[i + 1]
            pos += len(words[i + 1])
            i += 1
        # "屯溪技校融媒体中心": a word before a department's word names the department.
        # "珠海航空技校金湾实训基地": a base's or campus's name (金湾/实训/基地) is no one either.
        if looks_like_name(candidate) and not (i + 1 < len(words) and (
                words[i + 1] in _DEPARTMENT_WORDS or "".join(words[i + 1:i + 3]) in _DEPARTMENT_WORDS)):
            names.append((start, candidate))
        pos += len(word)
        i += 1
    return names


# A student's class before the name ("模特：2023级美发班谭小雨"): no part of it.
_CLASS_RE = re.compile(r"(?:\d{2,4}|[〇零一二三四五六七八九]{2,4})[ \t]*级[\u4e00-\u9fff\d \t]{0,10}?班")


def _names_in(text, offset, listed=False, trusted=False, alone=False):
    """Names in a signature tail: (start, end, name) spans of ``text``, shifted by ``offset``.

    ``listed``: the tail lists a team ("参编：白云飞、夏天"); once one member is recognised, a
    surname-led word standing alone between list separators is taken as a name even when it is
    also a common word (夏天, 高峰). ``trusted``: the place alone says it holds people (the
    subject of "…编写项目一", a 姓名 column), so such a word is taken even when it stands alone.
    ``alone``: the text is the one word after a cue, taken when the dictionary does not know it.
    """
    found, words_too, unknown_too = [], [], []
    text = _BRACKETED_RE.sub(lambda m: " " * len(m.group(0)), text)
    text = _CLASS_RE.sub(lambda m: " " * len(m.group(0)), text)
    segments = list(_SEGMENT_RE.finditer(text))
    skip = set()
    for n, seg in enumerate(segments):
        if n in skip:
            continue
        word = _TITLES.sub("", seg.group(0))
        if len(word) > 2 and word.endswith("等"):  # "张华等组成的编写团队"
            word = word[:-1]
        nxt = segments[n + 1] if n + 1 < len(segments) else None
        # "洛桑\n旺堆": a PDF broke a transliterated name's line between its syllables, the rest alone on the next line.
        if nxt is not None and word == seg.group(0) and text[seg.end():nxt.start()].strip(" \t\u3000") == "\n" \
                and _transliterated(word + nxt.group(0)) and len(word + nxt.group(0)) >= 4 and _ALONE_BEFORE_LIST_RE.match(text, nxt.end()):
            found.append((offset + seg.start(), offset + nxt.end(), text[seg.start():nxt.end()]))
            skip.add(n + 1)
        # "李 娜": a lone surname and a given name apart only by spaces.
        elif (len(word) == 1 and word in SURNAMES or word in COMPOUND_SURNAMES) and word == seg.group(0) and nxt is not None \
                and not text[seg.end():nxt.start()].strip() and len(nxt.group(0)) <= 2:
            last = _spaced_third_character(text, segments, n) or nxt
            found.append((offset + seg.start(), offset + last.end(), text[seg.start():last.end()]))
            skip.update(range(n + 1, segments.index(last) + 1))
        elif listed and nxt is not None and not text[seg.end():nxt.start()].strip() \
                and (_rare_character(word) and len(nxt.group(0)) <= 2 or len(word) == 1 and len(nxt.group(0)) == 1) \
                and not text.startswith((":", "："), nxt.end()):  # "组　长：" is a label
            # "郗 磊": a surname too rare for the list, spaced like the names around it; "火　娟": two characters
            # spaced apart, as a list spaces a name of two.
            words_too.append((offset + seg.start(), offset + nxt.end(), text[seg.start():nxt.end()]))
            skip.add(n + 1)
        elif _DOTTED_NAME_RE.fullmatch(word) or looks_like_name(word) or _transliterated(word, listed):
            found.append((offset + seg.start(), offset + seg.start() + len(word), word))
        elif alone and 2 <= len(word) <= 4 and word not in _NOT_A_NAME and word[-1:] not in _GROUP_ENDINGS \
                and word[0] not in _FUNCTION_CHARACTERS and not text.startswith((":", "："), seg.end()) \
                and not loaded_tokenizer().FREQ.get(word):
            # "副主编　韩乙四夫", "主审　才让东主": the one word a cue's line or a 姓名 cell holds is its
            # person whatever the name's origin (no surname, a surname and three characters).
            words_too.append((offset + seg.start(), offset + seg.start() + len(word), word))
        elif len(word) > 4:
            found.extend((offset + seg.start() + s, offset + seg.start() + s + len(w), w) for s, w in _tagged_names(word))
        elif not listed or word in _NOT_A_NAME or _PART_LABEL_RE.fullmatch(word) or word[-1:] in _GROUP_ENDINGS:
            pass
        elif _surname_led(word) and len(word) <= 3 or len(word) == 2 and set(word) <= _TRANSLITERATION_CHARACTERS:
            # "夏天" beside 白云飞, "拉姆" beside 格桑: names the dictionary also knows as words.
            words_too.append((offset + seg.start(), offset + seg.start() + len(word), word))
        elif len(word) == 3 and not loaded_tokenizer().FREQ.get(word) and not text[seg.start() - 1:seg.start()].isdigit() \
                and (word[0] not in _FUNCTION_CHARACTERS
                     or (loaded_tokenizer().FREQ.get(word[1:]) or 0) < _COMMON_GIVEN_NAME_FREQUENCY):
            # "者建华": a rare surname; three characters the dictionary does not know as a word,
            # taken only beside a recognised name ("于2019年组织编写" is no one, nor "1975年出生",
            # nor "编写人员及分工"); a preposition that is a surname too (把晓东) before no common word.
            unknown_too.append((offset + seg.start(), offset + seg.start() + len(word), word))
    if found or trusted:
        found.extend(words_too)
    if found:
        found.extend(unknown_too)
    return found


# A single character this rare in the dictionary is no word of a sentence: 郗, 郄, 仵.
_RARE_CHARACTER_FREQUENCY = 100


def _rare_character(word):
    return len(word) == 1 and (loaded_tokenizer().FREQ.get(word) or 0) < _RARE_CHARACTER_FREQUENCY


# What may follow a name's third character OCR put on the next line: the line's end, or the list's separator ("亮 、白永清").
_ALONE_BEFORE_LIST_RE = re.compile(r"[ \t\u3000]*(?:[、，,；;][^\n]*)?(?:\n|$)")


def _spaced_third_character(text, segments, n):
    """"高 雪 梅": the third of three single characters a PDF extraction spaced evenly, unless it
    starts the next spaced name ("李 娜 王 芳"); OCR may break the line before it, the third then
    alone on its line ("锁 永\n福") or before the list's next name ("马 宏\n亮 、白永清")."""
    if n + 2 >= len(segments) or any(len(segments[n + k].group(0)) != 1 for k in range(3)):
        return None
    first, second, third = segments[n: n + 3]
    gap = text[first.end():second.start()]
    if text[second.end():third.start()] != gap \
            and not (text[second.end():third.start()] == "\n" and _ALONE_BEFORE_LIST_RE.match(text, third.end())
                     and third.group(0) not in SURNAMES):
        return None
    fourth = segments[n + 3] if n + 3 < len(segments) else None
    if third.group(0) in SURNAMES and fourth is not None and len(fourth.group(0)) <= 2 \
            and not text[third.end():fourth.start()].strip():
        return None
    return third


# A line that is only a unit: "徐州工程机械技师学院", "某某机械股份有限公司", a cover's "齐 齐 哈 尔 技 师 学 院　编".
_ORGANISATION_LINE_RE = re.compile(
    r"[\u4e00-\u9fff（）()]{2,40}(?:公司|集团|中心|研究所|研究院|协会|学会|学院|学校|分院|大学|医院)"
)


def _line_kind(line):
    """"names" for a line that only lists people, "unit" for one that is only a unit, else None."""
    line = _BRACKETED_RE.sub("", line)
    if not line.strip() or PERSON_CUE_RE.search(line):
        return None
    body = line.strip()
    if body.endswith("编"):
        body = body[:-1].rstrip()
    if _ORGANISATION_LINE_RE.fullmatch(body) or any(name == body for *_, name in school_names(body)):
        return "unit"
    return "names" if _NAMES_LINE_RE.fullmatch(line) else None


def _line_end(text, start):
    """Where the line from ``start`` ends, a break right after a middle dot being none: a PDF breaks a
    line inside a transliterated name ("古丽米拉·\n买合木提")."""
    end = text.find("\n", start)
    while end > 0 and text[end - 1] in _NAME_DOTS:
        end = text.find("\n", end + 1)
    return len(text) if end < 0 else end


_SENTENCE_PUNCTUATION = frozenset("。；;，,！!？?、")
_ASPECT_PARTICLES = frozenset("了过着")


def _run_on_lines(text, end):
    """Where a cue's tail ends once the lines that only list more people are added to it, and the
    unit lines among them: a PDF extraction puts every cell of a table on a line of its own (name,
    unit, name, unit …), so a unit line is passed over when a names line follows it."""
    name_lines = 0
    while name_lines < _CONTINUATION_LINES and end < len(text) and text[end] == "\n":
        following = _line_end(text, end + 1)
        kind = _line_kind(text[end + 1:following])
        if kind == "names":
            name_lines += 1
        elif kind != "unit" or _line_kind(text[following + 1:_line_end(text, following + 1)]) != "names":
            break
        end = following
    return end


def _without_unit_lines(tail):
    """``tail`` with its lines that are a unit alone blanked out: no name is cut from a school."""
    return "\n".join(" " * len(line) if _line_kind(line) == "unit" else line for line in tail.split("\n"))


_SENTENCE_END_RE = re.compile(r"[。！？!?]")
# A quote's attribution: "“料有千变，雕随料走。”\n——焦德坤（…首席雕刻师，本书技术顾问）", the name alone after the
# dash that follows the closing quote (a subtitle's dash follows none: "——拉坯与利坯"), before its bracket, a comma or
# the line's end (a public figure the dictionary knows is left: "——鲁迅").
_ATTRIBUTION_RE = re.compile(
    r"[”\"」』][ \t\u3000]*\n?[ \t\u3000]*(?:——|—|－－|--)[ \t\u3000]*([\u4e00-\u9fff·•・]{2,12})(?=[（(，,]|[ \t\u3000]*(?:\n|$))"
)
# "技术部杜工（杜志远）", "王总（王建国）": the full name in brackets after what colleagues call someone
# (a surname and a post), the same surname first.
_FULL_NAME_BRACKET_RE = re.compile(r"[（(]([\u4e00-\u9fff]{2,4})[）)]")
_HONORIFIC_BEFORE_RE = re.compile(r"([\u4e00-\u9fff])(?:工|总|老|老师|师傅|经理|主任|主管|教授|博士)\Z")


_PEOPLE_IN_DIVISION_RE = re.compile(rf"(?<=[由的、和与])([\u4e00-\u9fff][\u4e00-\u9fff·•・．]{{1,7}})[（(](?:[\u4e00-\u9fff]{{1,3}}族|{_PEOPLES})[）)]")
_PEOPLE_AFTER_NAME_RE = re.compile(
    rf"(?<![\u4e00-\u9fff·•・．])([\u4e00-\u9fff][\u4e00-\u9fff·•・．]{{1,9}})[（(](?:[\u4e00-\u9fff]{{1,3}}族|{_PEOPLES})[）)]"
)


_OPEN_BRACKET_RE = re.compile(r"[（(][^（()）\n]*\Z")


def signature_names(text):
    """People named after a signature cue or in a dated signature line: (start, end, name) spans."""
    found = []
    for cue in PERSON_CUE_RE.finditer(text):
        end = min(cue.end() + _TAIL, _line_end(text, cue.end()))
        if text[cue.end():cue.end() + 1] in _SENTENCE_PUNCTUATION:
            continue  # "由各地负责组织审定。研究…": the word ends a sentence, it introduces nobody
        if text[cue.end():cue.end() + 1] in _ASPECT_PARTICLES:
            continue  # "…教授审读了音律部分；…": a verb of the sentence, no label
        if text[cue.start() - 1:cue.start()] == "任":
            continue  # "由郄振邦任主编修订，…": a role someone took, named before it (DIVISION_RE), no label
        # "销售顾问小王运用…。伏羲庙和麦积山…": a cue in prose introduces no one past its sentence.
        sentence_end = _SENTENCE_END_RE.search(text, cue.end(), end)
        end = sentence_end.start() if sentence_end else _run_on_lines(text, end)
        # "编　者\n2025 年 5 月于海拉尔": the date under a signature, and where it was written, are no one.
        tail = _DATE_RE.sub(lambda m: " " * len(m.group(0)), _without_unit_lines(text[cue.end():end]))
        # A bracket the tail's end cuts open holds a note or a unit, as a closed one does ("（发送时请将#换成@）").
        tail = _OPEN_BRACKET_RE.sub(lambda m: " " * len(m.group(0)), tail)
        # "副主编　向东": a cue's one word on its line is its person, though the word is a word too.
        alone = len(_SEGMENT_RE.findall(_BRACKETED_RE.sub("", tail))) == 1
        # Stop at the next cue: it signs for itself.
        following = PERSON_CUE_RE.search(tail)
        if following:
            tail = tail[: following.start()]
        found.extend(_names_in(tail, cue.end(), listed=True, trusted=alone, alone=alone))
        # "副主编　毕丽芬（彝族）　洛古有格（彝族）": a people in the bracket says the word before it is someone, of any origin.
        found.extend((cue.end() + m.start(1), cue.end() + m.end(1), m.group(1)) for m in _PEOPLE_AFTER_NAME_RE.finditer(tail))
        # "参　编：荣佳慧　Kevin Lim（林凯文，新加坡籍…）": a team member who signs with a romanised name.
        found.extend(_romanised_names(_BRACKETED_RE.sub(lambda m: " " * len(m.group(0)), tail), cue.end()))
    # "万志诚（合肥通用电梯有限公司）编写项目六": the unit in brackets between name and verb.
    unbracketed = _BRACKETED_RE.sub(lambda m: " " * len(m.group(0)), text)
    for pattern in (DIVISION_RE, _CIP_RE):
        for match in pattern.finditer(unbracketed):
            # "本书由玉应香、…编写": the preposition and what it follows are no one.
            lead = _DIVISION_LEAD_RE.match(match.group(1))
            start = match.start(1) + (lead.end() if lead else 0)
            found.extend(_names_in(unbracketed[start:match.end(1)], start, listed=True, trusted=True))
            # "由戈壁光能运维部的仁青措姆（藏族）编写": a people in the bracket says the word before it is someone.
            found.extend((m.start(1), m.end(1), m.group(1)) for m in _PEOPLE_IN_DIVISION_RE.finditer(text, start, match.end(1)))
    for pattern in (_ENTRUSTED_RE, _CONTRIBUTORS_RE, _TITLED_RE):
        for match in pattern.finditer(unbracketed):
            names = _private(_names_in(match.group(1), match.start(1), listed=True))
            # "学生王明和李华参与了讨论": a subject that starts with someone's role is a work task's cast.
            if pattern is _CONTRIBUTORS_RE and names and names[0][0] != match.start(1):
                continue
            found.extend(names)
    for match in _BIO_RE.finditer(unbracketed):
        found.extend(_names_in(match.group(1), match.start(1), listed=True))
    found.extend(_private(_names_before_posts(unbracketed)))
    for match in _ROLE_AFTER_RE.finditer(text):
        # "绵阳技师学院　王　芳　编", "第1章　直流电路　　　　王芳　主讲": a unit or a title may come first.
        line = match.group(1)
        after_unit = next((end for begin, end, _ in school_names(line) if not line[:begin].strip()), 0)
        after_column = max((gap.end() for gap in re.finditer(r"[ \t\u3000]{3,}", line)), default=0)
        start = next((start for start in (after_unit, after_column) if _line_kind(line[start:]) == "names"), None)
        if start is not None:
            found.extend(_names_in(line[start:], match.start(1) + start, listed=True))
    for bracket in _FULL_NAME_BRACKET_RE.finditer(text):  # brackets first: far fewer than positions
        honorific = _HONORIFIC_BEFORE_RE.search(text, max(0, bracket.start() - 3), bracket.start())
        name = bracket.group(1)
        if honorific and honorific.group(1) == name[0] and name[0] in SURNAMES:
            found.append((bracket.start(1), bracket.end(1), name))
    for match in _ATTRIBUTION_RE.finditer(text):
        found.extend(_private(_names_in(match.group(1), match.start(1))))
    found.extend(_name_column(text))
    found.extend(_name_column_spaced(text))
    found.extend(_name_column_one_cell_per_line(text))
    found.extend(_names_after_schools(unbracketed))
    found.extend(_english_names(text))
    found.extend(_signature_block_names(text))
    found.extend(_initials_and_comment_markers(text))
    found.extend(_script_signatures(text))
    if _CYRILLIC_RE.search(text):
        found.extend(_cyrillic_names(text))
    found.extend(name for name in _romanised_names(text, 0) if (_ENGLISH_TITLE_BEFORE_RE.search(text, max(0, name[0] - 6), name[0])
                 or _TITLE_AFTER_RE.match(text, name[1])) and not in_work_task(text, name[0])
                 or _MAIL_ADDRESS_AFTER_RE.match(text, name[1]) and _MAIL_HEADER_RE.match(text, text.rfind("\n", 0, name[0]) + 1))
    # "梁嘉豪（Leong Ka Hou，…）", "金敏俊（김민준）", "Kevin Lim（林凯文，…）": the same person in another script, first
    # in the bracket, or in Hangul right beside it ("全明浩 전명호").
    for _, end, _ in list(found):
        other = _OTHER_SCRIPT_RE.match(text, end) or _HANGUL_BESIDE_RE.match(text, end)
        if other and (other.group(1) or other.group(3) or looks_like_name(other.group(2)) and not other.group(2).endswith("族")):
            found.append((other.start(other.lastindex), other.end(other.lastindex), other.group(other.lastindex)))
    for other in _ALSO_NAMED_RE.finditer(text):
        before = _name_ending_at(text, other.start())
        if before and not _NOT_A_PERSON_RE.search(other.group(1)):  # a school's English name is no one's
            found.extend([*before, (other.start(1), other.end(1), other.group(1))])
    for line in DATED_LINE_RE.finditer(text):
        body = _DATE_RE.sub(lambda m: " " * len(m.group(0)), line.group(0))
        found.extend(_names_in(body, line.start()))
        # The name often stands alone on the line above the date.
        above = text.rfind("\n", 0, max(line.start() - 1, 0))
        previous = text[above + 1: max(line.start() - 1, 0)]
        if 0 < len(previous.strip()) <= 16:
            found.extend(_names_in(previous, above + 1))
    leaders = _leaders(text) if found else set()
    unique = {}
    for start, end, name in found:
        if not any(leader.startswith(name) or leader.endswith(name) for leader in leaders):
            unique.setdefault((start, end), name)
    return [(s, e, n) for (s, e), n in sorted(unique.items())]


# The files handed in are named after who wrote them, in pinyin: a surname and the given name's initials
# ("…_DingXL_终稿.docx", "_ZengWM_20250603.pdf"), between a file name's separators. Tried only where a capital stands.
_FILE_NAME_INITIALS_RE = re.compile(
    r"[A-Z](?<=[_\-\s][A-Z])([a-z]{1,6}[A-Z]{1,3})(?=[_\-.][^\s]{0,60}?\.(?:docx?|wps|pdf|pptx?|xlsx?|zip|rar|7z)(?![A-Za-z]))"
)
_PINYIN_SYLLABLE = (r"(?:[bpmfdtnlgkhjqxrzcsyw]|[zcs]h)?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er"
                    r"|ia|ie|iu|in|ua|uo|ui|un|ue|ve|a|o|e|i|u|v)")
_PINYIN_SURNAME_RE = re.compile(f"{_PINYIN_SYLLABLE}{{1,2}}")
# Word's exported comments start with the commenter's initials or name and the comment's number ("[ZWM1] 第 2 页：…").
_COMMENT_MARKER_RE = re.compile(r"(?m)^[ \t]*\[([A-Z]{2,4}|[\u4e00-\u9fff]{2,4})\d{1,3}\][ \t]")


# Word's revision pane and its printed comments name the reviser on the line of each revision or comment
# ("郦春晓　插入的内容", "芮晓航　批注 [RXH2]", "页 12：批注 [GXL1]　顾筱岚　2025/9/3 10:21:00"): the word 批注 before
# the bracket says the initials are a commenter's, alone as it stands.
_REVISION_LINE_RE = re.compile(
    r"(?m)^[ \t\u3000]*(?:([\u4e00-\u9fff]{2,4})[ \t\u3000]+(?=插入的内容|删除的内容|批注))?(?:页[ \t]*\d+[ \t]*[:：][ \t]*)?"
    r"(?:插入的内容|删除的内容|批注[ \t]*\[([A-Z]{2,4})\d{1,3}\](?:[ \t\u3000]+([\u4e00-\u9fff]{2,4})(?=[ \t\u3000]+\d{4}[/\-.]))?)"
)


def _initials_and_comment_markers(text):
    found = [(m.start(), m.end(1), m.group(0)[0] + m.group(1)) for m in _FILE_NAME_INITIALS_RE.finditer(text)
             if _PINYIN_SURNAME_RE.fullmatch(m.group(0)[0].lower() + m.group(1).rstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))]
    for line in _REVISION_LINE_RE.finditer(text):
        found.extend((line.start(g), line.end(g), line.group(g)) for g in (1, 2, 3)
                     if line.group(g) and (g == 2 or looks_like_name(line.group(g))))
    markers = list(_COMMENT_MARKER_RE.finditer(text))
    if len(markers) < 2:  # comments are exported as a list; one bracket at a line's start is a label ("[GB1] …")
        return found
    for marker in markers:
        initials = marker.group(1)
        if initials.isascii() or looks_like_name(initials):
            found.append((marker.start(1), marker.end(1), initials))
    return found


# "习近平总书记", "国家主席习近平", "习近平同志指出": a leader the text itself titles or quotes as one is a
# public figure wherever it names him, a speech's signature above its date included (the dictionary
# barely knows the name); "吕小燕同志担任秘书" is someone who helped.
_LEADER_TITLE_RE = re.compile(r"总书记|国家主席|总理|委员长|同志(?=指出|强调|说|曾|在[^。\n]{0,30}讲话)")


def _leaders(text):
    """The three characters either side of each leader's title: a name found is a leader's when one
    of them starts (after the title) or ends (before it) with it."""
    leaders = set()
    for title in _LEADER_TITLE_RE.finditer(text):
        leaders.update((text[max(0, title.start() - 3):title.start()], text[title.end():title.end() + 3]))
    return leaders
