from __future__ import annotations

from django.db import models


class ImportedUnit(models.Model):
    """A checkpoint: one unit (file, or batch of lines) of one import kind, fully imported.

    Written in the same transaction as the unit's records, so after a kill a re-run
    skips exactly the units that were committed and redoes the rest.
    """

    kind = models.CharField(max_length=20)
    key = models.CharField(max_length=500)
    records = models.PositiveIntegerField(default=0)
    finished_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["kind", "key"], name="unique_import_unit")]

    def __str__(self) -> str:
        return f"{self.kind}:{self.key}"
