from __future__ import annotations

from django.db import models
from django.db.models import Count, Q
from django.urls import reverse


class DepartmentQuerySet(models.QuerySet):
    def with_counts(self):
        """Annotate ``answered_count`` and ``waiting_count`` of public questions."""
        from askmed.questions.models import Question

        return self.annotate(
            answered_count=Count("questions", filter=Q(questions__status=Question.Status.ANSWERED)),
            waiting_count=Count("questions", filter=Q(questions__status=Question.Status.PUBLISHED)),
        ).order_by("position")  # aggregates drop Meta.ordering

    def by_name(self) -> dict[str, Department]:
        return {d.name: d for d in self}


class Department(models.Model):
    """One of the 26 canonical departments of DESIGN.md §6 (created by a migration)."""

    name = models.CharField(max_length=60, unique=True)
    slug = models.SlugField(max_length=60, unique=True)
    description = models.CharField(max_length=200)
    position = models.PositiveSmallIntegerField(default=0)

    objects = DepartmentQuerySet.as_manager()

    class Meta:
        ordering = ["position"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("departments:detail", args=[self.slug])
