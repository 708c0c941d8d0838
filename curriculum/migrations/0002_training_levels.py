from django.db import migrations

# The three 技工院校 training levels (SPEC §2); fixed reference data, not demo data.
LEVELS = [
    ("intermediate", "中级技能", 1),
    ("advanced", "高级技能", 2),
    ("technician", "预备技师（技师）", 3),
]


def create_levels(apps, schema_editor):
    TrainingLevel = apps.get_model("curriculum", "TrainingLevel")
    for code, name, rank in LEVELS:
        TrainingLevel.objects.update_or_create(code=code, defaults={"name": name, "rank": rank})


def remove_levels(apps, schema_editor):
    apps.get_model("curriculum", "TrainingLevel").objects.filter(
        code__in=[code for code, _, _ in LEVELS]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("curriculum", "0001_initial")]
    operations = [migrations.RunPython(create_levels, remove_levels)]
