"""The generator with exchange formats present: languages skip families they do not declare."""

from __future__ import annotations

from generator.languages.base import SIGNING_FAMILIES
from generator.languages.registry import LANGUAGES
from generator.render import render, supported
from specmodel import load_all
from specmodel.model import Family


def test_languages_declare_the_signing_families_by_default() -> None:
    assert all(lang.families == SIGNING_FAMILIES for lang in LANGUAGES)
    assert Family.EXCHANGE not in SIGNING_FAMILIES


def test_render_skips_exchange_formats_and_says_so_in_the_docs() -> None:
    formats = load_all()
    files = render(formats, LANGUAGES[:1])
    lang = LANGUAGES[0]
    assert {f.name for f in supported(formats, lang)} == {
        f.name for f in formats if f.family is not Family.EXCHANGE
    }
    page = files["docs/generated/semaphor-token.md"]
    assert f"Not yet generated for {lang.label}." in page
    assert not any("semaphor" in path for path in files if path.startswith("sdks/"))
    assert "Not yet generated" not in files["docs/generated/papermap-iframe.md"]
