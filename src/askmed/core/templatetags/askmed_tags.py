"""Template helpers: snippets, search highlights and share links, all escaped."""

from __future__ import annotations

from urllib.parse import quote

from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe

from askmed_engine import text as engine_text

register = template.Library()


@register.filter
def snippet(value: str, limit: int = 300) -> str:
    """The first ~``limit`` characters, cut at a word boundary."""
    return engine_text.snippet(value or "", int(limit))


@register.simple_tag
def highlight(value: str, query: str, limit: int = 0):
    """``value`` (cut to ``limit`` if given) with words matching ``query`` in <mark>."""
    value = engine_text.snippet(value or "", int(limit)) if limit else (value or "")
    out, last = [], 0
    for start, end in engine_text.highlight_spans(value, query or ""):
        out.append(escape(value[last:start]))
        out.append(f"<mark>{escape(value[start:end])}</mark>")
        last = end
    out.append(escape(value[last:]))
    return mark_safe("".join(out))  # noqa: S308 (every piece is escaped above)


SHARE_TARGETS = (
    ("Facebook", "https://www.facebook.com/sharer/sharer.php?u={url}"),
    ("X", "https://twitter.com/intent/tweet?url={url}&text={title}"),
    ("LINE", "https://social-plugins.line.me/lineit/share?url={url}"),
    ("WhatsApp", "https://wa.me/?text={title}%20{url}"),
    ("E-mail", "mailto:?subject={title}&body={url}"),
)


@register.simple_tag(takes_context=True)
def share_links(context, title: str) -> list[tuple[str, str]]:
    """(label, href) pairs that share the current page's absolute URL."""
    url = quote(context["request"].build_absolute_uri(), safe="")
    title = quote(title or "", safe="")
    return [(label, pattern.format(url=url, title=title)) for label, pattern in SHARE_TARGETS]
