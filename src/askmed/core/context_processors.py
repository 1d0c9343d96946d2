from django.conf import settings


def site(request):
    return {"site_name": settings.ASKMED_SITE_NAME}
