"""E-mail notifications, with one template set per audience (R3, SPEC §8).

Mails to reviewers are built from the pseudonymous code only and checked before sending: to the
reviewer alone, no Reply-To, no CC/BCC, nothing that identifies the author. Authors' mails name no
reviewer.
"""

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.mail import EmailMessage
from django.dispatch import receiver
from django.template.loader import render_to_string
from django.urls import reverse

from review import anonymise, events, rules


def _render(template, context):
    subject = render_to_string(f"review/email/{template}_subject.txt", context).strip()
    body = render_to_string(f"review/email/{template}_body.txt", context)
    return subject, body


def _send_to_reviewer(assignment, template, extra=None):
    from review.services import submission_profile

    person = assignment.expert.person
    if not person.email:
        return None
    submission = assignment.round.submission
    context = {
        "code": submission.code,
        "round": assignment.round,
        "position": assignment.position,
        "url": settings.WAGTAILADMIN_BASE_URL + reverse("review_workspace:assignment", args=[assignment.pk]),
        **(extra or {}),
    }
    subject, body = _render(f"reviewer_{template}", context)
    message = EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [person.email])
    hits = anonymise.scan_text(subject + "\n" + body, submission_profile(submission), generic=False)
    problems = rules.reviewer_mail_problems(
        message.to, person.email, message.reply_to, message.cc, message.bcc, hits
    )
    if problems:
        raise ImproperlyConfigured(" ".join(problems))
    message.send()
    return message


@receiver(events.reviewer_assigned)
def reviewer_assigned(assignment, **kwargs):
    return _send_to_reviewer(assignment, "assigned")


@receiver(events.reviewer_reminder_due)
def reviewer_reminder(assignment, **kwargs):
    return _send_to_reviewer(assignment, "reminder")


@receiver(events.authors_decided)
def authors_decided(submission, **kwargs):
    """Tell the authors (and the submitter) the outcome, with the decision letter attached."""
    from review import letters
    from review.services import reviewer_profile

    people = submission.item.review_people()
    recipients = sorted({p.email for p in people.authors if p.email} | (
        {submission.submitted_by.email} if submission.submitted_by and submission.submitted_by.email else set()
    ))
    if not recipients:
        return None
    subject, body = _render("author_decision", {"submission": submission})
    if anonymise.scan_text(subject + body, reviewer_profile(submission.current_round), generic=False):
        raise ImproperlyConfigured("R3（第二十一条）：给编写方的邮件含有评审专家身份信息。")
    message = EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, recipients)
    message.attach(letters.letter_file_name(submission), letters.decision_letter(submission), anonymise.DOCX_CONTENT_TYPE)
    message.send()
    return message
