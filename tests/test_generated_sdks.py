"""Generated code compiled and executed: each language's adapter against the shared vectors.

The adapter is generated with the SDK; this test copies sdks/<lang>/ to a temporary folder,
builds the adapter with the language's registered commands and feeds it every sign and verify
vector case (exchange groups have no adapter operation yet).
A missing toolchain skips locally and fails in CI.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from adapter_run import differences, request, run_adapter, toolchain_or_skip, vector_cases

from conformance.harness import expected as expected_failures
from generator.languages.base import Language
from generator.languages.registry import LANGUAGES

ROOT = Path(__file__).resolve().parents[1]
VECTORS = Path(os.environ.get("EMBEDSEAL_VECTORS", str(ROOT / "conformance" / "vectors")))
# Where the generated tree is read from: the repository, or a scratch output of `--out DIR`.
GENERATED = Path(os.environ.get("EMBEDSEAL_GENERATED_ROOT", str(ROOT)))


@pytest.mark.parametrize("lang", LANGUAGES, ids=lambda lang: lang.name)
def test_adapter_reproduces_vectors(lang: Language, tmp_path: Path) -> None:
    toolchain_or_skip(lang)
    cases = vector_cases(VECTORS)
    if not cases:
        pytest.skip("no vectors yet")
    answers = run_adapter(lang, GENERATED / lang.sdk_root, tmp_path, cases)
    listed = expected_failures.load(lang.name)  # each with the reason the language cannot
    differing = differences(cases, answers)
    failures = [f"{case}: {what}" for case, what in differing.items() if case not in listed]
    assert not failures, f"{len(failures)} of {len(cases)} cases differ:\n" + "\n".join(
        failures[:40]
    )
    sent = {request(c)["id"] for c in cases}
    fixed = sorted(case for case in listed if case not in differing and case in sent)
    assert not fixed, f"listed as expected failures but passing (remove them): {fixed}"
