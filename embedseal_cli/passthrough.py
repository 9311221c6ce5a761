"""``generate``, ``vectors`` and ``conformance``: the project's own entry points, unchanged.

Their arguments go through as they are (``embedseal generate --check`` is
``python -m generator --check``); each is imported only when it runs.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence

COMMANDS = {
    "generate": ("generator.cli", "generate the six SDKs and the docs pages from spec/formats/"),
    "vectors": ("conformance.vectors.cli", "build (or --check) the conformance test vectors"),
    "conformance": ("conformance.harness.cli", "run every generated SDK against the vectors"),
}


def run_passthrough(command: str, argv: Sequence[str]) -> int:
    """Run ``command``'s ``main`` with ``argv``; its exit code is ours."""
    module = importlib.import_module(COMMANDS[command][0])
    code: int = module.main(list(argv))
    return code
