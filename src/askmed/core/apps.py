from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "askmed.core"
    verbose_name = "Core"
