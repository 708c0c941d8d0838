"""The catalogue page now lives in the site app (cms 0005 took over its table and content type)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("textbooks", "0011_trial_records_team_relaxations_change_review"),
        ("cms", "0005_public_pages_move_to_cms"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(state_operations=[migrations.DeleteModel(name="CataloguePage")]),
    ]
