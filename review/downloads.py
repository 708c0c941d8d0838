"""Who may download an anonymised copy through its generic address: the submission's organiser,
for the current round's copies (what the review admin page lists). Reviewers and political
reviewers download theirs through the workspace, whose views check the assignment and the
release (R3)."""

from cms.private_files import register_download


def _organises(user, copy):
    from review import services

    submission = services.organised_by(user).filter(pk=copy.round.submission_id).first()
    return submission is not None and submission.current_round.pk == copy.round_id


def register_review_downloads():
    register_download("review.AnonymisedCopy", "file", _organises, file_name=lambda copy: copy.neutral_name)
