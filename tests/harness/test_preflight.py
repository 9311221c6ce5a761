"""Before a run: a vendor's own vector file is accepted without claiming the generator, and a
Docker engine that cannot build the images stops the run at once with the builder's reason
and the offline recipe (the bad inputs are in tests/test_hostile_inputs.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import docker.errors
import pytest

from conformance.harness import cli, dockerhost, preflight
from conformance.harness.cases import VECTORS, load_all
from conformance.harness.descriptor import load
from conformance.harness.vectorfiles import check


def _hand_made(tmp_path: Path) -> Path:
    document = json.loads((VECTORS / "papermap-iframe.json").read_text(encoding="utf-8"))
    group = document["testGroups"][0]
    group["tests"] = [dict(group["tests"][0], id="sign/vendor-own")]
    for key in ("generator", "spec", "spec_sha256", "numberOfTests"):
        del document[key]
    path = tmp_path / "vendor.json"
    path.write_text(json.dumps({**document, "testGroups": [group]}), encoding="utf-8")
    return path


def test_a_hand_made_vector_file_needs_no_generator_claim(tmp_path: Path) -> None:
    (case,) = check([_hand_made(tmp_path)], load_all(), ["papermap-iframe"])
    assert case.key == "papermap-iframe/sign/vendor-own"


def test_the_harness_runs_a_hand_made_file(tmp_path: Path) -> None:
    argv = ["--vectors", str(_hand_made(tmp_path)), "-k", "sign/vendor-own", "--no-cross"]
    argv += ["--backend", "local", "--lang", "python", "--sdks", str(VECTORS.parents[1])]
    assert cli.main([*argv, "--out", str(tmp_path / "out"), "-q"]) == 0
    results = (tmp_path / "out" / "results.jsonl").read_text(encoding="utf-8")
    assert '"case": "papermap-iframe/sign/vendor-own"' in results and '"outcome": "pass"' in results


class _Images:
    def get(self, name: str) -> Any:
        raise docker.errors.ImageNotFound(name)

    def build(self, **kwargs: Any) -> Any:
        log = [{"stream": "Step 1/9 : FROM debian:bookworm\n"}]
        raise docker.errors.BuildError("pull access denied: no registry here", log)


class _Engine:
    images = _Images()


def test_an_engine_that_cannot_build_stops_the_run_with_the_recipe() -> None:
    notes: list[str] = []
    with pytest.raises(preflight.SetupError) as failure:
        preflight.images(_Engine(), [load("php")], [], offline=False, note=notes.append)
    message = str(failure.value)
    assert message.startswith("docker: cannot build embedseal/php:latest: docker build ")
    assert "pull access denied: no registry here" in message
    assert dockerhost.OFFLINE_RECIPE in message and "build-all.sh --offline" in message
    assert notes == [f"building embedseal/php:latest from {load('php').recipe} ..."]
