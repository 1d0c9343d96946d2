from django.contrib import admin

from askmed.imports.models import ImportedUnit


@admin.register(ImportedUnit)
class ImportedUnitAdmin(admin.ModelAdmin):
    list_display = ["kind", "key", "records", "finished_at"]
    list_filter = ["kind"]
