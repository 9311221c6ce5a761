"""The doctor's pieces on their own: encoding faults, JSON faults at byte N, JSON
differences, escaping, finding the token in a URL, lint notes."""

from __future__ import annotations

import pytest

from doctor.causes import Cause
from doctor.encoding_faults import encoding_fault
from doctor.escape import describe_byte, escape_bytes, first_difference
from doctor.json_faults import json_object_fault
from doctor.lint_notes import lint_notes, unsigned_fields
from doctor.locate import percent_encoded, token_from_url, whitespace
from doctor.respacing import difference_kind

from .forge import fmt, signed, signed_url


@pytest.mark.parametrize(
    ("text", "encoding", "cause", "evidence"),
    [
        ("ab+c", "base64url-nopad", Cause.BAD_ALPHABET, {"offset": 2, "char": "+"}),
        ("ab-c", "base64", Cause.BAD_ALPHABET, {"offset": 2, "char": "-"}),
        ("a.bc", "base64url", Cause.BAD_ALPHABET, {"offset": 1, "char": "."}),
        ("abc=", "base64url-nopad", Cause.BAD_PADDING, {"padding_found": 1, "padding_needed": 0}),
        ("abc", "base64", Cause.BAD_PADDING, {"padding_found": 0, "padding_needed": 1}),
        ("ab=", "base64url", Cause.BAD_PADDING, {"padding_found": 1, "padding_needed": 2}),
        ("abcde", "base64url-nopad", Cause.BAD_LENGTH, {"length": 5}),
        ("abc", "hex", Cause.BAD_LENGTH, {"length": 3}),
        ("abC0", "hex", Cause.NOT_CANONICAL, {"offset": 2, "char": "C"}),
        ("QR", "base64url-nopad", Cause.NOT_CANONICAL, {"offset": 1, "canonical": "Q"}),
    ],
)
def test_encoding_faults_say_which_character_and_why(
    text: str, encoding: str, cause: Cause, evidence: dict[str, object]
) -> None:
    found = encoding_fault(text, encoding, "payload")
    assert found.cause is cause
    assert evidence.items() <= found.evidence.items()


@pytest.mark.parametrize(
    ("data", "cause", "offset"),
    [
        (b'{"a":1,}', Cause.JSON_SYNTAX, 7),
        (b'{"\xc3\xa9":1 "b":2}', Cause.JSON_SYNTAX, 8),  # byte 8 is character 7
        (b'{"a":\xff}', Cause.JSON_SYNTAX, 5),
        (b'{"a":1,"a":2}', Cause.JSON_REFUSED, None),
        (b'{"a":1.5}', Cause.JSON_REFUSED, None),
        (b"[1]", Cause.JSON_NOT_OBJECT, None),
    ],
)
def test_json_faults_name_the_byte(data: bytes, cause: Cause, offset: int | None) -> None:
    found = json_object_fault(data, "payload")
    assert found is not None and found.cause is cause
    assert found.evidence.get("offset") == offset
    assert json_object_fault(b'{"a":1}', "payload") is None


@pytest.mark.parametrize(
    ("received", "expected", "kind"),
    [
        (b'{"a": 1, "b": [1, 2]}', b'{"a":1,"b":[1,2]}', "spacing"),
        (b'{"b":2,"a":1}', b'{"a":1,"b":2}', "key order"),
        (b'{"a":"\\u00e9"}', '{"a":"é"}'.encode(), "escaping"),
        (b'{"a":"x, y"}', b'{"a":"x,y"}', "escaping"),  # a space inside a string is content
    ],
)
def test_json_differences_are_told_apart(received: bytes, expected: bytes, kind: str) -> None:
    assert difference_kind(received, expected) == kind


def test_bytes_are_shown_exactly() -> None:
    assert escape_bytes(b'a\\b\n\t\x00\xc3\xa9"') == 'a\\\\b\\n\\t\\x00\\xc3\\xa9"'
    assert describe_byte(b"a,b", 1) == "',' (0x2c)"
    assert describe_byte(b"a", 5) == "end of text"
    assert first_difference(b"abc", b"abd") == 2
    assert first_difference(b"ab", b"abc") == 2
    assert first_difference(b"ab", b"ab") is None


def test_the_token_is_found_where_the_format_carries_it() -> None:
    for name in ("embedseal-v1", "metabase-embed", "tinybird-jwt", "papermap-iframe"):
        assert token_from_url(fmt(name), signed_url(name)) == signed(name), name
    assert token_from_url(fmt("embedseal-v1"), "https://a.example.com/embed") is None


def test_whitespace_and_percent_escapes_are_observed() -> None:
    found = whitespace("abc\ndef ")
    assert found is not None and found.evidence["offsets"] == [3, 7]
    assert whitespace("abcdef") is None
    escaped = percent_encoded(fmt("papermap-iframe"), "eyJ9%3D")
    assert escaped is not None and escaped.evidence["decodes_to"] == "="
    assert percent_encoded(fmt("looker-signed-url"), "https://x/%3D") is None


def test_lint_notes_speak_of_this_token() -> None:
    papermap = fmt("papermap-iframe")
    assert unsigned_fields(papermap) == ["api_key_id", "tenant_id", "dashboard_id"]
    assert unsigned_fields(fmt("embedseal-v1")) == []
    notes = {n.risk: n for n in lint_notes(papermap, {"tenant_id": "t", "valid_until": 9}, 0, None)}
    assert "tenant_id" in notes["unsigned-fields"].message
    assert "api_key_id" not in notes["unsigned-fields"].message  # not in this token
    assert notes["unsigned-fields"].reason.startswith("Papermap's MAC covers")
    assert "no-min-key-length" not in notes  # says something only when a key was read
    metabase = lint_notes(fmt("metabase-embed"), {"resource": {"dashboard": 1}}, 0, None)
    assert any(n.risk == "no-expiry" and "never expires" in n.message for n in metabase)


def test_every_format_lint_finding_about_unsigned_fields_is_seen() -> None:
    from .forge import formats

    for name, spec in formats().items():
        has_finding = any(f.risk == "unsigned-fields" for f in spec.findings)
        assert has_finding == bool(unsigned_fields(spec)), name
