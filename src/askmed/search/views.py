from django.shortcuts import render

from askmed.core.pagination import paginate
from askmed.search.services import search_articles, search_questions

MAX_QUERY = 200


def results(request):
    query = " ".join(request.GET.get("q", "").split())[:MAX_QUERY]
    context = {"query": query, "page": None, "articles": []}
    if query:
        context["page"] = paginate(request, search_questions(query))
        context["articles"] = search_articles(query, limit=5)
    return render(request, "search/search_results.html", context)
