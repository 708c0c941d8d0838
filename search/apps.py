from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "检索"

    def ready(self):
        from search import signals, sources  # noqa: F401  (sources register themselves)

        signals.connect()
        signals.connect_synonyms()
