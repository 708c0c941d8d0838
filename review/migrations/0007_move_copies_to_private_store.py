from django.db import migrations

from cms.private_files import move_into_private_store


def move(apps, schema_editor):
    move_into_private_store(apps, "review.AnonymisedCopy", "file", "review/copies")


class Migration(migrations.Migration):
    dependencies = [("review", "0006_anonymised_copy_private_store")]

    operations = [migrations.RunPython(move, migrations.RunPython.noop)]
