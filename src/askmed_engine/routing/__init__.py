"""Department routing with reasons (DESIGN.md §3.2, §6): see :mod:`.router`."""

from askmed_engine.routing.router import (
    DepartmentSuggestion,
    Evidence,
    Router,
    evidence_shares,
    suggest_departments,
)

__all__ = ["DepartmentSuggestion", "Evidence", "Router", "evidence_shares", "suggest_departments"]
