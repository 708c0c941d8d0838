"""Who may download an anonymised copy through its generic address: the submission's organiser
(the review admin page lists the copies). Reviewers and political reviewers download theirs
through the workspace, whose views check the assignment and the release (R3)."""

from cms.private_files import register_download


def _organises(user, copy):
    from review import services

    return services.organised_by(user).filter(pk=copy.round.submission_id).exists()


def register_review_downloads():
    register_download("review.AnonymisedCopy", "file", _organises, file_name=lambda copy: copy.neutral_name)
