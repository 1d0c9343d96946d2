"""Readers that turn source files into plain records (no Django).

Every reader yields :class:`~askmed_engine.records.SourceFile` units: a unit is imported
whole or not at all, its ``path`` is a stable resume key, and a malformed file, row or
line becomes a unit with ``error`` set and no records instead of an exception.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from askmed_engine.ingest.jsonl import read_jsonl, record_to_json
from askmed_engine.ingest.medquad import MEDQUAD_ATTRIBUTION, medquad_department, read_medquad
from askmed_engine.ingest.meqsum import read_meqsum
from askmed_engine.ingest.seeds import read_seed_page, read_seeds
from askmed_engine.records import SourceFile

Reader = Callable[[Path], Iterator[SourceFile]]

READERS: dict[str, Reader] = {
    "medquad": read_medquad,
    "meqsum": read_meqsum,
    "seeds": read_seeds,
    "jsonl": read_jsonl,
}

__all__ = [
    "MEDQUAD_ATTRIBUTION",
    "READERS",
    "Reader",
    "medquad_department",
    "read_jsonl",
    "read_medquad",
    "read_meqsum",
    "read_seed_page",
    "read_seeds",
    "record_to_json",
]
