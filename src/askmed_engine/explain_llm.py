"""The optional language-model backend of explanations: any OpenAI-compatible endpoint.

- The model sees only the question, the doctor's answer (context, marked as not citable)
  and the draft's passages numbered ``[1]..[n]`` in ``draft.passages`` order; nothing
  else of the draft is in the prompt, so every claim must come from a numbered passage.
- It writes ``## <Heading>`` lines and sentences ending in ``[n]`` markers;
  :func:`parse_output` maps ``[n]`` to ``draft.passages[n-1].id``. A number outside
  ``1..n`` raises :class:`CitationError`: an output that invents a source is not trusted.
- The backend does not check support: the caller runs :func:`verify_sections`, which drops
  uncited or unsupported sentences (:func:`verified_write` is that combination).
- The doctor's quote ("opening") is never the model's: the draft's own opening section is
  put first as is, and a model section under that heading (words put in the doctor's
  mouth) rejects the whole output with ``ValueError``.
- Standard library only. Any failure to use the endpoint is a :class:`BackendError` naming
  the settings to check; redirects are not followed (they would resend the key
  elsewhere) and at most :data:`MAX_BYTES` of the body are read.
"""

from __future__ import annotations

import http.client
import json
import re
import urllib.error
import urllib.request
from typing import Any

from askmed_engine.explain_support import verify_sections
from askmed_engine.explain_types import (
    ANSWER_SOURCE,
    HEADINGS,
    CitationError,
    CitedSentence,
    Draft,
    ExplanationBackend,
    Rejected,
    Section,
)
from askmed_engine.text import normalize, split_sentences

MAX_BYTES = 1_000_000
OPENING = "opening"
SETTINGS = "ASKMED_LLM_URL, ASKMED_LLM_MODEL and ASKMED_LLM_API_KEY"
_HEADING = re.compile(r"^\s*#{1,6}\s*(.*?)[\s#:]*$")
_THINKING = re.compile(r"<think>.*?(?:</think>|$)", re.DOTALL | re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")
_MARKER = re.compile(r"\[\s*\d+(?:\s*[,;\-–]\s*\d+)*\s*\]")
_MARKERS_AFTER_STOP = re.compile(rf"([.!?])\s*((?:{_MARKER.pattern}\s*)*{_MARKER.pattern})")

SYSTEM_PROMPT = """You explain a medical question to a patient using ONLY the numbered \
passages you are given.
Rules:
- Write only what the numbered passages say. Add no fact, number or advice that the \
passages do not give.
- End every sentence with one or more citation markers of the passages that say it, \
like [2] or [1][3]. Never write a sentence without a citation.
- Only the numbered passages can be cited. The doctor's answer is context only: it is \
not a numbered passage and must never be cited.
- Write plain sentences, no lists, no tables, no bold.
- Use exactly these section headings, each on its own line as "## <Heading>", in this \
order, and omit a section you have nothing to say for:
{headings}"""


class BackendError(RuntimeError):
    """The language-model endpoint could not be used (unreachable, error, bad reply)."""


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_") or "other"


def _flat(text: str) -> str:
    return normalize(text).lower()


def build_messages(draft: Draft) -> list[dict[str, str]]:
    """The chat messages for ``draft``: the rules and headings (system), then the
    question, the doctor's answer marked as not citable, and the numbered passages."""
    asked = [s.heading for s in draft.sections if s.key != OPENING]
    asked = asked or [h for k, h in HEADINGS.items() if k != OPENING]
    headings = "\n".join(f"## {h}" for h in asked)
    parts = [f"Question:\n{draft.request.question.strip()}"]
    if draft.request.answer.strip():
        parts.append(
            "The doctor's answer (context only: it is NOT a numbered passage and must NOT "
            f"be cited; only the numbered passages below can be cited):\n"
            f"{draft.request.answer.strip()}"
        )
    numbered = [
        f"[{n}] {normalize(p.title)} — {normalize(p.text)}"
        for n, p in enumerate(draft.passages, start=1)
    ]
    parts.append("Numbered passages (cite these by number):\n" + "\n".join(numbered))
    return [
        {"role": "system", "content": SYSTEM_PROMPT.format(headings=headings)},
        {"role": "user", "content": "\n\n".join(parts)},
    ]


def _heading_keys(draft: Draft) -> dict[str, str]:
    """Lowercase heading -> key: the standard headings, the keys, the draft's headings."""
    names = [(n, k) for k, h in HEADINGS.items() for n in (h, k, k.replace("_", " "))]
    return {_flat(n): k for n, k in names + [(s.heading, s.key) for s in draft.sections]}


def _numbers(marker: str, count: int) -> list[int]:
    """The passage numbers of one marker (``[2]``, ``[1, 3]``, ``[1-3]``), checked."""
    numbers: list[int] = []
    for part in re.split(r"[,;]", marker.strip("[] ")):
        first, _, last = part.replace("–", "-").partition("-")
        low, high = int(first), int(last or first)
        for n in (low, high):
            if not 1 <= n <= count:
                raise CitationError(
                    f"cites passage [{n}], but only {count} passages were given"
                    f" (numbered 1 to {count})"
                )
        numbers.extend(range(low, high + 1))
    return numbers


def _sentence(raw: str, draft: Draft) -> CitedSentence | None:
    """One sentence without its markers (tidy spacing), citing the marked passages."""
    numbers = [n for m in _MARKER.findall(raw) for n in _numbers(m, len(draft.passages))]
    text = normalize(_MARKER.sub(" ", raw))
    text = re.sub(r"\s+([.,;:!?])", r"\1", text)
    if not text.strip(" .,;:!?"):
        return None
    ids = tuple(dict.fromkeys(draft.passages[n - 1].id for n in numbers))
    return CitedSentence(text, ids)


def _blocks(lines: list[str]) -> list[str]:
    """Paragraphs of prose; each list item is its own block, its bullet removed."""
    blocks: list[str] = []
    prose: list[str] = []
    for line in [*lines, ""]:
        if _BULLET.match(line) or not line.strip():
            if prose:
                blocks.append(" ".join(prose))
                prose = []
            if line.strip():
                blocks.append(_BULLET.sub("", line, count=1))
        else:
            prose.append(line.strip())
    return blocks


def parse_output(content: str, draft: Draft) -> list[Section]:
    """The model's Markdown as sections (in the order written, repeats merged).

    A ``#`` line starts a section: its text is matched, case-insensitively, against the
    headings and keys of :data:`HEADINGS` (and the draft's own headings); an unknown
    heading keeps its sentences under its slug (``"Living with it"`` -> ``living_with_it``),
    text before any heading goes under ``other``; a ``<think>`` block is skipped. Markers
    ``[n]``, ``[n, m]``, ``[n][m]``, ``[n-m]`` become passage ids; a sentence without one
    has no sources.

    Raises :class:`CitationError` for a number outside ``1..len(draft.passages)`` and
    ``ValueError`` for a section under the doctor's-quote heading.
    """
    keys = _heading_keys(draft)
    opening = {_flat(s.heading) for s in draft.sections if s.key == OPENING}
    own_titles = {s.key: s.title for s in draft.sections}
    titles: dict[str, str] = {}  # key -> own title, in the order written
    lines: dict[str, list[str]] = {}
    key, title = "other", ""
    content = _THINKING.sub("", content).replace("**", "")  # reasoning models' notes, bold
    for line in content.splitlines():
        match = _HEADING.match(line)
        if match:
            heading = match[1].strip()
            key = keys.get(_flat(heading)) or _slug(heading)
            if key == OPENING or _flat(heading) in opening:
                raise ValueError(f"the model wrote its own {heading!r} section (the doctor's)")
            title = own_titles.get(key, "") if key in HEADINGS else heading
        elif line.strip():
            titles.setdefault(key, title)
            lines.setdefault(key, []).append(line)
        elif key in lines:
            lines[key].append("")
    sections = []
    for key, title in titles.items():
        prose = "\n".join(_blocks(lines[key]))
        blocks = _MARKERS_AFTER_STOP.sub(r" \2\1", prose).split("\n")
        raw = [s for block in blocks for s in split_sentences(block)]
        sentences = tuple(c for c in (_sentence(s, draft) for s in raw) if c is not None)
        if sentences:
            sections.append(Section(key, sentences, title=title))
    return sections


class ChatCompletionsBackend:
    """Writes explanations through an OpenAI-compatible ``/chat/completions`` endpoint."""

    def __init__(
        self, base_url: str, model: str, *, api_key: str = "", timeout: float = 30.0
    ) -> None:
        if not base_url.lower().startswith(("http://", "https://")):
            raise ValueError(f"ASKMED_LLM_URL must be an http(s) URL, not {base_url!r}")
        self.url = f"{base_url.rstrip('/')}/chat/completions"
        self.model = model
        self.api_key = api_key
        self.timeout = timeout
        self.name = f"llm:{model}"

    def write(self, draft: Draft) -> list[Section]:
        """The draft's opening section (if any), then the model's sections, unverified."""
        content = self.complete(build_messages(draft))
        opening = [s for s in draft.sections if s.key == OPENING][:1]
        return opening + parse_output(content, draft)

    def complete(self, messages: list[dict[str, str]]) -> str:
        """POST ``messages`` and return ``choices[0].message.content``."""
        body = json.dumps({"model": self.model, "messages": messages, "temperature": 0})
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        request = urllib.request.Request(  # noqa: S310 (scheme checked in __init__)
            self.url, data=body.encode(), headers=headers, method="POST"
        )
        where = f"the language model at {self.url}"
        opener = urllib.request.build_opener(_NoRedirect)
        try:
            with opener.open(request, timeout=self.timeout) as response:
                raw = response.read(MAX_BYTES + 1)
        except urllib.error.HTTPError as exc:
            with exc:
                detail = normalize(exc.read(500).decode("utf-8", "replace"))
            check = "ASKMED_LLM_API_KEY" if exc.code in (401, 403) else SETTINGS
            raise BackendError(
                f"{where} answered HTTP {exc.code} {exc.reason}: {detail[:200]!r}; check {check}"
            ) from exc
        except (OSError, http.client.HTTPException) as exc:  # URLError, timeouts, resets
            reason = getattr(exc, "reason", exc)
            if isinstance(reason, TimeoutError) or "timed out" in str(reason):
                reason = f"no answer within {self.timeout:g} s (ASKMED_LLM_TIMEOUT)"
            raise BackendError(
                f"cannot use {where}: {reason}; check that it is running and {SETTINGS}"
            ) from exc
        if len(raw) > MAX_BYTES:
            raise BackendError(f"{where} sent more than {MAX_BYTES} bytes; check ASKMED_LLM_URL")
        try:
            data: Any = json.loads(raw)
        except ValueError as exc:
            raise BackendError(
                f"{where} did not answer JSON ({raw[:80]!r}); check that ASKMED_LLM_URL is "
                "an OpenAI-compatible API base such as http://host:8000/v1"
            ) from exc
        try:
            content = data["choices"][0]["message"]["content"]
        except (KeyError, IndexError, TypeError) as exc:
            raise BackendError(
                f"{where} answered JSON without choices[0].message.content; check "
                f"ASKMED_LLM_URL and ASKMED_LLM_MODEL ({str(data)[:200]})"
            ) from exc
        if not isinstance(content, str):
            raise BackendError(f"{where} answered a non-text message content; check {SETTINGS}")
        return content


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """A redirect becomes an HTTP error: following it would resend the key elsewhere."""

    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


def verified_write(
    backend: ExplanationBackend, draft: Draft
) -> tuple[list[Section], list[Rejected]]:
    """``backend.write(draft)`` checked by :func:`verify_sections` against the passages
    (and the doctor's answer, which the opening section cites): what the caller keeps."""
    texts = {p.id: p.text for p in draft.passages}
    if draft.request.answer:
        texts[ANSWER_SOURCE] = draft.request.answer
    return verify_sections(backend.write(draft), texts)
