from django.urls import path

from askmed.answers import views

app_name = "answers"
urlpatterns = [path("questions/<int:pk>/answer/", views.create, name="create")]
