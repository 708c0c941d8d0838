from django.apps import AppConfig


class CurriculumConfig(AppConfig):
    name = "curriculum"
    verbose_name = "工学一体化课程"

    def ready(self):
        from cms.permissions import register_scoped_policies
        from curriculum import signals  # noqa: F401  (connects the receivers)
        from curriculum.models import CourseStandard, ResourceItem

        register_scoped_policies(CourseStandard, ResourceItem)
