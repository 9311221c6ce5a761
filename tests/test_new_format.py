"""Adding a format is one YAML file: no code changes, all six languages, vectors included."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from generator.languages.registry import LANGUAGES

ROOT = Path(__file__).resolve().parents[1]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, capture_output=True, text=True, check=False
    )


def test_a_new_yaml_file_generates_every_language(tmp_path: Path) -> None:
    specs = tmp_path / "specs"
    specs.mkdir()
    text = (ROOT / "spec" / "formats" / "embedseal-v1.yaml").read_text(encoding="utf-8")
    (specs / "acme-embed.yaml").write_text(
        text.replace("format: embedseal-v1", "format: acme-embed")
    )
    out = tmp_path / "out"
    done = _run("-m", "generator", "--formats-dir", str(specs), "--out", str(out))
    assert done.returncode == 0, done.stderr
    for lang in LANGUAGES:
        produced = list((out / lang.sdk_root).rglob("*"))
        assert any(
            "acme" in path.name.lower() or "acme" in str(path.parent).lower() for path in produced
        ), lang.name
    assert (out / "docs" / "generated" / "acme-embed.md").exists()
    vectors = _run(
        "-m", "conformance.vectors", "--formats-dir", str(specs), "--out", str(tmp_path / "v")
    )
    assert vectors.returncode == 0, vectors.stderr
    assert (tmp_path / "v" / "acme-embed.json").exists()


def test_a_spec_error_writes_nothing(tmp_path: Path) -> None:
    specs = tmp_path / "specs"
    specs.mkdir()
    (specs / "broken.yaml").write_text("format: broken\nfamily: jws\n")
    out = tmp_path / "out"
    done = _run("-m", "generator", "--formats-dir", str(specs), "--out", str(out))
    assert done.returncode == 2
    assert "broken.yaml:1:1" in done.stderr
    assert not out.exists()


def test_check_lists_stale_missing_and_extra_files(tmp_path: Path) -> None:
    specs = tmp_path / "specs"
    specs.mkdir()
    source = (ROOT / "spec" / "formats" / "embedseal-v1.yaml").read_text(encoding="utf-8")
    (specs / "embedseal-v1.yaml").write_text(source)
    out = tmp_path / "out"
    assert _run("-m", "generator", "--formats-dir", str(specs), "--out", str(out)).returncode == 0
    assert (
        _run(
            "-m", "generator", "--formats-dir", str(specs), "--out", str(out), "--check"
        ).returncode
        == 0
    )
    stale = next((out / "sdks" / "python").rglob("embedseal_v1.py"))
    stale.write_text("# edited by hand\n")
    (out / "sdks" / "manifest.json").write_text(
        (out / "sdks" / "manifest.json")
        .read_text()
        .replace('"files": {', '"files": {\n    "sdks/gone.txt": "0",')
    )
    (out / "sdks" / "gone.txt").write_text("left over\n")
    check = _run("-m", "generator", "--formats-dir", str(specs), "--out", str(out), "--check")
    assert check.returncode == 1
    assert "stale: sdks/python/src/embedseal/embedseal_v1.py" in check.stdout
    assert "extra: sdks/gone.txt" in check.stdout
    # A unified diff per file: the hand edit against what the spec produces.
    assert "--- a/sdks/python/src/embedseal/embedseal_v1.py\n" in check.stdout
    assert "+++ b/sdks/python/src/embedseal/embedseal_v1.py\n" in check.stdout
    assert "\n-# edited by hand\n" in check.stdout
    assert (
        "--- a/sdks/gone.txt\n+++ /dev/null\n" in check.stdout and "\n-left over\n" in check.stdout
    )
    assert _run("-m", "generator", "--formats-dir", str(specs), "--out", str(out)).returncode == 0
    assert not (out / "sdks" / "gone.txt").exists()


def test_removing_a_format_leaves_no_empty_folders(tmp_path: Path) -> None:
    specs = tmp_path / "specs"
    specs.mkdir()
    for name in ("embedseal-v1", "papermap-iframe"):
        source = ROOT / "spec" / "formats" / f"{name}.yaml"
        (specs / source.name).write_text(source.read_text(encoding="utf-8"))
    out = tmp_path / "out"
    assert _run("-m", "generator", "--formats-dir", str(specs), "--out", str(out)).returncode == 0
    (specs / "papermap-iframe.yaml").unlink()
    assert _run("-m", "generator", "--formats-dir", str(specs), "--out", str(out)).returncode == 0
    empty = [str(p.relative_to(out)) for p in out.rglob("*") if p.is_dir() and not any(p.iterdir())]
    assert empty == []
    assert not list(out.rglob("*papermap*"))
