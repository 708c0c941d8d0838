from wagtail.admin.viewsets.model import ModelViewSet

from curriculum.models import Course, Major


class MajorViewSet(ModelViewSet):
    model = Major
    icon = "folder-open-inverse"
    menu_label = "专业"
    list_display = ["code", "name", "industry"]
    list_filter = ["industry", "levels"]
    search_fields = ["code", "name"]
    form_fields = ["code", "name", "industry", "levels"]


class CourseViewSet(ModelViewSet):
    model = Course
    icon = "list-ul"
    menu_label = "课程"
    list_display = ["code", "name", "category"]
    list_filter = ["category", "majors"]
    search_fields = ["code", "name"]
    form_fields = ["code", "name", "category", "majors"]
