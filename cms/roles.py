"""The platform's roles (SPEC §1) as Django groups with model permissions.

A role listed here with model permissions acts on every object of those models. Roles that act
only on their own objects (a unit's admin, a school's committee, a reviewer's assignments) get
django-guardian object permissions from the owning app's services instead; see cms.permissions.
"""

from dataclasses import dataclass

from django.contrib.auth.models import Group, Permission
from django.db import transaction

ADMIN_ACCESS = "wagtailadmin.access_admin"
READ_REFERENCE_DATA = (
    "curriculum.view_major",
    "curriculum.view_course",
    "curriculum.view_traininglevel",
)


@dataclass(frozen=True)
class Role:
    key: str
    name: str
    description: str
    permissions: tuple[str, ...]

    @property
    def uses_admin(self):
        return ADMIN_ACCESS in self.permissions


# HRSS keeps catalogues, approves change requests and supervises every unit's textbooks.
TEXTBOOK_SUPERVISION = tuple(
    f"textbooks.{action}_{model}"
    for model in (
        "textbook",
        "textbookversion",
        "compilingunitprofile",
        "publisherprofile",
        "publisherpenalty",
        "catalogue",
        "batch",
        "changerequest",
    )
    for action in ("view", "add", "change")
) + (
    "textbooks.view_catalogueentry",
    "textbooks.view_approvalrecord",
    # Only HRSS verifies what units and publishers propose (Art. 12, 24; R10).
    "textbooks.verify_compilingunitprofile",
    "textbooks.verify_publisherprofile",
)

# HRSS reads every school's selections and filings and runs supervision (S9–S12).
SELECTION_SUPERVISION = (
    "selection.view_selectionround",
    "selection.view_provincialfiling",
    "selection.add_provincialfiling",
    "selection.view_usagereport",
    *(
        f"selection.{action}_{model}"
        for model in ("stopuseorder", "negativelistentry", "qualitycheck", "integratedpilot", "workingdayoverride")
        for action in ("view", "add", "change")
    ),
)


AUTHOR = Role(
    "author",
    "编写人员",
    "编写课程标准、教材、工作页与教学资源包，提交审核并回复审核意见",
    # Creating is model-level; reaching a standard or resource afterwards is an object permission
    # for the authors of its compiling unit (curriculum.services.grant_unit_authors). No publish:
    # a standard is published by passing review (Art. 18).
    (
        ADMIN_ACCESS,
        *READ_REFERENCE_DATA,
        "curriculum.add_coursestandard",
        "curriculum.add_resourceitem",
        # Textbooks they reach afterwards are those of their teams (textbooks.permissions).
        "textbooks.add_textbookversion",
        "textbooks.add_changerequest",
        # Submitting is model-level; each submission is then reachable by object permission.
        "review.add_submission",
    ),
)
UNIT_ADMIN = Role(
    "unit_admin",
    "编写单位管理员",
    "维护本单位资质，审核并公示编写人员，办理重大选题备案（仅限本单位）",
    (
        ADMIN_ACCESS,
        *READ_REFERENCE_DATA,
        # Scoped to the units they administer by textbooks.permissions.
        "textbooks.add_compilingunitprofile",
        # A publisher that is a unit proposes its Art. 24 facts; HRSS verifies them.
        "textbooks.add_publisherprofile",
        "textbooks.add_textbook",
        "textbooks.add_textbookversion",
        "textbooks.add_changerequest",
        "review.add_submission",
    ),
)
PUBLISHER_GATEKEEPER = Role(
    "publisher_gatekeeper",
    "出版单位政治把关",
    "对本出版单位的书稿进行送审前专题自查",
    # Model-level: the role may record self-checks at all. Which versions it reaches is its own
    # publisher's, by the guardian grant directory.gatekeep_publisher (review.services.gatekept_publishers).
    (ADMIN_ACCESS, *READ_REFERENCE_DATA, "review.record_self_check"),
)
REVIEWER = Role(
    "reviewer",
    "审核专家",
    "在审核工作台对分配的书稿进行盲审；不进入管理后台",
    (),
)
ORGANISER_NATIONAL = Role(
    "organiser_national",
    "审核组织者（国家级）",
    "人力资源社会保障部组织全国技工教育规划教材审核：配置审核轮次、抽取专家、作出结论",
    (
        ADMIN_ACCESS,
        *READ_REFERENCE_DATA,
        "directory.view_organisation",
        "directory.view_person",
        "review.view_expert",
        "review.add_expert",
        "review.change_expert",
        "review.organise_submission",
        # Approval after a passed review publishes the reviewed revision (Art. 23); organisers
        # cannot edit standards, so they publish nothing that skipped review.
        "curriculum.publish_coursestandard",
        # Art. 37, 22: the resources of the units it is responsible for, reviewed under its procedure.
        "curriculum.view_resourceitem",
        "curriculum.review_resourceitem",
        "textbooks.view_textbook",
        "textbooks.view_textbookversion",
    ),
)
ORGANISER_PROVINCIAL = Role(
    "organiser_provincial",
    "审核组织者（省级）",
    "省级人力资源社会保障部门组织本省规划教材和其他教材审核",
    (
        ADMIN_ACCESS,
        *READ_REFERENCE_DATA,
        "directory.view_organisation",
        "directory.view_person",
        "review.view_expert",
        "review.organise_submission",
        # Approval after a passed review publishes the reviewed revision (Art. 23); organisers
        # cannot edit standards, so they publish nothing that skipped review.
        "curriculum.publish_coursestandard",
        # Art. 37, 22: the resources of the units it is responsible for, reviewed under its procedure.
        "curriculum.view_resourceitem",
        "curriculum.review_resourceitem",
        "textbooks.view_textbook",
        "textbooks.view_textbookversion",
    ),
)
POLITICAL_REVIEWER = Role(
    "political_reviewer",
    "政治审核",
    "党委宣传部门对政治性、思想性较强的教材进行政治审核",
    (),
)
SELECTION_COMMITTEE = Role(
    "selection_committee",
    "教材选用委员会",
    "本校按课程、学期选用教材，公示并备案选用结果，报送教材使用情况报告（仅限本校）",
    # Rounds and usage reports they reach afterwards are their own school's (selection.permissions).
    (ADMIN_ACCESS, *READ_REFERENCE_DATA, "selection.add_selectionround", "selection.add_usagereport"),
)
HRSS_ADMIN = Role(
    "hrss_admin",
    "人社部门管理员",
    "管理目录、备案、年度报告、抽查、负面清单与停用通知",
    (
        ADMIN_ACCESS,
        *READ_REFERENCE_DATA,
        "curriculum.add_major",
        "curriculum.change_major",
        # The search synonym dictionary (search.synonyms): HRSS extends the field's abbreviations.
        "search.view_searchsynonym",
        "search.add_searchsynonym",
        "search.change_searchsynonym",
        "search.delete_searchsynonym",
        "curriculum.add_course",
        "curriculum.change_course",
        "curriculum.view_coursestandard",
        # Supervisors may correct a draft, never publish one: a standard is published only by
        # approval after review (凡编必审, Art. 18).
        "curriculum.change_coursestandard",
        # Art. 37: HRSS supervises the review of teaching resources; the responsible organiser
        # reviews them under its own procedure (Art. 22).
        "curriculum.view_resourceitem",
        "directory.view_organisation",
        "directory.add_organisation",
        "directory.change_organisation",
        "directory.view_person",
        "directory.add_person",
        "directory.change_person",
        "review.view_expert",
        "review.add_expert",
        "review.change_expert",
        "review.view_paneldraw",  # R5: supervises every draw and redraw
        "selection.view_selectioncommittee",
        "selection.view_committeemember",
        *SELECTION_SUPERVISION,
        *TEXTBOOK_SUPERVISION,
    ),
)

ROLES = (
    AUTHOR,
    UNIT_ADMIN,
    PUBLISHER_GATEKEEPER,
    REVIEWER,
    ORGANISER_NATIONAL,
    ORGANISER_PROVINCIAL,
    POLITICAL_REVIEWER,
    SELECTION_COMMITTEE,
    HRSS_ADMIN,
)
ROLES_BY_KEY = {role.key: role for role in ROLES}


def _existing_permissions():
    return {
        f"{app_label}.{codename}": pk
        for pk, app_label, codename in Permission.objects.values_list(
            "pk", "content_type__app_label", "codename"
        )
    }


@transaction.atomic
def sync_role_groups():
    """Create every role's group and set its permissions to exactly the listed ones.

    Runs after each app's migrations; a permission whose app has not migrated yet is picked up
    by a later run in the same ``migrate``.
    """
    existing = _existing_permissions()
    for role in ROLES:
        group, _ = Group.objects.get_or_create(name=role.name)
        group.permissions.set([existing[p] for p in role.permissions if p in existing])


def role_group(role):
    return Group.objects.get(name=role.name)
