"""Shared pytest options and fixtures for the spec tests."""

from __future__ import annotations

import pytest
from snapshot import Snapshots


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-snapshots",
        action="store_true",
        default=False,
        help="rewrite tests/snapshots/ from the current output instead of comparing",
    )


@pytest.fixture
def snapshots(request: pytest.FixtureRequest) -> Snapshots:
    """Snapshot comparison, in update mode under --update-snapshots."""
    return Snapshots(update=bool(request.config.getoption("--update-snapshots")))
