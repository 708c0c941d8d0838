from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup

from curriculum.views import CourseViewSet, MajorViewSet


class CurriculumGroup(ViewSetGroup):
    menu_label = "工学一体化课程"
    menu_icon = "folder-open-1"
    menu_order = 200
    items = (MajorViewSet("majors"), CourseViewSet("courses"))


@hooks.register("register_admin_viewset")
def register_curriculum():
    return CurriculumGroup()
