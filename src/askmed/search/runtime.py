"""The models a process uses: embedder, focus vocabulary, routing knowledge, pair model.

Loaded once per process and on demand. A web process never waits for the sentence
model: :func:`query_vector` answers ``None`` until a background thread has loaded it,
and callers fall back to keywords meanwhile.
"""

from __future__ import annotations

import logging
import threading
from functools import cache, lru_cache
from pathlib import Path

import numpy as np
from django.conf import settings

from askmed_engine.embeddings import Embedder, HashingEmbedder, load_embedder
from askmed_engine.focus import FocusVocabulary
from askmed_engine.routing.knowledge import RoutingKnowledge
from askmed_engine.similar import PairModel

log = logging.getLogger("askmed.search")
_loading = threading.Lock()
_load_started = threading.Event()


@cache
def embedder() -> Embedder:
    return load_embedder(settings.ASKMED_EMBEDDER)


def model_dir() -> Path:
    return Path(settings.ASKMED_MODEL_DIR)


def vocabulary_path() -> Path:
    return model_dir() / "focus-vocabulary.json"


def routing_knowledge_path() -> Path:
    return model_dir() / "routing-knowledge.json"


def pair_model_path() -> Path:
    return model_dir() / "pair-model.json"


_cached: dict[str, tuple[float, object]] = {}


def _by_mtime(path: Path, load, default):
    """``load(path)`` cached until the file changes; ``default`` when it does not exist."""
    try:
        mtime = path.stat().st_mtime
    except OSError:
        return default
    hit = _cached.get(str(path))
    if hit is None or hit[0] != mtime:
        try:
            hit = (mtime, load(path))
        except ValueError as exc:
            log.warning("ignoring %s: %s", path, exc)
            hit = (mtime, default)
        _cached[str(path)] = hit
    return hit[1]


def vocabulary() -> FocusVocabulary | None:
    """The focus vocabulary built by `askmed tune`, or None before it exists."""
    return _by_mtime(vocabulary_path(), FocusVocabulary.load, None)


def routing_knowledge() -> RoutingKnowledge | None:
    """The routing knowledge built by `askmed tune`, or None before it exists."""
    return _by_mtime(routing_knowledge_path(), RoutingKnowledge.load, None)


def pair_model() -> PairModel:
    """The tuned pair model, or the built-in defaults before `askmed tune` has run."""
    return _by_mtime(pair_model_path(), PairModel.load, PairModel.default())


def model_ready() -> bool:
    model = embedder()
    return isinstance(model, HashingEmbedder) or getattr(model, "is_loaded", True)


def warm_up() -> None:
    """Load the sentence model in a background thread (once per process)."""
    if model_ready() or _load_started.is_set():
        return
    _load_started.set()

    def load():
        try:
            embedder().load()
        except Exception:
            log.exception("the sentence model could not be loaded; keyword search only")
            threading.Timer(60.0, _load_started.clear).start()  # try again in a minute

    threading.Thread(target=load, name="askmed-model-loader", daemon=True).start()


def query_vector(text: str) -> np.ndarray | None:
    """``text``'s embedding, or None while the model is still loading (keywords only).

    The last few are remembered: the ask form's live panel asks for the same text's vector
    for similar questions and for routing on every keystroke."""
    if not model_ready():
        warm_up()
        return None
    return _encoded(embedder().name, text)


@lru_cache(maxsize=64)
def _encoded(model: str, text: str) -> np.ndarray:
    vector = embedder().encode([text])[0]
    vector.setflags(write=False)  # shared between callers
    return vector


def load_model() -> None:
    """Load the sentence model now (commands and the worker may wait; pages never do)."""
    model = embedder()
    if hasattr(model, "load"):
        model.load()
