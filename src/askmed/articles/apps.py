from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    name = "askmed.articles"
    verbose_name = "Articles"
