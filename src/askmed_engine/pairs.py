"""Labelled question pairs from public data, for tuning and evaluating pair scoring.

RQE (Ben Abacha & Demner-Fushman, AMIA 2016) pairs a consumer or clinical question with
an FAQ and says whether answering the FAQ answers the question; MeQSum pairs each real
consumer question with a one-line summary written by a person (a paraphrase).
"""

from __future__ import annotations

import csv
import random
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class LabeledPair:
    a: str  # the (often long) question
    b: str  # the candidate it is compared with
    label: bool  # True when the two ask the same thing
    group: str = ""  # pairs sharing ``a`` share a group (for per-question metrics)
    kind: str = ""  # where the pair came from, e.g. "rqe-test:part2"


_MARKERS = re.compile(r"\b(SUBJECT|MESSAGE)\s*:\s*", re.IGNORECASE)


def clean_question(text: str) -> str:
    """One line of question text: ``SUBJECT:``/``MESSAGE:`` markers and extra space removed."""
    return " ".join(_MARKERS.sub(" ", text or "").split())


def read_rqe(path: Path) -> list[LabeledPair]:
    """Every ``<pair>`` of an RQE XML file (train or test), in file order."""
    root = ET.parse(Path(path)).getroot()  # noqa: S314 (a local data file)
    pairs = []
    for pair in root.iter("pair"):
        chq = clean_question(pair.findtext("chq") or "")
        faq = clean_question(pair.findtext("faq") or "")
        if chq and faq:
            label = (pair.get("value") or "").strip().lower() == "true"
            pairs.append(LabeledPair(chq, faq, label, group=chq, kind=f"rqe:{pair.get('type')}"))
    return pairs


def read_meqsum_pairs(csv_path: Path) -> list[LabeledPair]:
    """Each consumer question with its human summary: positive paraphrase pairs."""
    with open(csv_path, newline="", encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r.get("CHQ") and r.get("Summary")]
    return [
        LabeledPair(
            clean_question(r["CHQ"]),
            clean_question(r["Summary"]),
            True,
            group=r["File"],
            kind="meqsum:summary",
        )
        for r in rows
    ]


def random_negatives(pairs: list[LabeledPair], *, seed: int = 0) -> list[LabeledPair]:
    """For each pair, its ``a`` against another pair's ``b``: (mostly) unrelated, label False."""
    rng = random.Random(seed)
    others = [p.b for p in pairs]
    out = []
    for pair in pairs:
        b = rng.choice(others)
        if b != pair.b:
            out.append(LabeledPair(pair.a, b, False, group=pair.group, kind=f"{pair.kind}:random"))
    return out
