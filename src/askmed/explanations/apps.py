from django.apps import AppConfig


class ExplanationsConfig(AppConfig):
    name = "askmed.explanations"
    verbose_name = "Explanations (More Info)"

    def ready(self) -> None:
        from askmed.explanations import signals

        signals.connect()
