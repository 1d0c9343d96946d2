"""Ask-time intelligence for the site: routing, red flags, personal data, page titles.

Thin adapters over :mod:`askmed_engine.routing`, :mod:`askmed_engine.safety` and
:mod:`askmed_engine.titles`, with the knowledge `askmed tune` built (the built-in
department keywords and lay table until then).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from askmed.search import runtime
from askmed_engine.routing import DepartmentSuggestion, Router
from askmed_engine.safety import Masked, RedFlag, find_red_flags, mask_personal_data
from askmed_engine.titles import page_title

log = logging.getLogger("askmed.intake")


def router(*, wait_for_model: bool = False) -> Router:
    """A router over the current focus vocabulary and routing knowledge, using sentence
    vectors when the knowledge has them for the site's embedder. A web process never
    waits for the model (keywords until it has loaded); commands may (``wait_for_model``)."""
    knowledge = runtime.routing_knowledge()
    query_vector = None
    if knowledge is not None and knowledge.vector_model == runtime.embedder().name:
        if wait_for_model:
            runtime.load_model()
        query_vector = runtime.query_vector
    return Router(runtime.vocabulary(), knowledge, query_vector)


def route(text: str, k: int = 3) -> list[DepartmentSuggestion]:
    return router().route(text, k)


def title_for(text: str, department: str = "") -> str:
    """The page title of a free text: its first line as the question, the rest as body."""
    head, _, rest = text.strip().partition("\n")
    department = department or route(text, 1)[0].name
    return page_title(head, rest or head, department)


@dataclass
class Intake:
    """What the ask form shows while the asker types."""

    departments: list[DepartmentSuggestion] = field(default_factory=list)
    red_flags: list[RedFlag] = field(default_factory=list)
    title: Masked | None = None
    body: Masked | None = None
    page_title: str = ""  # the title the page would get, with the first suggested department

    @property
    def notices(self) -> list[str]:
        """One sentence per kind of personal data removed from title or body."""
        found = [n for part in (self.title, self.body) if part for n in part.notices]
        return list(dict.fromkeys(found))

    @property
    def masked_anything(self) -> bool:
        return bool((self.title and self.title.found) or (self.body and self.body.found))


def analyse(title: str, body: str) -> Intake:
    """Departments, red flags and masked text for a question being typed."""
    text = f"{title}\n{body}"
    departments = route(text)
    masked_title, masked_body = mask_personal_data(title), mask_personal_data(body)
    return Intake(
        departments=departments,
        red_flags=find_red_flags(text),
        title=masked_title,
        body=masked_body,
        page_title=page_title(masked_title.text, masked_body.text, departments[0].name),
    )
