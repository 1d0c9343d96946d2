from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse

from askmed.core.models import Provenance, title_slug, unique_provenance

AGE_BANDS = ("0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+")


class QuestionQuerySet(models.QuerySet):
    def public(self):
        """Questions anyone may read: published (waiting) or answered."""
        return self.filter(status__in=[Question.Status.PUBLISHED, Question.Status.ANSWERED])

    def answered(self):
        return self.filter(status=Question.Status.ANSWERED)

    def waiting(self):
        """Published questions that no doctor or source has answered yet."""
        return self.filter(status=Question.Status.PUBLISHED)

    def in_department(self, department):
        return self.filter(department=department)

    def for_display(self):
        return self.select_related("department").prefetch_related(
            "answers__doctor", "answers__department"
        )

    def latest_answered(self):
        """Answered questions, the most recently answered (or imported) first."""
        return self.answered().order_by(
            models.F("last_answered_at").desc(nulls_last=True), "-created_at", "-pk"
        )

    def newest(self):
        return self.order_by(models.F("asked_at").desc(nulls_last=True), "-created_at", "-pk")


class Question(Provenance):
    """A patient's question. No real identity is ever stored: only a pseudonym."""

    class Status(models.TextChoices):
        PENDING = "pending", "Waiting for approval"
        PUBLISHED = "published", "Waiting for a doctor"
        ANSWERED = "answered", "Answered"
        HIDDEN = "hidden", "Hidden"

    class Sex(models.TextChoices):
        FEMALE = "female", "female"
        MALE = "male", "male"
        UNSTATED = "", "not stated"

    title = models.CharField(max_length=200)
    body = models.TextField()
    pseudonym = models.CharField(
        max_length=40,
        blank=True,
        default="",
        help_text="Shown instead of a name; never a real identity.",
    )
    age_band = models.CharField(
        max_length=8,
        blank=True,
        default="",
        choices=[("", "not stated")] + [(b, b) for b in AGE_BANDS],
    )
    sex = models.CharField(max_length=8, blank=True, default="", choices=Sex.choices)
    asked_at = models.DateTimeField(
        null=True, blank=True, help_text="When it was asked; empty if the source says not."
    )
    department = models.ForeignKey(
        "departments.Department", on_delete=models.PROTECT, related_name="questions"
    )
    status = models.CharField(
        max_length=12, choices=Status.choices, default=Status.PUBLISHED, db_index=True
    )
    slug = models.SlugField(max_length=100, blank=True)
    page_title = models.CharField(
        max_length=200, blank=True, default="", help_text="Focus: What Is Asked - Department."
    )
    focus = models.CharField(max_length=200, blank=True, default="")
    qtype = models.CharField(max_length=40, blank=True, default="")
    excerpt = models.BooleanField(
        default=False, help_text="Only the start of the original text is known."
    )
    view_count = models.PositiveIntegerField(default=0)
    asker = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="questions",
    )
    last_answered_at = models.DateTimeField(null=True, blank=True, db_index=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    objects = QuestionQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [unique_provenance("question")]
        indexes = [models.Index(fields=["department", "status"])]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = title_slug(self.title, "question")
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("questions:detail", args=[self.pk, self.slug or "question"])

    @property
    def is_public(self) -> bool:
        return self.status in (self.Status.PUBLISHED, self.Status.ANSWERED)

    @property
    def display_title(self) -> str:
        return self.page_title or self.title

    @property
    def search_text(self) -> str:
        """What keyword search indexes for this question."""
        return f"{self.title}\n{self.focus}\n{self.body}"


def asker_line(question: Question) -> str:
    """``Qi, 10~19 year old female. Ask Date: 2011/05/06`` — never a real identity."""
    who = question.pseudonym or "Anonymous"
    traits = " ".join(
        p for p in (f"{question.age_band} year old" if question.age_band else "", question.sex) if p
    )
    asked = question.asked_at.strftime("%Y/%m/%d") if question.asked_at else "not recorded"
    return f"{who}, {traits}. Ask Date: {asked}" if traits else f"{who}. Ask Date: {asked}"
