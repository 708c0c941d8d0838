from django.db import migrations

# The national catalogues exist once (Art. 23, 28); provincial ones are created per province.
CATALOGUES = [
    ("national_planned", "全国技工教育规划教材目录"),
    ("vocational_training", "全国职业培训规划教材目录"),
    ("skills_upgrading", "国家职业技能提升行动教材目录"),
    ("information_library", "技工院校教材信息库"),
]


def create_catalogues(apps, schema_editor):
    Catalogue = apps.get_model("textbooks", "Catalogue")
    for kind, name in CATALOGUES:
        Catalogue.objects.update_or_create(kind=kind, province="", defaults={"name": name})


def remove_catalogues(apps, schema_editor):
    apps.get_model("textbooks", "Catalogue").objects.filter(province="").delete()


class Migration(migrations.Migration):
    dependencies = [("textbooks", "0001_initial")]
    operations = [migrations.RunPython(create_catalogues, remove_catalogues)]
