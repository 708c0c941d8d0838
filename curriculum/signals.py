"""Keep object permissions and published versions in step with whatever route changed the data."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.signals import published

from curriculum import services
from curriculum.models import CourseStandard, ResourceItem
from directory.models import Person


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
