"""Shared test vectors: every format's sign and verify cases (exchange formats: exchange and
revoke cases against canned vendor answers), made from its model and example.

Nothing here knows a format by name: the cases derive from ``specmodel``'s typed model and
the YAML ``example``; every expected result is what the reference implementation answers.
``python -m conformance.vectors`` writes ``conformance/vectors/<format>.json``.
"""

from conformance.vectors.build import build_document
from conformance.vectors.cli import main

__all__ = ["build_document", "main"]
