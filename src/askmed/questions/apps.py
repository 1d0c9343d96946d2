from django.apps import AppConfig


class QuestionsConfig(AppConfig):
    name = "askmed.questions"
    verbose_name = "Questions"
