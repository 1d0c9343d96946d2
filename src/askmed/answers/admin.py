from django.contrib import admin

from askmed.answers.models import Answer


@admin.register(Answer)
class AnswerAdmin(admin.ModelAdmin):
    list_display = ["question", "doctor", "institution", "department", "replied_at", "source"]
    list_filter = ["department", "source"]
    raw_id_fields = ["question", "doctor"]
