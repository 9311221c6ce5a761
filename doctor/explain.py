"""``explain``: decode a token or embed URL, run the format's checks, diagnose, report."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from urllib.parse import unquote

from conformance.reference.errors import ErrorCode
from doctor.diagnose import Context, diagnoses
from doctor.envelope_trace import trace_envelope
from doctor.jws_trace import trace_jws
from doctor.lint_notes import lint_notes
from doctor.locate import (
    looks_like_url,
    percent_encoded,
    token_from_url,
    token_not_found,
    where_token_travels,
    whitespace,
    without_whitespace,
)
from doctor.outcome import reference_verdict
from doctor.repairs import Repair
from doctor.report import Part, Report, Verdict
from doctor.trace import Found, Trace
from doctor.url_trace import trace_url
from doctor.views import field_views, signing_view
from specmodel.model import Family, Format

Tracer = Callable[[Format, str, str | None, int], Trace]
TRACERS: dict[Family, Tracer] = {
    Family.JWS: trace_jws,
    Family.ENVELOPE: trace_envelope,
    Family.SIGNED_URL: trace_url,
}


def explain(
    fmt: Format, text: str, secret: str | None, now: int, others: Sequence[Format] = ()
) -> Report:
    """Everything the doctor can say about ``text`` (a token, or an embed URL) at ``now``.

    ``secret`` None: the signature is not checked and nothing needing it is proven.
    ``others``: formats to try when the token may have been made for another one.
    """
    token, url_part = verifier_input(fmt, text)
    if token is None:
        return _no_token(fmt, text, now)
    trace = TRACERS[fmt.family](fmt, token, secret, now)
    observed, repairs = _input_faults(fmt, token) if trace.failure else ([], [])
    context = Context(text, secret, others, repairs)
    return Report(
        format=fmt.name,
        family=fmt.family.value,
        now=now,
        verdict=_verdict(trace) if secret is None else reference_verdict(fmt, secret, token, now),
        parts=(*((url_part,) if url_part else ()), *trace.parts),
        fields=field_views(fmt, trace.claims or {}, now),
        checks=tuple(trace.checks),
        signing_input=signing_view(fmt, trace.mac, trace.key),
        diagnoses=diagnoses(trace, context, observed),
        lint=tuple(lint_notes(fmt, trace.claims or {}, now, trace.key)),
    )


def verifier_input(fmt: Format, text: str) -> tuple[str | None, Part | None]:
    """What the verifier takes: the URL for signed URLs; else the token, taken out of an
    embed URL when one was given (with a part that says where it was)."""
    if fmt.family is Family.SIGNED_URL or not looks_like_url(text):
        return text, None
    token = token_from_url(fmt, text)
    return token, Part("url", text, None, f"the token travels in {where_token_travels(fmt)}")


def _no_token(fmt: Format, text: str, now: int) -> Report:
    diagnosis = token_not_found(fmt)
    verdict = Verdict(False, ErrorCode.MALFORMED.value, diagnosis.summary)
    part = Part("url", text, None, f"the token travels in {where_token_travels(fmt)}")
    return Report(fmt.name, fmt.family.value, now, verdict, (part,), diagnoses=(diagnosis,))


def _input_faults(fmt: Format, token: str) -> tuple[list[Found], list[Repair]]:
    observed, repairs = [], []
    spaced = whitespace(token)
    if spaced is not None:
        observed.append(Found(spaced, after_verdict=False))
        repairs.append(Repair(spaced, without_whitespace(token)))
    escaped = percent_encoded(fmt, token)
    if escaped is not None:
        observed.append(Found(escaped, after_verdict=False))
        repairs.append(Repair(escaped, unquote(token)))
    return observed, repairs


def _verdict(trace: Trace) -> Verdict:
    """Without a secret: refused when a check failed, else unverified."""
    failure = trace.failure
    if failure is None:
        return Verdict(None, None, "the signature was not checked: no secret given")
    return Verdict(False, failure.error, failure.detail)
