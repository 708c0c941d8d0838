"""The review demo: manuscripts in every stage, the demo reviewer on panels, a recusal the draw
respected, a 统编 textbook in political review, a course standard in review, the publisher's
self-checks; seeding twice changes nothing."""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import ModelLogEntry

from curriculum.models import StandardVersion
from curriculum.models import VersionStatus as StandardStatus
from review.demo import seed_review
from review.models import AssignmentStatus, Stage, Submission


def test_demo_review_covers_every_stage_and_the_demo_reviewer(demo_world, client, django_user_model):
    from curriculum.demo import seed_standards
    from textbooks.demo import seed_textbooks

    seed_textbooks()
    seed_standards()
    seed_review()
    stages = set(Submission.objects.values_list("stage", flat=True))
    assert stages >= {Stage.PREPARING, Stage.IN_REVIEW, Stage.ROUND_CLOSED, Stage.REVISION,
                      Stage.PASSED, Stage.FAILED, Stage.APPROVED}
    conflict = Submission.objects.get(stage=Stage.ROUND_CLOSED).current_round
    assert conflict.assignments.filter(status=AssignmentStatus.CONFLICT).exists()
    recused = conflict.assignments.get(status=AssignmentStatus.CONFLICT).expert_id
    redraw = conflict.draws.get(kind="redraw")
    assert str(recused) in redraw.excluded  # the redraw excluded the declared conflict
    assert recused not in redraw.drawn and redraw.reason
    # R5: every recorded demo draw replays to its panel.
    from review import services
    from review.models import PanelDraw

    assert PanelDraw.objects.exists()
    assert all(services.replay(record) == [] for record in PanelDraw.objects.all())

    reviewer = django_user_model.objects.get(username="reviewer")
    client.force_login(reviewer)
    page = client.get("/review-workspace/").content.decode()
    in_review = Submission.objects.filter(stage=Stage.IN_REVIEW, rounds__assignments__expert__person__user=reviewer)
    assert in_review.exists() and all(s.code in page for s in in_review)

    # Art. 18: an ideologically strong (统编) textbook waits in political review, and the demo
    # political login (the national political review MOHRSS organises) has it in their queue.
    political = Submission.objects.get(stage=Stage.POLITICAL_REVIEW)
    assert political.ideologically_strong and political.item.is_ideologically_strong()
    client.force_login(django_user_model.objects.get(username="political"))
    assert political.code in client.get("/review-workspace/political/").content.decode()
    assert client.get(f"/review-workspace/political/{political.pk}/").status_code == 200

    # 凡编必审 for course standards too: a new standard version is in blind review.
    standard = Submission.objects.get(content_type=ContentType.objects.get_for_model(StandardVersion))
    assert standard.stage == Stage.IN_REVIEW and standard.item.status == StandardStatus.IN_REVIEW
    assert standard.item.standard.live  # the published version stays public meanwhile

    # The publisher's gatekeeper self-checked what was submitted (Art. 18) and still has work.
    gatekeeper = django_user_model.objects.get(username="gatekeeper")
    assert ModelLogEntry.objects.filter(action="review.self_check.record", user=gatekeeper).exists()
    client.force_login(gatekeeper)
    assert "尚未进行专题自查" in client.get("/admin/review/self-check/").content.decode()

    # R3's search check (what reviewers see, put to the public search, leads to no page naming the
    # makers) runs on seed_demo with the public index filled from it:
    # tests/review/test_reidentification.py. Here the index holds other tests' documents.
    count = Submission.objects.count()
    seed_review()
    assert Submission.objects.count() == count
