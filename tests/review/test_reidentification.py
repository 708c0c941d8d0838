"""R3 (Art. 21): a reviewer who searches the public site for the title and metadata they were
shown must not find the unit or an author. When a public record reachable from the exact title
names them (an earlier edition in the catalogue, R7 keeps its chief editor), the reviewer sees a
neutral title (course, category, level, 修订版) without the edition, and the organiser is told why."""

import datetime

from django.core.files.base import ContentFile

from review import services
from tests.review import hostile_files as hf
from tests.review.conftest import MEMBER

PUBLIC_SURFACES = ("/search/?q={q}", "/api/catalogue/?q={q}")


def _public_pages(client, value):
    pages = []
    for pattern in PUBLIC_SURFACES:
        response = client.get(pattern.format(q=value))
        if response.status_code == 200:
            pages.append(response.content.decode("utf-8", "replace"))
    return pages


def _second_edition(world):
    from textbooks import services as textbook_services
    from textbooks.models import TextbookVersion

    first = world.textbook_version("体育与健康（拓展模块）")
    textbook_services.approve_version(first, None, "人社厅审〔2025〕7号")
    second = TextbookVersion(
        textbook=first.textbook, edition=2, isbn=first.isbn[:-4] + "0000", publisher=world.publisher,
        published_on=datetime.date(2026, 8, 1), price="45.00", chief_editor=world.chief,
        description="第二版修订了体能训练章节。",
    )
    from textbooks import rules as textbook_rules

    second.isbn = second.isbn[:-1] + textbook_rules.isbn13_check_digit(second.isbn[:-1])
    second.manuscript = ContentFile(hf.minimal_docx(["体能训练"]), name="manuscript.docx")
    return textbook_services.save_version(second, None)


def test_a_new_edition_of_a_public_textbook_is_shown_under_a_neutral_title(client, review_world):
    world = review_world
    second = _second_edition(world)
    world.gates(second)
    submission = services.submit(second, world.author_user)
    assert "体育与健康" not in submission.safe_title and "第二版" not in submission.safe_title
    assert submission.safe_title.endswith("修订版") and world.course.name in submission.safe_title
    assert "版次" not in submission.safe_metadata and "书名" not in submission.safe_metadata
    assert hf.UNIT in submission.reidentification_note and "第二十一条" in submission.reidentification_note
    # What the reviewer was shown leads nowhere public that names the unit or an author.
    for value in [submission.safe_title, *submission.safe_metadata.values()]:
        for page in _public_pages(client, value):
            for identity in (hf.UNIT, hf.NAME, MEMBER, hf.PUBLISHER):
                assert identity not in page, (value, identity)
    # The organiser sees why.
    client.force_login(world.organiser)
    assert "已改用中性名称并隐去版次" in client.get(f"/admin/review/{submission.pk}/").content.decode()


def test_a_first_edition_keeps_its_title(review_world):
    world = review_world
    version = world.textbook_version("数控车床编程与操作")
    world.gates(version)
    submission = services.submit(version, world.author_user)
    assert submission.safe_title == version.review_title() and not submission.reidentification_note
