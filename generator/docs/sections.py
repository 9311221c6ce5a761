"""The sections a format page shows code in: one per region of the published files."""

from __future__ import annotations

from enum import StrEnum

from generator.regions import REGIONS


class Section(StrEnum):
    """A region of a published file (``--8<-- [start:sign]``), shown as a page section."""

    SIGN = "sign"
    VERIFY = "verify"
    URL = "url"
    EXCHANGE = "exchange"
    REVOKE = "revoke"

    @property
    def heading(self) -> str:
        """The section's heading."""
        return _HEADINGS[self]

    @property
    def intro(self) -> str:
        """The sentence under the heading."""
        return _INTROS[self]


_HEADINGS = {
    Section.SIGN: "Sign",
    Section.VERIFY: "Verify",
    Section.URL: "Embed URL",
    Section.EXCHANGE: "Exchange",
    Section.REVOKE: "Revoke",
}
_INTROS = {
    Section.SIGN: "Sign a token on your back end, with the secret that never leaves it.",
    Section.VERIFY: "Verify a token (your own services, tests, or a vendor-side check).",
    Section.URL: "Build the embed URL from the signed values.",
    Section.EXCHANGE: "Trade the secret for the vendor's token on your back end (one HTTP call, "
    "with a timeout; the secret never appears in an error).",
    Section.REVOKE: "Invalidate a token the vendor issued (on logout).",
}
EXCHANGE_SECTIONS = (Section.EXCHANGE, Section.REVOKE)
SIGNING_SECTIONS = tuple(s for s in Section if s not in EXCHANGE_SECTIONS)
assert tuple(Section) == REGIONS, "a section per region, in the regions' order"
