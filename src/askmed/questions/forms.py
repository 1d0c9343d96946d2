from django import forms
from django.conf import settings
from django.urls import reverse

from askmed.departments.models import Department
from askmed.intake.services import route
from askmed.questions.models import AGE_BANDS, Question
from askmed_engine.safety import mask_personal_data


class AskForm(forms.ModelForm):
    """The ask form: what is published is only what the asker typed here."""

    department = forms.ModelChoiceField(
        queryset=Department.objects.all(),
        required=False,
        empty_label="Not sure: let askmed choose",
        help_text="Not sure? askmed suggests departments as you type; a doctor can move "
        "your question later.",
    )
    age_band = forms.ChoiceField(
        choices=[("", "prefer not to say")] + [(b, b) for b in AGE_BANDS], required=False
    )

    class Meta:
        model = Question
        fields = ["title", "body", "pseudonym", "age_band", "sex", "department"]
        labels = {
            "title": "Your question in one line",
            "body": "Details",
            "pseudonym": "Pseudonym (shown instead of your name)",
        }
        help_texts = {
            "body": "Symptoms, how long, what you have tried. Do not include your "
            "name, phone number or address."
        }
        widgets = {"body": forms.Textarea(attrs={"rows": 8})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.privacy_notices: list[str] = []
        self.routed = None  # the suggestion used when the asker left the department empty
        # htmx: typing in the title or details asks for answered questions like this one
        # (the form works the same without JavaScript; only the side panel stays empty).
        live = {
            "hx-post": reverse("questions:similar-live"),
            "hx-trigger": "keyup changed delay:700ms, change",
            "hx-include": "#id_title, #id_body, [name=csrfmiddlewaretoken]",
            "hx-target": "#similar-live",
            "hx-sync": "closest form:replace",
        }
        for name in ("title", "body"):
            self.fields[name].widget.attrs.update(live)

    def clean_title(self):
        title = " ".join(self.cleaned_data["title"].split())
        if len(title) < 5:
            raise forms.ValidationError("Please write your question in at least a few words.")
        return self._masked(title)

    def clean_body(self):
        body = self.cleaned_data["body"].strip()
        limit = settings.ASKMED_MAX_QUESTION_CHARS
        if len(body) > limit:
            raise forms.ValidationError(
                f"Please keep the details under {limit} characters (this text has {len(body)})."
            )
        if len(body) < 10:
            raise forms.ValidationError("Please describe your question in a sentence or two.")
        return self._masked(body)

    def _masked(self, text: str) -> str:
        """``text`` with personal data replaced: only the masked text is ever stored."""
        masked = mask_personal_data(text)
        self.privacy_notices = list(dict.fromkeys([*self.privacy_notices, *masked.notices]))
        return masked.text

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("department") and cleaned.get("title") and cleaned.get("body"):
            best = route(f"{cleaned['title']}\n{cleaned['body']}", 1)[0]
            department = Department.objects.filter(name=best.name).first()
            if department is None:
                raise forms.ValidationError("Please choose a department.")
            cleaned["department"] = self.instance.department = department
            self.routed = best
        return cleaned
