from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import F
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render

from askmed.answers.permissions import can_answer
from askmed.questions.forms import AskForm
from askmed.questions.models import Question, asker_line
from askmed.questions.services import publish_question
from askmed.search.services import related_articles, similar_questions


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
            "related": related_articles(f"{question.title}\n{question.focus}\n{question.body}"),
            "can_answer": can_answer(request.user, question),
        },
    )


def ask(request):
    form = AskForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        question = publish_question(form.save(commit=False), asker=request.user)
        messages.success(
            request,
            f"Your question is published. A doctor of {question.department} will answer it.",
        )
        return redirect(question)
    return render(request, "questions/question_ask.html", {"form": form})


def paginate(request, queryset):
    return Paginator(queryset, settings.ASKMED_PAGE_SIZE).get_page(request.GET.get("page"))
