"""Wagtail's initial data names its tree root "Root" and its default moderation workflow and task
"Moderators approval"; the admin shows these names (page chooser, task chooser, workflow
notices), so they are given Chinese names (issue 15: the admin in Chinese throughout)."""

from django.db import migrations

# (model, the fields holding the name, English, Chinese); the admin shows a page's draft title.
RENAMES = (("Page", ("title", "draft_title"), "Root", "根目录"),
           ("Workflow", ("name",), "Moderators approval", "审核员审批"),
           ("Task", ("name",), "Moderators approval", "审核员审批"))


def rename(apps, schema_editor, forward=True):
    for model_name, fields, english, chinese in RENAMES:
        old, new = (english, chinese) if forward else (chinese, english)
        model = apps.get_model("wagtailcore", model_name)
        rows = model.objects.filter(**{fields[0]: old})
        if model_name == "Page":
            rows = rows.filter(depth=1)
        rows.update(**{field: new for field in fields})


def rename_back(apps, schema_editor):
    rename(apps, schema_editor, forward=False)


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0005_public_pages_move_to_cms"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(rename, rename_back)]
