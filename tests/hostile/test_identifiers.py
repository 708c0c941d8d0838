"""Wrong ISBNs, generated: random 13-digit strings, ISBN-10s, bad check digits, separators and
digits from other scripts, typed where the platform takes an ISBN - a textbook version (the
admin form's service), a catalogue import row and the copies a school buys (S8, Art. 28(6)).

The oracle is written here, independently of textbooks.rules: weights 1, 3, 1, 3 … over the
first twelve digits. An ISBN is accepted only if it is a 978/979 ISBN-13 with the right check
digit, after dropping hyphens and spaces and reading full-width digits as the digits they are;
anything else is refused with the rule's Chinese message and writes nothing.
"""

import datetime
import itertools
import unicodedata

import pytest
from django.core.exceptions import ValidationError
from hypothesis import given
from hypothesis import strategies as st

from tests.hostile.conftest import assert_chinese, counts, examples

pytestmark = pytest.mark.django_db

ASCII_DIGITS = "0123456789"
SEPARATORS = ["-", " ", "－", "—", "\u3000"]  # what people type between the groups
NOT_SEPARATORS = [".", "/", "_", "·", "\u200b", "+", "#", "、"]


def check_digit(first_twelve):
    return str(-sum(int(d) * w for d, w in zip(first_twelve, itertools.cycle((1, 3)))) % 10)


def digits_of(raw):
    """The oracle's reading: NFKC (full-width → ASCII), then the allowed separators dropped."""
    text = unicodedata.normalize("NFKC", raw)
    for separator in SEPARATORS + ["\t", "\n"]:
        text = text.replace(unicodedata.normalize("NFKC", separator), "")
    return text.strip().upper()


def oracle(raw):
    """None if ``raw`` is an acceptable ISBN-13, else the kind of refusal."""
    isbn = digits_of(raw)
    if len(isbn) != 13 or any(c not in ASCII_DIGITS for c in isbn):
        return "应为 13 位数字"
    if not isbn.startswith(("978", "979")):
        return "应以 978 或 979 开头"
    if isbn[12] != check_digit(isbn[:12]):
        return f"校验位错误（应为 {check_digit(isbn[:12])}）"
    return None


# ------------------------------------------------------------------------------ generators

twelve = st.sampled_from(["978", "979"]).flatmap(lambda p: st.text(ASCII_DIGITS, min_size=9, max_size=9).map(lambda r: p + r))
valid_isbn13 = twelve.map(lambda t: t + check_digit(t))
# Every Unicode decimal digit, ASCII and full-width included: Python's \d and int() take them all.
any_digit = st.characters(categories=["Nd"])


@st.composite
def retyped(draw, isbn):
    """``isbn`` as a person might type it: groups split by separators, some digits full-width."""
    out = []
    for i, ch in enumerate(isbn):
        if i and draw(st.integers(0, 4)) == 0:
            out.append(draw(st.sampled_from(SEPARATORS)))
        out.append(chr(ord(ch) - ord("0") + ord("０")) if draw(st.booleans()) else ch)
    return "".join(out)


@st.composite
def wrong_isbn(draw):
    """One of the ways an ISBN goes wrong; most are wrong, a few happen to be right."""
    kind = draw(st.sampled_from([
        "random 13 digits", "bad check digit", "ISBN-10", "digits of another script", "bad separator",
        "too short or long", "letters mixed in", "retyped valid",
    ]))
    if kind == "random 13 digits":
        return kind, draw(st.text(ASCII_DIGITS, min_size=13, max_size=13))
    if kind == "bad check digit":
        first = draw(twelve)
        wrong = draw(st.sampled_from([d for d in ASCII_DIGITS if d != check_digit(first)]))
        return kind, draw(retyped(first + wrong))
    if kind == "ISBN-10":
        nine = draw(st.text(ASCII_DIGITS, min_size=9, max_size=9))
        check = -sum(int(d) * w for d, w in zip(nine, range(10, 1, -1))) % 11
        return kind, "7-" + nine[1:5] + "-" + nine[5:] + "-" + ("X" if check == 10 else str(check))
    if kind == "digits of another script":
        isbn = draw(valid_isbn13)
        position = draw(st.integers(0, 12))
        script = draw(any_digit)  # decimal digits come in runs of ten, zero first
        digit = chr(ord(script) - unicodedata.digit(script) + int(isbn[position]))
        return kind, isbn[:position] + digit + isbn[position + 1 :]
    if kind == "bad separator":
        isbn = draw(valid_isbn13)
        position = draw(st.integers(1, 12))
        return kind, isbn[:position] + draw(st.sampled_from(NOT_SEPARATORS)) + isbn[position:]
    if kind == "too short or long":
        return kind, draw(st.text(ASCII_DIGITS, min_size=0, max_size=20).filter(lambda s: len(s) != 13))
    if kind == "letters mixed in":
        isbn = draw(valid_isbn13)
        position = draw(st.integers(0, 12))
        return kind, isbn[:position] + draw(st.sampled_from(list("XxOoIlＸＯ"))) + isbn[position + 1 :]
    return kind, draw(valid_isbn13.flatmap(retyped))


# -------------------------------------------------------------------------------- the rule


@examples(400)
@given(case=wrong_isbn())
def test_the_isbn_rule_agrees_with_an_independent_check(hostile, case):
    from textbooks import rules

    kind, raw = case
    problem, expected = rules.isbn13_problem(raw), oracle(raw)
    if expected is None:
        assert problem is None, (raw, problem)
        assert rules.normalise_isbn(raw) == digits_of(raw)  # stored as 13 ASCII digits
        hostile("ISBN rule", refused=False)
    else:
        assert problem is not None and expected in problem, (raw, problem, expected)
        assert_chinese(problem)
        hostile("ISBN rule")


# ---------------------------------------------------------------------- a textbook version


class VersionForm:
    """Versions saved through textbooks.services.save_version, which the admin's forms call."""

    def __init__(self, world):
        self.world = world
        self.existing = world.approved("数控车床编程与操作")
        self.textbook = world.textbook("数控车削编程实训", courses=[world.other_course])

    @staticmethod
    def state():
        from textbooks.models import TextbookVersion

        return counts(TextbookVersion), sorted(TextbookVersion.objects.values_list("pk", "isbn"))

    def save(self, isbn):
        from textbooks import services
        from textbooks.models import TextbookVersion

        version = TextbookVersion(
            textbook=self.textbook, edition=1, isbn=isbn, publisher=self.world.publisher,
            published_on=datetime.date(2025, 8, 1), chief_editor=self.world.second_chief,
        )
        return services.save_version(version, None)


@pytest.fixture
def version_form(world):
    return VersionForm(world)


@examples(60)
@given(case=wrong_isbn())
def test_a_version_with_a_wrong_isbn_is_refused_and_nothing_saved(hostile, version_form, case):
    from django.db import transaction

    kind, raw = case
    before = version_form.state()
    try:
        with transaction.atomic():
            saved = version_form.save(raw)
            transaction.set_rollback(True)
    except ValidationError as error:
        messages = error.messages
        assert messages and all(assert_chinese(m) for m in messages)
        if oracle(raw) is not None and len(raw) <= 17:  # longer ones fail the field's length first
            assert any(oracle(raw) in m for m in messages), (raw, messages)
        assert version_form.state() == before
        hostile("ISBN on a textbook version")
    else:
        assert oracle(raw) is None or raw == "", (raw, saved.isbn)  # a manuscript may have no ISBN yet
        assert saved.isbn == digits_of(raw)
        assert version_form.state() == before  # rolled back
        hostile("ISBN on a textbook version", refused=False)


@examples(40)
@given(typed=st.data())
def test_the_same_isbn_typed_differently_is_still_the_same_book(hostile, version_form, typed):
    """Art. 28(6): one ISBN, one textbook - full-width digits and separators do not make a new one."""
    raw = typed.draw(retyped(version_form.existing.isbn))
    before = version_form.state()
    with pytest.raises(ValidationError) as refusal:
        version_form.save(raw)
    assert f"ISBN {version_form.existing.isbn} 已被其他教材使用" in " ".join(refusal.value.messages), raw
    assert version_form.state() == before
    hostile("ISBN of another textbook, retyped")


# ---------------------------------------------------------------------- a catalogue import row


@examples(40)
@given(case=wrong_isbn())
def test_a_catalogue_row_with_a_wrong_isbn_imports_nothing(hostile, world, case):
    from django.db import transaction

    from tests.textbooks.test_catalogue_io import row, workbook
    from textbooks import catalogue_io
    from textbooks.models import CatalogueEntry, Textbook, TextbookVersion

    kind, raw = case
    before = counts(Textbook, TextbookVersion, CatalogueEntry)
    with transaction.atomic():
        report = catalogue_io.import_catalogue(workbook([row(world, ISBN=raw)]), None)
        transaction.set_rollback(True)
    if oracle(raw) is None:
        assert report.saved, report.rows[0].errors
        hostile("ISBN in a catalogue import row", refused=False)
    else:
        assert not report.saved and report.summary == "1 行未通过校验，全部 1 行均未导入。"
        assert any(oracle(raw) in e for e in report.rows[0].errors), (raw, report.rows[0].errors)
        hostile("ISBN in a catalogue import row")
    assert counts(Textbook, TextbookVersion, CatalogueEntry) == before


# ------------------------------------------------------------------- the copies a school buys (S8)


@pytest.fixture
def draft_round(sworld):
    return sworld.round()


@examples(40)
@given(data=st.data())
def test_copies_with_another_isbn_are_refused_as_pirated(hostile, sworld, textbooks, draft_round, data):
    """S8 (Art. 28(6)): the ISBN printed on the copies must be the catalogue's; typed with
    separators or full-width digits it still is."""
    from django.db import transaction

    from selection import services
    from selection.models import SelectionLine

    version = textbooks["maths_national"]
    same = data.draw(st.booleans())
    raw = data.draw(retyped(version.isbn)) if same else data.draw(wrong_isbn())[1]
    before = counts(SelectionLine)
    try:
        with transaction.atomic():
            line = services.select_textbook(draft_round, sworld.maths, version, sworld.user, isbn=raw)
            assert SelectionLine.objects.get(pk=line.pk).isbn == version.isbn  # stored as the catalogue's
            transaction.set_rollback(True)
    except ValidationError as error:
        assert digits_of(raw) != version.isbn, (raw, error.messages)
        assert "S8" in error.messages[0] and "疑为盗版盗印教材" in error.messages[0]
        hostile("ISBN of the copies bought (S8)")
    else:
        assert digits_of(raw) == version.isbn, raw
        hostile("ISBN of the copies bought (S8)", refused=False)
    assert counts(SelectionLine) == before
