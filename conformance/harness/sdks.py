"""The generated tree the adapters come from: a fresh ``python -m generator --out DIR``.

Run as a subprocess so the harness never imports the generator's rendering code.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conformance.harness.backend import BuildError
from conformance.harness.descriptor import ROOT


def generate(out: Path) -> Path:
    """Generate every SDK (and its adapter) into ``out``; returns ``out``."""
    done = subprocess.run(
        [sys.executable, "-m", "generator", "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    if done.returncode != 0:
        raise BuildError(f"python -m generator --out {out} failed:\n{done.stdout}{done.stderr}")
    return out
