"""Authors (编写人员) reach only their own unit's standards and resources; they never publish."""

import pytest
from django.contrib.auth import get_user_model

from cms import roles
from curriculum.models import CourseStandard, ResourceItem
from directory.demo import upsert_person
from directory.models import Organisation, TitleLevel
from tests.curriculum.admin_forms import admin_form_data

pytestmark = pytest.mark.django_db
BASE = "/admin/curriculum/standards"


@pytest.fixture
def standards(curriculum_world):
    own = CourseStandard.objects.get(major__code="0103", level__code="intermediate")  # 重庆市工业技师学院
    other = CourseStandard.objects.get(major__code="0401", level__code="intermediate")  # 江苏省常州技师学院
    return own, other


def object_urls(standard):
    revision = standard.latest_revision_id
    return [
        f"{BASE}/edit/{standard.pk}/",
        f"{BASE}/history/{standard.pk}/",
        f"{BASE}/versions/{standard.pk}/",
        f"{BASE}/export/{standard.pk}/{revision}/",
        f"{BASE}/compare/{standard.pk}/?from={revision}&to={revision}",
        f"{BASE}/delete/{standard.pk}/",
    ]


def test_an_author_reaches_their_units_standards(standards, client, login):
    own, _ = standards
    login("author")
    for url in object_urls(own)[:5]:
        assert client.get(url).status_code == 200, url


def test_another_units_standard_answers_404_everywhere(standards, client, login):
    _, other = standards
    login("author")
    for url in object_urls(other):
        assert client.get(url).status_code == 404, url
    listing = client.get(f"{BASE}/").content.decode()
    assert "数控加工专业（中级技能）" in listing and "汽车维修专业" not in listing


def test_another_units_resources_answer_404(standards, client, login):
    login("author")
    own = ResourceItem.objects.filter(compiling_unit__name="重庆市工业技师学院").first()
    other = ResourceItem.objects.filter(compiling_unit__name="江苏省常州技师学院").first()
    assert client.get(f"/admin/curriculum/resources/edit/{own.pk}/").status_code == 200
    assert client.get(f"/admin/curriculum/resources/edit/{other.pk}/").status_code == 404


def test_an_author_cannot_publish(standards, client, login):
    own, _ = standards
    user = login("author")
    assert not user.has_perm("curriculum.publish_coursestandard", own)
    html = client.get(f"{BASE}/edit/{own.pk}/").content.decode()
    assert "action-publish" not in html


def test_an_author_compiles_only_for_their_own_unit(standards, client, login):
    login("author")
    form = client.get(f"{BASE}/add/").context["form"]
    assert list(form.fields["compiling_unit"].queryset) == [Organisation.objects.get(name="重庆市工业技师学院")]


def test_an_author_who_joins_later_reaches_the_units_existing_standards(standards, client):
    own, other = standards
    user = get_user_model().objects.create_user("new_author")
    user.groups.add(roles.role_group(roles.AUTHOR))
    upsert_person("蒋文静", Organisation.objects.get(name="江苏省常州技师学院"), TitleLevel.INTERMEDIATE, user=user)
    client.force_login(user)
    assert client.get(f"{BASE}/edit/{other.pk}/").status_code == 200
    assert client.get(f"{BASE}/edit/{own.pk}/").status_code == 404


def test_hrss_admin_reaches_every_standard_but_publishes_none_outside_review(standards, client, login):
    """凡编必审 (Art. 18): only approval after review publishes a standard."""
    _, other = standards
    user = login("hrss")
    page = client.get(f"{BASE}/edit/{other.pk}/")
    assert page.status_code == 200
    assert not user.has_perm("curriculum.publish_coursestandard")
    assert 'name="action-publish"' not in page.content.decode()


def test_a_reviewer_never_reaches_the_standards_admin(standards, client, login):
    own, _ = standards
    login("reviewer")
    response = client.get(f"{BASE}/edit/{own.pk}/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_an_author_saves_a_draft_of_their_units_standard_in_the_admin(standards, client, login):
    own, _ = standards
    login("author")
    url = f"{BASE}/edit/{own.pk}/"
    data = admin_form_data(client.get(url).context["form"])
    data["training_goals"] = "培养面向智能制造企业的数控加工技能人才。"
    revisions = own.revisions.count()
    response = client.post(url, data)
    assert response.status_code == 302
    own.refresh_from_db()
    assert own.revisions.count() == revisions + 1
    assert own.latest_revision.as_object().training_goals == "培养面向智能制造企业的数控加工技能人才。"
    assert own.training_goals != data["training_goals"]  # the live version changes only by publishing


def test_hrss_reads_resource_items_cited_in_an_impact_list(standards, client, login):
    login("hrss")
    item = ResourceItem.objects.filter(compiling_unit__name="江苏省常州技师学院").first()
    assert client.get(f"/admin/curriculum/resources/inspect/{item.pk}/").status_code == 200
