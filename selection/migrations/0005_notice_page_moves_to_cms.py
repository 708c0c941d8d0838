"""The selection notice page now lives in the site app (cms 0005 took over its table and content type)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("selection", "0004_holiday_calendar_objection_rulings_announcement"),
        ("cms", "0005_public_pages_move_to_cms"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(state_operations=[migrations.DeleteModel(name="SelectionNoticePage")]),
    ]
