"""School selections cite the courses they choose textbooks for (SPEC §2 impact list)."""

from django.urls import reverse

from curriculum.impact import Citation


def selections_of(courses):
    from selection.models import SelectionLine

    lines = SelectionLine.objects.filter(course__in=courses).select_related(
        "round__school", "round__major", "round__level"
    )
    for line in lines.order_by("round__school__name", "-round__school_year"):
        url = reverse("selection_rounds:workspace", args=[line.round_id])
        yield line.course_id, Citation("选用结果", str(line.round), url)
