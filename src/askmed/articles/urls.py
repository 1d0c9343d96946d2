from django.urls import path

from askmed.articles import views

app_name = "articles"
urlpatterns = [
    path("", views.index, name="index"),
    path("<int:pk>/", views.detail, name="detail-short"),
    path("<int:pk>/<slug:slug>/", views.detail, name="detail"),
]
