from django.conf import settings
from django.core.paginator import Paginator


def paginate(request, items):
    """The page of ``items`` that ``?page=`` asks for (ASKMED_PAGE_SIZE per page)."""
    return Paginator(items, settings.ASKMED_PAGE_SIZE).get_page(request.GET.get("page"))
