"""Review reminders in the task queue's scheduler (issue 18): once a day, as
``manage.py send_review_reminders`` does by hand. ``services.remind`` sends at most one reminder
per assignment a day, so a repeated run sends nothing twice."""

from cms.celery import app

from review import services


@app.task(name="review.send_reminders")
def send_reminders(days_before=3):
    return sum(services.remind(assignment) is not None for assignment in services.assignments_needing_reminder(days_before))
