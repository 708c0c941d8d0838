from django.apps import AppConfig


class ReviewConfig(AppConfig):
    name = "review"
    verbose_name = "教材审核"

    def ready(self):
        from review import notifications  # noqa: F401  (connects the mail receivers to review.events)

        from review.downloads import register_review_downloads

        register_review_downloads()

        from review import submission_jobs

        submission_jobs.register()
