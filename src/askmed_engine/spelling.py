"""Spelling correction of medical words against a vocabulary ("fibromalgia" -> "fibromyalgia").

A word is corrected only when it is *unknown* (absent from ``known_words``, e.g. every
word of MedQuAD) and at least :data:`MIN_LENGTH` letters long, to the *target* word
(a word of a condition or drug name) at the smallest Damerau-Levenshtein distance, which
must be at most 1 for words shorter than :data:`LONG_WORD` letters and at most 2 for
longer ones; ties, and words with no close target, are left as written.

Candidates come from a symmetric delete index (SymSpell): every target and every
single-letter deletion of it is indexed, so a query finds the targets within distance 2
by looking up itself and its own single-letter deletions; the true distance is then
computed for those few candidates only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

MIN_LENGTH = 5
LONG_WORD = 8

_WORD = re.compile(r"[A-Za-z]+")


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def edit_distance(a: str, b: str) -> int:
    """Optimal string alignment (Damerau-Levenshtein with adjacent transpositions)."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]


class SpellingCorrector:
    """Corrects unknown words to close target words (see the module doc)."""

    def __init__(self, targets: Iterable[str], known_words: Iterable[str]) -> None:
        self.targets = {t.lower() for t in targets if len(t) >= MIN_LENGTH and t.isalpha()}
        self.known = {w.lower() for w in known_words} | self.targets
        self._index: dict[str, set[str]] = {}
        for target in self.targets:
            for key in {target} | _deletes(target):
                self._index.setdefault(key, set()).add(target)

    def correct_word(self, word: str) -> str | None:
        """The correction of ``word`` (lower case), or None when it stays as written."""
        lower = word.lower()
        if len(lower) < MIN_LENGTH or lower in self.known or not lower.isalpha():
            return None
        limit = 1 if len(lower) < LONG_WORD else 2
        candidates = set()
        for key in {lower} | _deletes(lower):
            candidates |= self._index.get(key, set())
        scored = sorted((edit_distance(lower, c), c) for c in candidates)
        scored = [(d, c) for d, c in scored if d <= limit]
        if not scored or (len(scored) > 1 and scored[0][0] == scored[1][0]):
            return None
        return scored[0][1]

    def correct(self, text: str) -> tuple[str, list[tuple[str, str]]]:
        """``text`` with unknown words corrected, and the ``(written, read)`` pairs."""
        changes: list[tuple[str, str]] = []

        def replace(match: re.Match[str]) -> str:
            fixed = self.correct_word(match.group())
            if fixed is None:
                return match.group()
            changes.append((match.group(), fixed))
            return fixed

        return _WORD.sub(replace, text), changes
