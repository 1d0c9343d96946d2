from django.contrib import messages
from django.db.models import F
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods

from askmed.answers.permissions import can_answer
from askmed.questions.forms import AskForm
from askmed.questions.models import Question, asker_line
from askmed.questions.services import publish_question
from askmed.search import runtime
from askmed.search.services import (
    related_articles_for_question,
    similar_questions,
    similar_to_text,
)

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
    return render(
        request,
        "questions/question_detail.html",
        {
            "question": question,
            "asker_line": asker_line(question),
            "answers": list(question.answers.all()),
            "similar": similar_questions(question),
            "related": related_articles_for_question(question),
            "can_answer": can_answer(request.user, question),
        },
    )


def ask(request):
    if request.method == "GET":
        runtime.warm_up()  # the sentence model loads while the asker types
    form = AskForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        question = publish_question(form.save(commit=False), asker=request.user)
        messages.success(
            request,
            f"Your question is published. A doctor of {question.department} will answer it.",
        )
        return redirect(question)
    return render(request, "questions/question_ask.html", {"form": form})


@require_http_methods(["GET", "HEAD", "POST"])
def similar_live(request):
    """The ask form's live panel: answered questions like the one being typed (htmx)."""
    data = request.POST if request.method == "POST" else request.GET  # the form posts: long text
    text = f"{data.get('title', '')}\n{data.get('body', '')}"[:LIVE_MAX_CHARS]
    typed_enough = len("".join(text.split())) >= LIVE_MIN_CHARS
    matches = similar_to_text(text, k=LIVE_COUNT) if typed_enough else []
    return render(
        request,
        "questions/_similar_live.html",
        {"typed_enough": typed_enough, "matches": matches, "model_ready": runtime.model_ready()},
    )
