"""The engine never imports Django (DESIGN.md §4, STYLE.md habit 1)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import pkgutil
    import sys

    import askmed_engine
    import askmed_engine.departments
    import askmed_engine.keyword
    import askmed_engine.records
    import askmed_engine.routing
    import askmed_engine.text
    import askmed_engine.titles

    names = [m.name for m in pkgutil.walk_packages(askmed_engine.__path__, "askmed_engine.")]
    for name in names:
        __import__(name)
    assert "askmed_engine.keyword" in sys.modules
    print(len(names))
    print("django" in sys.modules)
    print(sorted(m for m in sys.modules if m.split(".")[0] == "django"))
    """
)


def test_engine_imports_without_django():
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    count, has_django, django_modules = result.stdout.strip().splitlines()
    assert int(count) >= 5  # walk_packages really found the engine's modules
    assert has_django == "False", django_modules
