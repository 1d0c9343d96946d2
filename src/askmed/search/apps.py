from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "askmed.search"
    verbose_name = "Search"
