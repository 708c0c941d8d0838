"""The organiser's submission list (counts per stage, filters, search), the side-by-side score
comparison and the answer to a reviewer's request for more time."""

import datetime

import pytest

from review import reviewer_services, services
from review.models import ExtensionStatus
from tests.review.conftest import all_review, second_course

LIST = "/admin/review/"



@pytest.fixture
def two(review_world):
    world = review_world
    world.small_pool()
    reviewing = world.into_review(world.textbook_version())
    preparing_version = world.textbook_version(title="数控铣床编程与操作", course=second_course())
    world.gates(preparing_version)
    preparing = services.submit(preparing_version, world.author_user)
    return world, reviewing, preparing


def test_the_list_counts_filters_and_searches(client, two):
    world, reviewing, preparing = two
    client.force_login(world.organiser)
    page = client.get(LIST).content.decode()
    assert "全部（2）" in page and "盲审中（1）" in page
    filtered = client.get(LIST, {"stage": "in_review"}).content.decode()
    assert reviewing.code in filtered and preparing.code not in filtered
    searched = client.get(LIST, {"q": "铣床"}).content.decode()
    assert preparing.code in searched and reviewing.code not in searched
    assert "没有符合条件的送审稿" in client.get(LIST, {"q": "不存在的书名"}).content.decode()


def test_the_decision_page_compares_the_panels_scores(client, two):
    world, reviewing, _ = two
    all_review(reviewing, science_score=61, recommendation="revise")
    services.close_round(reviewing, world.organiser)
    client.force_login(world.organiser)
    page = client.get(f"{LIST}{reviewing.pk}/").content.decode()
    table = page[page.index("第1轮评分对比"):]
    table = table[: table.index("</table>")]
    assert table.count("<td>61</td>") == 3 and "专家一" in table and "建议修改后通过" in table
    assert "<td>239</td>" in table  # 90 + 61 + 88


def test_the_organiser_answers_a_request_for_more_time(client, two):
    world, reviewing, _ = two
    assignment = reviewing.current_round.assignments.get(expert=world.reviewer_expert)
    wanted = reviewing.current_round.deadline + datetime.timedelta(days=7)
    request = reviewer_services.request_extension(assignment, world.reviewer, wanted, "期末考试周，申请延后一周。")
    client.force_login(world.organiser)
    assert "期末考试周" in client.get(f"{LIST}{reviewing.pk}/").content.decode()
    client.post(f"{LIST}{reviewing.pk}/extension/", {"request": request.pk, "grant": "1"})
    request.refresh_from_db()
    assignment.refresh_from_db()
    assert request.status == ExtensionStatus.GRANTED and assignment.deadline == wanted
