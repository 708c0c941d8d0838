from django.apps import AppConfig


class DirectoryConfig(AppConfig):
    name = "directory"
    verbose_name = "单位与人员"

    def ready(self):
        from cms.permissions import register_scoped_policies
        from directory.models import Organisation

        register_scoped_policies(Organisation)
