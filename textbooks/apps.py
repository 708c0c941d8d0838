from django.apps import AppConfig


class TextbooksConfig(AppConfig):
    name = "textbooks"
    verbose_name = "教材与目录"

    def ready(self):
        from cms.permissions import register_scoped_policies
        from textbooks.models import CompilingUnitProfile, Textbook
        from textbooks.permissions import register_version_policies

        register_scoped_policies(Textbook, CompilingUnitProfile)
        register_version_policies()
