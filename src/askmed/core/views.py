from django.shortcuts import render

from askmed.departments.models import Department
from askmed.questions.models import Question


def home(request):
    return render(
        request,
        "core/home.html",
        {
            "departments": Department.objects.with_counts(),
            "latest_answered": Question.objects.latest_answered().for_display()[:10],
            "waiting": Question.objects.waiting().select_related("department").newest()[:10],
        },
    )
