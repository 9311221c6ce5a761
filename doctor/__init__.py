"""The token doctor: why a token is refused, said with proofs.

:func:`explain` decodes a token (or embed URL) of one format, runs that format's checks in
the reference verifier's order, and returns a :class:`~doctor.report.Report`: the parts and
fields, each check's outcome, the signing input, and diagnoses named by the stable codes of
:class:`~doctor.causes.Cause` (documented in docs/reference/doctor.md). It reads formats only
through :mod:`specmodel` and computes only with :mod:`conformance.reference`.
"""

from doctor.causes import Cause
from doctor.explain import explain, verifier_input
from doctor.report import Report

__all__ = ["Cause", "Report", "explain", "verifier_input"]
