"""Public pages: 专业目录 → 专业 → 层级（课程标准） → 课程 → 学习任务, with breadcrumbs, print
styles, only published content, and query counts independent of list length."""

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext

from curriculum import services
from curriculum.demo import build_document
from curriculum.models import (
    CourseStandard,
    CurriculumIndexPage,
    Major,
    MajorPage,
    ResourceItem,
    ResourceKind,
    StandardPage,
)
from directory.models import Organisation

pytestmark = pytest.mark.django_db


@pytest.fixture
def cnc_page(curriculum_world):
    return StandardPage.objects.get(standard__major__code="0103", standard__level__code="intermediate")


def test_the_path_from_the_majors_index_to_a_learning_task(cnc_page, client):
    index = CurriculumIndexPage.objects.get()
    html = client.get(index.url).content.decode()
    assert "数控加工" in html and "汽车维修" in html and "电气自动化设备安装与维修" in html
    assert cnc_page.url in html

    html = client.get(cnc_page.url).content.decode()
    assert "数控加工专业（中级技能）工学一体化课程标准" in html and "培养目标" in html and "课程安排" in html
    assert "2026版" in html and "2024版" in html  # both published versions, with effective terms

    html = client.get(cnc_page.course_url("0103Z01")).content.decode()
    assert "工作对象" in html and "工具、材料、设备与资料" in html and "劳动组织方式" in html
    assert "过程性考核" in html and "70%" in html  # the 2026 version is live
    assert "数控车床零件加工工作页" in html and "活页式" in html

    response = client.get(cnc_page.task_url("0103Z01", "0103Z01-2"))
    html = response.content.decode()
    assert response.status_code == 200
    for step in ("获取信息", "制定计划", "做出决策", "实施计划", "检查控制", "评价反馈"):
        assert step in html


def test_breadcrumbs_lead_back_up_the_tree(cnc_page, client):
    html = client.get(cnc_page.task_url("0103Z01", "0103Z01-2")).content.decode()
    crumbs = html[html.index('aria-label="面包屑导航"') : html.index("</nav>", html.index("面包屑导航"))]
    order = ["工学一体化课程标准", "数控加工", cnc_page.title, "0103Z01 数控车床零件加工", "螺纹轴数控车削加工"]
    positions = [crumbs.index(label) for label in order]
    assert positions == sorted(positions)
    assert f'href="{cnc_page.course_url("0103Z01")}"' in crumbs


def test_pages_are_print_friendly(cnc_page, client):
    html = client.get(cnc_page.course_url("0103Z02")).content.decode()
    # The print rules live in the page's own stylesheet (no inline styles under the CSP).
    assert 'class="print-button"' in html and "css/curriculum.css" in html
    stylesheet = (settings.BASE_DIR / "static" / "css" / "curriculum.css").read_text(encoding="utf-8")
    assert "@media print" in stylesheet


def test_unknown_courses_tasks_and_unpublished_standards_answer_404(cnc_page, client):
    assert client.get(cnc_page.course_url("9999")).status_code == 404
    assert client.get(cnc_page.task_url("0103Z01", "9999")).status_code == 404
    cnc_page.standard.unpublish()
    assert client.get(cnc_page.url).status_code == 404
    assert client.get(cnc_page.course_url("0103Z01")).status_code == 404


def test_a_draft_never_reaches_the_public(cnc_page, client):
    standard = cnc_page.standard
    doc = standard.to_document()
    doc.courses[0].name = "草稿中的课程名称"
    standard.apply_document(doc)
    services.save_draft(standard, None)
    assert "草稿中的课程名称" not in client.get(cnc_page.url).content.decode()


def _count(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def _add_major_with_standard(code, name):
    """A further published standard, to lengthen the index's list."""
    major = Major.objects.create(code=code, name=name, industry="machinery")
    major.levels.set(Major.objects.get(code="0103").levels.all())
    doc = build_document(Major.objects.get(code="0103"), "advanced")
    doc.major_code, doc.major_name = code, name
    for course in doc.courses:
        suffix = course.code[4:]
        for task in course.learning_tasks:
            task.code = task.code.replace(course.code, code + suffix)
        course.code = code + suffix
        course.typical_work_task_codes = [code + "T" + suffix[-2:]]
    for task in doc.typical_work_tasks:
        task.code = code + "T" + task.code[-2:]
    for row in doc.course_plan:
        row.course_code = code + row.course_code[4:]
    standard = CourseStandard(compiling_unit=Organisation.objects.get(name="重庆市工业技师学院"))
    standard.apply_document(doc)
    services.save_draft(standard, None)
    services.publish_standard(standard, None)


def test_index_query_count_is_independent_of_the_number_of_majors(cnc_page, client):
    index = CurriculumIndexPage.objects.get()
    before = _count(client, index.url)
    _add_major_with_standard("0199", "精密加工")
    _add_major_with_standard("0198", "增材制造")
    assert MajorPage.objects.count() == 5
    assert _count(client, index.url) == before


def test_major_page_query_count_is_independent_of_the_number_of_levels(cnc_page, client):
    major_page = MajorPage.objects.get(major__code="0103")
    one_level = _count(client, major_page.url)
    assert one_level == _count(client, major_page.url)
    StandardPage.objects.get(standard__major__code="0103", standard__level__code="advanced").unpublish()
    assert _count(client, major_page.url) == one_level


def test_course_and_task_query_counts_are_independent_of_resources_and_tasks(cnc_page, client):
    course_url = cnc_page.course_url("0103Z02")
    task_url = cnc_page.task_url("0103Z02", "0103Z02-1")
    course_before, task_before, standard_before = _count(client, course_url), _count(client, task_url), _count(client, cnc_page.url)
    template = ResourceItem.objects.filter(course__code="0103Z02").first()
    for number in range(10):
        ResourceItem.objects.create(
            course=template.course,
            learning_task_code="0103Z02-1",
            kind=ResourceKind.COURSEWARE,
            title=f"教学课件 {number}",
            compiling_unit=template.compiling_unit,
        )
    standard = cnc_page.standard
    doc = standard.to_document()
    doc.courses[1].learning_tasks[0].hours -= 20
    doc.courses[1].learning_tasks.append(
        type(doc.courses[1].learning_tasks[0])(
            code="0103Z02-4", name="复杂平面零件铣削加工", hours=20, description="综合训练",
            steps=dict(doc.courses[1].learning_tasks[0].steps),
        )
    )
    standard.apply_document(doc)
    services.save_draft(standard, None)
    services.publish_standard(standard, None)
    assert _count(client, course_url) == course_before
    assert _count(client, task_url) == task_before
    assert _count(client, cnc_page.url) == standard_before


def test_a_course_page_shows_how_the_course_changed_across_versions(cnc_page, client):
    html = client.get(cnc_page.course_url("0103Z01")).content.decode()
    history = html[html.index("版本沿革") :]
    assert "2024版" in history and "2026版" in history
    assert "新增" in history and "修改" in history and "学习任务新增 1 行" in history
    unchanged = client.get(cnc_page.course_url("0103Z02")).content.decode()
    assert "未变" in unchanged[unchanged.index("版本沿革") :]


def test_kept_pages_give_way_when_a_version_is_published_or_withdrawn(cnc_page, client, settings, django_capture_on_commit_callbacks):
    """As in production, what the pages show is kept per content generation (cms/page_cache.py:
    content_fragment); a publication or a withdrawal shows on the very next request."""
    from django.core.cache import caches
    from django.db import transaction

    from cms import page_cache

    settings.CONTENT_FRAGMENT_CACHE = True
    caches[page_cache.FRAGMENT_ALIAS].clear()
    transaction.get_connection().run_on_commit.clear()  # the world's setup, as if committed
    page_cache.bump_generation()
    index = CurriculumIndexPage.objects.get().url
    urls = [cnc_page.url, cnc_page.course_url("0103Z01"), cnc_page.task_url("0103Z01", "0103Z01-2")]
    for url in [index, cnc_page.get_parent().url, *urls]:
        assert client.get(url).status_code == 200
    standard = cnc_page.standard
    doc = standard.to_document()
    doc.courses[0].name = "数控车床零件加工与检测"
    standard.apply_document(doc)
    with django_capture_on_commit_callbacks(execute=True):
        services.save_draft(standard, None)
        services.publish_standard(standard, None)
    for url in urls:  # the standard's course plan, the course's heading, the task's breadcrumbs
        assert "数控车床零件加工与检测" in client.get(url).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        standard.unpublish()
    for url in urls:
        assert client.get(url).status_code == 404
    assert cnc_page.url not in client.get(index).content.decode()
    caches[page_cache.FRAGMENT_ALIAS].clear()
