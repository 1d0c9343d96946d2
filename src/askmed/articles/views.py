from django.shortcuts import get_object_or_404, redirect, render

from askmed.articles.models import Article
from askmed.core.pagination import paginate
from askmed.search.services import related_articles
from askmed_engine.ingest.medquad import MEDQUAD_ATTRIBUTION


def detail(request, pk: int, slug: str = ""):
    article = get_object_or_404(Article.objects.published(), pk=pk)
    if slug != article.slug:
        return redirect(article, permanent=True)
    return render(
        request,
        "articles/article_detail.html",
        {
            "article": article,
            "also": related_articles(article),
            "attribution": MEDQUAD_ATTRIBUTION if article.source == "medquad" else "",
        },
    )


def index(request):
    return render(
        request,
        "articles/article_index.html",
        {"page": paginate(request, Article.objects.published().order_by("title"))},
    )
