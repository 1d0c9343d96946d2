"""Every ``ASKMED_*`` setting, declared once with its default and help text.

Values come from the environment (``ASKMED_DATA_DIR=/srv/data``) and fall back to the
defaults below, which work on a developer's laptop. Django settings modules read them
through :func:`load`; ``askmed settings`` prints this table.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[2]  # the checkout (src/askmed/conf.py -> ../..)


@dataclass(frozen=True)
class Setting:
    name: str
    default: str
    help: str
    kind: type = str


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "ASKMED_DATA_DIR",
        str(PROJECT_DIR.parent / "shared" / "data"),
        "Folder holding medquad/, meqsum/ and rqe/ (read-only; never copied into git).",
    ),
    Setting(
        "ASKMED_SEEDS_DIR",
        str(PROJECT_DIR.parent / "shared" / "seeds"),
        "Folder of reference pages in the seed format, imported by `askmed import seeds`.",
    ),
    Setting(
        "ASKMED_VAR_DIR",
        str(PROJECT_DIR / "var"),
        "Writable folder for the SQLite database, search indexes and caches (outside git).",
    ),
    Setting(
        "ASKMED_INDEX_DIR",
        "",
        "Where search indexes are saved; empty means <ASKMED_VAR_DIR>/index.",
    ),
    Setting(
        "ASKMED_MODEL_DIR",
        "",
        "Where `askmed tune` saves the focus vocabulary and pair model; empty means "
        "<ASKMED_VAR_DIR>/models.",
    ),
    Setting(
        "ASKMED_EMBEDDER",
        "minilm",
        'Sentence model: "minilm" (the packaged all-MiniLM-L6-v2), "hashing" (no model; '
        "tests) or the path of a sentence-transformers model folder.",
    ),
    Setting(
        "ASKMED_ANN_THRESHOLD",
        "200000",
        "Vectors past which search goes through the approximate (HNSW) index.",
        int,
    ),
    Setting("ASKMED_SIMILAR_COUNT", "4", "How many items the Similar Q&A block shows.", int),
    Setting(
        "ASKMED_RELATED_COUNT",
        "5",
        "How many articles Related FAQ and You Might Also Enjoy show.",
        int,
    ),
    Setting("ASKMED_PAGE_SIZE", "20", "Items per page on department and search pages.", int),
    Setting(
        "ASKMED_INDEX_CHECK_SECONDS",
        "10",
        "How often a web process checks whether its search index is stale.",
        int,
    ),
    Setting("ASKMED_SITE_NAME", "askmed", "The site's name, shown in titles and share cards."),
    Setting("ASKMED_MAX_QUESTION_CHARS", "10000", "Longest question body accepted.", int),
    Setting(
        "ASKMED_LLM_URL",
        "",
        "Base URL of an OpenAI-compatible endpoint (e.g. http://127.0.0.1:8080/v1) that may "
        "rephrase More Info from its cited passages; empty (the default) = no language model.",
    ),
    Setting("ASKMED_LLM_MODEL", "", "Model name sent to ASKMED_LLM_URL."),
    Setting("ASKMED_LLM_API_KEY", "", "Bearer token for ASKMED_LLM_URL, if it needs one."),
    Setting("ASKMED_LLM_TIMEOUT", "30", "Seconds to wait for ASKMED_LLM_URL.", float),
)


def load(environ: os._Environ | dict | None = None) -> dict[str, object]:
    """The value of every ASKMED_* setting: environment first, then the default."""
    environ = os.environ if environ is None else environ
    values: dict[str, object] = {}
    for setting in SETTINGS:
        raw = environ.get(setting.name, setting.default)
        try:
            values[setting.name] = setting.kind(raw)
        except ValueError as exc:
            raise ValueError(
                f"{setting.name}={raw!r} is not a valid {setting.kind.__name__}: {setting.help}"
            ) from exc
    if not values["ASKMED_INDEX_DIR"]:
        values["ASKMED_INDEX_DIR"] = str(Path(str(values["ASKMED_VAR_DIR"])) / "index")
    if not values["ASKMED_MODEL_DIR"]:
        values["ASKMED_MODEL_DIR"] = str(Path(str(values["ASKMED_VAR_DIR"])) / "models")
    return values
