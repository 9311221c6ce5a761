"""The one Jinja2 environment factory, shared by the generator and its tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jinja2

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"


def make_environment(templates_dir: Path = TEMPLATES_DIR) -> jinja2.Environment:
    """StrictUndefined (a typo is an error, never an empty string); whitespace-exact blocks."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates_dir),
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # noqa: S701 - we write source code, not HTML
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["tojson_text"] = _json_text
    return env


def _json_text(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)
