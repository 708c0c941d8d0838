"""Figures for the provincial dashboard (SPEC §5): coverage, exceptions, outstanding filings and
stop-use impact, each a few aggregate queries whatever the number of schools."""

from django.db.models import Count, Q
from django.utils import timezone

from directory.models import Organisation, OrganisationKind
from selection import services
from selection.models import ProvincialFiling, RoundStatus, SelectionLine, SelectionRound, StopUseOrder

DONE = (RoundStatus.FINAL, RoundStatus.FILED)


def bars(pairs):
    """(label, value) → rows with a width in percent of the largest value, for inline SVG bars."""
    pairs = list(pairs)
    top = max((value for _, value in pairs), default=0) or 1
    return [{"label": label, "value": value, "width": round(100 * value / top, 1)} for label, value in pairs]


def overview(year=None):
    years = sorted(set(SelectionRound.objects.values_list("school_year", flat=True)), reverse=True)
    year = int(year) if str(year or "").isdigit() else (years[0] if years else timezone.localdate().year)
    schools = dict(
        Organisation.objects.filter(kind=OrganisationKind.SCHOOL).values_list("province").annotate(n=Count("pk"))
    )
    rounds = SelectionRound.objects.filter(school_year=year)
    covered = dict(
        rounds.filter(status__in=DONE).values_list("school__province").annotate(n=Count("school", distinct=True))
    )
    coverage = [
        {"province": p, "schools": n, "covered": covered.get(p, 0), "percent": round(100 * covered.get(p, 0) / n)}
        for p, n in sorted(schools.items())
    ]
    by_status = dict(rounds.values_list("status").annotate(n=Count("pk")))
    lines = SelectionLine.objects.filter(round__school_year=year)
    exceptions = lines.exclude(exception_reason="").values_list("round__school__name").annotate(n=Count("pk")).order_by("-n")
    outstanding = rounds.filter(status=RoundStatus.FINAL).values_list("school__province").annotate(n=Count("pk")).order_by("-n")
    filed_provinces = set(ProvincialFiling.objects.filter(school_year=year).values_list("province", flat=True))
    orders = StopUseOrder.objects.filter(lifted_at__isnull=True).select_related("version__textbook").annotate(
        schools=Count("notices__round__school", distinct=True),
        pending=Count("notices", filter=Q(notices__replaced_at__isnull=True), distinct=True),
    )
    return {
        "year": year,
        "years": years,
        "coverage": coverage,
        "coverage_bars": bars((c["province"], c["percent"]) for c in coverage),
        "status_bars": bars((label, by_status.get(value, 0)) for value, label in RoundStatus.choices),
        "line_count": lines.count(),
        "exception_bars": bars(exceptions[:15]),
        "outstanding_bars": bars(outstanding),
        "provinces_not_filed": sorted(set(schools) - filed_provinces),
        "stop_use": [
            {"order": o, "schools": o.schools, "pending": o.pending} for o in orders
        ],
        "flagged_versions": services.versions_with_listed_authors(),
        "stop_use_bars": bars((f"《{o.version.textbook.title}》", o.schools) for o in orders),
    }
