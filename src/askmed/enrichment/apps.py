from django.apps import AppConfig


class EnrichmentConfig(AppConfig):
    name = "askmed.enrichment"
    verbose_name = "Enrichment"
