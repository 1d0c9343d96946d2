from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "askmed.accounts"
    verbose_name = "Accounts"
