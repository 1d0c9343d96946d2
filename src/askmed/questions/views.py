from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import F
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods

from askmed.answers.permissions import can_answer, can_reassign
from askmed.departments.models import Department
from askmed.explanations import services as explanations
from askmed.intake.services import analyse
from askmed.questions.forms import AskForm
from askmed.questions.models import Question, asker_line
from askmed.questions.services import generated_title, publish_question
from askmed.search import runtime
from askmed.search.services import (
    related_articles_for_question,
    similar_questions,
    similar_to_text,
)
from askmed_engine.safety import find_red_flags

LIVE_MIN_CHARS = 15  # non-space characters typed before similar questions are looked up
LIVE_MAX_CHARS = 4000  # the most text a live lookup reads
LIVE_COUNT = 4


def detail(request, pk: int, slug: str = ""):
    question = get_object_or_404(Question.objects.for_display(), pk=pk)
    if not question.is_public:
        raise Http404("This question is not public.")
    if slug != question.slug:
        return redirect(question, permanent=True)
    Question.objects.filter(pk=pk).update(view_count=F("view_count") + 1)
    more_info = explanations.page_context(question, request.user)
    page_data = explanations.structured_data(
        question, more_info["more_info"], request.build_absolute_uri(question.get_absolute_url())
    )
    return render(
        request,
        "questions/question_detail.html",
        {
            **more_info,
            "structured_data": explanations.json_ld(page_data),
            "question": question,
            "asker_line": asker_line(question),
            "answers": list(question.answers.all()),
            "similar": similar_questions(question),
            "related": related_articles_for_question(question),
            "can_answer": can_answer(request.user, question),
            "can_reassign": can_reassign(request.user, question),
            "departments": Department.objects.all() if can_reassign(request.user, question) else [],
        },
    )


@require_http_methods(["POST"])
def reassign(request, pk: int):
    """Move a question to another department (staff, or a doctor of its department)."""
    question = get_object_or_404(Question, pk=pk)
    if not can_reassign(request.user, question):
        raise PermissionDenied("Only a doctor of this department or an editor may move it.")
    department = Department.objects.filter(pk=request.POST.get("department")).first()
    if department is None:
        messages.error(request, "Choose one of the departments in the list.")
    elif department != question.department:
        old = question.department
        question.department = department
        question.page_title = generated_title(question)
        question.save(update_fields=["department", "page_title"])
        messages.success(request, f"Moved from {old} to {department}.")
    return redirect(question)


def ask(request):
    if request.method == "GET":
        runtime.warm_up()  # the sentence model loads while the asker types
    form = AskForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        question = publish_question(form.save(commit=False), asker=request.user)
        for flag in find_red_flags(f"{question.title}\n{question.body}"):
            messages.error(request, f"{flag.label}. {flag.guidance}")
        for notice in form.privacy_notices:
            messages.info(request, notice)
        chosen = f" (suggested: {form.routed.reason})" if form.routed else ""
        messages.success(
            request,
            f"Your question is published. A doctor of {question.department}{chosen} will "
            "answer it.",
        )
        return redirect(question)
    return render(request, "questions/question_ask.html", {"form": form})


@require_http_methods(["GET", "HEAD", "POST"])
def similar_live(request):
    """The ask form's live panels (htmx): answered questions like the one being typed,
    and, swapped out of band, the suggested departments, red flags and masked text."""
    data = request.POST if request.method == "POST" else request.GET  # the form posts: long text
    text = f"{data.get('title', '')}\n{data.get('body', '')}"[:LIVE_MAX_CHARS]
    typed_enough = len("".join(text.split())) >= LIVE_MIN_CHARS
    matches = similar_to_text(text, k=LIVE_COUNT) if typed_enough else []
    title, body = data.get("title", "")[:LIVE_MAX_CHARS], data.get("body", "")[:LIVE_MAX_CHARS]
    context = {
        "typed_enough": typed_enough,
        "matches": matches,
        "model_ready": runtime.model_ready(),
        "intake": analyse(title, body) if typed_enough else None,
        "oob": True,
    }
    return render(request, "questions/_ask_live.html", context)
