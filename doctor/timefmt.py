"""Unix times as ISO 8601 UTC and as a distance from now."""

from __future__ import annotations

from datetime import UTC, datetime


def iso_utc(seconds: int) -> str | None:
    """``2023-11-14T22:13:20Z``; None when the value is not a representable time."""
    try:
        moment = datetime.fromtimestamp(seconds, UTC)
    except (OverflowError, OSError, ValueError):
        return None
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def relative(seconds: int, now: int) -> str:
    """``in 10 min``, ``3 h ago``, ``now``: how far ``seconds`` is from ``now``."""
    delta = seconds - now
    if delta == 0:
        return "now"
    span = duration(abs(delta))
    return f"in {span}" if delta > 0 else f"{span} ago"


def duration(seconds: int) -> str:
    """A length of time in its largest whole unit with one decimal: ``90 s``, ``1.5 h``."""
    for size, unit in ((86400 * 365, "y"), (86400, "d"), (3600, "h"), (60, "min")):
        if seconds >= size:
            whole = seconds / size
            text = f"{whole:.1f}".removesuffix(".0")
            return f"{text} {unit}"
    return f"{seconds} s"


def when(seconds: int, now: int) -> str:
    """``1700000600 (2023-11-14T22:23:20Z, in 10 min)``: a time as every report shows it."""
    iso = iso_utc(seconds)
    if iso is None:
        return f"{seconds} (not a representable time)"
    return f"{seconds} ({iso}, {relative(seconds, now)})"
