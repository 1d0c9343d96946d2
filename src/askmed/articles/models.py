from __future__ import annotations

from django.db import models
from django.urls import reverse

from askmed.core.models import Provenance, title_slug, unique_provenance


class ArticleQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)


class Article(Provenance):
    """A reference article: an institute's FAQ answer, a clinic post, an editor's piece."""

    title = models.CharField(max_length=300)
    slug = models.SlugField(max_length=100, blank=True)
    body = models.TextField()
    summary = models.TextField(blank=True, default="")
    publisher = models.CharField(max_length=200, blank=True, default="")
    url = models.URLField(
        max_length=500,
        blank=True,
        default="",
        help_text="The original article, when it lives elsewhere.",
    )
    license = models.CharField(max_length=100, blank=True, default="")
    published_at = models.DateTimeField(
        null=True, blank=True, help_text="Empty when the source gives no date."
    )
    focus = models.CharField(max_length=200, blank=True, default="")
    qtype = models.CharField(max_length=40, blank=True, default="")
    excerpt = models.BooleanField(default=False, help_text="Only a summary of it is known.")
    is_published = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["title", "pk"]
        constraints = [unique_provenance("article")]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = title_slug(self.title, "article")
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("articles:detail", args=[self.pk, self.slug or "article"])

    @property
    def search_text(self) -> str:
        return f"{self.title}\n{self.focus}\n{self.summary}\n{self.body}"
