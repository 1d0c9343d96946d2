from django.shortcuts import get_object_or_404, render

from askmed.core.pagination import paginate
from askmed.departments.models import Department
from askmed.questions.models import Question

STATUS_FILTERS = {"answered": Question.objects.answered, "waiting": Question.objects.waiting}


def detail(request, slug: str):
    department = get_object_or_404(Department, slug=slug)
    status = request.GET.get("status", "")
    questions = STATUS_FILTERS.get(status, Question.objects.public)()
    questions = questions.in_department(department).select_related("department").newest()
    return render(
        request,
        "departments/department_detail.html",
        {
            "department": department,
            "status": status if status in STATUS_FILTERS else "",
            "page": paginate(request, questions),
        },
    )
