from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse

from askmed.core.models import Provenance


class DoctorQuerySet(models.QuerySet):
    def verified(self):
        return self.filter(verified=True)

    def in_department(self, department):
        return self.filter(departments=department)


class Doctor(Provenance):
    """A doctor: a verified account that answers, or a named doctor from an imported page.

    Imported doctors (from the seed pages) have no user account: they keep the real name
    their page shows and can never log in.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="doctor",
    )
    display_name = models.CharField(max_length=120, help_text='Shown as "Dr. <display name>".')
    departments = models.ManyToManyField("departments.Department", related_name="doctors")
    hospital = models.CharField(max_length=200, blank=True, default="")
    verified = models.BooleanField(
        default=False, help_text="Only verified doctors may answer questions."
    )

    objects = DoctorQuerySet.as_manager()

    class Meta:
        ordering = ["display_name"]
        constraints = [
            models.UniqueConstraint(
                fields=["source", "display_name"],
                condition=~models.Q(source=""),
                name="doctor_unique_imported_name",
            ),
        ]

    def __str__(self) -> str:
        return f"Dr. {self.display_name}"

    def get_absolute_url(self) -> str:
        return reverse("doctors:detail", args=[self.pk])
