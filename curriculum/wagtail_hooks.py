from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup

from curriculum.views import CourseStandardViewSet, CourseViewSet, MajorViewSet, ResourceItemViewSet


class CurriculumGroup(ViewSetGroup):
    menu_label = "工学一体化课程"
    menu_icon = "folder-open-1"
    menu_order = 200
    items = (
        MajorViewSet("majors"),
        CourseViewSet("courses"),
        CourseStandardViewSet(),
        ResourceItemViewSet(),
    )


@hooks.register("register_admin_viewset")
def register_curriculum():
    return CurriculumGroup()


@hooks.register("register_log_actions")
def register_curriculum_actions(actions):
    actions.register_action("curriculum.standard.import", "导入课程标准", "从 Word 文件导入了课程标准")
    actions.register_action("curriculum.resource.review", "审核教学资源", "审核了教学资源（第三十七条）")
    actions.register_action("curriculum.standard.submit", "提交课程标准审核", "提交了课程标准审核")
    actions.register_action("curriculum.standard.resubmit", "提交课程标准修改稿", "提交了课程标准修改稿（修改后通过）")
    actions.register_action("curriculum.standard.reject", "课程标准审核未通过", "课程标准版本审核未通过")
