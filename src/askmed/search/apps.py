from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "askmed.search"
    verbose_name = "Search"

    def ready(self) -> None:
        from askmed.search import signals

        signals.connect()
