"""Demo accounts for `make demo`: clearly labelled, so nobody mistakes them for real people."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth import get_user_model

from askmed.departments.models import Department
from askmed.doctors.models import Doctor

DEMO_PASSWORD = "askmed-demo"  # noqa: S105 (printed by `make demo`; dev settings only)


@dataclass(frozen=True)
class DemoAccount:
    username: str
    role: str
    note: str


DEMO_DOCTOR = DemoAccount(
    "demo-doctor", "doctor", "verified doctor of Neurology, Rehabilitation and Family Medicine"
)
DEMO_EDITOR = DemoAccount("demo-editor", "editor", "editor with access to the admin")


def ensure_demo_accounts() -> list[DemoAccount]:
    """Create (or reset) the demo doctor and editor; running it twice changes nothing."""
    User = get_user_model()
    doctor_user, _ = User.objects.get_or_create(username=DEMO_DOCTOR.username)
    doctor_user.set_password(DEMO_PASSWORD)
    doctor_user.save()
    doctor, _ = Doctor.objects.update_or_create(
        user=doctor_user,
        defaults={
            "display_name": "Demo Doctor (demo account)",
            "verified": True,
            "hospital": "askmed demo (not a real hospital)",
        },
    )
    doctor.departments.set(
        Department.objects.filter(slug__in=["neurology", "rehabilitation", "family-medicine"])
    )
    editor, _ = User.objects.get_or_create(username=DEMO_EDITOR.username)
    editor.set_password(DEMO_PASSWORD)
    editor.is_staff = True
    editor.is_superuser = True
    editor.save()
    return [DEMO_DOCTOR, DEMO_EDITOR]
