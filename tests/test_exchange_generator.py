"""The generator with exchange formats present: languages skip families they do not declare,
and the docs show the exchange code of the languages that generate it."""

from __future__ import annotations

from generator.languages.base import SIGNING_FAMILIES, Language
from generator.languages.registry import LANGUAGES
from generator.render import render, supported, supported_exchanges
from specmodel import load_all
from specmodel.model import Family


def _without_exchange(lang: Language) -> Language:
    """The same language, declaring only the signing families (as before part 2 of issue 6)."""
    subclass = type(f"{type(lang).__name__}SigningOnly", (type(lang),), {})
    narrowed: Language = subclass()
    type(narrowed).families = SIGNING_FAMILIES
    return narrowed


def test_languages_declare_the_signing_families_by_default() -> None:
    assert Language.families == SIGNING_FAMILIES
    assert all(lang.families >= SIGNING_FAMILIES for lang in LANGUAGES)
    assert Family.EXCHANGE not in SIGNING_FAMILIES


def test_render_skips_exchange_formats_and_says_so_in_the_docs() -> None:
    formats = load_all()
    lang = _without_exchange(LANGUAGES[0])
    files = render(formats, [lang])
    assert {f.name for f in supported(formats, lang)} == {
        f.name for f in formats if f.family is not Family.EXCHANGE
    }
    assert supported_exchanges(formats, lang) == []
    page = files["docs/generated/semaphor-token.md"]
    assert f"Not yet generated for {lang.label}." in page
    assert "## Exchange" not in page
    assert not any("semaphor" in path for path in files if path.startswith("sdks/"))
    assert "Not yet generated" not in files["docs/generated/papermap-iframe.md"]


def test_a_language_with_the_family_generates_exchange_code_and_docs_tabs() -> None:
    formats = load_all()
    lang = next(lang for lang in LANGUAGES if lang.name == "python")
    assert Family.EXCHANGE in lang.families
    files = render(formats, [lang])
    assert {f.name for f in supported_exchanges(formats, lang)} >= {
        "semaphor-token",
        "boldbi-embed-authorize",
        "tooljet-pat",
    }
    assert any("semaphor" in path for path in files if path.startswith("sdks/"))
    page = files["docs/generated/semaphor-token.md"]
    assert "Not yet generated" not in page
    published = "docs/generated/snippets/semaphor-token/python/semaphor_token.py"
    assert published in files and files[published].startswith("# Code generated"), published
    for region in ("exchange", "revoke"):
        assert f"--8<-- [start:{region}]" in files[published], region
        assert f'--8<-- "{published}:{region}"' in page
    assert (
        "--8<-- [start:revoke]"
        not in files["docs/generated/snippets/tooljet-pat/python/tooljet_pat.py"]
    )
