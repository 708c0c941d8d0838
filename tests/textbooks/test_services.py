"""Rules enforced where data is entered: services and model clean, allowed and refused."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.management import call_command
from wagtail.models import ModelLogEntry

from review import events
from review.reviewable import Reviewable
from textbooks import rules, services
from textbooks.models import (
    Catalogue,
    CatalogueEntry,
    CatalogueKind,
    CompilingUnitProfile,
    PlanningLevel,
    Textbook,
    TextbookCategory,
    TextbookVersion,
    VersionStatus,
)

from .conftest import docx_bytes, make_isbn

pytestmark = pytest.mark.django_db


def catalogue_kinds(version):
    return set(version.catalogue_entries.values_list("catalogue__kind", flat=True))


def message(excinfo):
    return " ".join(excinfo.value.messages)


# --- approval, freezing, catalogues (Art. 23) ------------------------------------------------


def test_approving_a_national_planned_version_freezes_it_and_puts_it_into_its_catalogues(world):
    version = world.approved()
    assert version.status == VersionStatus.APPROVED
    assert version.is_frozen and len(version.fingerprint) == 64
    assert catalogue_kinds(version) == {CatalogueKind.NATIONAL_PLANNED, CatalogueKind.INFORMATION_LIBRARY}
    assert rules.is_selectable(version)
    assert version.approval_records.get().passed
    entry = ModelLogEntry.objects.filter(action="textbooks.version.approve").get()
    assert entry.data["fingerprint"] == version.fingerprint


def test_provincial_planned_version_enters_its_province_catalogue(world):
    version = world.approved("数控铣床编程与操作", planning_level=PlanningLevel.PROVINCIAL, province="重庆市")
    assert catalogue_kinds(version) == {CatalogueKind.PROVINCIAL_PLANNED, CatalogueKind.INFORMATION_LIBRARY}
    assert version.catalogue_entries.get(catalogue__kind=CatalogueKind.PROVINCIAL_PLANNED).catalogue.province == "重庆市"


def test_non_planned_textbook_enters_the_information_library_only_with_a_passed_review(world, django_user_model):
    textbook = world.textbook("数控车工工艺校本讲义", planning_level=PlanningLevel.NON_PLANNED, category=TextbookCategory.SCHOOL_BASED)
    version = world.version(textbook)
    library = Catalogue.objects.get(kind=CatalogueKind.INFORMATION_LIBRARY)
    with pytest.raises(ValidationError) as excinfo:
        services.add_to_catalogue(version, library, None)
    assert "第二十三条" in message(excinfo)
    assert not CatalogueEntry.objects.exists()

    services.approve_version(version, None, "重庆市人社局审核认定〔2025〕3号")
    assert catalogue_kinds(version) == {CatalogueKind.INFORMATION_LIBRARY}


def test_approval_needs_a_review_reference(world):
    version = world.version(world.textbook())
    with pytest.raises(ValidationError):
        services.approve_version(version, None, " ")
    version.refresh_from_db()
    assert version.status == VersionStatus.DRAFT and not version.is_frozen


def test_rejected_version_is_recorded_and_never_selectable(world):
    version = world.full_team(world.version(world.textbook()))
    services.submit_version(version, None)
    services.reject_version(version, None, "政治性审核未通过")
    assert version.status == VersionStatus.REJECTED and not rules.is_selectable(version)
    assert not version.approval_records.get().passed


def test_stop_use_order_makes_a_version_unselectable(world):
    version = world.approved()
    services.stop_use(version, None, "教材内容出现严重科学性错误（第三十六条第（二）项）")
    assert not rules.is_selectable(version)
    assert not TextbookVersion.objects.filter(pk=version.pk, **rules.selectable_filter()).exists()


# --- editing a frozen version, change requests (Art. 14, 23) ---------------------------------


def test_editing_a_frozen_version_is_refused_and_nothing_changes(world):
    version = world.approved()
    version.price = "45.00"
    with pytest.raises(ValidationError) as excinfo:
        version.full_clean()
    assert "第二十三条" in message(excinfo) and "变更申请" in message(excinfo)
    with pytest.raises(ValidationError):
        services.save_version(version, None)
    with pytest.raises(ValidationError):
        version.save()
    assert str(TextbookVersion.objects.get(pk=version.pk).price) == "39.80"


def test_frozen_textbook_metadata_cannot_be_edited(world):
    version = world.approved()
    textbook = version.textbook
    textbook.title = "数控车床编程与操作（修订）"
    with pytest.raises(ValidationError) as excinfo:
        services.save_textbook(textbook, None, courses=[world.course], majors=[world.major], levels=world.levels[:2])
    assert "第二十三条" in message(excinfo)
    assert Textbook.objects.get(pk=textbook.pk).title == "数控车床编程与操作"


def test_frozen_version_authors_cannot_be_replaced(world):
    version = world.approved()
    with pytest.raises(ValidationError):
        services.save_version(version, None, authors=[(world.member, "member", "teacher")])


def test_approved_change_request_creates_a_new_frozen_version_that_replaces_the_old(world):
    old = world.approved()
    change = services.request_change(old, None, reason="更正第三章数控代码印刷错误", new_price="42.00")
    new = services.approve_change_request(change, None)

    old.refresh_from_db()
    assert old.status == VersionStatus.SUPERSEDED and not rules.is_selectable(old)
    assert new.status == VersionStatus.APPROVED and rules.is_selectable(new)
    assert new.is_frozen and new.fingerprint != old.fingerprint
    assert str(new.price) == "42.00" and new.chief_editor == old.chief_editor
    assert new.edition_label == "第一版·第1次变更"
    assert catalogue_kinds(new) == catalogue_kinds(old)


def test_change_request_needs_a_frozen_version_and_some_change(world):
    draft = world.version(world.textbook())
    with pytest.raises(ValidationError):
        services.request_change(draft, None, reason="调整定价", new_price="30.00")
    approved = world.approved("汽车发动机构造与维修", courses=[world.other_course])
    with pytest.raises(ValidationError):
        services.request_change(approved, None, reason="无")


# --- R7 (Art. 14) -------------------------------------------------------------------------------


def test_r7_new_edition_keeps_the_approved_chief_editor(world):
    first = world.approved()
    second = world.version(first.textbook, edition=2)
    assert second.chief_editor == first.chief_editor


def test_r7_new_edition_with_another_chief_editor_is_refused(world):
    first = world.approved()
    replacement = world.person("赵志强", world.unit)
    with pytest.raises(ValidationError) as excinfo:
        world.version(first.textbook, edition=2, chief=replacement)
    assert message(excinfo).startswith("R7（第十四条）")
    assert first.textbook.versions.count() == 1


def test_r7_chief_editor_of_a_frozen_version_cannot_be_swapped_in_place(world):
    version = world.approved()
    version.chief_editor = world.person("赵志强", world.unit)
    with pytest.raises(ValidationError) as excinfo:
        version.full_clean()
    assert message(excinfo).startswith("R7（第十四条）")


def test_r7_chief_editor_changes_through_an_approved_change_request(world):
    old = world.approved()
    replacement = world.person("赵志强", world.unit)
    change = services.request_change(old, None, reason="原主编因病长期不能履职，经主管部门批准更换", new_chief_editor=replacement)
    new = services.approve_change_request(change, None)
    assert new.chief_editor == replacement
    # The next edition may now keep the newly approved chief editor.
    assert world.version(old.textbook, edition=2, chief=replacement).chief_editor == replacement


# --- R8 (Art. 13) -------------------------------------------------------------------------------


def test_r8_refuses_one_chief_editor_for_two_textbooks_of_the_same_course(world):
    world.version(world.textbook("数控车床编程与操作"))
    other = world.textbook(
        "数控车削加工技术", compiling_unit=world.other_unit, planning_level=PlanningLevel.PROVINCIAL, province="江苏省"
    )
    with pytest.raises(ValidationError) as excinfo:
        world.version(other, chief=world.chief)
    assert message(excinfo) == "R8（第十三条）：同一课程不同版本教材不能由同一人担任主编——陈立新已是《数控车床编程与操作》的主编。"
    assert not other.versions.exists()


def test_r8_allows_the_same_chief_editor_for_another_course(world):
    world.version(world.textbook("数控车床编程与操作"))
    other = world.textbook("数控铣床编程与操作", courses=[world.other_course])
    assert world.version(other, chief=world.chief).chief_editor == world.chief


def test_r8_refuses_adding_a_course_that_makes_the_chief_editor_edit_two_editions(world):
    world.version(world.textbook("数控车床编程与操作"))
    milling = world.textbook("数控铣床编程与操作", courses=[world.other_course])
    world.version(milling, chief=world.chief)
    with pytest.raises(ValidationError) as excinfo:
        services.save_textbook(milling, None, courses=[world.other_course, world.course])
    assert message(excinfo).startswith("R8（第十三条）")
    assert list(milling.courses.all()) == [world.other_course]


def test_r8_refuses_a_change_request_naming_a_conflicting_chief_editor(world):
    world.version(
        world.textbook("数控车床编程与操作", compiling_unit=world.other_unit, planning_level=PlanningLevel.NON_PLANNED),
        chief=world.second_chief,
    )
    approved = world.approved("数控车削加工技术")
    with pytest.raises(ValidationError) as excinfo:
        services.request_change(approved, None, reason="更换主编", new_chief_editor=world.second_chief)
    assert message(excinfo).startswith("R8（第十三条）")


# --- R10 (Art. 4, 36(5)) ------------------------------------------------------------------------


def test_r10_refuses_a_chinese_textbook_from_an_ordinary_unit(world):
    with pytest.raises(ValidationError) as excinfo:
        world.textbook("语文", courses=[world.chinese], category=TextbookCategory.PUBLIC_BASIC)
    assert message(excinfo).startswith("R10（第四条、第三十六条第（五）项）")
    assert not Textbook.objects.filter(title="语文").exists()


def test_r10_refuses_a_professional_textbook_touching_religion_outside_the_unified_route(world):
    with pytest.raises(ValidationError) as excinfo:
        world.textbook("民族地区旅游服务", touches_religion=True)
    assert "R10" in message(excinfo)


def test_r10_allows_the_national_unified_route(world):
    textbook = world.textbook(
        "语文（通用版）", courses=[world.chinese], category=TextbookCategory.UNIFIED, compiling_unit=world.unified_unit
    )
    version = world.full_team(world.version(textbook, chief=world.person("孙文博", world.unified_unit, "senior")))
    assert services.submit_version(version, None).status == VersionStatus.SUBMITTED
    assert version.is_ideologically_strong()


def test_r10_refuses_submission_when_the_route_is_not_unified(world):
    textbook = world.textbook("数控车床编程与操作")
    version = world.version(textbook)
    # Data changed behind the form's back: submission checks again.
    Textbook.objects.filter(pk=textbook.pk).update(touches_sovereignty=True)
    version.textbook.refresh_from_db()
    with pytest.raises(ValidationError) as excinfo:
        services.submit_version(version, None)
    assert "R10" in message(excinfo)
    version.refresh_from_db()
    assert version.status == VersionStatus.DRAFT


# --- R11 (Art. 36(6)) ---------------------------------------------------------------------------


def test_r11_refuses_planned_wording_on_a_non_planned_textbook(world):
    with pytest.raises(ValidationError) as excinfo:
        world.textbook("汽车维修技术（全国规划教材）", planning_level=PlanningLevel.NON_PLANNED)
    text = message(excinfo)
    assert "R11（第三十六条第（六）项）" in text and "“全国规划教材”，非全国规划教材不得使用" in text


def test_r11_refuses_the_national_mark_on_a_non_planned_textbook(world):
    textbook = Textbook(
        title="汽车发动机构造与维修",
        category=TextbookCategory.PROFESSIONAL,
        planning_level=PlanningLevel.NON_PLANNED,
        compiling_unit=world.unit,
        carries_planned_mark=True,
    )
    with pytest.raises(ValidationError) as excinfo:
        textbook.full_clean()
    assert "不得使用全国技工教育规划教材标识" in message(excinfo)


def test_r11_refuses_misleading_wording_in_the_description(world):
    textbook = world.textbook("汽车发动机构造与维修", planning_level=PlanningLevel.NON_PLANNED)
    with pytest.raises(ValidationError) as excinfo:
        world.version(textbook, description="本书为国家级优秀教材")
    assert "内容简介中擅自标注“国家级优秀教材”等国家级范围标识" in message(excinfo)


def test_r11_allows_plain_wording_on_a_non_planned_textbook(world):
    textbook = world.textbook("汽车发动机构造与维修", planning_level=PlanningLevel.NON_PLANNED)
    assert world.version(textbook, description="以典型工作任务为载体编写。").pk


def test_r11_allows_national_vocational_standard_wording_art_36_6(world):
    textbook = world.textbook(
        "电工职业技能等级认定培训教程", series_name="国家职业技能等级认定培训教材", planning_level=PlanningLevel.NON_PLANNED
    )
    assert world.version(textbook, description="依据国家职业技能标准编写，供全国技工院校选用。").pk


# --- ISBN, files, units ------------------------------------------------------------------------


def test_invalid_isbn_is_refused_and_nothing_is_saved(world):
    textbook = world.textbook()
    with pytest.raises(ValidationError) as excinfo:
        world.version(textbook, isbn="978-7-5167-1234-3")
    assert "校验位错误" in message(excinfo)
    assert not textbook.versions.exists()


def test_isbn_is_stored_normalised_and_may_not_belong_to_two_textbooks(world):
    version = world.version(world.textbook(), isbn="978-7-5167-1234-4")
    assert version.isbn == "9787516712344"
    other = world.textbook("数控铣床编程与操作", courses=[world.other_course])
    with pytest.raises(ValidationError) as excinfo:
        world.version(other, isbn="9787516712344")
    assert "已被其他教材使用" in message(excinfo)


def test_a_renamed_file_is_refused_as_manuscript(world):
    textbook = world.textbook()
    version = TextbookVersion(textbook=textbook, isbn=make_isbn(), chief_editor=world.chief)
    version.manuscript = ContentFile(b"MZ\x90\x00 not a document", name="书稿.pdf")
    with pytest.raises(ValidationError) as excinfo:
        services.save_version(version, None)
    assert "内容不是 PDF" in message(excinfo)


def test_unit_without_qualification_or_national_lead_conditions_is_refused(world):
    with pytest.raises(ValidationError) as excinfo:
        world.textbook("电工基础", compiling_unit=world.other_unit)  # no Art. 12(5) basis
    assert "第十二条第（五）项" in message(excinfo)
    assert world.textbook("电工基础", compiling_unit=world.other_unit, planning_level=PlanningLevel.PROVINCIAL, province="江苏省")
    CompilingUnitProfile.objects.filter(organisation=world.other_unit).delete()
    world.other_unit.refresh_from_db()
    with pytest.raises(ValidationError) as excinfo:
        world.textbook("电子技术基础", compiling_unit=world.other_unit, planning_level=PlanningLevel.NON_PLANNED)
    assert "尚未登记编写单位资质" in message(excinfo)


# --- authors' announcement (Art. 13) ---------------------------------------------------------


def test_authors_are_announced_only_when_all_are_approved_by_their_party_organisation(world):
    version = world.version(world.textbook())
    unapproved = world.person("刘洋", world.unit, approved=False)
    services.save_version(version, None, authors=[(unapproved, "member", "teacher")])
    with pytest.raises(ValidationError) as excinfo:
        services.announce_authors(version, None)
    assert "第十三条：刘洋未经所在单位党组织审核同意" in message(excinfo)
    assert not version.announcements.exists()

    services.save_version(version, None, authors=[(world.member, "member", "teacher")])
    announcement = services.announce_authors(version, None)
    assert "主编：陈立新（重庆市工业技师学院）" in announcement.notice
    assert "参编：李晓东" in announcement.notice


# --- fingerprint verification (Art. 23, 28(4)) ---------------------------------------------------


def test_verification_detects_a_changed_file_and_makes_the_version_unselectable(world):
    intact = world.approved()
    tampered = world.approved("汽车发动机构造与维修", courses=[world.other_course])
    with open(tampered.manuscript.path, "wb") as handle:
        handle.write(docx_bytes("被擅自修改的内容"))

    out = io.StringIO()
    call_command("verify_fingerprints", stdout=out)
    output = out.getvalue()

    tampered.refresh_from_db()
    intact.refresh_from_db()
    assert tampered.altered_at is not None and not rules.is_selectable(tampered)
    assert intact.altered_at is None and rules.is_selectable(intact)
    assert "校验内容指纹" in output and "2/2" in output
    assert "已更改：汽车发动机构造与维修" in output and "新发现 1 个被擅自更改" in output
    assert ModelLogEntry.objects.filter(action="textbooks.version.altered", object_id=str(tampered.pk)).exists()


def test_verification_detects_metadata_changed_behind_the_forms_back(world):
    version = world.approved()
    TextbookVersion.objects.filter(pk=version.pk).update(price="99.00")
    assert [v.pk for v in services.verify_fingerprints()] == [version.pk]


def test_verification_treats_a_missing_file_as_altered(world):
    version = world.approved()
    version.manuscript.storage.delete(version.manuscript.name)
    assert [v.pk for v in services.verify_fingerprints()] == [version.pk]


# --- review protocol --------------------------------------------------------------------------


def test_version_implements_the_review_protocol_without_identities_in_metadata(world):
    version = world.version(world.textbook())
    assert isinstance(version, Reviewable)
    assert version.review_planning_level() == "national" and version.review_province() == ""
    assert version.review_course() == world.course
    metadata = " ".join(version.review_metadata().values())
    assert "陈立新" not in metadata and "重庆市工业技师学院" not in metadata and "出版社" not in metadata
    people = version.review_people()
    assert people.chief_editor == world.chief and people.compiling_unit == world.unit
    assert [f.kind for f in version.review_files()] == ["书稿"]
    assert not version.is_ideologically_strong() and not version.is_practical_skills()

    events.review_passed.send(sender=type(version), item=version, user=None)  # what review.services.approve announces
    version.refresh_from_db()
    assert version.status == VersionStatus.APPROVED and version.is_frozen


def test_only_qualified_publishers_publish_textbooks(world):
    import datetime

    from textbooks.models import PublisherPenalty

    textbook = world.textbook()
    profile = world.publisher.publisher_profile
    PublisherPenalty.objects.create(
        publisher=profile, penalised_on=datetime.date(2017, 5, 1), authority="出版主管部门", description="编校质量不合格（已整改）"
    )
    assert world.version(textbook).pk  # a penalty more than five years ago has lapsed

    PublisherPenalty.objects.create(
        publisher=profile, penalised_on=datetime.date.today() - datetime.timedelta(days=400), authority="出版主管部门", description="违规出版"
    )
    with pytest.raises(ValidationError) as excinfo:
        world.version(world.textbook("数控铣床编程与操作", courses=[world.other_course]))
    assert "不符合出版资质：第二十四条第（四）项：最近 5 年内受到出版主管部门处罚" in message(excinfo)


# --- Art. 18, 23: a change request carrying a new manuscript ------------------------------------


def test_a_renamed_file_as_a_changed_manuscript_is_refused_art_23(world):
    from textbooks.models import ChangeRequest

    old = world.approved()
    with pytest.raises(ValidationError, match="文件内容不是允许的类型"):
        services.request_change(old, None, reason="更新第三章", new_manuscript=ContentFile(b"MZ\x90\x00 not a docx", name="书稿.docx"))
    assert not ChangeRequest.objects.exists()


def test_hrss_sees_the_manuscript_difference_and_sends_a_substantive_change_back_to_review(world):
    from textbooks import change_diff
    from textbooks.models import ChangeRequestStatus

    old = world.approved()
    new_file = ContentFile(docx_bytes("数控车床编程与操作（第三章改写：新增五轴加工内容）"), name="书稿.docx")
    change = services.request_change(old, None, reason="新增五轴加工内容", new_manuscript=new_file)
    difference = change_diff.manuscript_difference(change)
    assert not difference["identical"] and difference["changed"] >= 2
    assert any(line.startswith("+") and "五轴加工" in line for line in difference["lines"])
    with pytest.raises(ValidationError, match="退回重新审核须写明理由"):
        services.send_change_to_review(change, None, " ")
    draft = services.send_change_to_review(change, None, "新增整章内容，属于实质性修改，须重新审核。")
    change.refresh_from_db()
    old.refresh_from_db()
    assert change.status == ChangeRequestStatus.SENT_TO_REVIEW and change.resulting_version == draft
    assert draft.status == VersionStatus.DRAFT and not draft.is_frozen  # reviewed like any manuscript (Art. 18)
    assert old.status == VersionStatus.APPROVED and rules.is_selectable(old)  # the approved one stays current
    with pytest.raises(ValidationError, match="已处理"):
        services.approve_change_request(change, None)


# --- Art. 13, 14, 15: team requirements and their recorded relaxation ----------------------------


def test_art_15_a_team_without_its_usual_groups_is_refused_at_submission_until_the_organiser_relaxes_it(world):
    from textbooks.models import TeamRelaxation

    version = world.version(world.textbook())
    with pytest.raises(ValidationError, match="第十五条：编写团队一般应包含一线教师、行业企业专业技术人员或高技能人才"):
        services.submit_version(version, None)
    with pytest.raises(ValidationError, match="须写明理由"):
        services.relax_team_requirement(version, None, kind="structure", reason="")
    services.relax_team_requirement(version, None, kind="structure", reason="新兴专业，行业企业人员参与审读试用。")
    assert services.submit_version(version, None).status == VersionStatus.SUBMITTED
    assert TeamRelaxation.objects.get().reason.startswith("新兴专业")
    assert ModelLogEntry.objects.filter(action="textbooks.team.relax").exists()


def test_art_14_a_high_skill_chief_editors_title_is_relaxed_only_by_the_organiser_with_a_reason(world, django_user_model):
    from cms import roles

    technician = world.person("大国工匠 刘永明", world.unit, "intermediate")
    version = world.full_team(world.version(world.textbook(), chief=technician))
    assert any("第十四条：主编大国工匠 刘永明" in p for p in services.team_problems(version))
    unit_admin = django_user_model.objects.create_user("unit-admin-art14")
    unit_admin.groups.add(roles.role_group(roles.UNIT_ADMIN))
    with pytest.raises(ValidationError, match="编写单位不能自行放宽"):
        services.relax_team_requirement(version, unit_admin, kind="title", person=technician, reason="高技能人才")
    assert any("第十四条" in p for p in services.team_problems(version))
    hrss = django_user_model.objects.create_user("hrss-art14")
    hrss.groups.add(roles.role_group(roles.HRSS_ADMIN))
    services.relax_team_requirement(version, hrss, kind="title", person=technician, reason="高技能人才，全国技术能手，第十四条第（二）项适当放宽。")
    assert not any("专业技术职务" in p for p in services.team_problems(version))
    assert services.announce_authors(version, hrss).notice
