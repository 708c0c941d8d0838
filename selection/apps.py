from django.apps import AppConfig


class SelectionConfig(AppConfig):
    name = "selection"
    verbose_name = "教材选用"

    def ready(self):
        from cms.permissions import register_scoped_policies
        from selection.models import SelectionCommittee

        register_scoped_policies(SelectionCommittee)
