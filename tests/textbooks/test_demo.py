"""The demo catalogue is large, complete, rule-abiding and repeatable."""

import pytest
from django.urls import reverse

from textbooks import checks, rules
from textbooks.demo import ALTERED_TITLE, seed_textbooks
from textbooks.models import (
    CatalogueEntry,
    CatalogueKind,
    Textbook,
    TextbookCategory,
    TextbookVersion,
)
from tests.conftest import world_layer

pytestmark = pytest.mark.django_db


demo_textbooks = world_layer("demo_textbooks", "The demo catalogue over the demo world.", seed_textbooks)


def test_demo_covers_every_category_and_catalogue_with_frozen_altered_and_overdue(demo_textbooks):
    assert Textbook.objects.count() >= 300
    assert set(Textbook.objects.values_list("category", flat=True)) == set(TextbookCategory.values)
    assert set(CatalogueEntry.objects.values_list("catalogue__kind", flat=True)) == set(CatalogueKind.values)
    assert TextbookVersion.objects.filter(frozen_at__isnull=False).count() > 250
    altered = TextbookVersion.objects.get(altered_at__isnull=False)
    assert altered.textbook.title == ALTERED_TITLE and not rules.is_selectable(altered)
    assert TextbookVersion.objects.overdue().exists()
    assert TextbookVersion.objects.exclude(status="approved").exists()  # drafts and reviews in progress


def test_demo_data_obeys_the_rules(demo_textbooks):
    for textbook in Textbook.objects.select_related("compiling_unit"):
        assert checks.textbook_problems(textbook) == [], textbook.title
    for version in TextbookVersion.objects.filter(frozen_at__isnull=True).select_related("textbook", "chief_editor"):
        assert checks.version_problems(version) == [], str(version)


def test_seeding_again_changes_nothing(demo_textbooks):
    counts = (Textbook.objects.count(), TextbookVersion.objects.count(), CatalogueEntry.objects.count())
    seed_textbooks()
    assert (Textbook.objects.count(), TextbookVersion.objects.count(), CatalogueEntry.objects.count()) == counts


def test_demo_logins_reach_their_textbooks(demo_textbooks, client, login):
    login("author")
    listing = client.get(reverse("textbooks:index") + "?q=数控车床编程与操作").content.decode()
    assert "数控车床编程与操作" in listing
    assert client.get("/catalogue/").status_code == 200
