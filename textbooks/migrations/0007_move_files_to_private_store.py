from django.db import migrations

from cms.private_files import move_into_private_store


def move(apps, schema_editor):
    moved = {}  # an approved change request's manuscript is also its new version's
    move_into_private_store(apps, "textbooks.ChangeRequest", "new_manuscript", "textbooks/changes", "new_manuscript_original_name", moved)
    move_into_private_store(apps, "textbooks.TextbookVersion", "manuscript", "textbooks/manuscripts", "manuscript_original_name", moved)
    move_into_private_store(apps, "textbooks.VersionAttachment", "file", "textbooks/attachments", "original_name", moved)


class Migration(migrations.Migration):
    dependencies = [("textbooks", "0006_private_store_original_names")]

    operations = [migrations.RunPython(move, migrations.RunPython.noop)]
