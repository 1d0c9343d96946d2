"""`askmed`: one command for operators, wrapping Django's management commands.

``askmed import medquad`` runs ``import_records medquad``; names not listed here are
passed to Django unchanged (``askmed migrate``, ``askmed createsuperuser``, ...).
"""

from __future__ import annotations

import os
import sys

ALIASES = {
    "import": ["import_records"],
    "reindex": ["rebuild_search_index"],
    "demo": ["load_demo_data"],
    "worker": ["db_worker", "--queue-name", "*", "--no-reload"],
    "serve": ["runserver", "--noreload"],
    "score-pairs": ["score_pairs"],
    "route": ["route"],
    "check": ["check_text"],  # Django's own `check` stays reachable as `system-check`
    "system-check": ["check"],
    "title": ["page_title"],
    "explain": ["explain"],
}


def translate(argv: list[str]) -> list[str]:
    """Map `askmed <verb> ...` onto the management command it stands for."""
    if not argv:
        return ["help"]
    return ALIASES.get(argv[0], [argv[0]]) + argv[1:]


def main(argv: list[str] | None = None) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "askmed.settings.dev")
    from django.core.management import execute_from_command_line

    args = translate(sys.argv[1:] if argv is None else argv)
    execute_from_command_line(["askmed", *args])


if __name__ == "__main__":
    main()
