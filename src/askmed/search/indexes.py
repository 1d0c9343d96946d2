"""Keep each process's keyword indexes in step with the database, without making pages wait.

An index lives in ``ASKMED_INDEX_DIR`` as ``<name>.bm25`` plus ``<name>.state.json`` (each
row's id and ``updated_at``). :func:`refresh` brings a saved index up to date
incrementally (adds changed rows, removes gone ones) and is what the background task
runs. :func:`get_index` hands a web process its in-memory copy: it reloads when another
process saved a newer file, and when the database has moved on it asks the worker for a
refresh and answers from the slightly stale copy meanwhile. Only when no index exists at
all does it build one on the spot.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db.models import Count, Max

from askmed.search.collections import COLLECTIONS
from askmed_engine.keyword import BM25Index

log = logging.getLogger("askmed.search")
_lock = threading.Lock()


@dataclass
class _Loaded:
    index: BM25Index
    mtime: float
    checked_at: float
    refresh_requested_at: float = 0.0


_loaded: dict[str, _Loaded] = {}


def index_paths(name: str) -> tuple[Path, Path]:
    folder = Path(settings.ASKMED_INDEX_DIR)
    return folder / f"{name}.bm25", folder / f"{name}.state.json"


def db_signature(name: str) -> list:
    """(row count, newest updated_at) of the rows an index should hold."""
    agg = COLLECTIONS[name].queryset().aggregate(n=Count("pk"), newest=Max("updated_at"))
    return [agg["n"], agg["newest"].timestamp() if agg["newest"] else 0.0]


def _read_state(state_path: Path) -> dict:
    try:
        return json.loads(state_path.read_text())
    except (OSError, ValueError):
        return {}


def refresh(name: str, *, progress=None) -> BM25Index:
    """Bring the saved index ``name`` in line with the database and save it.

    Incremental: only rows whose ``updated_at`` changed are re-tokenised; rows that left
    the collection are removed. Without a usable saved index, everything is indexed.
    """
    collection = COLLECTIONS[name]
    index_path, state_path = index_paths(name)
    state = _read_state(state_path)
    index = None
    if index_path.exists() and state.get("rows") is not None:
        try:
            index = BM25Index.load(index_path)
        except (ValueError, OSError) as exc:
            log.warning("rebuilding %s index: %s", name, exc)
    if index is None:
        index, state = BM25Index(), {"rows": {}}
    seen: dict[str, float] = dict(state["rows"])
    current = {
        str(pk): ts.timestamp() for pk, ts in collection.queryset().values_list("pk", "updated_at")
    }
    for doc_id in set(seen) - set(current):
        index.remove(doc_id)
        del seen[doc_id]
    changed = [int(pk) for pk, ts in current.items() if seen.get(pk) != ts]
    for start in range(0, len(changed), 2000):
        batch = changed[start : start + 2000]
        for obj in collection.queryset().filter(pk__in=batch).only(*collection.only):
            index.add(str(obj.pk), collection.text(obj))
            seen[str(obj.pk)] = obj.updated_at.timestamp()
        if progress:
            progress(len(batch))
    _save(name, index, {"rows": seen, "signature": db_signature(name)})
    return index


def _save(name: str, index: BM25Index, state: dict) -> None:
    index_path, state_path = index_paths(name)
    index_path.parent.mkdir(parents=True, exist_ok=True)
    index.save(index_path)
    tmp = state_path.with_suffix(".tmp")
    tmp.write_text(json.dumps(state))
    os.replace(tmp, state_path)


def get_index(name: str) -> BM25Index:
    """This process's copy of index ``name``, fresh enough to answer a page now."""
    now = time.monotonic()
    with _lock:
        loaded = _loaded.get(name)
        if loaded and now - loaded.checked_at < settings.ASKMED_INDEX_CHECK_SECONDS:
            return loaded.index
        index_path, state_path = index_paths(name)
        if not index_path.exists():
            refresh(name)
        mtime = index_path.stat().st_mtime
        if loaded is None or loaded.mtime != mtime:
            loaded = _Loaded(_load_or_rebuild(name), index_path.stat().st_mtime, now)
            _loaded[name] = loaded
        loaded.checked_at = now
        stale = _read_state(state_path).get("signature") != db_signature(name)
    if stale and now - loaded.refresh_requested_at > 30:
        loaded.refresh_requested_at = now
        request_refresh(name)
        return get_index_if_reloaded(name, loaded)
    return loaded.index


def _load_or_rebuild(name: str) -> BM25Index:
    """The saved index; an unreadable file is rebuilt rather than failing the page."""
    try:
        return BM25Index.load(index_paths(name)[0])
    except ValueError as exc:
        log.warning("index %s is unreadable (%s); rebuilding it", name, exc)
        return refresh(name)


def get_index_if_reloaded(name: str, loaded: _Loaded) -> BM25Index:
    """After a refresh request: the new file if it is already there (inline task backends)."""
    index_path, _ = index_paths(name)
    mtime = index_path.stat().st_mtime
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
