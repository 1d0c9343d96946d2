from django.apps import AppConfig


class DoctorsConfig(AppConfig):
    name = "askmed.doctors"
    verbose_name = "Doctors"
