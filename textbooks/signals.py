"""The review pipeline's outcomes for a textbook version (review.events; Art. 18, 21, 23)."""

from django.dispatch import receiver

from review import events
from textbooks import services
from textbooks.models import TextbookVersion


@receiver(events.review_submitted, sender=TextbookVersion, dispatch_uid="textbooks.review_submitted")
def lock_the_version_under_review(sender, item, user, **kwargs):
    services.lock_for_review(item, user)


@receiver(events.revision_requested, sender=TextbookVersion, dispatch_uid="textbooks.revision_requested")
def reopen_the_version_for_revision(sender, item, user, **kwargs):
    services.reopen_for_revision(item, user)


@receiver(events.review_passed, sender=TextbookVersion, dispatch_uid="textbooks.review_passed")
def approve_the_version(sender, item, user, **kwargs):
    services.approve_version(item, user, review_reference=f"审核流程通过（版本 {item.pk}）")


@receiver(events.review_failed, sender=TextbookVersion, dispatch_uid="textbooks.review_failed")
def reject_the_version(sender, item, user, **kwargs):
    services.reject_version(item, user, review_reference=f"审核流程未通过（版本 {item.pk}）")
