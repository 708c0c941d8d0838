from django.apps import AppConfig
from django.db.models.signals import post_migrate


def _sync_roles(sender, **kwargs):
    from cms.roles import sync_role_groups

    sync_role_groups()


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = "站点"

    def ready(self):
        # Groups must exist on every database, including test databases, so they follow migrate.
        # No sender: permissions of apps migrated after this one must be picked up too.
        post_migrate.connect(_sync_roles, dispatch_uid="cms.sync_role_groups")

        from cms import admin_labels, image_metadata, page_cache
        from cms.models import CataloguePage
        from curriculum.models import register_catalogue_urls_source

        register_catalogue_urls_source(CataloguePage.listed_textbook_urls)

        page_cache.connect()
        image_metadata.connect()
        admin_labels.label_link_choosers()
        from cms import jobs
        from cms.private_files import register_download

        # A job's generated file answers exactly who sees the job's page (its starter, cms.jobs).
        register_download(
            "cms.BackgroundJob", "result", jobs.may_see, file_name=lambda job: job.result_name, content_type=jobs.result_type
        )
