"""The permission matrix's vocabulary: every route of the URLconf, who may reach it, and what a
response means (SPEC §1, §8; README "Roles"; cms/roles.py).

``routes()`` walks ``django.urls.get_resolver()`` and the sub-routes of the live routable pages,
so a new view is a new row: ``expectation_for`` finds no rule for it and the matrix test fails,
asking for one here. Nothing below is read from the product's permission code; the rules restate
what each role is given by the specification, and the test checks the product against them.
"""

import fnmatch
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.urls import URLPattern, URLResolver, get_resolver

# ----------------------------------------------------------------------------------- identities

ANONYMOUS = "anonymous"
AUTHOR = "author"  # 编写人员, 重庆市工业技师学院
UNIT_ADMIN = "unit_admin"  # 编写单位管理员, 重庆市工业技师学院
GATEKEEPER = "gatekeeper"  # 出版单位政治把关, 中国劳动社会保障出版社
REVIEWER = "reviewer"  # 审核专家: the reviewer workspace only, never the admin (R3)
ORGANISER = "organiser"  # 审核组织者（国家级）, 人力资源社会保障部
ORGANISER_CQ = "organiser_cq"  # 审核组织者（省级）, 重庆市人力资源和社会保障局
POLITICAL = "political"  # 政治审核: the political pages of the workspace only
COMMITTEE = "committee"  # 教材选用委员会, 广州市工贸技师学院
HRSS = "hrss"  # 人社部门管理员

ROLES = (AUTHOR, UNIT_ADMIN, GATEKEEPER, REVIEWER, ORGANISER, ORGANISER_CQ, POLITICAL, COMMITTEE, HRSS)
IDENTITIES = (ANONYMOUS, *ROLES)

NOBODY = frozenset()
EVERYONE = frozenset(IDENTITIES)
SIGNED_IN = frozenset(ROLES)
# Every role whose group holds wagtailadmin.access_admin; reviewers and political reviewers work
# in the reviewer workspace and never see the admin (R3, SPEC §8).
ADMIN_USERS = frozenset(ROLES) - {REVIEWER, POLITICAL}
ORGANISERS = frozenset({ORGANISER, ORGANISER_CQ})
UNIT_SIDE = frozenset({AUTHOR, UNIT_ADMIN})
# Roles reading the reference data (majors, courses, levels) in the admin.
REFERENCE_READERS = ADMIN_USERS

# ----------------------------------------------------------------------------------- outcomes

ALLOW = "allow"  # the page itself: 200, or a redirect that stays inside the area
DENY = "deny"  # 302 to the login, Wagtail's "no permission" redirect, 403 or 404 — and no data
OPEN = "open"  # an account utility (login, logout, password reset): any answer but an error

LOGIN_PATHS = ("/admin/login/", "/_util/login/")
ADMIN_HOME = "/admin/"
WAGTAIL_DENIAL = "Sorry, you do not have permission to access this area."


@dataclass(frozen=True)
class Observed:
    status: int
    kind: str  # ok, redirect, login, denied, forbidden, not_found, method, error
    location: str = ""

    @property
    def reached(self):
        return self.kind in ("ok", "redirect")

    @property
    def refused(self):
        return self.kind in ("login", "denied", "forbidden", "not_found")


def observe(response):
    """What a user sees: the page, a redirect inside the area, or one of the refusals."""
    status = response.status_code
    if 200 <= status < 300:
        return Observed(status, "ok")
    if status in (301, 302, 303, 307, 308):
        location = response["Location"]
        path = urlsplit(location).path
        if path in LOGIN_PATHS:
            return Observed(status, "login", location)
        if path == ADMIN_HOME and _wagtail_denial() in _messages(response):
            return Observed(status, "denied", location)
        return Observed(status, "redirect", location)
    kind = {403: "forbidden", 404: "not_found", 405: "method"}.get(status, "error")
    return Observed(status, kind)


def _wagtail_denial():
    from django.conf import settings
    from django.utils import translation

    with translation.override(settings.LANGUAGE_CODE):
        return str(translation.gettext(WAGTAIL_DENIAL))


def _messages(response):
    from django.contrib.messages import get_messages

    request = getattr(response, "wsgi_request", None)
    if request is None or not hasattr(request, "_messages"):
        return []
    return [str(m.message).strip() for m in get_messages(request)]


def satisfies(observed, expected, rule):
    if expected == OPEN:
        return observed.kind != "error"
    if expected == ALLOW:
        if rule.reached_status is not None:
            return observed.status == rule.reached_status
        return observed.reached
    return observed.refused


# ----------------------------------------------------------------------------------- rules


@dataclass(frozen=True)
class Rule:
    """Who may reach the routes matching ``pattern``: globs over "namespace:name" (or the route of
    an unnamed pattern), separated by spaces. Wagtail's own namespaces are matched by wildcard;
    the product's views are named one by one, so that a new one needs a rule of its own.

    ``allow``: the identities that reach it. ``scoped``: those of them that reach it only for
    their own objects (their unit, school, assignment, department); for another's object they
    are refused like everybody else. ``method``: POST for action endpoints that answer only
    POST (the matrix then posts an empty, forged form). ``samples`` names the objects that fill
    the route's path (default: by the view's model). ``lists`` names the objects a listing
    route shows: a scoped identity finds its own objects there and never another's (searched
    for by ``?q=`` where the listing searches). ``follow``: judge the page a redirect ends on.
    ``superuser``: the filled URL reaches the view for a superuser, proving that the refusals
    are permissions and not a sample that does not exist (False where nothing can exist).
    """

    pattern: str
    allow: frozenset = NOBODY
    scoped: frozenset = NOBODY
    why: str = ""
    method: str = "GET"
    samples: str | None = None
    reached_status: int | None = None
    open: bool = False
    superuser: bool = True
    follow: bool = False
    lists: str | None = None

    def expected(self, identity, owners=None):
        if self.open:
            return OPEN
        if identity not in self.allow:
            return DENY
        if identity in self.scoped and owners is not None and identity not in owners:
            return DENY
        return ALLOW


def r(pattern, allow=NOBODY, scoped=NOBODY, why="", **kwargs):
    return Rule(pattern, frozenset(allow), frozenset(scoped), why, **kwargs)


# The views of a Wagtail model viewset, by URL name.
OBJECT_VIEWS = "edit history history_results usage"
CHANGE_VIEWS = "add " + OBJECT_VIEWS
ALL_VIEWS = "index index_results " + CHANGE_VIEWS


def _names(namespace, names):
    return " ".join(f"{namespace}:{name}" for name in names.split())


HRSS_AND_ORGANISERS = frozenset({HRSS, ORGANISER, ORGANISER_CQ})
ONLY_HRSS = frozenset({HRSS})
STANDARD_EDITORS = frozenset({AUTHOR, HRSS})  # authors on their unit's standards; HRSS on all
TEXTBOOK_READERS = UNIT_SIDE | ORGANISERS | {HRSS}
TEXTBOOK_EDITORS = UNIT_SIDE | {HRSS}
UNIT_ADMIN_AND_HRSS = frozenset({UNIT_ADMIN, HRSS})
SCHOOL = frozenset({COMMITTEE})
DIRECTORY = frozenset({UNIT_ADMIN, GATEKEEPER, HRSS}) | ORGANISERS

# No role deletes anything in the admin: a textbook, a version, a unit, a round or a committee
# leaves only through its workflow (Art. 23 freezing, S12 stop-use), never by a delete button.
NO_DELETE = "no role holds a delete permission (state leaves through workflows, SPEC §3–§5)"
WAGTAIL_CORE = "Wagtail's own site administration: no role of SPEC §1 holds its permissions"
NO_INSTANCE = "the project has no object of this kind, so nobody (not even a superuser) reaches it"

RULES = [
    # ------------------------------------------------------------------ public site (SPEC §1, §6)
    r("wagtail_serve", EVERYONE, EVERYONE, why="published pages; an unpublished page is a 404", samples="public_page"),
    r("page:CataloguePage:textbook", EVERYONE, EVERYONE, why="textbooks with an approved version only (Art. 23, S6)",
      samples="public_textbook"),
    r("page:CataloguePage:index page:CataloguePage:index_route", EVERYONE, why="the public catalogue"),
    r("page:CataloguePage:export", EVERYONE, why="the public catalogue as XLSX (listed versions only, S6/S12)"),
    r(_names("page:StandardPage", "overview course learning_task index_route"), EVERYONE, why="published course standards, their courses and learning tasks"),
    r("page:SelectionNoticePage:objection", EVERYONE, EVERYONE, why="only rounds on notice take objections (S2)",
      samples="notice_round"),
    r("page:SelectionNoticePage:index page:SelectionNoticePage:index_route", EVERYONE, why="selection results on notice (S2, Art. 27)"),
    r("page:SelectionNoticePage:export", EVERYONE, why="the same results on notice as XLSX (S2)"),
    r("search:page search:suggest", EVERYONE, why="public search (SPEC §6)"),
    r("catalogue_api:version", EVERYONE, EVERYONE, why="approved versions only (S6)", samples="public_version"),
    r(_names("catalogue_api", "versions catalogues openapi"), EVERYONE, why="the public catalogue API"),
    r("wagtaildocs_serve", EVERYONE, why="documents of the public collection"),
    r("wagtaildocs_authenticate_with_password", open=True, why="the password form of a restricted collection"),
    r("wagtailcore_authenticate_with_password", open=True, why="the password form of a restricted page"),
    r("wagtailcore_login", open=True, why="front-end login"),
    # ------------------------------------------------------------------ account utilities
    r("wagtailadmin_login", open=True),
    r("wagtailadmin_password_reset*", open=True),
    r("wagtailadmin_logout", open=True, method="POST"),
    r("sign_out", open=True, method="POST", why="sign-out from the public site and the workspace (POST only)"),
    r("wagtailadmin_sprite", EVERYONE, why="icons"),
    r("user_guide_index user_guide", EVERYONE, why="the platform's short user guides per role name nobody"),
    r("cms_jobs", ADMIN_USERS, why="the task queue's jobs: every admin user's own (exports); the reindex button is a "
                                   "superuser's (cms.job_views)"),
    r("cms_job cms_job_progress", SCHOOL | {AUTHOR}, SCHOOL | {AUTHOR}, samples="background_job",
      why="a job's page and progress: only its starter, while they may read its subject (a committee's filing export, "
          "an author's large submission being anonymised; the superuser's reindex)"),
    r("cms_avatar", ADMIN_USERS, samples="user", why="initials avatars drawn locally; the admin's own URL registration"),
    r("wagtailadmin_javascript_catalog", EVERYONE, why="translations"),
    # ------------------------------------------------------------------ reviewer workspace (R2, R3)
    r("review_workspace:index", SIGNED_IN, {REVIEWER}, why="each signed-in user's own, possibly empty, assignments",
      lists="assignment"),
    r("review_workspace:assignment", {REVIEWER}, {REVIEWER}, why="own assignments only; another reviewer's or an "
      "unassigned manuscript is a 404"),
    r("review_workspace:download", {REVIEWER}, {REVIEWER}, why="own round's anonymised copies only"),
    r("review_workspace:download_docx", NOBODY, superuser=False,
      why="the DOCX only where the organiser allowed it for the round; the seeded world allows none "
      "(tests/review/test_reviewer_pdf.py)"),
    r("review_workspace:declare", {REVIEWER}, {REVIEWER}, method="POST"),
    r("review_workspace:opinion", {REVIEWER}, {REVIEWER}, method="POST"),
    r(_names("review_workspace", "decline draft annotated_upload"), {REVIEWER}, {REVIEWER}, method="POST"),
    r("review_workspace:extension", {REVIEWER}, {REVIEWER}, why="asking the organiser for more time on one's own assignment"),
    r("review_workspace:annotated_download", NOBODY, superuser=False,
      why="the seeded world holds no annotated copy; a reviewer reaches only their own "
      "(tests/review/test_workspace_flow.py)"),
    r("review_workspace:guidelines", SIGNED_IN, why="the reviewers' guidelines name nobody"),
    r("review_workspace:political_index", {POLITICAL}, {POLITICAL}, why="the propaganda department's queue (Art. 18)",
      lists="political_submission"),
    r("review_workspace:political_detail", {POLITICAL}, {POLITICAL}, why="own province's queue only"),
    r("review_workspace:political_download", {POLITICAL}, {POLITICAL}),
    # ------------------------------------------------------------------ admin: home, account, UI
    r("wagtailadmin_home", ADMIN_USERS),
    r("admin/test404/", ADMIN_USERS, why="Wagtail's 404 template, rendered with 200"),
    r("wagtailadmin_error_test", ADMIN_USERS, reached_status=500, why="Wagtail's deliberate error page"),
    r("admin/^.*/$", NOBODY, why="unknown admin paths are a 404 (the login for anonymous)", superuser=False),
    r("wagtailadmin_account", ADMIN_USERS),
    r("wagtailadmin_dismissibles", ADMIN_USERS, why="the user's own UI preferences"),
    r("wagtailadmin_block_preview", ADMIN_USERS, why="preview of an empty StreamField block"),
    r("wagtailadmin_editing_sessions:release", ADMIN_USERS, method="POST", why="releases only the user's own "
      "editing sessions (the superuser's survives: test_forged_posts_change_nothing)"),
    r("wagtailadmin_editing_sessions:*", NOBODY, method="POST", why="sessions of objects the user cannot edit"),
    r("wagtailadmin_tag_autocomplete", ADMIN_USERS, why="tag suggestions for forms"),
    r("wagtailadmin_tag_model_autocomplete", NOBODY, why=NO_INSTANCE + " (no tagged model)", superuser=False),
    r("wagtailadmin_choose_page*", ADMIN_USERS, why="Wagtail's page and link choosers: the site's page titles"),
    r("wagtailembeds:*", ADMIN_USERS, why="embed chooser (stores nothing)"),
    # Wagtail's admin API feeds its choosers; pages come filtered by page permissions (none), while
    # documents and images are the public files of /documents/ and renditions.
    r("wagtailadmin_api:pages:detail", NOBODY),
    r("wagtailadmin_api:pages:action", NOBODY, method="POST"),
    r("wagtailadmin_api:pages:find", NOBODY, why="redirects to a page detail the user may not read"),
    r("wagtailadmin_api:*", ADMIN_USERS, why="chooser API: page listing filtered to nothing, public files"),
    # ------------------------------------------------------------------ Wagtail pages, workflows, core
    r("wagtailadmin_explore*", NOBODY, why=WAGTAIL_CORE),
    r("wagtail_bulk_action", ADMIN_USERS, why="the bulk page only lists what the user may not delete; the "
      "forged delete is checked in test_forged_posts_change_nothing"),
    r("wagtailadmin_pages:choose_parent", ADMIN_USERS, why="where a page type may go: page titles only"),
    r("wagtailadmin_pages:confirm_workflow_cancellation", ADMIN_USERS, why="Wagtail's confirmation fragment: "
      "workflow and task names; cancelling happens in the page editor, which is refused"),
    r("wagtailadmin_pages:move_confirm", NOBODY, method="POST", why="the move itself is refused"),
    r("wagtailadmin_pages:set_page_position", NOBODY, method="POST"),
    r("wagtailadmin_pages:lock", NOBODY, method="POST"),
    r("wagtailadmin_pages:unlock", NOBODY, method="POST"),
    r("wagtailadmin_pages:revisions_index", NOBODY, follow=True, why="redirects to the page history"),
    r("wagtailadmin_pages:*", NOBODY, why=WAGTAIL_CORE),
    r("wagtailadmin_workflows:task_chooser*", ADMIN_USERS, why="Wagtail's task chooser: task names only; "
      "creating a task needs wagtailcore.add_task, which no role holds"),
    r("wagtailadmin_workflows:task_chosen", ADMIN_USERS, why="the chosen task's name"),
    r("wagtailadmin_workflows:enable*", NOBODY, method="POST", why=WAGTAIL_CORE),
    r("wagtailadmin_workflows:remove", NOBODY, method="POST", why=WAGTAIL_CORE),
    r("wagtailadmin_workflows:*", NOBODY, why=WAGTAIL_CORE),
    r("wagtailadmin_collections:*", NOBODY, why=WAGTAIL_CORE),
    r("wagtailadmin_reports:site_history*", NOBODY, why="every object's log: superusers only (cms.site_history)"),
    r("admin/reports/site-history/*", NOBODY, why="every object's log: superusers only (cms.site_history)"),
    r("wagtailadmin_reports:*", NOBODY, why=WAGTAIL_CORE),
    r("wagtailforms:index*", NOBODY, why=WAGTAIL_CORE),
    r("wagtailforms:*", NOBODY, why=NO_INSTANCE + " (no form page)", superuser=False),
    r("wagtailredirects:process_import", NOBODY, method="POST", superuser=False,
      why=WAGTAIL_CORE + " (Wagtail fails on an empty import form even for a superuser)"),
    r("wagtailredirects:*", NOBODY, why=WAGTAIL_CORE),
    r("wagtailsettings:*", NOBODY, why=NO_INSTANCE + " (no settings model)", superuser=False),
    r("wagtailsites:*", NOBODY, why=WAGTAIL_CORE),
    r("wagtailusers_*", NOBODY, why=WAGTAIL_CORE),
    r("wagtaildocs:add_multiple", NOBODY, why=WAGTAIL_CORE),
    r("wagtaildocs:create_multiple_from_uploaded_document", NOBODY, method="POST", superuser=False,
      why=WAGTAIL_CORE + " (Wagtail fails on an empty form even for a superuser)"),
    r("wagtaildocs:*multiple*", NOBODY, method="POST", why=WAGTAIL_CORE),
    r("wagtaildocs:*", NOBODY, why=WAGTAIL_CORE),
    r("wagtaildocs_chooser:create", NOBODY, why="uploading needs wagtaildocs.add_document"),
    r("wagtaildocs_chooser:chosen", NOBODY, why="documents the user may not choose"),
    r("wagtaildocs_chooser:*", ADMIN_USERS, why="the chooser lists only documents the user may choose (none)"),
    r("wagtailimages:url_generator*", NOBODY, why=NO_INSTANCE + " (no image serve view)", superuser=False),
    r("wagtailimages:add_multiple", NOBODY, why=WAGTAIL_CORE),
    r("wagtailimages:*multiple*", NOBODY, method="POST", why=WAGTAIL_CORE),
    r("wagtailimages:*", NOBODY, why=WAGTAIL_CORE),
    r("wagtailimages_chooser:create", NOBODY),
    r("wagtailimages_chooser:chosen", NOBODY),
    r("wagtailimages_chooser:select_format", NOBODY),
    r("wagtailimages_chooser:*", ADMIN_USERS, why="the chooser lists only images the user may choose (none)"),
    r("wagtailsnippets:index", STANDARD_EDITORS, why="the snippet types the user holds a permission on"),
    r(_names("wagtailsnippets_search_searchsynonym", "list list_results add edit delete usage history history_results copy"),
      ONLY_HRSS, why="the HRSS administrator keeps the search dictionary of synonyms and abbreviations (SPEC §6)"),
    r("wagtailsnippetchoosers_search_searchsynonym:create", ONLY_HRSS),
    r(_names("wagtailsnippetchoosers_search_searchsynonym", "choose choose_results chosen chosen_multiple"), ADMIN_USERS,
      why="Wagtail's snippet chooser is open to admin users; the dictionary is public search data"),
    # ------------------------------------------------------------------ directory (SPEC §1)
    r("organisations:index*", DIRECTORY, {UNIT_ADMIN, GATEKEEPER}, lists="organisation"),
    r("organisations:add", ONLY_HRSS),
    r("organisations:edit", UNIT_ADMIN_AND_HRSS, {UNIT_ADMIN}, why="a unit admin edits their own unit only"),
    r("organisations:history*", UNIT_ADMIN_AND_HRSS, {UNIT_ADMIN}),
    r("organisations:usage", UNIT_ADMIN_AND_HRSS, {UNIT_ADMIN}),
    r("organisations:copy", ONLY_HRSS),
    r("organisations:delete", NOBODY, why=NO_DELETE),
    r("people:index*", HRSS_AND_ORGANISERS),
    r("people:delete", NOBODY, why=NO_DELETE),
    r(_names("people", CHANGE_VIEWS + " copy"), ONLY_HRSS),
    r("experts:index*", HRSS_AND_ORGANISERS, why="the provincial organiser reads the pool"),
    r("experts:delete", NOBODY, why=NO_DELETE),
    r(_names("experts", CHANGE_VIEWS + " copy"), {ORGANISER, HRSS}, why="the national organiser and HRSS manage the pool"),
    # ------------------------------------------------------------------ curriculum (SPEC §2)
    r("majors:index*", REFERENCE_READERS),
    r("courses:index*", REFERENCE_READERS),
    r("courses:inspect", REFERENCE_READERS, why="a course and what cites it"),
    r("majors:delete", NOBODY, why=NO_DELETE),
    r("courses:delete", NOBODY, why=NO_DELETE),
    r(_names("majors", CHANGE_VIEWS + " copy"), ONLY_HRSS),
    r(_names("courses", CHANGE_VIEWS + " copy"), ONLY_HRSS),
    r("curriculum_standards:list*", STANDARD_EDITORS, {AUTHOR}, lists="coursestandard"),
    r("curriculum_standards:add", {AUTHOR}),
    r("curriculum_standards:import", {AUTHOR}),
    r("curriculum_standards:copy", {AUTHOR}, {AUTHOR}, why="a new standard from one's own"),
    r("curriculum_standards:delete", NOBODY, why=NO_DELETE),
    r("curriculum_standards:unpublish", NOBODY, why="only approval after review publishes (凡编必审, Art. 18)"),
    r("curriculum_standards:revisions_unschedule", NOBODY, why="only approval after review publishes"),
    r("curriculum_standards:lock", {AUTHOR}, {AUTHOR}, method="POST", why="authors lock their unit's standards"),
    r("curriculum_standards:unlock", {AUTHOR}, {AUTHOR}, method="POST"),
    r("curriculum_standards:submit", STANDARD_EDITORS, {AUTHOR}, method="POST"),
    r("curriculum_standards:workflow_history_detail", NOBODY, why=NO_INSTANCE + " (standards take the review "
      "pipeline, never a Wagtail workflow)", superuser=False),
    r(_names("curriculum_standards", "edit usage history history_results revisions_revert revisions_compare "
             "workflow_action collect_workflow_action_data confirm_workflow_cancellation workflow_history versions compare "
             "export"), STANDARD_EDITORS, {AUTHOR},
      why="authors on their unit's standards, HRSS on all (Wagtail answers a workflow action on a task "
          "state of another object with a message and the standard's edit page)"),
    r("wagtailsnippetchoosers_curriculum_coursestandard:create", {AUTHOR}),
    r("wagtailsnippetchoosers_curriculum_coursestandard:chosen", STANDARD_EDITORS, {AUTHOR}),
    r(_names("wagtailsnippetchoosers_curriculum_coursestandard", "choose choose_results chosen_multiple"), ADMIN_USERS, SIGNED_IN - {HRSS},
      why="the chooser offers the standards the user may read", lists="coursestandard"),
    r("curriculum_resources:index*", STANDARD_EDITORS | ORGANISERS, {AUTHOR}, lists="resourceitem",
      why="authors their unit's; HRSS supervises and organisers review (Art. 37, 22)"),
    r("curriculum_resources:add", {AUTHOR}),
    r("curriculum_resources:inspect", STANDARD_EDITORS | ORGANISERS, {AUTHOR}),
    r(_names("curriculum_resources", "edit delete history history_results usage copy"), {AUTHOR}, {AUTHOR}, why="an author's unit's teaching resources (HRSS reads them)"),
    r("curriculum_resources:review", {ORGANISER_CQ}, {ORGANISER_CQ}, superuser=False,
      why="only the organiser responsible for the resource's unit reviews it under its own procedure (Art. 37, 22): "
          "never its unit (R1), nor HRSS, which supervises, nor another organiser; a superuser belongs to none"),
    # ------------------------------------------------------------------ textbooks (SPEC §3)
    r("textbooks:index*", TEXTBOOK_READERS, UNIT_SIDE, lists="textbook"),
    r("textbooks:add", UNIT_ADMIN_AND_HRSS),
    r("textbooks:copy", UNIT_ADMIN_AND_HRSS, {UNIT_ADMIN}),
    r("textbooks:delete", NOBODY, why=NO_DELETE),
    r(_names("textbooks", OBJECT_VIEWS), TEXTBOOK_EDITORS, UNIT_SIDE, why="the unit's textbooks, the author's own"),
    r("textbook_versions:index*", TEXTBOOK_READERS, UNIT_SIDE, lists="textbookversion"),
    r("textbook_versions:overdue", ADMIN_USERS, UNIT_SIDE | {GATEKEEPER, COMMITTEE},
      why="overdue versions among those the user reads (Art. 17)"),
    r("textbook_versions:workflow", TEXTBOOK_READERS, UNIT_SIDE, why="organisers read every version"),
    r("textbook_versions:add", TEXTBOOK_EDITORS),
    r("textbook_versions:delete", NOBODY, why=NO_DELETE),
    r(_names("textbook_versions", OBJECT_VIEWS), TEXTBOOK_EDITORS, UNIT_SIDE),
    r("private_file", TEXTBOOK_EDITORS, UNIT_SIDE, samples="manuscript",
      why="a private file answers those who may open the page linking it: a version's manuscript, its "
          "editors (every private file and role: tests/test_file_reachability.py)"),
    r("textbook_changes:index*", TEXTBOOK_EDITORS, UNIT_SIDE, lists="changerequest"),
    r("textbook_changes:add", TEXTBOOK_EDITORS),
    r("textbook_changes:decide", ONLY_HRSS, why="the competent department decides (Art. 14)"),
    r("textbook_changes:delete", NOBODY, why=NO_DELETE),
    r(_names("textbook_changes", OBJECT_VIEWS), TEXTBOOK_EDITORS, UNIT_SIDE),
    r("textbook_units:index*", UNIT_ADMIN_AND_HRSS, {UNIT_ADMIN}, lists="compilingunitprofile"),
    r("textbook_units:add", UNIT_ADMIN_AND_HRSS),
    r("textbook_units:delete", NOBODY, why=NO_DELETE),
    r(_names("textbook_units", OBJECT_VIEWS + " copy"), UNIT_ADMIN_AND_HRSS, {UNIT_ADMIN}, why="a unit's own qualification (Art. 12)"),
    r("textbook_units:verify", UNIT_ADMIN_AND_HRSS, {UNIT_ADMIN}, why="the unit reads its own verification; only HRSS "
      "verifies (Art. 12; a post by the unit: test_forged_posts_change_nothing)"),
    r("textbook_publishers:delete", NOBODY, why=NO_DELETE),
    r("textbook_penalties:delete", NOBODY, why=NO_DELETE),
    r("textbook_catalogues:delete", NOBODY, why=NO_DELETE),
    r("textbook_batches:delete", NOBODY, why=NO_DELETE),
    r("textbook_publishers:index*", UNIT_ADMIN_AND_HRSS, {UNIT_ADMIN}, lists="publisherprofile",
      why="a publisher that is a unit proposes its own Art. 24 facts"),
    r("textbook_publishers:add", UNIT_ADMIN_AND_HRSS),
    r(_names("textbook_publishers", OBJECT_VIEWS + " copy verify"), UNIT_ADMIN_AND_HRSS, {UNIT_ADMIN},
      why="HRSS verifies publishers' qualifications (Art. 24); a unit reaches only its own publisher's"),
    r(_names("textbook_penalties", ALL_VIEWS + " copy"), ONLY_HRSS),
    r(_names("textbook_catalogues", ALL_VIEWS + " copy import export"), ONLY_HRSS, why="HRSS keeps the catalogues (Art. 23)"),
    r(_names("textbook_batches", ALL_VIEWS + " copy"), ONLY_HRSS),
    # ------------------------------------------------------------------ review (SPEC §4)
    r("review_admin:list", ADMIN_USERS, ADMIN_USERS, why="each sees the submissions of their unit or "
      "department only", lists="submission"),
    r("review_admin:submit", UNIT_SIDE, why="units send their manuscripts (review.add_submission)"),
    r("review_admin:submit_item", UNIT_SIDE, UNIT_SIDE, method="POST", superuser=False,
      why="a unit sends its own manuscripts; a superuser has no unit's manuscripts to send"),
    r("review_admin:self_check", {GATEKEEPER}, why="the publisher's gatekeeping body: its self-checks (Art. 18)"),
    r("review_admin:self_check_record", {GATEKEEPER}, {GATEKEEPER}, method="POST", superuser=False,
      why="its own publisher's versions only; a superuser is no publisher's gatekeeping body"),
    r("review_admin:detail", {AUTHOR} | ORGANISERS, {AUTHOR} | ORGANISERS,
      why="the submitter reads their own; an organiser their department's (Art. 18)"),
    r("review_admin:letter", ORGANISERS, ORGANISERS),
    r("review_admin:action", ORGANISERS, ORGANISERS, method="POST", why="a forged organiser decision"),
    r("review_admin:procedure", ORGANISERS, superuser=False,
      why="each organiser's own department's procedure (Art. 16, 22); a superuser belongs to no department"),
    r("review_admin:preview", ORGANISERS, ORGANISERS, why="R3: the organiser confirms what reviewers receive"),
    r("review_admin:draws", ONLY_HRSS, why="R5: the supervising HRSS sees every draw and redraw"),
    r("review_admin:draw", ONLY_HRSS, ONLY_HRSS, why="R5: a draw's candidate list, hash and replay"),
    # ------------------------------------------------------------------ selection (SPEC §5)
    r("committees:index*", {COMMITTEE, HRSS}, SCHOOL, lists="selectioncommittee"),
    r("committees:add", NOBODY, why="every school has its committee (seeded by HRSS data)"),
    r("committees:copy", NOBODY),
    r("committees:delete", NOBODY, why=NO_DELETE),
    r(_names("committees", OBJECT_VIEWS), SCHOOL, SCHOOL, why="a committee maintains its own school's committee (S1)"),
    r("committees:announce", {COMMITTEE, HRSS}, SCHOOL, why="a committee announces its own members (S1); HRSS reads"),
    r("selection_rounds:index*", {COMMITTEE, HRSS}, SCHOOL, lists="selectionround"),
    r("selection_rounds:add", SCHOOL),
    r("selection_rounds:delete", NOBODY, why=NO_DELETE),
    r("selection_rounds:workspace", {COMMITTEE, HRSS}, SCHOOL, why="HRSS reads every school's selection (S9)"),
    r("selection_rounds:export", {COMMITTEE, HRSS}, SCHOOL, why="filing forms (S9), generated as a job (issue 18)"),
    r("selection_rounds:versions", SCHOOL, SCHOOL,
      why="the version chooser of the workspace answers the round's own committee (HRSS reads, never chooses)"),
    r(_names("selection_rounds", OBJECT_VIEWS), SCHOOL, SCHOOL),
    r("selection_dashboard", ONLY_HRSS, why="the provincial dashboard"),
    r("selection_usage_reports:index*", {COMMITTEE, HRSS}, SCHOOL, why="usage reports (S10, Art. 33)",
      lists="usagereport"),
    r("selection_usage_reports:add", SCHOOL, why="a school files its own usage report"),
    r("selection_usage_reports:inspect", {COMMITTEE, HRSS}, SCHOOL, why="HRSS reads every school's"),
    r("selection_usage_reports:delete", NOBODY, why=NO_DELETE),
    r(_names("selection_usage_reports", OBJECT_VIEWS), SCHOOL, SCHOOL, why="a correction re-files one's own"),
    r(_names("selection_provincial_filings", "index index_results add inspect export history history_results"),
      ONLY_HRSS, why="the province's yearly aggregate filed with MOHRSS (S9, Art. 29), and its audit trail"),
    r(_names("selection_provincial_filings", "edit usage delete"), NOBODY, why="a filed aggregate is a record"),
    r("selection_checks:findings", ONLY_HRSS, why="findings of a quality check (S10)"),
    r("selection_stop_use:delete", NOBODY, why=NO_DELETE),
    r("selection_negative_list:delete", NOBODY, why=NO_DELETE),
    r("selection_checks:delete", NOBODY, why=NO_DELETE),
    r("selection_pilots:delete", NOBODY, why=NO_DELETE),
    r(_names("selection_stop_use", ALL_VIEWS + " lift"), ONLY_HRSS, why="stop-use orders (S12)"),
    r(_names("selection_negative_list", ALL_VIEWS + " lift"), ONLY_HRSS, why="the negative list (S11)"),
    r(_names("selection_checks", ALL_VIEWS + " inspect"), ONLY_HRSS, why="random quality checks (S10)"),
    r(_names("selection_pilots", ALL_VIEWS + " copy"), ONLY_HRSS, why="一体化 pilot schools (S5)"),
    r("selection_calendar:delete", NOBODY, why=NO_DELETE),
    r(_names("selection_calendar", ALL_VIEWS + " copy"), ONLY_HRSS, why="the State Council holiday calendar entries (S2)"),
]


def expectation_for(key):
    for rule in RULES:
        if any(fnmatch.fnmatchcase(key, pattern) for pattern in rule.pattern.split()):
            return rule
    return None


# ----------------------------------------------------------------------------------- routes


@dataclass
class Route:
    key: str  # "namespace:name", or the route string for an unnamed pattern
    route: str
    name: str | None
    callback: object = None
    params: tuple = ()
    positional: int = 0
    page_class: str | None = None
    model: object = field(default=None, repr=False)

    @property
    def id(self):
        return f"{self.key} [{self.route}]" if self.name else self.key


def _params(route_string):
    return tuple(re.findall(r"<(?:\w+:)?(\w+)>", route_string) + re.findall(r"\(\?P<(\w+)>", route_string))


def _model(callback):
    initkwargs = getattr(callback, "view_initkwargs", None) or {}
    model = initkwargs.get("model") or getattr(initkwargs.get("viewset"), "model", None)
    if model is None:
        model = getattr(getattr(callback, "view_class", None), "model", None)
    return model if isinstance(model, type) else None


def urlconf_routes():
    found = []

    def walk(resolver, prefix, namespaces):
        for pattern in resolver.url_patterns:
            if isinstance(pattern, URLResolver):
                ns = namespaces + ((pattern.namespace,) if pattern.namespace else ())
                walk(pattern, prefix + str(pattern.pattern), ns)
            elif isinstance(pattern, URLPattern):
                route = prefix + str(pattern.pattern)
                name = ":".join(namespaces + (pattern.name,)) if pattern.name else None
                params = _params(route)
                positional = 0 if params else len(re.findall(r"\((?!\?)", route))
                found.append(Route(name or route, route, name, pattern.callback, params, positional, None, _model(pattern.callback)))

    walk(get_resolver(), "", ())
    return found


def routable_page_routes():
    """Sub-routes of RoutablePageMixin page types (public catalogue, standards, notices)."""
    from wagtail.contrib.routable_page.models import RoutablePageMixin
    from wagtail.models import get_page_models

    found = []
    for page_class in get_page_models():
        if not issubclass(page_class, RoutablePageMixin):
            continue
        for pattern in page_class.get_subpage_urls():
            route = str(pattern.pattern)
            found.append(
                Route(f"page:{page_class.__name__}:{pattern.name}", route, pattern.name, pattern.callback,
                      _params(route), 0, page_class.__name__)
            )
    return found


def routes():
    return urlconf_routes() + routable_page_routes()
