"""Who may download an anonymised copy through its generic address: the submission's organiser,
for the current round's copies (what the review admin page lists), their reviewer PDF and the
watermarked copies issued from it. Reviewers and political
reviewers download theirs through the workspace, whose views check the assignment and the
release (R3). A reviewer's annotated copy is opened by whoever the decision page shows it to
(rules.annotated_copy_visible): the organiser, and the author after the decision."""

from cms.private_files import register_download


def _organises(user, copy):
    from review import services

    submission = services.organised_by(user).filter(pk=copy.round.submission_id).first()
    return submission is not None and submission.current_round.pk == copy.round_id


def _organises_issued(user, issued):
    return _organises(user, issued.copy)


def _may_read_annotated(user, annotated):
    from review import rules, services

    submission = annotated.assignment.round.submission
    return rules.annotated_copy_visible(services.role_in(user, submission), submission.decided_at is not None)


def register_review_downloads():
    register_download("review.AnonymisedCopy", "file", _organises, file_name=lambda copy: copy.neutral_name)
    register_download("review.AnonymisedCopy", "reviewer_pdf", _organises, file_name=lambda copy: copy.pdf_name)
    # The organiser may open the very copy a reviewer received (its watermark included).
    register_download("review.IssuedCopy", "file", _organises_issued, file_name=lambda issued: issued.copy.pdf_name)
    register_download("review.AnnotatedCopy", "file", _may_read_annotated, file_name=lambda annotated: annotated.neutral_name)
