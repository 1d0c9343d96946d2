from django.urls import path

from askmed.questions import views

app_name = "questions"
urlpatterns = [
    path("ask/", views.ask, name="ask"),
    path("similar-live/", views.similar_live, name="similar-live"),
    path("<int:pk>/department/", views.reassign, name="reassign"),
    path("<int:pk>/", views.detail, name="detail-short"),
    path("<int:pk>/<slug:slug>/", views.detail, name="detail"),
]
