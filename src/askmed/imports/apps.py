from django.apps import AppConfig


class ImportsConfig(AppConfig):
    name = "askmed.imports"
    verbose_name = "Imports"
