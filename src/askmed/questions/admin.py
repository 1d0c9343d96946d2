from django.contrib import admin

from askmed.answers.models import Answer
from askmed.questions.models import Question


class AnswerInline(admin.StackedInline):
    model = Answer
    extra = 0
    raw_id_fields = ["doctor"]


@admin.register(Question)
class QuestionAdmin(admin.ModelAdmin):
    list_display = ["title", "department", "status", "asked_at", "source", "view_count"]
    list_filter = ["status", "department", "source"]
    search_fields = ["title", "body", "source_record_id"]
    readonly_fields = [
        "source",
        "source_record_id",
        "source_url",
        "source_license",
        "view_count",
        "created_at",
        "updated_at",
    ]
    raw_id_fields = ["asker"]
    inlines = [AnswerInline]
