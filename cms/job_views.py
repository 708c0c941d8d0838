"""The admin's "后台任务" page (issue 18): the jobs a person started, with live progress, and the
platform administrator's button to rebuild the search index in the task queue."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.views.decorators.http import require_http_methods

from cms import jobs
from cms.models import BackgroundJob

KIND_LABELS = {"search_reindex": "重建公开检索索引"}


def _platform_admin(request):
    if not request.user.is_superuser:
        raise PermissionDenied("只有平台管理员可以使用后台任务。")


def _as_json(job):
    return {
        "id": str(job.pk), "kind": KIND_LABELS.get(job.kind, job.kind), "state": job.state,
        "state_label": job.get_state_display(), "done": job.done, "total": job.total,
        "percent": job.percent, "message": job.message, "attempts": job.attempts,
    }


@require_http_methods(["GET", "POST"])
def jobs_index(request):
    _platform_admin(request)
    if request.method == "POST":
        if request.POST.get("kind") != "search_reindex":
            raise Http404
        from search import tasks

        jobs.start("search_reindex", request.user, tasks.reindex)
        messages.success(request, "已提交“重建公开检索索引”，进度见下表；重建期间检索照常可用。")
        return redirect("cms_jobs")
    own = BackgroundJob.objects.filter(started_by=request.user)[:20]
    return TemplateResponse(request, "cms/admin/jobs.html", {"jobs": own, "kind_labels": KIND_LABELS})


def job_progress(request, pk):
    """One job's progress as JSON, for the page's progress bars; only its starter sees it."""
    _platform_admin(request)
    job = BackgroundJob.objects.filter(pk=pk, started_by=request.user).first()
    if job is None:
        raise Http404
    return JsonResponse(_as_json(job))
