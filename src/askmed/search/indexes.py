"""Keep each process's search indexes in step with the database, without making pages wait.

An index lives in ``ASKMED_INDEX_DIR`` as a folder ``<name>/`` (a
:class:`~askmed_engine.hybrid.HybridIndex`: keywords, vectors, analyses, manifest) plus
``<name>.state.json`` (each row's id and ``updated_at``). :func:`refresh` brings it up to
date incrementally — changed rows are re-indexed, gone rows removed, and vectors are
computed for rows that lack one, saving as it goes so that a killed worker resumes — and
it is what the background task runs. :func:`get_index` hands a web process its
in-memory copy: it reloads when another process saved a newer one, and when the database
has moved on it asks the worker for a refresh and answers from the current copy
meanwhile. Only when no index exists at all does it build the keyword part on the spot.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db.models import Count, Max

from askmed.search import runtime
from askmed.search.collections import COLLECTIONS
from askmed_engine import atomic
from askmed_engine.hybrid import HybridIndex

log = logging.getLogger("askmed.search")
_lock = threading.Lock()
EMBED_BATCH = 256
SAVE_EVERY = 4096  # vectors computed between two saves of a long embedding run


@dataclass
class _Loaded:
    index: HybridIndex
    mtime: float
    checked_at: float
    refresh_requested_at: float = 0.0


_loaded: dict[str, _Loaded] = {}


def index_paths(name: str) -> tuple[Path, Path]:
    folder = Path(settings.ASKMED_INDEX_DIR)
    return folder / name, folder / f"{name}.state.json"


def db_signature(name: str) -> list:
    """(row count, newest updated_at) of the rows an index should hold."""
    agg = COLLECTIONS[name].queryset().aggregate(n=Count("pk"), newest=Max("updated_at"))
    return [agg["n"], agg["newest"].timestamp() if agg["newest"] else 0.0]


def _read_state(state_path: Path) -> dict:
    try:
        return json.loads(state_path.read_text())
    except (OSError, ValueError):
        return {}


def _open(name: str) -> tuple[HybridIndex, dict]:
    """The saved index and its state, or empty ones when missing or unreadable."""
    folder, state_path = index_paths(name)
    model = runtime.embedder()
    state = _read_state(state_path)
    if folder.exists() and state.get("rows") is not None:
        try:
            index = HybridIndex.load(
                folder, model=model.name, dim=model.dim, ann_threshold=settings.ASKMED_ANN_THRESHOLD
            )
            return index, state
        except ValueError as exc:
            log.warning("rebuilding %s index: %s", name, exc)
    return HybridIndex(
        model=model.name, dim=model.dim, ann_threshold=settings.ASKMED_ANN_THRESHOLD
    ), {"rows": {}}


def refresh(name: str, *, embed: bool = True, progress=None) -> HybridIndex:
    """Bring the saved index ``name`` in line with the database and save it.

    Only rows whose ``updated_at`` changed are re-indexed; rows that left the collection
    are removed. With ``embed``, every row without a vector gets one (in batches, saved
    every :data:`SAVE_EVERY` rows); without it, only the keyword part is brought up to date.
    """
    collection = COLLECTIONS[name]
    index, state = _open(name)
    vocab = runtime.vocabulary()
    seen: dict[str, float] = dict(state["rows"])
    current = {
        str(pk): ts.timestamp() for pk, ts in collection.queryset().values_list("pk", "updated_at")
    }
    gone = set(seen) - set(current)
    index.remove(gone)
    for doc_id in gone:
        del seen[doc_id]
    changed = [int(pk) for pk, ts in current.items() if seen.get(pk) != ts or pk not in index]
    for start in range(0, len(changed), 2000):
        for obj in (
            collection.queryset()
            .filter(pk__in=changed[start : start + 2000])
            .only(*collection.only)
        ):
            index.add(str(obj.pk), collection.text(obj), vocab, about=collection.about(obj))
            seen[str(obj.pk)] = obj.updated_at.timestamp()
        if progress:
            progress(min(2000, len(changed) - start))
    _save(name, index, seen)
    if embed:
        _embed_missing(name, index, seen, progress)
    return index


def _embed_missing(name: str, index: HybridIndex, seen: dict, progress) -> None:
    collection, model = COLLECTIONS[name], runtime.embedder()
    missing = [int(doc_id) for doc_id in index.missing_vectors()]
    since_save = 0
    for start in range(0, len(missing), EMBED_BATCH):
        rows = (
            collection.queryset()
            .filter(pk__in=missing[start : start + EMBED_BATCH])
            .only(*collection.only)
        )
        rows = [r for r in rows if str(r.pk) in index]
        if rows:
            index.set_vectors(
                [str(r.pk) for r in rows], model.encode([collection.embedded(r) for r in rows])
            )
        since_save += len(rows)
        if progress:
            progress(len(rows))
        if since_save >= SAVE_EVERY:
            _save(name, index, seen)
            since_save = 0
    if since_save:
        _save(name, index, seen)


def _save(name: str, index: HybridIndex, seen: dict) -> None:
    folder, state_path = index_paths(name)
    index.save(folder)
    state = {"rows": seen, "signature": db_signature(name), "model": index.model}
    atomic.write_json(state_path, state)


def _mtime(name: str) -> float:
    return (index_paths(name)[0] / "manifest.json").stat().st_mtime


def get_index(name: str) -> HybridIndex:
    """This process's copy of index ``name``, fresh enough to answer a page now."""
    now = time.monotonic()
    with _lock:
        loaded = _loaded.get(name)
        if loaded and now - loaded.checked_at < settings.ASKMED_INDEX_CHECK_SECONDS:
            return loaded.index
        folder, state_path = index_paths(name)
        if not (folder / "manifest.json").exists():
            refresh(name, embed=False)  # keywords now; vectors come from the worker
        if loaded is None or loaded.mtime != _mtime(name):
            loaded = _Loaded(_load_or_rebuild(name), _mtime(name), now)
            _loaded[name] = loaded
        loaded.checked_at = now
        state = _read_state(state_path)
        stale = state.get("signature") != db_signature(name) or bool(loaded.index.missing_vectors())
    if stale and now - loaded.refresh_requested_at > 30:
        loaded.refresh_requested_at = now
        request_refresh(name)
        return get_index_if_reloaded(name, loaded)
    return loaded.index


def _load_or_rebuild(name: str) -> HybridIndex:
    """The saved index; an unreadable one is rebuilt (keywords) rather than failing the page."""
    model = runtime.embedder()
    try:
        return HybridIndex.load(
            index_paths(name)[0],
            model=model.name,
            dim=model.dim,
            ann_threshold=settings.ASKMED_ANN_THRESHOLD,
        )
    except ValueError as exc:
        log.warning("index %s is unreadable (%s); rebuilding it", name, exc)
        return refresh(name, embed=False)


def get_index_if_reloaded(name: str, loaded: _Loaded) -> HybridIndex:
    """After a refresh request: the new copy if it is already saved (inline task backends)."""
    mtime = _mtime(name)
    if mtime != loaded.mtime:
        with _lock:
            loaded.index, loaded.mtime = _load_or_rebuild(name), mtime
            loaded.refresh_requested_at = 0.0  # that request is done; the next change may ask
    return loaded.index


def request_refresh(name: str) -> None:
    from askmed.enrichment.tasks import refresh_search_index

    refresh_search_index.enqueue(name)


def forget_loaded() -> None:
    """Drop every in-memory index (tests, and after `askmed reindex`)."""
    with _lock:
        _loaded.clear()
