"""Pieces every content model shares."""

from __future__ import annotations

from django.db import models
from django.utils.text import slugify

SOURCE_NAMES = {
    "medquad": "MedQuAD (question-answer pairs from U.S. National Institutes of Health websites)",
    "meqsum": "MeQSum (consumer health questions, U.S. National Library of Medicine)",
    "seeds": "the reference pages askmed is modelled on",
    "jsonl": "a JSONL import",
}


class Provenance(models.Model):
    """Where an imported record came from: source, its id there, its URL and licence.

    Records typed into askmed itself have an empty ``source``.
    """

    source = models.CharField(
        max_length=32,
        blank=True,
        default="",
        db_index=True,
        help_text='Import source, e.g. "medquad"; empty if written here.',
    )
    source_record_id = models.CharField(
        max_length=200, blank=True, default="", help_text="The record's stable id in its source."
    )
    source_url = models.URLField(max_length=500, blank=True, default="")
    source_license = models.CharField(max_length=100, blank=True, default="")

    class Meta:
        abstract = True

    @property
    def is_imported(self) -> bool:
        return bool(self.source)

    def get_source_display_name(self) -> str:
        return SOURCE_NAMES.get(self.source, self.source)


def unique_provenance(model_name: str) -> models.UniqueConstraint:
    """A record is imported once per source: (source, source_record_id) is unique."""
    return models.UniqueConstraint(
        fields=["source", "source_record_id"],
        condition=~models.Q(source=""),
        name=f"{model_name}_unique_provenance",
    )


def title_slug(title: str, fallback: str) -> str:
    """The URL slug of a title: at most 100 characters, ``fallback`` when nothing is left."""
    return slugify(title)[:100].strip("-") or fallback
