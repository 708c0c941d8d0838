"""The catalogue page and the selection notice page move from their domain apps to the site app.

Their rows stay as they are: the model state moves, the content types are relabelled (so every
page, revision and log entry keeps pointing at the same content type row), and the tables are
renamed to the site app's names.
"""

import django.db.models.deletion
import wagtail.contrib.routable_page.models
import wagtail.fields
from django.conf import settings
from django.db import migrations, models

MOVED = (("textbooks", "cataloguepage"), ("selection", "selectionnoticepage"))


def relabel_content_types(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for old_app, model in MOVED:
        ContentType.objects.filter(app_label="cms", model=model).delete()
        ContentType.objects.filter(app_label=old_app, model=model).update(app_label="cms")
    ContentType.objects.clear_cache()


def restore_content_types(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for old_app, model in MOVED:
        ContentType.objects.filter(app_label="cms", model=model).update(app_label=old_app)
    ContentType.objects.clear_cache()


def page_fields():
    return [
        (
            "page_ptr",
            models.OneToOneField(
                auto_created=True,
                on_delete=django.db.models.deletion.CASCADE,
                parent_link=True,
                primary_key=True,
                serialize=False,
                to=settings.WAGTAIL_PAGE_MODEL,
            ),
        ),
        ("intro", wagtail.fields.RichTextField(blank=True, verbose_name="简介")),
    ]


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0004_private_document"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("selection", "0004_holiday_calendar_objection_rulings_announcement"),
        ("textbooks", "0011_trial_records_team_relaxations_change_review"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="CataloguePage",
                    fields=page_fields(),
                    options={"verbose_name": "教材目录页", "db_table": "textbooks_cataloguepage"},
                    bases=(wagtail.contrib.routable_page.models.RoutablePageMixin, "wagtailcore.page"),
                ),
                migrations.CreateModel(
                    name="SelectionNoticePage",
                    fields=page_fields(),
                    options={"verbose_name": "教材选用公示页", "db_table": "selection_selectionnoticepage"},
                    bases=(wagtail.contrib.routable_page.models.RoutablePageMixin, "wagtailcore.page"),
                ),
            ],
        ),
        migrations.RunPython(relabel_content_types, restore_content_types),
        migrations.AlterModelTable(name="cataloguepage", table=None),
        migrations.AlterModelTable(name="selectionnoticepage", table=None),
    ]
