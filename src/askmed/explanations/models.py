"""The More Info explanation of a question page, as computed and as signed off."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from askmed_engine.explain_types import Explanation as EngineExplanation


class ExplanationQuerySet(models.QuerySet):
    def citing_any(self, passage_ids):
        """Explanations that cite one of ``passage_ids`` (their sources changed)."""
        wanted = set(passage_ids)
        if not wanted:
            return self.none()
        pks = [pk for pk, cited in self.values_list("pk", "passage_ids") if wanted & set(cited)]
        return self.filter(pk__in=pks)

    def reviewed(self):
        return self.filter(reviewed_by__isnull=False, reviewed_digest=models.F("digest"))


class Explanation(models.Model):
    """The explanation last computed for a question, cached; recomputed when the question,
    its answers or its sources change. A sign-off holds for the exact content it saw
    (``reviewed_digest``): new content is unreviewed until signed again."""

    question = models.OneToOneField(
        "questions.Question", on_delete=models.CASCADE, related_name="explanation"
    )
    payload = models.JSONField(help_text="askmed_engine Explanation.to_json()")
    abstained = models.BooleanField(default=False)
    digest = models.CharField(max_length=32, help_text="Fingerprint of what a reader sees.")
    passage_ids = models.JSONField(default=list, help_text="Knowledge passages it cites.")
    input_digest = models.CharField(
        max_length=32, blank=True, default="", help_text="Fingerprint of question + answer used."
    )
    backend = models.CharField(max_length=100, default="extractive")
    computed_at = models.DateTimeField()
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reviewed_explanations",
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    reviewed_digest = models.CharField(max_length=32, blank=True, default="")

    objects = ExplanationQuerySet.as_manager()

    class Meta:
        permissions = [("review_explanation", "Can sign off generated explanations")]

    def __str__(self) -> str:
        return f"More Info for question {self.question_id}"

    @property
    def content(self) -> EngineExplanation:
        return EngineExplanation.from_json(self.payload)

    @property
    def is_reviewed(self) -> bool:
        """Signed off, and the content is still exactly what was signed."""
        return bool(
            self.reviewed_by_id and self.reviewed_at and self.reviewed_digest == self.digest
        )

    @property
    def reviewer_name(self) -> str:
        user = self.reviewed_by
        return (user.get_full_name() or user.get_username()) if user else ""
