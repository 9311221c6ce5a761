"""Fuzz cases: sign calls around the YAML example, and tokens mutated from valid ones.

Every case is a protocol request (conformance/protocol/request.schema.json) made from a seeded
random generator, so a seed reproduces a run exactly; the reference's answer is the expected one.
"""

from __future__ import annotations

import copy
import random
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from conformance.fuzz.mutate import mutate_token
from conformance.fuzz.values import NOWS, STRINGS, any_json, nested, valid_value
from conformance.reference.errors import EmbedsealError
from conformance.reference.sign import sign
from specmodel.model import Format

Fields = dict[str, Any]


@dataclass(frozen=True)
class FuzzCase:
    """One request, with the label of the edit that made it (for grouping divergences)."""

    request: dict[str, Any]
    edit: str


def sign_cases(fmt: Format, example: dict[str, Any], count: int, seed: int) -> Iterator[FuzzCase]:
    """``count`` sign calls: the example with one to three random edits."""
    rng = random.Random(f"{seed}/sign/{fmt.name}")  # noqa: S311 - reproducible, not secret
    for index in range(count):
        fields, secret, now = copy.deepcopy(example["fields"]), example["secret"], example["now"]
        edits = []
        for _ in range(rng.randint(1, 3)):
            kind = rng.choice(
                ("valid", "valid", "wrong", "remove", "null", "unknown", "deep", "now", "secret")
            )
            edits.append(kind)
            if kind == "now":
                now = rng.choice(NOWS)
            elif kind == "secret":
                secret = rng.choice(("", "\ud800", "%", "zz", "00", secret + "é", secret * 3))
            else:
                _edit(fmt, fields, kind, rng)
        request = {
            "id": f"fuzz/{fmt.name}/sign/{index}",
            "op": "sign",
            "format": fmt.name,
            "secret": secret,
            "now": now,
            "fields": fields,
            "random": _random_hex(fmt, rng),
        }
        yield FuzzCase(request, "+".join(sorted(set(edits))))


def verify_cases(fmt: Format, example: dict[str, Any], count: int, seed: int) -> Iterator[FuzzCase]:
    """``count`` verify calls: tokens signed from valid random inputs, then mutated."""
    rng = random.Random(f"{seed}/verify/{fmt.name}")  # noqa: S311 - reproducible, not secret
    index = 0
    while index < count:
        fields = copy.deepcopy(example["fields"])
        for _ in range(rng.randint(0, 2)):
            _edit(fmt, fields, "valid", rng)
        try:
            signed = sign(
                fmt, example["secret"], fields, example["now"], bytes.fromhex(_random_hex(fmt, rng))
            )
        except EmbedsealError:
            continue  # an input the format refuses: try other values
        token = signed.token if signed.token is not None else signed.url
        assert token is not None  # a token format has a token; a signed URL is its URL
        mutated, edit = mutate_token(fmt, token, example["secret"], rng)
        now = rng.choice((example["now"], example["now"], *NOWS))
        request = {
            "id": f"fuzz/{fmt.name}/verify/{index}",
            "op": "verify",
            "format": fmt.name,
            "secret": example["secret"],
            "now": now,
            "token": mutated,
        }
        yield FuzzCase(request, edit)
        index += 1


def _edit(fmt: Format, fields: Fields, kind: str, rng: random.Random) -> None:
    inputs = [f for f in fmt.fields if f.is_input]
    field = rng.choice(inputs)
    if kind == "valid":
        fields[field.name] = valid_value(field.shape, rng)
    elif kind == "wrong":
        fields[field.name] = any_json(rng)
    elif kind == "remove":
        fields.pop(field.name, None)
    elif kind == "null":
        fields[field.name] = None
    elif kind == "unknown":
        target = _declared_object(fields, fmt, rng)
        target[rng.choice(("zzz", "extra", "\ud800", "\x00k", ""))] = rng.choice(STRINGS)
    elif kind == "deep":
        fields[field.name] = nested(rng.choice((62, 63, 64, 65)))


def _declared_object(fields: Fields, fmt: Format, rng: random.Random) -> dict[str, Any]:
    """The top level, or a declared object inside it (an unknown member goes there)."""
    candidates: list[dict[str, Any]] = [fields]
    for field in fmt.fields:
        value = fields.get(field.name)
        if field.shape.properties and isinstance(value, dict):
            candidates.append(value)
        if (
            field.shape.items is not None
            and field.shape.items.properties
            and isinstance(value, list)
        ):
            candidates += [item for item in value if isinstance(item, dict)]
    return rng.choice(candidates)


def _random_hex(fmt: Format, rng: random.Random) -> str:
    needed = sum(f.random.bytes for f in fmt.fields if f.random is not None)
    return bytes(rng.randrange(256) for _ in range(needed)).hex()
