"""Build ``conformance/vectors/primitives.json``: the cases every language's runtime must pass.

Expected values come from the reference's own primitives (Python's stdlib underneath) and,
for HMAC, from RFC 4231 and RFC 2202 published answers, checked here before writing.
Run ``python -m conformance.reference.primitives [--check]``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from conformance.reference import encodings, jsontext
from conformance.reference.errors import EmbedsealError
from conformance.reference.primitive_cases import (
    BYTE_SAMPLES,
    ENCODE_VALUES,
    HMAC_KNOWN_ANSWERS,
    INVALID_BYTE_TEXTS,
    PARSE_TEXTS,
    PERCENT_DECODE_TEXTS,
    PERCENT_RULES,
    PERCENT_TEXTS,
    PROFILES,
    SECRET_SAMPLES,
)

OUTPUT = Path(__file__).resolve().parents[1] / "vectors" / "primitives.json"
COMPACT_RAW = jsontext.JsonProfile()


def build() -> dict[str, Any]:
    """All primitive cases, keyed by kind, each with a stable id."""
    return {
        "schema": "embedseal-primitives/1",
        "json_encode": _json_encode_cases(),
        "json_parse": _json_parse_cases(),
        "bytes_encode": _bytes_cases(),
        "bytes_decode_invalid": [
            {"id": f"bytes-invalid-{name}", "encoding": enc, "text": text}
            for name, enc, text in INVALID_BYTE_TEXTS
        ],
        "secrets": _secret_cases(),
        "hmac": _hmac_cases(),
        "percent_encode": _percent_encode_cases(),
        "percent_decode": _percent_decode_cases(),
        "compare": _compare_cases(),
    }


def _json_encode_cases() -> list[dict[str, Any]]:
    cases = []
    for value_name, value_json in ENCODE_VALUES:
        value = jsontext.parse(value_json)
        for profile_name, profile in PROFILES.items():
            cases.append(
                {
                    "id": f"encode-{value_name}-{profile_name}",
                    "value_json": value_json,
                    "profile": vars(profile),
                    "expected": jsontext.encode(value, profile),
                }
            )
    return cases


def _json_parse_cases() -> list[dict[str, Any]]:
    cases = []
    for name, text in PARSE_TEXTS:
        case: dict[str, Any] = {"id": f"parse-{name}", "text": text}
        try:
            case["reencoded"] = jsontext.encode(jsontext.parse(text), COMPACT_RAW)
            case["valid"] = True
        except EmbedsealError:
            case["valid"] = False
        cases.append(case)
    return cases


def _bytes_cases() -> list[dict[str, Any]]:
    return [
        {
            "id": f"bytes-{name}-{encoding}",
            "encoding": encoding,
            "bytes_hex": data.hex(),
            "text": encodings.encode_bytes(data, encoding),
        }
        for name, data in BYTE_SAMPLES
        for encoding in encodings.BYTE_ENCODINGS
    ]


def _secret_cases() -> list[dict[str, Any]]:
    cases = []
    for name, encoding, text in SECRET_SAMPLES:
        case: dict[str, Any] = {"id": f"secret-{name}", "encoding": encoding, "text": text}
        try:
            case["bytes_hex"] = encodings.decode_secret(text, encoding).hex()
        except EmbedsealError as error:
            case["error"] = error.code.value
        cases.append(case)
    return cases


def _hmac_cases() -> list[dict[str, Any]]:
    cases = []
    for name, algorithm, key, message, published in HMAC_KNOWN_ANSWERS:
        computed = encodings.mac(algorithm, key, message).hex()
        if not computed.startswith(published):
            raise SystemExit(f"reference HMAC disagrees with the published answer for {name}")
        cases.append(
            {
                "id": f"hmac-{name}",
                "alg": algorithm,
                "key_hex": key.hex(),
                "message_hex": message.hex(),
                "mac_hex": computed,
            }
        )
    return cases


def _percent_encode_cases() -> list[dict[str, Any]]:
    return [
        {
            "id": f"percent-{text_name}-{rule_name}",
            "text": text,
            "safe": safe,
            "space": space,
            "expected": encodings.percent_encode(text, safe, space),
        }
        for text_name, text in PERCENT_TEXTS
        for rule_name, (safe, space) in PERCENT_RULES.items()
    ]


def _percent_decode_cases() -> list[dict[str, Any]]:
    cases = []
    for name, text, plus_is_space in PERCENT_DECODE_TEXTS:
        case: dict[str, Any] = {"id": f"unpercent-{name}", "text": text}
        case["plus_is_space"] = plus_is_space
        try:
            case["expected"] = encodings.percent_decode(text, plus_is_space)
        except EmbedsealError as error:
            case["error"] = error.code.value
        cases.append(case)
    return cases


def _compare_cases() -> list[dict[str, Any]]:
    pairs = [
        ("equal", "00ff10", "00ff10"),
        ("last-byte", "00ff10", "00ff11"),
        ("first-byte", "10ff00", "00ff00"),
        ("shorter", "00ff", "00ff10"),
        ("empty-both", "", ""),
        ("empty-one", "", "00"),
    ]
    return [
        {
            "id": f"compare-{name}",
            "a_hex": a,
            "b_hex": b,
            "equal": encodings.same_mac(bytes.fromhex(a), bytes.fromhex(b)),
        }
        for name, a, b in pairs
    ]


def render() -> str:
    """The file's exact text (sorted ids, two-space indent, trailing newline)."""
    return json.dumps(build(), indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str]) -> int:
    """Write the case file, or with ``--check`` fail when the committed one is stale."""
    text = render()
    if "--check" in argv:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            print(f"{OUTPUT} is stale: run python -m conformance.reference.primitives")
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
