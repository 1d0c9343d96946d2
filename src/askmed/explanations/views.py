from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_http_methods

from askmed.answers.permissions import can_review_explanation
from askmed.explanations.models import Explanation
from askmed.explanations.services import sign_off


@require_http_methods(["POST"])
def review(request, question_pk: int):
    """An editor signs off the More Info exactly as it is now (its digest is recorded)."""
    row = get_object_or_404(Explanation.objects.select_related("question"), question_id=question_pk)
    if not can_review_explanation(request.user):
        raise PermissionDenied("Only an editor may sign off a generated explanation.")
    if row.abstained:
        messages.error(request, "There is no explanation to sign off on this page.")
    elif request.POST.get("digest") != row.digest:
        messages.error(request, "The explanation changed since you read it; read it again first.")
    else:
        sign_off(row, request.user)
        messages.success(request, "More Info signed off: the page now says it was reviewed by you.")
    return redirect(row.question)
