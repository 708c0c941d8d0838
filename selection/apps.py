from django.apps import AppConfig


class SelectionConfig(AppConfig):
    name = "selection"
    verbose_name = "教材选用"

    def ready(self):
        from wagtail.permissions import register_permission_policy

        from cms.permissions import register_scoped_policies
        from selection.models import SelectionCommittee, SelectionRound
        from selection.permissions import SchoolRoundPolicy

        register_scoped_policies(SelectionCommittee)
        register_permission_policy(SelectionRound, SchoolRoundPolicy(SelectionRound))
