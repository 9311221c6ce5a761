"""Cases a vendor published with its own code (conformance/vectors/vendor_samples.yaml).

A sign case replays the vendor's inputs (its nonce and time too) and must answer what the
vendor published; a verify case reads the URL exactly as the vendor's code writes it (its
parameter order, its encoding) and must accept it. Their provenance is the vendor's URL.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

from conformance.vectors.cases import OK, Context, SignCase, VerifyCase

SAMPLES = Path(__file__).resolve().parent / "vendor_samples.yaml"


@cache
def _samples() -> dict[str, list[dict[str, Any]]]:
    loaded: dict[str, list[dict[str, Any]]] = yaml.safe_load(SAMPLES.read_text(encoding="utf-8"))
    return loaded


def vendor_sign_cases(ctx: Context) -> list[SignCase]:
    """The vendor's published sign calls for ``ctx``'s format."""
    return [
        ctx.sign_case(
            f"sign/vendor/{sample['id']}",
            " ".join(sample["comment"].split()),
            sample["fields"],
            secret=sample["secret"],
            now=sample["now"],
            flags=("vendor",),
            expect=OK,
            provenance=sample["provenance"],
            published=sample.get("published"),
        )
        for sample in _samples().get(ctx.fmt.name, [])
    ]


def vendor_verify_cases(ctx: Context) -> list[VerifyCase]:
    """The tokens or URLs as the vendor's own code writes them, which must verify."""
    return [
        ctx.verify_case(
            f"verify/vendor/{sample['id']}",
            "The URL exactly as the vendor's code writes it. "
            + " ".join(sample["comment"].split()),
            sample["url"],
            secret=sample["secret"],
            now=sample["now"],
            flags=("vendor",),
            expect=OK,
            provenance=sample["provenance"],
        )
        for sample in _samples().get(ctx.fmt.name, [])
        if "url" in sample
    ]
