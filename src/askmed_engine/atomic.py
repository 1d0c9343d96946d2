"""Atomic file writes: a temporary file beside the target, then ``os.replace``.

A reader sees the old file or the new one, never half of one; a failed write leaves no
temporary file behind. Every saved artefact of the engine (indexes, vocabularies, models,
routing knowledge) is written through here.
"""

from __future__ import annotations

import io
import json
import os
import tempfile
from pathlib import Path
from typing import Any

import numpy as np


def write_bytes(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically (its folder is created if missing)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_json(path: Path, payload: Any, **dump_options: Any) -> None:
    """``payload`` as UTF-8 JSON, atomically (``dump_options`` go to :func:`json.dumps`)."""
    options = {"ensure_ascii": False, "separators": (",", ":"), **dump_options}
    write_bytes(path, json.dumps(payload, **options).encode("utf-8"))


def write_npz(path: Path, arrays: dict[str, np.ndarray]) -> None:
    """``arrays`` as one ``.npz`` file (no pickles), atomically."""
    buffer = io.BytesIO()
    np.savez(buffer, allow_pickle=False, **arrays)
    write_bytes(path, buffer.getvalue())


def write_npy(path: Path, array: np.ndarray) -> None:
    """One float32 array as a ``.npy`` file (no pickles), atomically."""
    buffer = io.BytesIO()
    np.save(buffer, np.asarray(array, dtype=np.float32), allow_pickle=False)
    write_bytes(path, buffer.getvalue())
