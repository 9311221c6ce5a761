"""Text of TypeScript code: property keys, comments, literals, signatures."""

from __future__ import annotations

import json
import re
import textwrap
from typing import TYPE_CHECKING

from generator.languages.ts.layout import WIDTH

if TYPE_CHECKING:
    from generator.exchange_ir import ExchangeIR
    from generator.ir import FieldIR, FormatIR, ShapeIR


_IDENTIFIER = re.compile(r"^[A-Za-z_$][A-Za-z0-9_$]*$")


def prop(wire: str) -> str:
    """A property key: bare when it is an identifier name, else a string literal."""
    return wire if _IDENTIFIER.match(wire) else json.dumps(wire, ensure_ascii=False)


def access(obj: str, wire: str) -> str:
    """``obj.wire`` or ``obj["wire"]``."""
    return f"{obj}.{wire}" if _IDENTIFIER.match(wire) else f"{obj}[{prop(wire)}]"


def type_of(shape: ShapeIR) -> str:
    """A value's type; an enum is the union of its literals."""
    return " | ".join(shape.enum_literals) if shape.enum_literals else shape.type_expr


def field_type(x: FieldIR) -> str:
    """A field's TypeScript type."""
    return type_of(x.shape)


def comment(text: str) -> str:
    """Text for a block comment: ``*/`` cannot end it early."""
    return text.replace("*/", "*\\/")


def doc(text: str, indent: int = 0, width: int = WIDTH) -> str:
    """A JSDoc comment: ``/** text */`` when it fits, else wrapped; ``*/`` cannot end it."""
    pad = " " * indent
    text = " ".join(text.replace("*/", "*\\/").split())
    if len(pad) + len(text) + 7 <= width:
        return f"{pad}/** {text} */"
    lines = textwrap.wrap(text, width - indent - 3, break_long_words=False, break_on_hyphens=False)
    return "\n".join([f"{pad}/**", *(f"{pad} * {line}" for line in lines), f"{pad} */"])


_RANDOM_DEFAULT = {
    "hex": "Default: {count} fresh random bytes, as hex.",
    "base64url-nopad": "Default: {count} fresh random bytes, as unpadded base64url.",
    "uuid": "Default: a fresh random UUID (version 4).",
}


def input_doc(x: FieldIR, f: FormatIR | None = None) -> str:
    """An input's comment: its description and default (a spread field: where its members
    go, ``f`` saying after which claim)."""
    note = ""
    if x.spread:
        payload = [y.wire for y in f.fields if y.placement == x.placement] if f else [x.wire]
        at = payload.index(x.wire)
        place = f"after `{payload[at - 1]}`, " if at else ""
        note = f"Signed as claims of their own ({place}in your order), not as one `{x.wire}` claim."
    elif x.source.value == "clock":
        note = "Default: now."
    elif x.random_encoding is not None:
        note = _RANDOM_DEFAULT[x.random_encoding.value].format(count=x.random_bytes)
    elif x.now_plus is not None:
        note = "Default: now." if x.now_plus == 0 else f"Default: now + {x.now_plus} s."
    elif x.default_literal is not None:
        note = f"Default: `{x.default_literal}`."
    description = x.description.strip()
    if "default" in description.lower():  # the spec's text says it already
        return description
    return " ".join(part for part in (description, note) if part)


def class_doc(f: FormatIR | ExchangeIR, c: ShapeIR) -> str:
    """A declared object's comment: its field's description, or what it is an element of."""

    def owner(fields: tuple[FieldIR, ...]) -> FieldIR | None:
        for x in fields:
            if c in (x.shape, x.shape.items):
                return x
            found = owner(x.shape.properties) or (
                owner(x.shape.items.properties) if x.shape.items is not None else None
            )
            if found is not None:
                return found
        return None

    x = owner(f.fields)
    if x is None:
        return f"A declared object of the {f.title}."
    if x.shape.items is c:
        return f"One element of `{x.wire}`." + (f" {x.description}" if x.description else "")
    return x.description or f"The `{x.wire}` object."


def names(fields: tuple[FieldIR, ...] | list[FieldIR]) -> str:
    """``["a", "b"]``: the wire names as an array literal."""
    return "[" + ", ".join(x.wire_literal for x in fields) + "]"


def code_list(codes: list[str]) -> str:
    """```a`, `b` or `c```."""
    quoted = [f"`{c}`" for c in codes]
    return ", ".join(quoted[:-1]) + f" or {quoted[-1]}" if len(quoted) > 1 else quoted[0]


def template_literal(pieces: list[tuple[bool, str]]) -> str:
    """A string expression from (is_code, text) pieces: a plain literal, one bare expression,
    or a template literal."""
    merged: list[tuple[bool, str]] = []
    for is_code, text in pieces:
        if not is_code and merged and not merged[-1][0]:
            merged[-1] = (False, merged[-1][1] + text)
        elif is_code or text:
            merged.append((is_code, text))
    if not merged:
        return '""'
    if len(merged) == 1:
        is_code, text = merged[0]
        return text if is_code else json.dumps(text, ensure_ascii=False)
    body = "".join(
        f"${{{_interpolated(text)}}}"
        if is_code
        else text.replace("\\", "\\\\").replace("`", "\\`").replace("${", "$\\{")
        for is_code, text in merged
    )
    return f"`{body}`"


def template_text(text: str) -> str:
    """``text`` as it is written inside a template literal."""
    return text.replace("\\", "\\\\").replace("`", "\\`").replace("${", "$\\{")


def _interpolated(expr: str) -> str:
    """``String(x)`` is just ``x`` inside a template literal."""
    match = re.fullmatch(r"String\(([A-Za-z_$][\w$]*)\)", expr)
    return match.group(1) if match else expr


def wrap(indent: int, head: str, args: list[str], tail: str = "") -> str:
    """``head(a, b)tail`` on one line when it fits in :data:`WIDTH`, else one argument a line
    (prettier's layout of a call or a signature)."""
    pad = " " * indent
    line = f"{pad}{head}({', '.join(args)}){tail}"
    if len(line) <= WIDTH or not args:
        return line
    inner = " " * (indent + 2)
    return "\n".join([f"{pad}{head}(", *(f"{inner}{a}," for a in args), f"{pad}){tail}"])


def hash_name(hash_id: str) -> str:
    """``sha256`` → ``SHA-256`` (WebCrypto's name)."""
    return f"SHA-{hash_id[3:]}"


def jws_hash(alg_literal: str) -> str:
    """``"HS256"`` → ``SHA-256``."""
    return hash_name("sha" + json.loads(alg_literal)[2:])
