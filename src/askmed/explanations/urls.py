from django.urls import path

from askmed.explanations import views

app_name = "explanations"
urlpatterns = [
    path("<int:question_pk>/more-info/review", views.review, name="review"),
]
