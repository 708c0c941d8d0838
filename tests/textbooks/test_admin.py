"""The admin: unit admins and authors reach only their unit's textbooks; HRSS reaches all;
forms enforce the same rules as the services; import, export and the overdue list work."""

import datetime
import io

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from openpyxl import load_workbook

from curriculum.models import Course, CourseCategory
from directory.models import Organisation
from textbooks import services
from textbooks.models import CompilingUnitProfile, NationalLeadBasis, PlanningLevel, Textbook, TextbookCategory, TextbookVersion, VersionStatus

from .conftest import make_isbn
from .test_catalogue_io import row, workbook

pytestmark = pytest.mark.django_db

OWN_UNIT = "重庆市工业技师学院"
OTHER_UNIT = "江苏省常州技师学院"


class DemoBooks:
    """Two units of the demo world, each with a textbook; the demo author edits the own one."""

    def __init__(self):
        for name in (OWN_UNIT, OTHER_UNIT):
            services.verify_unit_qualification(
                CompilingUnitProfile.objects.create(
                    organisation=Organisation.objects.get(name=name),
                    has_compiling_team=True,
                    has_service_team=True,
                    has_funding=True,
                    national_lead_basis=NationalLeadBasis.HIGH_QUALITY_SCHOOL,
                ),
                None,
            )
        self.own_unit = Organisation.objects.get(name=OWN_UNIT)
        self.other_unit = Organisation.objects.get(name=OTHER_UNIT)
        self.course = Course.objects.create(code="ZY0103A", name="数控车削加工", category=CourseCategory.PROFESSIONAL)
        self.other_course = Course.objects.create(code="ZY0401A", name="汽车发动机维修", category=CourseCategory.PROFESSIONAL)
        author = self.own_unit.staff.get(user__username="author")
        other_chief = self.other_unit.staff.order_by("pk").first()
        self.own = self.book("数控车床编程与操作", self.own_unit, self.course, author)
        self.other = self.book("汽车发动机构造与维修", self.other_unit, self.other_course, other_chief)

    def book(self, title, unit, course, chief):
        textbook = services.save_textbook(
            Textbook(title=title, category=TextbookCategory.PROFESSIONAL, planning_level=PlanningLevel.NATIONAL, compiling_unit=unit),
            None,
            courses=[course],
        )
        version = services.save_version(
            TextbookVersion(textbook=textbook, isbn=make_isbn(), chief_editor=chief, published_on=datetime.date(2025, 8, 1)),
            None,
        )
        return version


@pytest.fixture
def books(demo_world):
    return DemoBooks()


@pytest.mark.parametrize("username", ["unit_admin", "author"])
def test_unit_admin_and_author_see_only_their_units_textbooks(books, client, login, username):
    login(username)
    listing = client.get(reverse("textbooks:index")).content.decode()
    assert "数控车床编程与操作" in listing and "汽车发动机构造与维修" not in listing
    versions = client.get(reverse("textbook_versions:index")).content.decode()
    assert "数控车床编程与操作" in versions and "汽车发动机构造与维修" not in versions

    assert client.get(reverse("textbooks:edit", args=[books.own.textbook_id])).status_code == 200
    assert client.get(reverse("textbooks:edit", args=[books.other.textbook_id])).status_code == 404
    assert client.get(reverse("textbook_versions:edit", args=[books.other.pk])).status_code == 404
    assert client.get(reverse("textbook_versions:workflow", args=[books.other.pk])).status_code == 404
    assert client.get(reverse("textbook_versions:workflow", args=[books.own.pk])).status_code == 200


def test_unit_admin_cannot_change_another_units_textbook_by_a_forged_post(books, client, login):
    login("unit_admin")
    response = client.post(reverse("textbooks:edit", args=[books.other.textbook_id]), {"title": "被篡改"})
    assert response.status_code == 404
    assert Textbook.objects.get(pk=books.other.textbook_id).title == "汽车发动机构造与维修"
    response = client.post(reverse("textbook_versions:workflow", args=[books.other.pk]), {"action": "submit"})
    assert response.status_code == 404


def test_unit_admin_cannot_approve_its_own_version(books, client, login):
    login("unit_admin")
    response = client.post(reverse("textbook_versions:workflow", args=[books.own.pk]), {"action": "approve", "reference": "自批"})
    assert response.status_code in (302, 403) and response.get("Location") != reverse("textbook_versions:workflow", args=[books.own.pk])
    books.own.refresh_from_db()
    assert books.own.status == VersionStatus.DRAFT


def test_hrss_supervises_every_unit_but_approves_only_through_review(books, client, login):
    login("hrss")
    listing = client.get(reverse("textbooks:index")).content.decode()
    assert "数控车床编程与操作" in listing and "汽车发动机构造与维修" in listing
    workflow = reverse("textbook_versions:workflow", args=[books.other.pk])
    # 凡编必审 (Art. 18): a forged direct approval or stop is refused; only the review pipeline approves.
    for action in ("approve", "reject", "stop"):
        response = client.post(workflow, {"action": action, "reference": "人社部审核通过〔2025〕7号", "reason": "x"})
        assert response.status_code in (302, 403) and response.get("Location") != workflow, action
    books.other.refresh_from_db()
    assert books.other.status == VersionStatus.DRAFT and not books.other.is_frozen
    for name in ("textbook_units", "textbook_publishers", "textbook_penalties", "textbook_catalogues", "textbook_batches", "textbook_changes"):
        assert client.get(reverse(f"{name}:index")).status_code == 200, name


def textbook_form(unit, course, **overrides):
    data = {
        "title": "汽车维修技术",
        "subtitle": "",
        "series_name": "",
        "category": TextbookCategory.PROFESSIONAL,
        "planning_level": PlanningLevel.NON_PLANNED,
        "province": "",
        "compiling_unit": unit.pk,
        "courses": [course.pk],
        "schooling_cycle_years": 3,
    }
    data.update(overrides)
    return data


def test_admin_form_refuses_r11_wording_and_saves_nothing(books, client, login):
    login("unit_admin")
    response = client.post(
        reverse("textbooks:add"), textbook_form(books.own_unit, books.other_course, title="汽车维修技术（国家规划教材）")
    )
    assert response.status_code == 200
    assert "R11（第三十六条第（六）项）：书名中擅自标注“国家规划教材”" in response.content.decode()
    assert not Textbook.objects.filter(title__startswith="汽车维修技术").exists()


def test_admin_form_creates_a_textbook_for_the_own_unit_only(books, client, login):
    login("unit_admin")
    response = client.post(reverse("textbooks:add"), textbook_form(books.other_unit, books.other_course))
    assert response.status_code == 200 and not Textbook.objects.filter(title="汽车维修技术").exists()
    response = client.post(reverse("textbooks:add"), textbook_form(books.own_unit, books.other_course))
    assert response.status_code == 302
    created = Textbook.objects.get(title="汽车维修技术")
    assert list(created.courses.all()) == [books.other_course]
    assert client.get(reverse("textbooks:edit", args=[created.pk])).status_code == 200


def test_admin_form_refuses_r8_when_a_course_is_added(books, client, login):
    # The demo author is chief editor of the own textbook (course A) and of a second one (course B).
    second = books.book("发动机拆装实训", books.own_unit, books.other_course, books.own.chief_editor)
    login("hrss")
    own = books.own.textbook
    data = textbook_form(
        books.own_unit,
        books.course,
        title=own.title,
        planning_level=PlanningLevel.NATIONAL,
        courses=[books.course.pk, books.other_course.pk],
    )
    response = client.post(reverse("textbooks:edit", args=[own.pk]), data)
    assert response.status_code == 200
    assert f"R8（第十三条）：同一课程不同版本教材不能由同一人担任主编——{books.own.chief_editor.name}已是《{second.textbook.title}》的主编。" in response.content.decode()
    assert list(Textbook.objects.get(pk=own.pk).courses.all()) == [books.course]


def test_editing_a_frozen_version_in_the_admin_is_refused(books, client, login):
    services.approve_version(books.own, None, "人社部审核通过〔2025〕1号")
    login("hrss")
    version = TextbookVersion.objects.get(pk=books.own.pk)
    data = {
        "textbook": version.textbook_id,
        "edition": 1,
        "isbn": version.isbn,
        "published_on": "2025-08-01",
        "price": "88.00",
        "form": version.form,
        "description": "",
        "chief_editor": version.chief_editor_id,
        "authors-TOTAL_FORMS": 0,
        "authors-INITIAL_FORMS": 0,
        "authors-MIN_NUM_FORMS": 0,
        "authors-MAX_NUM_FORMS": 1000,
        "attachments-TOTAL_FORMS": 0,
        "attachments-INITIAL_FORMS": 0,
        "attachments-MIN_NUM_FORMS": 0,
        "attachments-MAX_NUM_FORMS": 1000,
    }
    response = client.post(reverse("textbook_versions:edit", args=[version.pk]), data)
    assert response.status_code == 409
    assert "第二十三条：经审核通过的教材已冻结" in response.content.decode()
    version.refresh_from_db()
    assert version.price is None


def test_a_frozen_version_opens_read_only_with_the_reason(books, client, login):
    services.approve_version(books.own, None, "人社部审核通过〔2025〕1号")
    login("author")
    page = client.get(reverse("textbook_versions:edit", args=[books.own.pk])).content.decode()
    assert "只读" in page and "第二十三条：经审核通过的教材已冻结" in page
    assert books.own.isbn in page and "提交变更申请" in page
    assert 'name="isbn"' not in page  # no form: nothing to type into and see refused on save


def under_review(version):
    """The state review.services leaves a submitted version in (textbooks.signals → 审核中)."""
    TextbookVersion.objects.filter(pk=version.pk).update(status=VersionStatus.SUBMITTED)


def test_a_version_under_review_opens_read_only_and_a_forged_save_changes_nothing(books, client, login):
    """Art. 18: while its review runs the author sees the version read-only with the reason, not
    a form refused on save; a forged POST is refused by the same rule and changes nothing."""
    under_review(books.own)
    login("author")
    url = reverse("textbook_versions:edit", args=[books.own.pk])
    page = client.get(url).content.decode()
    assert "只读" in page and "第十八条（凡编必审）：教材正在审核中，送审内容不得更改" in page
    assert books.own.isbn in page and "审核中" in page
    main = page[page.index("<main"):page.index("</main>")]
    assert "<form" not in main and "提交变更申请" not in main  # nothing to type into, nothing to save
    forged = client.post(url, {"textbook": books.own.textbook_id, "edition": 2, "isbn": books.own.isbn, "price": "66.00"})
    assert forged.status_code == 409 and "第十八条（凡编必审）" in forged.content.decode()
    version = TextbookVersion.objects.get(pk=books.own.pk)
    assert (version.edition, version.price, version.status) == (1, None, VersionStatus.SUBMITTED)


def test_the_service_refuses_changing_a_version_under_review_with_the_same_reason(books):
    under_review(books.own)
    version = TextbookVersion.objects.get(pk=books.own.pk)
    version.description = "送审后偷偷改写的内容简介"
    with pytest.raises(ValidationError) as refused:
        services.save_version(version, None)
    assert refused.value.messages == [version.lock_reason]
    assert TextbookVersion.objects.get(pk=books.own.pk).description == ""


def test_import_view_reports_a_bad_sheet_and_saves_nothing(books, client, login):
    login("hrss")
    sheet = workbook([row(books_world(books), ISBN="978-7-5167-1234-3")])
    sheet.name = "目录.xlsx"
    response = client.post(reverse("textbook_catalogues:import"), {"file": sheet})
    html = response.content.decode()
    assert response.status_code == 200
    assert "1 行未通过校验，全部 1 行均未导入。" in html and "校验位错误" in html
    assert Textbook.objects.count() == 2


def books_world(books):
    """The attributes test_catalogue_io.row() reads, from the demo books."""
    from curriculum.models import Major

    class W:
        course = books.course
        major = Major.objects.order_by("code").first()
        unit = books.own_unit
        chief = books.own.chief_editor
        publisher = Organisation.objects.get(name="中国劳动社会保障出版社")

    return W


def test_import_and_export_are_for_hrss_only(books, client, login):
    login("unit_admin")
    assert client.get(reverse("textbook_catalogues:import")).status_code in (302, 403)


def test_export_view_downloads_the_catalogue(books, client, login):
    services.approve_version(books.own, None, "人社部审核通过〔2025〕1号")
    login("hrss")
    response = client.get(reverse("textbook_catalogues:export") + "?format=xlsx")
    assert response.status_code == 200
    rows = list(load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True))
    assert any(r[4] == "数控车床编程与操作" for r in rows[1:])
    csv_response = client.get(reverse("textbook_catalogues:export") + "?format=csv")
    assert "数控车床编程与操作" in csv_response.content.decode("utf-8-sig")


def test_overdue_list_shows_textbooks_past_their_revision_date(books, client, login):
    services.approve_version(books.own, None, "人社部审核通过〔2019〕1号")
    TextbookVersion.objects.filter(pk=books.own.pk).update(revision_due_on=datetime.date(2022, 9, 1))
    login("hrss")
    html = client.get(reverse("textbook_versions:overdue")).content.decode()
    assert "数控车床编程与操作" in html and "2022" in html
    assert "汽车发动机构造与维修" not in html  # not approved: not in any catalogue, nothing to revise yet


def test_unit_admin_keeps_only_its_own_units_qualification(books, client, login):
    login("unit_admin")
    listing = client.get(reverse("textbook_units:index")).content.decode()
    assert OWN_UNIT in listing and OTHER_UNIT not in listing
    own = CompilingUnitProfile.objects.get(organisation__name=OWN_UNIT)
    other = CompilingUnitProfile.objects.get(organisation__name=OTHER_UNIT)
    assert client.get(reverse("textbook_units:edit", args=[own.pk])).status_code == 200
    assert client.get(reverse("textbook_units:edit", args=[other.pk])).status_code == 404
    # A unit proposes the Art. 24 facts of the publishers it administers only: none here.
    publishers = client.get(reverse("textbook_publishers:index"))
    assert publishers.status_code == 200 and "中国劳动社会保障出版社" not in publishers.content.decode()


def test_unit_admin_adds_versions_only_to_its_own_textbooks(books, client, login):
    login("unit_admin")
    form = client.get(reverse("textbook_versions:add"))
    assert form.status_code == 200
    html = form.content.decode()
    assert "数控车床编程与操作" in html and "汽车发动机构造与维修" not in html
    assert "编写团队（第十三条至第十五条）" in html


def test_hrss_catalogue_admission_is_checked_and_forged_ids_are_404(books, client, login):
    from textbooks.models import Catalogue, CatalogueKind

    services.approve_version(books.own, None, "人社部审核通过〔2025〕1号")
    login("hrss")
    url = reverse("textbook_versions:workflow", args=[books.own.pk])
    skills = Catalogue.objects.get(kind=CatalogueKind.SKILLS_UPGRADING)
    response = client.post(url, {"action": "catalogue", "catalogue": skills.pk}, follow=True)
    assert "第二十八条第（五）项：职业培训类目录只收录职业培训教材和岗位培训教材。" in response.content.decode()
    assert not books.own.catalogue_entries.filter(catalogue=skills).exists()
    assert client.post(url, {"action": "catalogue", "catalogue": "abc"}).status_code == 404


# --- Art. 12, 24, R10: qualifications count once HRSS verified them ------------------------------


def unit_profile_form(profile, **overrides):
    data = {
        "organisation": profile.organisation_id,
        "registered_in_prc": "on",
        "independent_legal_person": "on",
        "legal_representative_nationality": "中国",
        "has_compiling_team": "on",
        "has_service_team": "on",
        "has_funding": "on",
        "national_lead_basis": profile.national_lead_basis,
    }
    data.update(overrides)
    return data


def test_unit_admin_proposes_the_unified_route_but_it_counts_only_once_hrss_verifies_art_12_r10(books, client, login):
    from wagtail.models import ModelLogEntry

    own = CompilingUnitProfile.objects.get(organisation__name=OWN_UNIT)
    verified_before = (own.verified_facts, own.verified_on, own.verified_by_id)
    login("unit_admin")
    form = client.get(reverse("textbook_units:edit", args=[own.pk])).content.decode()
    assert 'name="verified_on"' not in form and 'name="verified_facts"' not in form
    # A forged post sets the verified fields too: they are ignored, only the proposal changes.
    client.post(
        reverse("textbook_units:edit", args=[own.pk]),
        unit_profile_form(own, unified_route_authorised="on", verified_on="2020-01-01", verified_facts='{"unified_route_authorised": true}', verified_by="1"),
    )
    own.refresh_from_db()
    assert own.unified_route_authorised and own.awaiting_verification
    assert (own.verified_facts, own.verified_on, own.verified_by_id) == verified_before
    unified = Textbook(title="思想政治", category=TextbookCategory.UNIFIED, planning_level=PlanningLevel.NATIONAL, compiling_unit=books.own_unit)
    with pytest.raises(ValidationError, match="R10"):
        services.save_textbook(unified, None, courses=[books.course])
    # The unit's admin cannot verify its own proposal: the page is read-only and a post is refused.
    page = client.get(reverse("textbook_units:verify", args=[own.pk]))
    assert page.status_code == 200 and "承担国家统编教材编写" in page.content.decode() and "核验通过" not in page.content.decode()
    assert client.post(reverse("textbook_units:verify", args=[own.pk]), {"action": "verify"}).status_code in (302, 403)
    own.refresh_from_db()
    assert (own.verified_facts, own.verified_on) == verified_before[:2]
    with pytest.raises(ValidationError, match="第十二条"):
        services.verify_unit_qualification(own, own.organisation.staff.get(user__username="author").user)

    # HRSS verifies: logged, and R10 now lets the unified textbook through.
    login("hrss")
    assert "核验通过单位申报的资质" in client.get(reverse("textbook_units:verify", args=[own.pk])).content.decode()
    client.post(reverse("textbook_units:verify", args=[own.pk]), {"action": "verify"})
    own.refresh_from_db()
    assert own.verified_facts["unified_route_authorised"] and own.verified_by.username == "hrss" and not own.awaiting_verification
    assert ModelLogEntry.objects.filter(action="textbooks.unit.verify", object_id=str(own.pk), user__username="hrss").exists()
    unified.compiling_unit = Organisation.objects.get(pk=books.own_unit.pk)
    assert services.save_textbook(unified, None, courses=[books.course]).pk


def test_an_unverified_unit_compiles_nothing_art_12(books):
    from directory.models import OrganisationKind

    newcomer = Organisation.objects.create(name="重庆市渝北区职业技能培训学校", kind=OrganisationKind.SCHOOL, province="重庆市")
    CompilingUnitProfile.objects.create(organisation=newcomer, has_compiling_team=True, has_service_team=True, has_funding=True)
    textbook = Textbook(title="家政服务实务", category=TextbookCategory.PROFESSIONAL, planning_level=PlanningLevel.NON_PLANNED, compiling_unit=newcomer)
    with pytest.raises(ValidationError, match="尚未经人力资源社会保障部门核验"):
        services.save_textbook(textbook, None, courses=[books.course])
    services.verify_unit_qualification(newcomer.compiling_profile, None)
    textbook.compiling_unit = Organisation.objects.get(pk=newcomer.pk)
    assert services.save_textbook(textbook, None, courses=[books.course]).pk


def test_a_publisher_publishes_only_once_hrss_verified_its_qualification_art_24(books, login):
    from textbooks.models import PublisherProfile

    publisher = Organisation.objects.get(name="机械工业出版社")
    profile = PublisherProfile.objects.create(
        organisation=publisher, has_qualified_editors=True, has_service_capacity=True, has_adequate_capital=True
    )
    version = TextbookVersion(textbook=books.own.textbook, edition=2, isbn=make_isbn(), publisher=publisher)
    with pytest.raises(ValidationError, match="第二十四条：出版资质尚未经人力资源社会保障部门核验"):
        services.save_version(version, None)
    with pytest.raises(ValidationError, match="第二十四条"):
        services.verify_publisher_qualification(profile, login("unit_admin"))
    services.verify_publisher_qualification(profile, login("hrss"))
    version.publisher = Organisation.objects.get(pk=publisher.pk)
    assert services.save_version(version, None).pk


def _main(response):
    page = response.content.decode()
    return page[page.index("<main"):page.index("</main>")]


def _gansu_catalogue():
    from textbooks.models import Catalogue, CatalogueKind

    return Catalogue.objects.create(kind=CatalogueKind.PROVINCIAL_PLANNED, province="甘肃省", name="甘肃省技工教育规划教材目录")


def test_a_published_batch_and_its_catalogue_open_read_only_and_forged_changes_are_refused(demo_world, client, login):
    """Art. 23: a planning batch is published on its date (定期公开发布); the batch and its
    catalogue then show what was published, with the reason, and nothing changes on a forged save."""
    from textbooks.models import Batch, CatalogueKind

    catalogue = _gansu_catalogue()
    batch = Batch.objects.create(catalogue=catalogue, name="第一批", published_on="2024-09-01", document_number="甘人社厅发〔2024〕57号")
    login("hrss")
    batch_reason = "第二十三条：该批次目录已于 2024-09-01 公开发布（甘人社厅发〔2024〕57号），发布内容不能修改；更正须另行发布批次。"
    catalogue_reason = "第二十三条：该目录已公开发布 1 个批次，目录类型、省份、名称和说明不能修改。"
    for url, reason, forged in (
        (reverse("textbook_batches:edit", args=[batch.pk]), batch_reason,
         {"catalogue": catalogue.pk, "name": "第一批（更正）", "published_on": "2024-10-01", "document_number": ""}),
        (reverse("textbook_catalogues:edit", args=[catalogue.pk]), catalogue_reason,
         {"kind": CatalogueKind.PROVINCIAL_PLANNED, "province": "甘肃省", "name": "改名后的目录", "description": "改写"}),
    ):
        main = _main(client.get(url))
        assert "只读" in main and reason in main and "<form" not in main
        response = client.post(url, forged)
        assert response.status_code == 409 and reason in _main(response)
    batch.refresh_from_db()
    catalogue.refresh_from_db()
    assert (batch.name, str(batch.published_on), catalogue.name) == ("第一批", "2024-09-01", "甘肃省技工教育规划教材目录")

    batch.name = "第一批（更正）"
    with pytest.raises(ValidationError) as refused:
        batch.save()
    assert refused.value.messages == [batch_reason]
    catalogue.name = "改名后的目录"
    with pytest.raises(ValidationError) as refused:
        catalogue.save()
    assert refused.value.messages == [catalogue_reason]


def test_a_batch_not_yet_published_is_edited_as_a_form(demo_world, client, login):
    from textbooks.models import Batch

    catalogue = _gansu_catalogue()
    batch = Batch.objects.create(catalogue=catalogue, name="第二批", published_on=datetime.date(2099, 3, 1))
    login("hrss")
    assert batch.lock_reason is None and catalogue.lock_reason is None
    assert 'name="document_number"' in _main(client.get(reverse("textbook_batches:edit", args=[batch.pk])))
    assert 'name="name"' in _main(client.get(reverse("textbook_catalogues:edit", args=[catalogue.pk])))
