"""Review reminders in the task queue's scheduler (issue 18): once a day, as
``manage.py send_review_reminders`` does by hand. ``services.remind`` sends at most one reminder
per assignment a day, so a repeated run sends nothing twice."""

from cms.celery import app

from cms import jobs
from review import services, submission_jobs


@app.task(name="review.send_reminders")
def send_reminders(days_before=3):
    return sum(services.remind(assignment) is not None for assignment in services.assignments_needing_reminder(days_before))


@app.task(bind=True, acks_late=True, name="review.submit")
def submit(self, job_id):
    """A large manuscript's submission (review.submission_jobs), with its anonymiser's progress."""

    def work(job):
        progress_for = jobs.ProgressFor(job)
        message = submission_jobs.run(job, progress_for)
        progress_for.finish()
        return message

    return jobs.run(self, job_id, work)


def start_submission(item, user):
    """The submission's job, queued (the caller refuses a second one while one is
    ``submission_jobs.pending``); the job runs every check of ``services.submit`` again when it runs."""
    return jobs.start(submission_jobs.SUBMIT_JOB, user, submit, submission_jobs.params_for(item))
