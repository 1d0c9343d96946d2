from django.contrib import admin

from askmed.articles.models import Article


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "publisher", "license", "published_at", "is_published", "source"]
    list_filter = ["is_published", "source", "publisher"]
    search_fields = ["title", "body"]
