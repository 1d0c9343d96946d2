from django.apps import AppConfig


class DepartmentsConfig(AppConfig):
    name = "askmed.departments"
    verbose_name = "Departments"
