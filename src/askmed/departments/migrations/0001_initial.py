from django.db import migrations, models


def create_departments(apps, schema_editor):
    from askmed_engine.departments import DEPARTMENTS

    Department = apps.get_model("departments", "Department")
    for position, dept in enumerate(DEPARTMENTS):
        Department.objects.update_or_create(
            slug=dept.slug,
            defaults={"name": dept.name, "description": dept.description, "position": position},
        )


class Migration(migrations.Migration):
    initial = True
    dependencies = []

    operations = [
        migrations.CreateModel(
            name="Department",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False,
                                           verbose_name="ID")),
                ("name", models.CharField(max_length=60, unique=True)),
                ("slug", models.SlugField(max_length=60, unique=True)),
                ("description", models.CharField(max_length=200)),
                ("position", models.PositiveSmallIntegerField(default=0)),
            ],
            options={"ordering": ["position"]},
        ),
        migrations.RunPython(create_departments, migrations.RunPython.noop),
    ]
