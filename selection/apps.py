from django.apps import AppConfig


class SelectionConfig(AppConfig):
    name = "selection"
    verbose_name = "教材选用"

    def ready(self):
        from wagtail.permissions import register_permission_policy

        from cms.permissions import register_scoped_policies
        from curriculum.impact import register_citation_source
        from selection.impact import selections_of
        from selection.models import SelectionCommittee, SelectionRound, UsageReport
        from selection.permissions import SchoolPolicy

        register_citation_source(selections_of)
        register_scoped_policies(SelectionCommittee)
        for model in (SelectionRound, UsageReport):
            register_permission_policy(model, SchoolPolicy(model))
        from cms import jobs
        from selection import exports

        jobs.register_kind(exports.FILING_EXPORT, "生成备案文件", exports.may_see_export)
