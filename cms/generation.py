"""The content generation: the one row whose token names the current state of public content.

Its own module, below the page models: the visitors' page cache and the content fragments
(``cms.page_cache``) read it, and the apps whose pages they serve (curriculum, textbooks) use those,
while ``cms.models`` (the site's pages) builds on the apps.
"""

from django.db import models


class ContentGeneration(models.Model):
    """The current state of public content, named by a random token: the key of the visitors'
    page cache (``cms.page_cache``). One row, given a new token after every commit that touches
    public content. Random rather than counted, so that another database (a fresh one, a
    restore) never meets pages cached from a different one under the same key."""

    token = models.CharField(max_length=32)

    class Meta:
        verbose_name = "公开内容版本号"
