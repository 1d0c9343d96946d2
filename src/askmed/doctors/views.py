from django.shortcuts import get_object_or_404, render

from askmed.doctors.models import Doctor


def detail(request, pk: int):
    doctor = get_object_or_404(Doctor.objects.prefetch_related("departments"), pk=pk)
    answers = (
        doctor.answers.select_related("question", "department")
        .filter(question__status__in=["published", "answered"])
        .order_by("-replied_at")[:50]
    )
    return render(request, "doctors/doctor_detail.html", {"doctor": doctor, "answers": answers})
