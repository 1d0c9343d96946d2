from django.urls import path

from askmed.departments import views

app_name = "departments"
urlpatterns = [path("<slug:slug>/", views.detail, name="detail")]
