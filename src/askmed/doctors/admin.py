from django.contrib import admin

from askmed.doctors.models import Doctor


@admin.register(Doctor)
class DoctorAdmin(admin.ModelAdmin):
    list_display = ["display_name", "user", "hospital", "verified", "source"]
    list_filter = ["verified", "departments", "source"]
    search_fields = ["display_name", "hospital"]
    filter_horizontal = ["departments"]
    raw_id_fields = ["user"]
