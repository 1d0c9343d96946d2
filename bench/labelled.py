"""The hand-labelled evaluation sets under ``bench/labels/`` and the texts they refer to.

Routing labels store only keys (``meqsum:<File>``, ``rqe-test:<n>`` = the n-th distinct
consumer question of the RQE test file, 0-based, in file order) and labels; the question
texts are read from ``../shared/data`` so no copy of the data is committed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from askmed_engine.pairs import read_meqsum_pairs, read_rqe

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "bench" / "labels"
DATA = ROOT.parent / "shared" / "data"


@dataclass(frozen=True)
class RoutingCase:
    key: str
    text: str
    primary: str
    acceptable: tuple[str, ...]


def consumer_questions(data_dir: Path = DATA) -> dict[str, str]:
    """Every MeQSum and RQE-test consumer question by key (read by askmed_engine.pairs)."""
    meqsum = Path(data_dir) / "meqsum" / "meqsum_1000.csv"
    rqe = Path(data_dir) / "rqe" / "RQE_Test_302_pairs_AMIA2016.xml"
    for path in (meqsum, rqe):
        if not path.is_file():
            raise FileNotFoundError(f"{path} not found: put ../shared/data beside the project")
    texts = {f"meqsum:{pair.group}": pair.a for pair in read_meqsum_pairs(meqsum)}
    distinct = dict.fromkeys(pair.a for pair in read_rqe(rqe))
    texts.update({f"rqe-test:{i}": chq for i, chq in enumerate(distinct)})
    return texts


def routing_cases(name: str, data_dir: Path = DATA) -> list[RoutingCase]:
    """The cases of ``bench/labels/routing_<name>.jsonl`` with their texts."""
    texts = consumer_questions(data_dir)
    cases = []
    for line in (LABELS / f"routing_{name}.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        cases.append(
            RoutingCase(row["key"], texts[row["key"]], row["primary"], tuple(row["acceptable"]))
        )
    return cases


def jsonl(name: str) -> list[dict]:
    """The rows of ``bench/labels/<name>.jsonl``."""
    path = LABELS / f"{name}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
