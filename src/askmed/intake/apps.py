from django.apps import AppConfig


class IntakeConfig(AppConfig):
    name = "askmed.intake"
    verbose_name = "Ask-time intelligence"
