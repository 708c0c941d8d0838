"""Selection's work in the task queue (issue 18): a filing form (DOCX or XLSX, S9) generated as a
job, a row at a time on its starter's progress bar, and stored in the private file store."""

from cms.celery import app

from cms import jobs
from selection import exports


@app.task(bind=True, acks_late=True, name="selection.export_form")
def export_form(self, job_id):
    def work(job):
        obj = exports.export_subject(job.params)
        if obj is None:
            raise LookupError("要导出的备案已不存在")
        subject, file_format = job.params["subject"], job.params["format"]
        build = exports.SUBJECTS[subject].formats[file_format][0]
        filename = exports.export_filename(subject, obj, file_format)
        progress_for = jobs.ProgressFor(job)
        # A delivery after a worker died mid-way starts over and replaces the file (cms.jobs).
        jobs.store_result(job, lambda out: build(obj, out, progress_for), filename)
        progress_for.finish()
        return f"已生成“{filename}”，共 {job.total - 1} 行。"

    return jobs.run(self, job_id, work)
