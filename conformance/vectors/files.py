"""The vector folder: which files are missing, stale or extra; writing only what changed."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from conformance.vectors.document import SCHEMA_ID


@dataclass
class Plan:
    """What a run would change in the output folder."""

    write: dict[Path, str] = field(default_factory=dict)  # missing or stale → new text
    missing: list[Path] = field(default_factory=list)
    stale: list[Path] = field(default_factory=list)
    extra: list[Path] = field(default_factory=list)

    def problems(self) -> list[str]:
        """One line per file that is not as it should be."""
        rows = [("missing", self.missing), ("stale", self.stale), ("extra", self.extra)]
        return [f"{state}: {path}" for state, paths in rows for path in paths]


def plan(out: Path, texts: dict[str, str]) -> Plan:
    """Compare the wanted ``{file name: text}`` with what ``out`` holds."""
    result = Plan()
    for name, text in sorted(texts.items()):
        path = out / name
        if not path.exists():
            result.missing.append(path)
        elif path.read_bytes() != text.encode("utf-8"):
            result.stale.append(path)
        else:
            continue
        result.write[path] = text
    result.extra = [path for path in _vector_files(out) if path.name not in texts]
    return result


def apply(result: Plan) -> None:
    """Write missing and stale files; remove extra vector files (and nothing else)."""
    for path, text in result.write.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
    for path in result.extra:
        path.unlink()


def _vector_files(out: Path) -> list[Path]:
    """JSON files in ``out`` that are format vector files (``primitives.json`` is not)."""
    return [path for path in sorted(out.glob("*.json")) if _is_vector_file(path)]


def _is_vector_file(path: Path) -> bool:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return False
    return isinstance(data, dict) and data.get("schema") == SCHEMA_ID
