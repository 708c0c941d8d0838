"""Initials avatars drawn by the site itself: Wagtail's default asks Gravatar, which is unreachable
from many school networks and sends a hash of each user's e-mail address abroad."""

import hashlib

from django.contrib.auth import get_user_model
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.html import escape

PALETTE = ("#b3261e", "#1f6fb2", "#1e7d45", "#8a4baf", "#b2561f", "#2f6f73", "#5b6475")


def initials(name):
    """A Chinese name shows its surname's character (张三丰 → 张); other names the first letters of
    their first two words (Li Ming → LM)."""
    name = (name or "").strip()
    if not name:
        return "?"
    if not name.isascii():
        return name[0]
    return "".join(word[0] for word in name.split()[:2]).upper()


def colour_for(key):
    return PALETTE[int(hashlib.sha256(str(key).encode()).hexdigest(), 16) % len(PALETTE)]


def display_name(user):
    from directory.models import Person

    name = Person.objects.filter(user=user).values_list("name", flat=True).first()
    return name or user.get_full_name() or user.get_username()


def svg(text, colour):
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">'
        f'<rect width="64" height="64" fill="{colour}"/>'
        '<text x="32" y="32" dy=".35em" text-anchor="middle" fill="#fff" '
        'font-family="Noto Sans CJK SC, PingFang SC, Microsoft YaHei, sans-serif" font-size="28">'
        f"{escape(text)}</text></svg>"
    )


def avatar(request, pk):
    """An admin user's initials (the admin's URL registration requires admin access)."""
    user = get_object_or_404(get_user_model(), pk=pk)
    response = HttpResponse(svg(initials(display_name(user)), colour_for(user.pk)), content_type="image/svg+xml")
    response["Cache-Control"] = "private, max-age=3600"
    return response
