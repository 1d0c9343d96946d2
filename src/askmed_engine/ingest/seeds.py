"""Reader for pages in the seed format (the reference pages of DESIGN.md §1).

A *question page* reads, top to bottom::

    <page title> - <Department>
    Share to:
    <question title>
    <question body ...>
    <pseudonym>, <age band> year old <sex>. Ask Date: YYYY/MM/DD
    Dr. <Name> reply <Department>
    <answer body ...>
    Reply Date: YYYY/MM/DD
    More Info            <- skipped, see below
    Similar Q&A          <- items: title, question excerpt, "Dr. X reply <Dept>",
                            reply excerpt, "[Read More] <title>"
    Related FAQ          <- items (maybe none): title, then text

An *article page* is a title line, paragraphs, then ``You Might Also Enjoy...`` and
items of a title line followed by a one-to-two-sentence summary.

The licence of these pages is not stated, so provenance carries an empty licence; the
article publisher is not named, so it stays empty too. Nothing is guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from askmed_engine.ingest._common import (
    SUMMARY_LIMIT,
    canonical_department,
    clean_text,
    parse_date,
    summarize,
)
from askmed_engine.records import (
    AnswerRecord,
    ArticleRecord,
    Provenance,
    QuestionRecord,
    Record,
    SourceFile,
)

SHARE = "Share to:"
MORE_INFO = "More Info"
SIMILAR = "Similar Q&A"
RELATED = "Related FAQ"
ALSO_ENJOY = re.compile(r"^You Might Also Enjoy(\.\.\.|…)?$")
ASKER = re.compile(
    r"^(?P<pseudonym>.+?), (?P<age>\d+~\d+|\d+\+) year old (?P<sex>female|male)\."
    r" Ask Date: (?P<date>\S+)$"
)
ASKER_LINE = "asker ('<pseudonym>, <age band> year old <sex>. Ask Date: YYYY/MM/DD')"
REPLY = re.compile(r"^Dr\. (?P<name>.+?) reply (?P<department>.+)$")
REPLY_DATE = re.compile(r"^Reply Date: (?P<date>\S+)$")
READ_MORE = re.compile(r"^\[Read More\]\s*(?P<title>.*)$")
ELLIPSIS = re.compile(r"\s*(\.\.\.|…)$")


class SeedFormatError(ValueError):
    """A page that does not follow the seed format; the message says what is missing."""


def read_seeds(path: Path) -> Iterator[SourceFile]:
    """Yield one unit per seed page: ``path`` is a folder of ``*.txt`` pages or one page."""
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"seed page or folder not found: {path}")
    if path.is_file():
        yield read_seed_page(path)
        return
    for page in sorted(path.glob("*.txt")):
        if page.is_file():
            yield read_seed_page(page)


def read_seed_page(path: Path) -> SourceFile:
    """Read one seed page into a unit keyed by its file name."""
    path = Path(path)
    key = path.name
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return SourceFile(path=key, error=f"{key}: not UTF-8 text: {exc}")
    lines = [" ".join(line.split()) for line in text.splitlines()]
    while lines and not lines[0]:
        del lines[0]
    if not lines:
        return SourceFile(path=key, error=f"{key}: empty page")
    try:
        records = _page_records(lines, path.stem)
    except SeedFormatError as exc:
        return SourceFile(path=key, error=f"{key}: {exc}")
    return SourceFile(path=key, records=records)


def _page_records(lines: list[str], stem: str) -> list[Record]:
    """The records of a page, by its kind; ``SeedFormatError`` when it has neither shape."""
    if SHARE in lines:
        return _question_page(lines, stem)
    if any(ALSO_ENJOY.match(line) for line in lines):
        return _article_page(lines, stem)
    raise SeedFormatError(
        f"neither a question page (no {SHARE!r} line) nor an article page "
        "(no 'You Might Also Enjoy...' line)"
    )


def _find(lines: list[str], start: int, test: re.Pattern[str] | str, what: str) -> int:
    """Index of the first line from ``start`` that equals or matches ``test``."""
    for index in range(start, len(lines)):
        line = lines[index]
        if (line == test) if isinstance(test, str) else test.match(line):
            return index
    raise SeedFormatError(f"missing the {what} line")


def _text(lines: list[str]) -> str:
    """Cleaned text of a run of lines (blank lines become paragraph breaks)."""
    return clean_text("\n".join(lines))


def _date(value: str, what: str) -> date:
    """Parse a page date ``YYYY/MM/DD``; a bad one is a format error naming the line."""
    try:
        return parse_date(value, "/")
    except ValueError as exc:
        raise SeedFormatError(f"bad {what}: {exc}") from exc


def _department(name: str, where: str) -> str:
    """The canonical spelling of a department named on the page, else a format error."""
    canonical = canonical_department(name)
    if canonical is None:
        raise SeedFormatError(f"unknown department {name!r} in {where}")
    return canonical


def _question_page(lines: list[str], stem: str) -> list[Record]:
    """The main question (with its doctor's answer), the Similar Q&A and Related FAQ."""
    page_title = lines[0]
    share = lines.index(SHARE)
    asker_at = _find(lines, share + 1, ASKER, ASKER_LINE)
    reply_at = _find(lines, asker_at + 1, REPLY, "doctor's reply ('Dr. <Name> reply <Department>')")
    date_at = _find(lines, reply_at + 1, REPLY_DATE, "reply date ('Reply Date: YYYY/MM/DD')")
    question = _text(lines[share + 1 : asker_at])
    title, _, body = question.partition("\n")
    if not title:
        raise SeedFormatError("missing the question title between 'Share to:' and the asker line")
    asker = ASKER.match(lines[asker_at])
    reply = REPLY.match(lines[reply_at])
    answer_body = _text(lines[reply_at + 1 : date_at])
    if not (asker and reply and answer_body):
        raise SeedFormatError("empty doctor's answer between the reply and reply date lines")
    reply_department = _department(reply["department"], "the doctor's reply line")
    _, sep, title_department = page_title.rpartition(" - ")
    main = QuestionRecord(
        provenance=Provenance("seeds", stem),
        title=title,
        body=body.strip() or title,
        pseudonym=asker["pseudonym"],
        age_band=asker["age"],
        sex=asker["sex"],
        asked_at=_date(asker["date"], "ask date"),
        department=(sep and canonical_department(title_department)) or reply_department,
        page_title=page_title,
        answers=(
            AnswerRecord(
                body=answer_body,
                doctor_name=reply["name"],
                department=reply_department,
                replied_at=_date(REPLY_DATE.match(lines[date_at])["date"], "reply date"),
            ),
        ),
    )
    # Everything between "Reply Date" and "Similar Q&A" is the "More Info" block: on the
    # original site it is unsourced machine-written text, so it is never imported
    # (DESIGN.md §1 and §8: nothing generated may pass as written or reviewed by a doctor).
    similar_at = _optional(lines, SIMILAR, date_at + 1)
    related_at = _optional(lines, RELATED, date_at + 1)
    similar_end = related_at if related_at is not None else len(lines)
    records: list[Record] = [main]
    if similar_at is not None:
        records += _similar_items(lines[similar_at + 1 : similar_end], stem)
    if related_at is not None:
        records += _related_items(lines[related_at + 1 :], stem)
    return records


def _optional(lines: list[str], marker: str, start: int) -> int | None:
    """Index of the line ``marker`` from ``start``, or None when the page has none."""
    try:
        return lines.index(marker, start)
    except ValueError:
        return None


def _blocks(lines: list[str]) -> list[list[str]]:
    """Runs of non-blank lines."""
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return [block for block in blocks if block]


def _similar_items(lines: list[str], stem: str) -> list[Record]:
    """One answered question per Similar Q&A item (excerpts, as the page shows them)."""
    items: list[Record] = []
    rest = [line for line in lines if line]
    while rest:
        index = len(items) + 1
        reply_at = next((i for i, line in enumerate(rest) if REPLY.match(line)), None)
        more_at = next((i for i, line in enumerate(rest) if READ_MORE.match(line)), None)
        if reply_at is None or more_at is None or not 2 <= reply_at < more_at - 1:
            raise SeedFormatError(
                f"Similar Q&A item {index} needs a title, a question excerpt, a "
                "'Dr. <Name> reply <Department>' line, a reply excerpt and '[Read More]'"
            )
        items.append(_similar_item(rest[: more_at + 1], reply_at, stem, index))
        rest = rest[more_at + 1 :]
    return items


def _similar_item(item: list[str], reply_at: int, stem: str, index: int) -> QuestionRecord:
    """One Similar Q&A item: ``item`` runs from its title to its ``[Read More]`` line."""
    reply = REPLY.match(item[reply_at])
    assert reply is not None  # found by the caller
    question = _text(item[1:reply_at])
    answer = _text(item[reply_at + 1 : -1])
    cut = bool(ELLIPSIS.search(question))
    department = _department(reply["department"], f"Similar Q&A item {index}")
    return QuestionRecord(
        provenance=Provenance("seeds", f"{stem}#similar-{index}"),
        title=item[0],
        body=ELLIPSIS.sub("", question),
        department=department,
        page_title=item[0],
        # The reply is kept as shown, "..." included: an answer has no excerpt flag.
        excerpt=cut or bool(ELLIPSIS.search(answer)),
        answers=(AnswerRecord(body=answer, doctor_name=reply["name"], department=department),),
    )


def _related_items(lines: list[str], stem: str) -> list[Record]:
    """One article per Related FAQ item: a title line, then its text up to the next title.

    "[Read More]" lines are dropped. A one-line block is a title and the next block is
    its text; a longer block is a title followed by its text.
    """
    blocks = [[line for line in block if not READ_MORE.match(line)] for block in _blocks(lines)]
    return _titled_articles([b for b in blocks if b], stem, "faq", RELATED)


def _titled_articles(blocks: list[list[str]], stem: str, tag: str, section: str) -> list[Record]:
    """Pair titles with their text into excerpt articles ``<stem>#<tag>-<i>``."""
    articles: list[Record] = []
    position = 0
    while position < len(blocks):
        block = blocks[position]
        title, text = block[0], block[1:]
        if not text and position + 1 < len(blocks):
            position += 1
            text = blocks[position]
        position += 1
        body = _text(text)
        if not body:
            raise SeedFormatError(f"{section} item {len(articles) + 1} ({title!r}) has no text")
        articles.append(
            ArticleRecord(
                provenance=Provenance("seeds", f"{stem}#{tag}-{len(articles) + 1}"),
                title=title,
                body=body,
                summary=body if len(body) <= SUMMARY_LIMIT else summarize(body),
                excerpt=True,
            )
        )
    return articles


def _article_page(lines: list[str], stem: str) -> list[Record]:
    """The article (title, paragraphs) and its "You Might Also Enjoy" items."""
    title = lines[0]
    also_at = next(i for i, line in enumerate(lines) if ALSO_ENJOY.match(line))
    body = _text(lines[1:also_at])
    if not title or not body:
        raise SeedFormatError("missing the article title (first line) or its text")
    main = ArticleRecord(
        provenance=Provenance("seeds", stem),
        title=title,
        body=body,
        summary=summarize(body.split("\n\n", 1)[0]),
    )
    also = _titled_articles(_blocks(lines[also_at + 1 :]), stem, "also", "You Might Also Enjoy")
    return [main, *also]
