"""Keep object permissions and published versions in step with whatever route changed the data."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.signals import published

from curriculum import services
from curriculum.models import CourseStandard, ResourceItem, StandardVersion
from directory.models import Person
from review import events


@receiver(post_save, sender=CourseStandard, dispatch_uid="curriculum.grant_standard")
@receiver(post_save, sender=ResourceItem, dispatch_uid="curriculum.grant_resource")
def grant_new_object_to_unit_authors(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        services.grant_unit_authors(instance)


@receiver(post_save, sender=Person, dispatch_uid="curriculum.grant_author")
def grant_person_login(sender, instance, raw=False, **kwargs):
    if instance.user_id and not raw:
        services.grant_author_access(instance.user)


@receiver(published, sender=CourseStandard, dispatch_uid="curriculum.record_version")
def record_version(sender, instance, revision, **kwargs):
    services.record_published_version(instance, revision)


# The review pipeline's outcomes for a course-standard version (review.events; R1–R6, Art. 18, 23).
@receiver(events.review_submitted, sender=StandardVersion, dispatch_uid="curriculum.review_submitted")
def take_the_revision_under_review(sender, item, user, **kwargs):
    """Nothing to lock (later edits make new revisions); a resubmission after 修改后通过 takes the
    revision that answers the opinions."""
    services.take_latest_revision(item, user)


@receiver(events.review_passed, sender=StandardVersion, dispatch_uid="curriculum.review_passed")
def publish_the_approved_version(sender, item, user, **kwargs):
    services.publish_version(item, user)


@receiver(events.review_failed, sender=StandardVersion, dispatch_uid="curriculum.review_failed")
def record_the_failed_version(sender, item, user, **kwargs):
    services.reject_version(item, user)
