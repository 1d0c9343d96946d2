"""Where each import kind reads from by default, and a clear error when it is missing."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.core.management.base import CommandError

DEFAULT_PATHS = {
    "medquad": lambda: Path(settings.ASKMED_DATA_DIR) / "medquad",
    "meqsum": lambda: Path(settings.ASKMED_DATA_DIR) / "meqsum" / "meqsum_1000.csv",
    "seeds": lambda: Path(settings.ASKMED_SEEDS_DIR),
}


def resolve_path(kind: str, given: str | None) -> Path:
    """The path to import from: the one given, or the kind's default under the shared data."""
    if given:
        path = Path(given)
    elif kind in DEFAULT_PATHS:
        path = DEFAULT_PATHS[kind]()
    else:
        raise CommandError(f"`askmed import {kind}` needs a PATH to read.")
    if not path.exists():
        raise CommandError(
            f"{path} does not exist. askmed reads its data from ../shared/data beside the "
            f"project (and seeds from ../shared/seeds); put it there, pass a PATH, or set "
            f"ASKMED_DATA_DIR / ASKMED_SEEDS_DIR."
        )
    return path
