from __future__ import annotations

from datetime import timedelta

from django.db import models
from django.utils import timezone

from askmed.core.models import Provenance, unique_provenance

OLD_ANSWER = timedelta(days=730)


class AnswerQuerySet(models.QuerySet):
    def by_doctors(self):
        return self.filter(doctor__isnull=False)

    def from_institutions(self):
        return self.exclude(institution="")


class Answer(Provenance):
    """A reply to a question: signed by a doctor, or quoted from an institution (never both).

    An imported NIH FAQ answer is shown as "From <institution>", never as a doctor's reply.
    """

    question = models.ForeignKey(
        "questions.Question", on_delete=models.CASCADE, related_name="answers"
    )
    doctor = models.ForeignKey(
        "doctors.Doctor", null=True, blank=True, on_delete=models.PROTECT, related_name="answers"
    )
    department = models.ForeignKey(
        "departments.Department",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="answers",
        help_text="The department the doctor replied in.",
    )
    institution = models.CharField(max_length=200, blank=True, default="")
    body = models.TextField()
    replied_at = models.DateTimeField(
        null=True, blank=True, help_text="Empty when the source gives no date."
    )
    excerpt = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = AnswerQuerySet.as_manager()

    class Meta:
        ordering = ["replied_at", "created_at", "pk"]
        constraints = [
            unique_provenance("answer"),
            models.CheckConstraint(
                condition=(models.Q(doctor__isnull=False) & models.Q(institution=""))
                | (models.Q(doctor__isnull=True) & ~models.Q(institution="")),
                name="answer_by_doctor_xor_institution",
            ),
        ]

    def __str__(self) -> str:
        return f"Answer to {self.question_id} by {self.signature}"

    @property
    def is_old(self) -> bool:
        """Older than two years: the page warns that advice may have changed."""
        return self.replied_at is not None and timezone.now() - self.replied_at > OLD_ANSWER

    @property
    def signature(self) -> str:
        if self.doctor_id:
            return f"Dr. {self.doctor.display_name}"
        return self.institution
