"""Textbooks cite the courses they serve: they appear in a course's impact list when it changes (SPEC §2)."""

from django.urls import reverse

from curriculum.impact import Citation


def textbooks_serving(courses):
    from textbooks.models import Textbook

    serving = Textbook.courses.through.objects.filter(course__in=courses).select_related("textbook")
    for link in serving.order_by("textbook__title"):
        url = reverse("textbooks:edit", args=[link.textbook_id])
        yield link.course_id, Citation("教材", link.textbook.title, url)
