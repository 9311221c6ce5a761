"""The TypeScript SDK's browser token manager, as an exchange format's page shows it: the page
never holds the secret; it fetches tokens from the customer's own back end, caches them and
fetches a fresh one before expiry (and asks the back end to revoke on logout, if the vendor
can revoke)."""

from __future__ import annotations

from dataclasses import dataclass

from generator.docs.frontend import REFRESH_BEFORE_EXPIRY
from specmodel.exchange_model import ExchangeFormat
from specmodel.package import Package


@dataclass(frozen=True)
class TokenManager:
    """The usage example's facts."""

    format_name: str
    vendor: str
    revocable: bool
    module: str  # what the example imports: ``<npm name>/token-manager``
    refresh_minutes: int


def token_manager(fmt: ExchangeFormat, pkg: Package) -> TokenManager:
    """The token manager of ``fmt`` in the npm package ``pkg`` describes."""
    return TokenManager(
        format_name=fmt.name,
        vendor=fmt.vendor,
        revocable=fmt.exchange.revoke is not None,
        module=f"{pkg.npm_name}/token-manager",
        refresh_minutes=REFRESH_BEFORE_EXPIRY // 60,
    )
