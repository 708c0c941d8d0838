from django.apps import AppConfig


class TextbooksConfig(AppConfig):
    name = "textbooks"
    verbose_name = "教材与目录"

    def ready(self):
        from curriculum.impact import register_citation_source
        from textbooks import signals  # noqa: F401  (connects the receivers of review.events)
        from textbooks.downloads import register_textbook_downloads
        from textbooks.impact import textbooks_serving
        from textbooks.permissions import register_textbook_policies

        register_textbook_policies()
        register_textbook_downloads()
        register_citation_source(textbooks_serving)
