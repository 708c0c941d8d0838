"""The admin's "后台任务" pages (issue 18): the jobs a person started, each with live progress and,
once done, the link to the file it generated; and the platform administrator's button to rebuild
the search index in the task queue. Every admin user sees their own jobs and nobody else's."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.views.decorators.http import require_http_methods

from cms import jobs
from cms.models import BackgroundJob


def _as_json(job):
    job.done, job.total = jobs.live_progress(job)
    return {
        "id": str(job.pk), "kind": jobs.label(job.kind), "state": job.state,
        "state_label": job.get_state_display(), "done": job.done, "total": job.total,
        "percent": job.percent, "message": job.message, "attempts": job.attempts,
        "result_url": job.result_url, "result_text": job.result_text,
    }


def _described(job):
    """The job with what its page shows: its kind's name and the link to what it made."""
    job.label = jobs.label(job.kind)
    job.result_url, job.result_text = jobs.result_link(job) or ("", "")
    return job


def _own_job(request, pk):
    job = BackgroundJob.objects.filter(pk=pk).first()
    if job is None or not jobs.may_see(request.user, job):
        raise Http404
    return _described(job)


@require_http_methods(["GET", "POST"])
def jobs_index(request):
    if request.method == "POST":
        if not request.user.is_superuser:
            raise PermissionDenied("只有平台管理员可以重建检索索引。")
        if request.POST.get("kind") != "search_reindex":
            raise Http404
        from search import tasks

        jobs.start("search_reindex", request.user, tasks.reindex)
        messages.success(request, "已提交“重建公开检索索引”，进度见下表；重建期间检索照常可用。")
        return redirect("cms_jobs")
    own = [_described(job) for job in BackgroundJob.objects.filter(started_by=request.user)[:20] if jobs.may_see(request.user, job)]
    return TemplateResponse(request, "cms/admin/jobs.html", {"jobs": own, "may_reindex": request.user.is_superuser})


def job_detail(request, pk):
    """One job's page: where the person who started an export is sent, its bar and then its link."""
    job = _own_job(request, pk)
    return TemplateResponse(request, "cms/admin/job.html", {"job": job, "jobs": [job]})


def job_progress(request, pk):
    """One job's progress as JSON, for the pages' progress bars; only its starter sees it."""
    return JsonResponse(_as_json(_own_job(request, pk)))
