"""Reading MedQuAD into focus concepts: the building half of :mod:`askmed_engine.focus`.

Each MedQuAD file gives a focus, its UMLS CUIs and semantic group, a category and
synonyms, and the institute it comes from (``source="NINDS"``); documents are grouped into
:class:`~askmed_engine.focus.Concept` objects, and the built-in lay table is merged in.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET  # local data files; expat refuses entity bombs
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from askmed_engine.focus_lexicon import LAY_SYNONYMS

# CUIs annotate a whole focus string, so one CUI can label many different topics
# ("Cancer - penis", "Cell phones and cancer"); only small CUI groups are merged.
MAX_FOCUSES_PER_CUI = 4


@dataclass
class FocusDocument:
    """The focus part of one MedQuAD file."""

    focus: str
    cuis: list[str]
    semantic_group: str
    category: str
    synonyms: list[str]
    source: str = ""


def _texts(document: ET.Element, *tags: str) -> list[str]:
    return [
        " ".join(el.text.split())
        for tag in tags
        for el in document.iter(tag)
        if el.text and el.text.strip()
    ]


def read_focus(path: Path) -> FocusDocument | None:
    """Focus, CUIs, group, category, synonyms and source of one file (any spelling);
    None when the file is unreadable or names no focus."""
    try:
        document = ET.parse(path).getroot()  # noqa: S314 - see the import note
    except (ET.ParseError, OSError):
        return None
    focus = _texts(document, "Focus", "doctitle-focus")
    if not focus:
        return None
    return FocusDocument(
        focus=focus[0],
        cuis=_texts(document, "CUI", "cui"),
        semantic_group=next(iter(_texts(document, "SemanticGroup", "semanticGroup")), ""),
        category=next(iter(_texts(document, "Category")), ""),
        synonyms=_texts(document, "Synonym"),
        source=(document.get("source") or "").strip(),
    )


def group_documents(documents: list[FocusDocument]) -> list:
    """Concepts from documents: by normalised focus, merged through small CUI groups."""
    from askmed_engine.focus import term_key

    parent: dict[tuple[str, ...], tuple[str, ...]] = {}

    def find(key: tuple[str, ...]) -> tuple[str, ...]:
        while parent.setdefault(key, key) != key:
            key = parent[key]
        return key

    keyed = [(term_key(d.focus), d) for d in documents]
    by_cui: dict[str, set[tuple[str, ...]]] = {}
    for key, document in keyed:
        find(key)
        if len(document.cuis) == 1:
            by_cui.setdefault(document.cuis[0], set()).add(key)
    for keys in by_cui.values():
        if 1 < len(keys) <= MAX_FOCUSES_PER_CUI:
            first, *rest = sorted(keys)
            for key in rest:
                parent[find(key)] = find(first)
    members: dict[tuple[str, ...], list[FocusDocument]] = {}
    for key, document in keyed:
        members.setdefault(find(key), []).append(document)
    return [_concept(root, docs) for root, docs in members.items()]


def _concept(root: tuple[str, ...], documents: list[FocusDocument]):
    from askmed_engine.focus import Concept, surface_forms

    names = Counter(d.focus for d in documents)
    name = names.most_common(1)[0][0]
    single = {d.cuis[0] for d in documents if len(d.cuis) == 1}
    cuis = sorted({c for d in documents for c in d.cuis})
    concept_id = min(single) if len(single) == 1 else "focus:" + " ".join(root)
    groups = Counter(d.semantic_group for d in documents if d.semantic_group)
    categories = Counter(d.category for d in documents if d.category)
    surfaces = _unique(
        form
        for text in [name, *names, *(s for d in documents for s in d.synonyms)]
        for form in surface_forms(text)
    )
    return Concept(
        id=concept_id,
        name=name,
        cuis=cuis,
        semantic_group=groups.most_common(1)[0][0] if groups else "",
        category=categories.most_common(1)[0][0] if categories else "",
        surfaces=surfaces,
        sources=sorted({d.source for d in documents if d.source}),
    )


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))


def with_lay_terms(concepts: list) -> list:
    """Add each lay word as a surface of its target's concept (a new one if absent)."""
    from askmed_engine.focus import Concept, term_key

    by_key: dict[tuple[str, ...], Concept] = {}
    for concept in concepts:  # names first, then synonyms
        by_key.setdefault(term_key(concept.name), concept)
    for concept in concepts:
        for surface in concept.surfaces:
            by_key.setdefault(term_key(surface), concept)
    for lay, target in LAY_SYNONYMS.items():
        concept = by_key.get(term_key(target))
        if concept is None:
            concept = Concept(id="lay:" + " ".join(term_key(target)), name=target)
            concept.surfaces.append(target)
            concepts.append(concept)
            by_key[term_key(target)] = concept
        if lay not in concept.surfaces:
            concept.surfaces.append(lay)
        by_key[term_key(lay)] = concept
    return concepts
