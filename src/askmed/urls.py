from django.contrib import admin
from django.urls import include, path

from askmed.core import views as core_views

urlpatterns = [
    path("", core_views.home, name="home"),
    path("", include("askmed.answers.urls")),  # before questions: <pk>/answer/ is not a slug
    path("questions/", include("askmed.explanations.urls")),
    path("questions/", include("askmed.questions.urls")),
    path("departments/", include("askmed.departments.urls")),
    path("articles/", include("askmed.articles.urls")),
    path("doctors/", include("askmed.doctors.urls")),
    path("search", include("askmed.search.urls")),
    path("accounts/", include("askmed.accounts.urls")),
    path("admin/", admin.site.urls),
]
