"""A large manuscript's submission as a job of the task queue (issue 18).

Anonymising a manuscript of tens of megabytes takes longer than a request should, so above
``settings.REVIEW_INLINE_ANONYMISE_MAX_BYTES`` the 送审 button starts a job that runs the very same
``services.submit``: gates, code, anonymised copies (R3, Art. 21), all in one transaction with
their files (``private_files.atomic_with_files``). Until it ends the item shows 正在匿名化处理 and
cannot be sent twice; nothing of the submission exists half-made, so no other step of the
pipeline (intake, draws, release, reminders) has a state to guard against. When it commits, the
organiser's clearing of the copies' findings is available as for any submission; a refusal (a file
that cannot be anonymised, a gate not passed) is shown on the job's page with its reason, and the
author sends the item again once it is fixed.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from wagtail.permissions import policy_registry

from cms import jobs, private_files
from cms.models import BackgroundJob
from cms.permissions import READ_ACTIONS
from review import services
from review.models import Submission

SUBMIT_JOB = "review_submit"
LABEL = "送审（匿名化处理）"


def in_background(item):
    return services.review_size(item) > settings.REVIEW_INLINE_ANONYMISE_MAX_BYTES


def params_for(item):
    return {"ct": ContentType.objects.get_for_model(item).pk, "pk": item.pk}


def item_of(params):
    """The item a submission job works on, or None (gone since)."""
    try:
        model = ContentType.objects.get_for_id(params["ct"]).model_class()
    except (ContentType.DoesNotExist, KeyError):
        return None
    return model._default_manager.filter(pk=params.get("pk")).first() if model else None


def pending(item):
    """The item's submission job still queued or running: while it is, the item is 正在匿名化处理."""
    params = params_for(item)
    return BackgroundJob.objects.filter(
        kind=SUBMIT_JOB, params__ct=params["ct"], params__pk=params["pk"],
        state__in=(BackgroundJob.State.QUEUED, BackgroundJob.State.RUNNING),
    ).first()


def last_failure(item):
    params = params_for(item)
    return BackgroundJob.objects.filter(
        kind=SUBMIT_JOB, params__ct=params["ct"], params__pk=params["pk"]
    ).order_by("-created_at").filter(state=BackgroundJob.State.FAILED).first()


def run(job, progress_for):
    """The job's work. The submission and the job's note of it commit together, so a delivery
    after the worker died before the job was marked done finds the note and submits nothing more."""
    if "submission" not in job.params:
        item = item_of(job.params)
        if item is None:
            raise LookupError("要送审的稿件已不存在")
        with private_files.atomic_with_files():
            submission = services.submit(item, job.started_by, progress_for=progress_for)
            job.params = {**job.params, "submission": submission.pk}
            job.save(update_fields=["params"])
    submission = Submission.objects.select_related("organiser").get(pk=job.params["submission"])
    return f"已送审，审核编号 {submission.code}，审核组织单位：{submission.organiser.name}。"


def may_see(user, job):
    """The same check as the item's own admin page (its unit's editors, SPEC §8)."""
    item = item_of(job.params)
    return (
        item is not None and user.has_perm("wagtailadmin.access_admin")
        and policy_registry.get_by_type(type(item)).user_has_any_permission_for_instance(user, READ_ACTIONS, item)
    )


def link(job):
    submission = job.params.get("submission")
    return (reverse("review_admin:detail", args=[submission]), "查看送审记录") if submission else None


def register():
    jobs.register_kind(SUBMIT_JOB, LABEL, may_see, link)
