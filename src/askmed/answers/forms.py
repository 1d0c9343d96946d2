from django import forms

from askmed.answers.models import Answer


class AnswerForm(forms.ModelForm):
    class Meta:
        model = Answer
        fields = ["body"]
        labels = {"body": "Your answer"}
        widgets = {"body": forms.Textarea(attrs={"rows": 10})}

    def clean_body(self):
        body = self.cleaned_data["body"].strip()
        if len(body) < 20:
            raise forms.ValidationError("An answer needs at least a couple of sentences.")
        if len(body) > 20_000:
            raise forms.ValidationError("Please keep an answer under 20,000 characters.")
        return body
