"""Who may answer what: every answering rule lives here and is tested directly."""

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
