from django.apps import AppConfig


class SelectionConfig(AppConfig):
    name = "selection"
    verbose_name = "教材选用"

    def ready(self):
        from wagtail.permissions import register_permission_policy

        from cms.permissions import register_scoped_policies
        from curriculum.impact import register_citation_source
        from selection.impact import selections_of
        from selection.models import SelectionCommittee, SelectionRound
        from selection.permissions import SchoolRoundPolicy

        register_citation_source(selections_of)
        register_scoped_policies(SelectionCommittee)
        register_permission_policy(SelectionRound, SchoolRoundPolicy(SelectionRound))
