from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone

from askmed.answers.forms import AnswerForm
from askmed.answers.permissions import can_answer
from askmed.questions.models import Question


@login_required
def create(request, pk: int):
    question = get_object_or_404(Question.objects.select_related("department"), pk=pk)
    if not can_answer(request.user, question):
        raise PermissionDenied("Only a verified doctor of this question's department may answer.")
    form = AnswerForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            answer = form.save(commit=False)
            answer.question = question
            answer.doctor = request.user.doctor
            answer.department = question.department
            answer.replied_at = timezone.now()
            answer.save()
            question.status = Question.Status.ANSWERED
            question.last_answered_at = answer.replied_at
            question.save(update_fields=["status", "last_answered_at", "updated_at"])
        messages.success(request, "Your answer is published.")
        return redirect(question)
    return render(request, "answers/answer_form.html", {"form": form, "question": question})
