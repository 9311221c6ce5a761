"""What a case is before the reference judges it: inputs, a stable id and the intended outcome."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from specmodel.model import Format

Fields = dict[str, Any]
OK = "ok"


@dataclass(frozen=True)
class Example:
    """The YAML's ``example``: the baseline sign call every case starts from."""

    secret: str
    now: int
    fields: Fields


@dataclass(frozen=True)
class SignCase:
    """One sign call. ``expect`` is what the generator means to test (None: not asserted)."""

    id: str
    comment: str
    fields: Fields
    secret: str
    now: int
    flags: tuple[str, ...] = ()
    expect: str | None = None
    provenance: str = "reference"  # or where a vendor published the case
    published: Fields | None = None  # members the vendor published that the answer must hold


@dataclass(frozen=True)
class VerifyCase:
    """One verify call on a token or URL; ``expect`` as for :class:`SignCase`."""

    id: str
    comment: str
    token: str
    secret: str
    now: int
    flags: tuple[str, ...] = ()
    expect: str | None = None
    provenance: str = "reference"


@dataclass(frozen=True)
class Judged:
    """A case with the reference's answer (``expected``) and the random bytes it was handed."""

    case: SignCase | VerifyCase
    expected: dict[str, Any]
    random: bytes = b""


@dataclass(frozen=True)
class Context:
    """A format with its example: what every case generator receives."""

    fmt: Format
    example: Example

    def sign_case(self, case_id: str, comment: str, fields: Fields, **extra: Any) -> SignCase:
        """A sign case with the example's secret and clock unless ``extra`` says otherwise."""
        secret = extra.pop("secret", self.example.secret)
        now = extra.pop("now", self.example.now)
        return SignCase(case_id, comment, fields, secret, now, **extra)

    def verify_case(self, case_id: str, comment: str, token: str, **extra: Any) -> VerifyCase:
        """A verify case with the example's secret and clock unless ``extra`` says otherwise."""
        secret = extra.pop("secret", self.example.secret)
        now = extra.pop("now", self.example.now)
        return VerifyCase(case_id, comment, token, secret, now, **extra)
