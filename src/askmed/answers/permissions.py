"""Who may answer or move what: every such rule lives here and is tested directly."""

from __future__ import annotations


def doctor_of(user):
    """The doctor profile of a logged-in user, or None."""
    if not getattr(user, "is_authenticated", False):
        return None
    return getattr(user, "doctor", None)


def can_answer(user, question) -> bool:
    """A verified doctor of the question's department may answer a public question."""
    doctor = doctor_of(user)
    return bool(
        doctor is not None
        and doctor.verified
        and question.is_public
        and doctor.departments.filter(pk=question.department_id).exists()
    )


def can_reassign(user, question) -> bool:
    """Staff, or a verified doctor of the question's current department, may move a public
    question to another department (the asker's or the router's choice was wrong)."""
    if getattr(user, "is_staff", False) and question.is_public:
        return True
    return can_answer(user, question)


def can_review_explanation(user) -> bool:
    """An editor — staff holding ``explanations.review_explanation`` — may sign off a
    generated More Info; doctors and readers may not."""
    return bool(
        getattr(user, "is_staff", False) and user.has_perm("explanations.review_explanation")
    )
