from django.apps import AppConfig


class TextbooksConfig(AppConfig):
    name = "textbooks"
    verbose_name = "教材与目录"
