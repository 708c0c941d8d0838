"""The review demo: manuscripts in every stage, the demo reviewer on panels, a recusal the draw
respected; seeding twice changes nothing."""

from review.demo import seed_review
from review.models import AssignmentStatus, Stage, Submission


def test_demo_review_covers_every_stage_and_the_demo_reviewer(demo_world, client, django_user_model):
    from textbooks.demo import seed_textbooks

    seed_textbooks()
    seed_review()
    stages = set(Submission.objects.values_list("stage", flat=True))
    assert stages >= {Stage.PREPARING, Stage.IN_REVIEW, Stage.ROUND_CLOSED, Stage.REVISION,
                      Stage.PASSED, Stage.FAILED, Stage.APPROVED}
    conflict = Submission.objects.get(stage=Stage.ROUND_CLOSED).current_round
    assert conflict.assignments.filter(status=AssignmentStatus.CONFLICT).exists()
    recused = conflict.assignments.get(status=AssignmentStatus.CONFLICT).expert_id
    assert str(recused) in conflict.draw_log["excluded"]  # the redraw excluded the declared conflict
    assert recused not in conflict.draw_log["drawn"]

    reviewer = django_user_model.objects.get(username="reviewer")
    client.force_login(reviewer)
    page = client.get("/review-workspace/").content.decode()
    in_review = Submission.objects.filter(stage=Stage.IN_REVIEW, rounds__assignments__expert__person__user=reviewer)
    assert in_review.exists() and all(s.code in page for s in in_review)

    count = Submission.objects.count()
    seed_review()
    assert Submission.objects.count() == count
