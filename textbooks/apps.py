from django.apps import AppConfig


class TextbooksConfig(AppConfig):
    name = "textbooks"
    verbose_name = "教材与目录"

    def ready(self):
        from curriculum.impact import register_citation_source
        from curriculum.models import register_catalogue_urls_source
        from textbooks import signals  # noqa: F401  (connects the receivers of review.events)
        from textbooks.catalogue import listed_textbook_urls
        from textbooks.impact import textbooks_serving
        from textbooks.permissions import register_textbook_policies

        register_textbook_policies()
        register_citation_source(textbooks_serving)
        register_catalogue_urls_source(listed_textbook_urls)
