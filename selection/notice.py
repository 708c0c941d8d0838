"""The public notice page's queries and objection form (S2, Art. 27(2))."""

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from django.http import Http404
from django.utils import timezone
from django_ratelimit.core import is_ratelimited

from cms.login_throttle import client_address
from selection import services
from selection.models import Objection, ObjectionKind, RoundStatus, SelectionLine, SelectionRound


# S2: one visitor cannot stall every school with a stream of objections. django-ratelimit counts
# posts per client address (as far as trusted proxies vouch for it) in the default cache, which is
# Redis and shared across workers in production.
OBJECTION_RATE = "5/h"
RATE_LIMITED = "S2（第二十七条第（二）项）：提交异议过于频繁，同一网络每小时最多提交 5 条，请稍后再试。"


def objection_rate_limited(request):
    return is_ratelimited(
        request, group="selection.objection", key=_client, rate=OBJECTION_RATE, method="POST", increment=True
    )


def _client(group, request):
    return client_address(request)


def rounds_on_notice(today=None):
    """Rounds whose notice period is running, each with its lines, in three queries."""
    lines = SelectionLine.objects.select_related("course", "version__textbook", "version__publisher").order_by("course__code")
    return (
        SelectionRound.objects.filter(status=RoundStatus.NOTICE, notice_ends_on__gte=today or timezone.localdate())
        .select_related("school", "major", "level")
        .prefetch_related(Prefetch("lines", queryset=lines))
        .order_by("school__name", "major__code", "level__rank")
    )


def round_on_notice(round_id):
    selection_round = rounds_on_notice().filter(pk=round_id).first()
    if selection_round is None:
        raise Http404
    return selection_round


class ObjectionForm(forms.ModelForm):
    class Meta:
        model = Objection
        fields = ["kind", "line", "content", "raised_by", "contact"]
        labels = {"raised_by": "提出人姓名（不公开）", "contact": "联系方式（不公开）"}
        widgets = {"content": forms.Textarea(attrs={"rows": 5})}

    def __init__(self, selection_round, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.round = selection_round
        self.fields["kind"].choices = ObjectionKind.choices
        self.fields["line"].queryset = selection_round.lines.all()
        self.fields["line"].empty_label = "（针对整体选用结果）"

    def submit(self):
        """Raise the objection through the service; a refusal becomes a form error."""
        data = self.cleaned_data
        try:
            return services.raise_objection(
                self.round, kind=data["kind"], content=data["content"], raised_by=data["raised_by"],
                contact=data.get("contact", ""), line=data.get("line"),
            )
        except ValidationError as error:
            self.add_error(None, error)
            return None
