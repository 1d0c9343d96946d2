"""JSON-lines input of the engine commands (`score-pairs`, `route`): one object per line.

A malformed line becomes an ``{"error": ...}`` output line in its place, the other lines
are still processed, and the command fails at the end (DESIGN.md §5: scriptable, and
nothing silently dropped).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator


def parse_line(line: str, number: int, keys: tuple[str, ...]) -> dict:
    """The object on ``line``, whose ``keys`` must all be strings; else ``ValueError``."""
    try:
        data = json.loads(line)
    except ValueError as exc:
        raise ValueError(f"line {number}: not JSON ({exc.args[0]})") from exc
    if not isinstance(data, dict) or not all(isinstance(data.get(k), str) for k in keys):
        shape = ", ".join(f'"{k}": "..."' for k in keys)
        raise ValueError(f"line {number}: expected {{{shape}}} with string values")
    return data


def numbered_lines(lines: Iterable[str]) -> Iterator[tuple[int, str]]:
    """Non-blank lines with their 1-based line numbers."""
    for number, line in enumerate(lines, start=1):
        if line.strip():
            yield number, line


def map_json_lines(
    lines: Iterable[str], keys: tuple[str, ...], handle: Callable[[dict], dict]
) -> Iterator[dict]:
    """``handle(object)`` for each non-blank line, or ``{"error": ...}`` in its place."""
    for number, line in numbered_lines(lines):
        try:
            data = parse_line(line, number, keys)
        except ValueError as exc:
            yield {"error": str(exc)}
            continue
        yield handle(data)
