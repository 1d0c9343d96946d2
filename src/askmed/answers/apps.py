from django.apps import AppConfig


class AnswersConfig(AppConfig):
    name = "askmed.answers"
    verbose_name = "Answers"
