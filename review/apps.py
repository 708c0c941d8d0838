from django.apps import AppConfig


class ReviewConfig(AppConfig):
    name = "review"
    verbose_name = "教材审核"

    def ready(self):
        from review import notifications  # noqa: F401  (connects the mail receivers to review.events)
