"""Wire names that are not identifiers map to safe, idiomatic identifiers in every language."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import naming
from generator.ir import build_ir
from generator.languages.registry import LANGUAGES, language
from specmodel import load_all

GOLDEN_SPECS = Path(__file__).resolve().parent / "golden" / "specs"


@pytest.mark.parametrize(
    ("wire", "snake", "camel", "pascal"),
    [
        (
            "http://example.com/is_root",
            "http_example_com_is_root",
            "httpExampleComIsRoot",
            "HttpExampleComIsRoot",
        ),
        (":nonce", "nonce", "nonce", "Nonce"),
        ("embed_user_email", "embed_user_email", "embedUserEmail", "EmbedUserEmail"),
        ("workspaceId", "workspace_id", "workspaceId", "WorkspaceId"),
        ("2fa", "v2_fa", "v2Fa", "V2Fa"),
        ("Zoë", "zoe", "zoe", "Zoe"),
        ("", "value", "value", "Value"),
    ],
)
def test_case_styles(wire: str, snake: str, camel: str, pascal: str) -> None:
    assert (naming.snake(wire), naming.camel(wire), naming.pascal(wire)) == (snake, camel, pascal)


def test_collisions_are_disambiguated() -> None:
    assert naming.unique(["a_b", "a_b", "c"]) == ["a_b", "a_b2", "c"]


@pytest.mark.parametrize(
    ("lang", "wire", "ident"),
    [
        ("python", "class", "class_"),
        ("typescript", "class", "class_"),
        ("java", "class", "class_"),
        ("csharp", "class", "Class"),
        ("csharp", "string", "String"),
        ("go", "type", "Type"),
        ("php", "class", "class"),
    ],
)
def test_reserved_words_are_escaped(lang: str, wire: str, ident: str) -> None:
    target = language(lang)
    assert target.escape(target.member_name(wire)) == ident


def test_every_identifier_of_the_fixtures_is_legal_and_unique() -> None:
    for fmt in load_all(GOLDEN_SPECS):
        for lang in LANGUAGES:
            idents = [field.ident for field in build_ir(fmt, lang).fields]
            assert len(set(idents)) == len(idents), (fmt.name, lang.name, idents)
            for ident in idents:
                bare = ident.lstrip("@")
                assert bare.replace("_", "a").isalnum() and not bare[0].isdigit(), (
                    lang.name,
                    ident,
                )
                if lang.name != "php":  # PHP members are $-prefixed: reserved words are fine
                    assert bare not in lang.reserved or ident.startswith("@"), (lang.name, ident)
