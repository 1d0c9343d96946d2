from django.urls import path

from askmed.doctors import views

app_name = "doctors"
urlpatterns = [path("<int:pk>/", views.detail, name="detail")]
