from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "检索"

    def ready(self):
        from search import signals, sources  # noqa: F401  (sources register themselves)

        signals.connect()
        signals.connect_synonyms()
        from cms import jobs

        jobs.register_kind("search_reindex", "重建公开检索索引", lambda user, job: user.is_superuser)
