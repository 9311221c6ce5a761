"""TypeScript expressions the templates place: checks, property keys, comments, line breaks.

The decisions a TypeScript format file needs at generation time live here: which helpers it
calls (:func:`uses`), which error codes it can throw, how a value is checked (one expression
per field, :func:`check`), how ``encodeURIComponent`` becomes the format's percent rule.
"""

from __future__ import annotations

import base64
import json
import re
import textwrap
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from generator.ir.enums import Kind, TextForm

if TYPE_CHECKING:
    from generator.exchange_ir import ExchangeIR
    from generator.ir import FieldIR, FormatIR, ShapeIR, UrlPartIR

WIDTH = 100  # prettier's printWidth for the generated files
MAX_DEPTH = 64
_IDENTIFIER = re.compile(r"^[A-Za-z_$][A-Za-z0-9_$]*$")
# encodeURIComponent keeps ASCII letters, digits and these.
_URI_COMPONENT_SAFE = "-_.!~*'()"
_SIGNING_CODES = (
    "invalid_key",
    "weak_key",
    "invalid_input",
    "malformed",
    "alg_not_allowed",
    "bad_signature",
    "missing_claim",
    "invalid_claim",
    "expired",
    "not_yet_valid",
    "lifetime_too_long",
)


def prop(wire: str) -> str:
    """A property key: bare when it is an identifier name, else a string literal."""
    return wire if _IDENTIFIER.match(wire) else json.dumps(wire, ensure_ascii=False)


def access(obj: str, wire: str) -> str:
    """``obj.wire`` or ``obj["wire"]``."""
    return f"{obj}.{wire}" if _IDENTIFIER.match(wire) else f"{obj}[{prop(wire)}]"


def type_of(shape: ShapeIR) -> str:
    """A value's type; an enum is the union of its literals."""
    return " | ".join(shape.enum_literals) if shape.enum_literals else shape.type_expr


def doc(text: str, indent: int = 0, width: int = WIDTH) -> str:
    """A JSDoc comment: ``/** text */`` when it fits, else wrapped; ``*/`` cannot end it."""
    pad = " " * indent
    text = " ".join(text.replace("*/", "*\\/").split())
    if len(pad) + len(text) + 7 <= width:
        return f"{pad}/** {text} */"
    lines = textwrap.wrap(text, width - indent - 3, break_long_words=False, break_on_hyphens=False)
    return "\n".join([f"{pad}/**", *(f"{pad} * {line}" for line in lines), f"{pad} */"])


# ---------------------------------------------------------------------- checks


def _inner(where: str) -> str:
    """The body of a template literal saying ``where`` (a string literal, a template literal
    or a variable)."""
    if where.startswith("`"):
        return where[1:-1]
    if where.startswith('"'):
        text: str = json.loads(where)
        return text.replace("\\", "\\\\").replace("`", "\\`").replace("${", "$\\{")
    return f"${{{where}}}"


def _where_item(where: str, index: str) -> str:
    """The path of an array item: ``"scopes"`` → ```scopes[${i}]```."""
    return f"`{_inner(where)}[${{{index}}}]`"


def where_member(where: str, wire: str) -> str:
    """The path of an object member below ``where``: ```${where}.type```."""
    name = wire.replace("\\", "\\\\").replace("`", "\\`").replace("${", "$\\{")
    return f"`{_inner(where)}.{name}`"


def checker_name(c: ShapeIR, type_prefix: str = "") -> str:
    """``checkScope`` for the declared object type ``TinybirdJwtScope``."""
    assert c.class_name is not None
    name = c.class_name
    if type_prefix and name.startswith(type_prefix) and len(name) > len(type_prefix):
        name = name[len(type_prefix) :]
    return f"check{name}"


def check(shape: ShapeIR, expr: str, where: str, code: str, level: int, prefix: str = "") -> str:
    """An expression checking ``expr`` (refusals carry the code expression ``code``) that gives
    the value.

    ``level`` is the JSON nesting level of the value in the document it is written in: a
    free object there may hold 64 - ``level`` more levels.
    """
    if shape.kind is Kind.ARRAY:
        assert shape.items is not None
        index = "i" if level <= 2 else f"i{level}"
        item = check(shape.items, "item", _where_item(where, index), code, level + 1, prefix)
        return f"Array.from(array({expr}, {where}, {code}), (item, {index}) => {item})"
    if shape.is_declared_object:
        return f"{checker_name(shape, prefix)}({expr}, {where}, {code})"
    if shape.is_free_object:
        return f"jsonObject({expr}, {where}, {code}, {level})"
    function = {"string": "text", "boolean": "boolean"}.get(shape.kind.value, "integer")
    bounds = []
    if shape.max_length is not None:
        bounds.append(f"maxLength: {shape.max_length}")
    if shape.minimum is not None:
        bounds.append(f"minimum: {shape.minimum}")
    if shape.maximum is not None:
        bounds.append(f"maximum: {shape.maximum}")
    extra = f", {{ {', '.join(bounds)} }}" if bounds else ""
    checked = f"{function}({expr}, {where}, {code}{extra})"
    if shape.enum_literals:
        return f"oneOf({checked}, [{', '.join(shape.enum_literals)}], {where}, {code})"
    return checked


def field_level(f: FormatIR | ExchangeIR) -> int:
    """A top-level field's value: inside the payload / envelope / body (2), or alone (1)."""
    return 1 if getattr(f, "is_signed_url", False) else 2


def class_levels(f: FormatIR | ExchangeIR) -> dict[str, int]:
    """Each declared object's JSON nesting level (each is declared at one place only)."""
    levels: dict[str, int] = {}

    def walk(shape: ShapeIR, level: int) -> None:
        if shape.class_name is not None:
            levels[shape.class_name] = level
        if shape.items is not None:
            walk(shape.items, level + 1)
        for member in shape.properties:
            walk(member.shape, level + 1)

    for x in f.fields:
        walk(x.shape, field_level(f))
    return levels


# ---------------------------------------------------------------------- what a file uses


@dataclass
class Uses:
    """The helpers one format's file calls (each partial is included only when set)."""

    kinds: set[str] = field(default_factory=set)  # text integer boolean array object json
    max_length: bool = False
    bounds: bool = False
    one_of: bool = False
    same: bool = False  # a declared object's member has a fixed value
    percent: bool = False
    unpercent: bool = False
    encodes: set[str] = field(default_factory=set)  # byte encodings written
    decodes: set[str] = field(default_factory=set)  # byte encodings read back canonically
    utf8: bool = False  # JSON text → UTF-8 bytes (JWS segments, envelopes)
    raw_url: bool = False  # a raw URL value refused when it holds '?' or '#'
    json_write: bool = False
    json_read: bool = False
    stringify: bool = False  # the profile is JSON.stringify's own (compact, keys in order)

    @property
    def binary(self) -> bool:
        """Bytes as a binary string (what btoa takes)."""
        return bool((self.encodes | self.decodes) - {"hex"})


def _walk_shapes(fields: tuple[FieldIR, ...]) -> list[ShapeIR]:
    found: list[ShapeIR] = []

    def walk(shape: ShapeIR) -> None:
        found.append(shape)
        if shape.items is not None:
            walk(shape.items)
        for member in shape.properties:
            walk(member.shape)

    for x in fields:
        walk(x.shape)
    return found


def _kinds(shapes: list[ShapeIR], uses: Uses) -> None:
    for s in shapes:
        if s.kind is Kind.ARRAY:
            uses.kinds.add("array")
        elif s.is_declared_object:
            uses.kinds.add("object")
        elif s.is_free_object:
            uses.kinds.add("json")
        elif s.kind is Kind.STRING:
            uses.kinds.add("text")
        elif s.kind is Kind.BOOLEAN:
            uses.kinds.add("boolean")
        else:
            uses.kinds.add("integer")
        uses.max_length |= s.max_length is not None
        uses.bounds |= s.minimum is not None or s.maximum is not None
        uses.one_of |= bool(s.enum_literals)
        uses.same |= any(m.fixed_literal is not None for m in s.properties)


def stringify_profile(f: FormatIR | ExchangeIR) -> bool:
    """Whether ``JSON.stringify`` writes the format's JSON (compact, keys in their order, no
    declared name that a JavaScript object would move to the front)."""
    j = f.json
    names = [x.wire for x in _declared_members(f.fields)]
    integer_like = any(re.fullmatch(r"0|[1-9][0-9]*", name) for name in names)
    compact = j.item_separator == "," and j.key_separator == ":"
    return compact and not j.sort_keys and not integer_like


def _declared_members(fields: tuple[FieldIR, ...]) -> list[FieldIR]:
    found = list(fields)
    for s in _walk_shapes(fields):
        found.extend(s.properties)
    return found


def uses(f: FormatIR | ExchangeIR) -> Uses:
    """Which helpers ``f``'s file calls."""
    result = Uses()
    _kinds(_walk_shapes(tuple(x for x in f.fields if x.source.value != "secret")), result)
    result.stringify = stringify_profile(f)
    if hasattr(f, "needs"):
        _signing_uses(f, result)  # type: ignore[arg-type]
    else:
        result.json_write = True
        result.percent = _exchange_percent(f)  # type: ignore[arg-type]
    return result


def _signing_uses(f: FormatIR, result: Uses) -> None:
    needs = f.needs
    result.encodes = {e.value for e in needs.encodes}
    result.decodes = {e.value for e in needs.decodes}
    if needs.uuid:
        result.encodes.add("hex")
    result.json_write = needs.json_write
    result.json_read = needs.json_read
    result.utf8 = f.is_jws or f.is_envelope
    result.percent = _signing_percent(f)
    result.unpercent = f.is_signed_url
    result.raw_url = needs.raw_url_fields


def _alphabet(encoding: str) -> str:
    return {
        "hex": "0123456789abcdef",
        "base64": "+/=",
        "base64url": "-_=",
        "base64url-nopad": "-_",
    }[encoding]


def _safe(text: str, safe: str) -> bool:
    """Whether percent-encoding leaves every character of ``text``'s alphabet as it is."""
    return all(c.isalnum() and c.isascii() or c in safe for c in text)


def _signing_percent(f: FormatIR) -> bool:
    """Whether the file percent-encodes text at run time (a token whose alphabet is safe, or a
    constant, never needs it)."""
    safe = f.percent_safe
    token_alphabet = _alphabet(f.envelope_encoding.value) if f.envelope_encoding else "-_."
    for q in f.url_query:
        if q.field is not None:
            return True
        if q.value is not None and q.value.value == "token" and not _safe(token_alphabet, safe):
            return True
        if q.value is not None and q.value.value == "signature":
            if not _safe(_alphabet(f.signature_encoding.value), safe):
                return True
    parts = [*f.url_base, *(f.url_fragment or ())]
    if any(p.percent and (p.field is not None or not _safe(token_alphabet, safe)) for p in parts):
        return True
    return any(p.encode is TextForm.PERCENT for p in f.message_parts)


def _exchange_percent(f: ExchangeIR) -> bool:
    calls = [f.request.url, *(c.url for c in (f.revoke,) if c is not None), f.embed_url or ()]
    return any(p.percent for parts in calls for p in parts)


def token_needs_percent(f: FormatIR) -> bool:
    """Whether the token must be percent-encoded in the URL's query."""
    token_alphabet = _alphabet(f.envelope_encoding.value) if f.envelope_encoding else "-_."
    return not _safe(token_alphabet, f.percent_safe)


def signature_needs_percent(f: FormatIR) -> bool:
    """Whether the signature must be percent-encoded in the URL's query."""
    return not _safe(_alphabet(f.signature_encoding.value), f.percent_safe)


# ---------------------------------------------------------------------- error codes


def error_codes(f: FormatIR) -> list[str]:
    """The codes ``sign`` and ``verify`` of ``f`` can throw."""
    v = f.verify
    possible = {"invalid_key", "invalid_input", "malformed", "bad_signature"}
    possible |= {"missing_claim", "invalid_claim"}
    if f.min_key_bytes > 1:
        possible.add("weak_key")
    if f.is_jws:
        possible.add("alg_not_allowed")
    if v.expires is not None or (v.issued_at is not None and v.max_age is not None):
        possible.add("expired")
    if v.not_before is not None or v.issued_at is not None:
        possible.add("not_yet_valid")
    if v.expires is not None and v.max_lifetime is not None:
        possible.add("lifetime_too_long")
    return [c for c in _SIGNING_CODES if c in possible]


def exchange_error_codes(f: ExchangeIR) -> list[str]:
    """The codes ``exchange`` and ``revoke`` of ``f`` can throw."""
    codes = ["invalid_key", "invalid_input"]
    for _, mapped in f.status_errors:
        if mapped not in codes:
            codes.append(mapped)
    for extra in ("upstream_error", "timeout", "bad_response"):
        if extra not in codes:
            codes.append(extra)
    return codes


# ---------------------------------------------------------------------- layout


def wrap(indent: int, head: str, args: list[str], tail: str = "") -> str:
    """``head(a, b)tail`` on one line when it fits in :data:`WIDTH`, else one argument a line
    (prettier's layout of a call or a signature)."""
    pad = " " * indent
    line = f"{pad}{head}({', '.join(args)}){tail}"
    if len(line) <= WIDTH or not args:
        return line
    inner = " " * (indent + 2)
    return "\n".join([f"{pad}{head}(", *(f"{inner}{a}," for a in args), f"{pad}){tail}"])


# ---------------------------------------------------------------------- URLs


def percent_body(safe: str, space: str) -> list[str]:
    """``encodeURIComponent(text)`` and the replacements that turn it into the format's rule:
    UTF-8, uppercase hex, ASCII letters and digits and ``safe`` kept, a space as ``space``."""
    keep = {c for c in safe if c.isascii() and not c.isalnum()}
    uri = set(_URI_COMPONENT_SAFE)
    steps = ["encodeURIComponent(text)"]
    escape = sorted(uri - keep)
    if escape:
        chars = "".join("\\" + c if c in "]\\^-" else c for c in escape)
        steps.append(
            f".replace(/[{chars}]/g, (char) => "
            f"`%${{char.charCodeAt(0).toString(16).toUpperCase()}}`)"
        )
    unescape = sorted(c for c in keep - uri if c != " ")
    if unescape:
        pattern = "|".join(f"%{ord(c):02X}" for c in unescape)
        steps.append(f".replace(/{pattern}/g, decodeURIComponent)")
    if " " in keep:
        steps.append('.replace(/%20/g, " ")')
    elif space == "+":
        steps.append('.replace(/%20/g, "+")')
    return steps


def _regex_escape(text: str) -> str:
    return re.sub(r"([\\^$.|?*+()\[\]{}/])", r"\\\1", text)


def base_pattern(parts: tuple[UrlPartIR, ...]) -> str:
    """``/^https:\\/\\/(.*?)\\/embed$/s``: the base URL, a lazy group per placeholder."""
    body = "".join(_regex_escape(p.literal) if p.literal is not None else "(.*?)" for p in parts)
    return f"/^{body}$/s"


def hash_name(hash_id: str) -> str:
    """``sha256`` → ``SHA-256`` (WebCrypto's name)."""
    return f"SHA-{hash_id[3:]}"


def fixed_header(f: FormatIR) -> str | None:
    """The JWS header segment, when the header holds only fixed members."""
    if not f.is_jws or f.fields_in("header"):
        return None
    header = {json.loads(k): json.loads(v) for k, v in f.header}
    text = json.dumps(
        header,
        separators=(f.json.item_separator, f.json.key_separator),
        ensure_ascii=f.json.ascii_only,
        sort_keys=f.json.sort_keys,
    )
    return base64.urlsafe_b64encode(text.encode("utf-8")).decode("ascii").rstrip("=")


# ---------------------------------------------------------------------- pieces of code


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


def _interpolated(expr: str) -> str:
    """``String(x)`` is just ``x`` inside a template literal."""
    match = re.fullmatch(r"String\(([A-Za-z_$][\w$]*)\)", expr)
    return match.group(1) if match else expr


def plain_text(x: FieldIR, local: str) -> str:
    """A value as plain text (strings as they are, integers in decimal, true / false)."""
    return local if x.shape.kind is Kind.STRING else f"String({local})"


def percent_of(x: FieldIR, local: str, safe: str) -> str:
    """A value's plain text, percent-encoded (integers and booleans only when they must be)."""
    if x.shape.kind is Kind.BOOLEAN or (x.shape.is_integer and "-" in safe):
        return plain_text(x, local)
    return f"percent({plain_text(x, local)})"


def json_reused(f: FormatIR) -> set[str]:
    """Fields of a signed URL whose JSON text both the message and the query carry."""
    in_message = {p.field.wire for p in f.message_parts if p.encode is TextForm.JSON}
    in_query = {q.field.wire for q in f.url_query if q.field and q.encode is TextForm.JSON}
    return in_message & in_query if f.is_signed_url else set()


def json_local(x: FieldIR) -> str:
    """The local holding a field's JSON text (when it is computed once for two uses)."""
    return f"{x.ident}Json"


def message_piece(f: FormatIR, x: FieldIR, encode: TextForm, local: str) -> str:
    """One part's text in the signed string, from the value held by ``local``."""
    if encode is TextForm.JSON:
        return json_local(x) if x.wire in json_reused(f) else to_json(f, local)
    if encode is TextForm.PERCENT:
        return percent_of(x, local, f.percent_safe)
    return plain_text(x, local)


def joined(items: list[tuple[str, str]], join: str) -> str:
    """``items`` (expression, the local that may be undefined or "") joined by ``join``: a
    template literal when every item is there, else an array of the present ones."""
    if all(not absent for _, absent in items):
        pieces: list[tuple[bool, str]] = []
        for i, (expr, _) in enumerate(items):
            if i:
                pieces.append((False, join))
            pieces.append((True, expr))
        return template_literal(pieces)
    elements = ", ".join(maybe(expr, absent) for expr, absent in items)
    return f"[{elements}].join({json.dumps(join, ensure_ascii=False)})"


def maybe(expr: str, absent: str) -> str:
    """An array element, or ``...(x === undefined ? [] : [expr])`` when ``x`` may be absent."""
    return f"...({absent} === undefined ? [] : [{expr}])" if absent else expr


# ---------------------------------------------------------------------- statements

_RANDOM_TEXT = {"hex": "hex", "base64url-nopad": "base64urlNoPad", "uuid": "uuid"}
ENCODERS = {"hex": "hex", "base64": "base64", "base64url": "base64url"}
ENCODERS["base64url-nopad"] = "base64urlNoPad"
DECODERS = {name: "from" + fn[0].upper() + fn[1:] for name, fn in ENCODERS.items()}


def _checked(x: FieldIR, expr: str, check_code: str, level: int, prefix: str) -> str:
    return check(x.shape, expr, x.wire_literal, check_code, level, prefix)


def sign_statement(f: FormatIR | ExchangeIR, x: FieldIR, source: str = "input") -> str:
    """``const name = …;``: one field's value resolved (default, clock, randomness) and checked
    the way the reference signer checks it."""
    level, prefix, code_ = field_level(f), f.type_prefix, '"invalid_input"'
    given = access(source, x.wire)
    if x.fixed_literal is not None:
        value = x.fixed_literal
    elif x.source.value == "clock":
        value = _checked(x, "now", code_, level, prefix)
    elif x.source.value == "random":
        assert x.random_encoding is not None
        raw = f"{_RANDOM_TEXT[x.random_encoding.value]}(await randomBytes({x.random_bytes}, "
        raw += "options.randomBytes))"
        value = _checked(x, raw, code_, level, prefix) if x.shape.has_constraints else raw
    elif x.now_plus is not None:
        plus = "now" if x.now_plus == 0 else f"now + {x.now_plus}"
        value = _checked(x, f"{given} ?? {plus}", code_, level, prefix)
    elif x.default_literal is not None:
        value = _checked(x, f"{given} ?? {x.default_literal}", code_, level, prefix)
    elif x.required:
        value = _checked(x, given, code_, level, prefix)
    else:
        value = f"{given} == null ? undefined : {_checked(x, given, code_, level, prefix)}"
    return f"const {x.ident} = {value};"


def claim_statements(
    f: FormatIR, x: FieldIR, source: str, bind: bool, local: str | None = None
) -> list[str]:
    """The checks of one received claim (``missing_claim`` / ``invalid_claim``); ``bind`` keeps
    the checked value in a local (named ``local``, the field's identifier by default)."""
    level, prefix, code_ = field_level(f), f.type_prefix, '"invalid_claim"'
    given = access(source, x.wire)
    checked = _checked(x, given, code_, level, prefix)
    name = local or x.ident
    bind = bind or x.fixed_literal is not None
    if x.required:
        lines = [f"const {name} = {checked};" if bind else f"{checked};"]
    elif bind:
        lines = [f"const {name} = {given} === undefined ? undefined : {checked};"]
    else:
        lines = [f"if ({given} !== undefined) {checked};"]
    if x.fixed_literal is not None:
        scalar = x.shape.kind in (Kind.STRING, Kind.BOOLEAN) or x.shape.is_integer
        left, right = (name, x.fixed_literal) if scalar else (
            f"JSON.stringify({name})", f"JSON.stringify({x.fixed_literal})"
        )
        test = f"{left} !== {right}" if x.required else f"{name} !== undefined && {left} !== {right}"
        message = json.dumps(f"{x.wire} must be {json.loads(x.fixed_literal)!r}"[:80])
        lines.append(f'if ({test}) fail("invalid_claim", {message});')
    return lines


def members(
    fields: list[FieldIR] | tuple[FieldIR, ...],
    source: str | None = None,
    fixed: tuple[tuple[str, str], ...] = (),
) -> list[tuple[str, str, bool]]:
    """(wire name, expression, may be absent) of an object's members: fixed (literal) ones,
    then each field's local (or its member of ``source``)."""
    found = [(json.loads(key), value, False) for key, value in fixed]
    for x in fields:
        expr = x.ident if source is None else access(source, x.wire)
        found.append((x.wire, expr, x.may_be_absent if source is None else not x.required))
    return found


def object_members(items: list[tuple[str, str, bool]], spread: bool) -> str:
    """``a, b: c``: with ``spread``, a member that may be absent is left out when it is
    (``...(c === undefined ? {} : { b: c })``); without, an undefined member stays (the JSON
    writers leave it out)."""
    out = []
    for wire, expr, optional in items:
        key = prop(wire)
        item = expr if key == expr else f"{key}: {expr}"
        out.append(f"...({expr} === undefined ? {{}} : {{ {item} }})" if optional and spread else item)
    return ", ".join(out)


def object_literal(items: list[tuple[str, str, bool]], spread: bool = False) -> str:
    """``{ a, b: c }`` (``{}`` when empty)."""
    inner = object_members(items, spread)
    return f"{{ {inner} }}" if inner else "{}"


# ---------------------------------------------------------------------- URLs and messages


def url_fields(f: FormatIR) -> list[FieldIR]:
    """The fields the embed URL places (besides the token), in declared order."""
    used = {p.field.wire for p in (*f.url_base, *(f.url_fragment or ())) if p.field}
    used |= {q.field.wire for q in f.url_query if q.field}
    return [x for x in f.fields if x.wire in used]


def _template_pieces(
    f: FormatIR, parts: tuple[UrlPartIR, ...], base: bool = False
) -> list[tuple[bool, str]]:
    pieces: list[tuple[bool, str]] = []
    for p in parts:
        if p.literal is not None:
            pieces.append((False, p.literal))
        elif p.token:
            percent = p.percent and token_needs_percent(f)
            pieces.append((True, "percent(token)" if percent else "token"))
        else:
            assert p.field is not None
            x, local = p.field, p.field.ident
            if p.percent:
                text = percent_of(x, local, f.percent_safe)
            elif base:
                text = f"raw({plain_text(x, local)}, {x.wire_literal})"
            else:
                text = plain_text(x, local)
            pieces.append((True, text))
    return pieces


def query_pairs(f: FormatIR, signature: bool = True) -> list[tuple[str, str]]:
    """``name=value`` of each query parameter present (expression, local that may be absent)."""
    pairs = []
    for q in f.url_query:
        name = json.loads(q.name_encoded_literal)
        if q.value is not None and q.value.value == "token":
            value = "percent(token)" if token_needs_percent(f) else "token"
            pairs.append((template_literal([(False, f"{name}="), (True, value)]), ""))
        elif q.value is not None:
            if signature:
                value = "percent(signature)" if signature_needs_percent(f) else "signature"
                pairs.append((template_literal([(False, f"{name}="), (True, value)]), ""))
        else:
            assert q.field is not None
            x = q.field
            local = x.ident
            if q.encode is TextForm.JSON:
                reused = x.wire in json_reused(f)
                local = json_local(x) if reused else x.ident
                value = f"percent({local if reused else to_json(f, x.ident)})"
            else:
                value = percent_of(x, x.ident, f.percent_safe)
            absent = local if x.may_be_absent else ""
            pairs.append((template_literal([(False, f"{name}="), (True, value)]), absent))
    return pairs


def embed_url(f: FormatIR) -> str:
    """The URL expression over the fields' locals and ``token`` (``signature`` for signed URLs)."""
    url = _template_pieces(f, f.url_base, base=True)
    pairs = query_pairs(f)
    if pairs:
        query = joined(pairs, "&")
        if any(absent for _, absent in pairs) and all(absent for _, absent in pairs):
            raise NotImplementedError("a URL whose query may be empty")
        if query.startswith("`"):
            url += [(False, "?"), *_pieces_of(query)]
        else:
            url += [(False, "?"), (True, query)]
    if f.url_fragment is not None:
        url += [(False, "#"), *_template_pieces(f, f.url_fragment)]
    return template_literal(url)


def _pieces_of(literal: str) -> list[tuple[bool, str]]:
    """The pieces of a template literal made by :func:`template_literal` (to splice it)."""
    body, pieces, i = literal[1:-1], [], 0
    while i < len(body):
        start = body.find("${", i)
        while start > 0 and body[start - 1] == "\\":
            start = body.find("${", start + 1)
        if start < 0:
            pieces.append((False, _unescape(body[i:])))
            break
        if start > i:
            pieces.append((False, _unescape(body[i:start])))
        depth, j = 1, start + 2
        while depth:
            depth += {"{": 1, "}": -1}.get(body[j], 0)
            j += 1
        pieces.append((True, body[start + 2 : j - 1]))
        i = j
    return pieces


def _unescape(text: str) -> str:
    return text.replace("$\\{", "${").replace("\\`", "`").replace("\\\\", "\\")


def raw_base_fields(f: FormatIR) -> list[FieldIR]:
    """Fields placed raw in the base URL: refused when they hold '?' or '#'."""
    return [p.field for p in f.url_base if p.field is not None and not p.percent]


def sign_message(f: FormatIR) -> str:
    """The signed string over the resolved values' locals (envelopes and signed URLs)."""
    if f.message_is_query:
        return joined(query_pairs(f, signature=False), "&")
    items = []
    for part in f.message_parts:
        x = part.field
        piece = message_piece(f, x, part.encode, x.ident)
        text = template_literal([(False, part.prefix), (True, piece)])
        reused = part.encode is TextForm.JSON and x.wire in json_reused(f)
        items.append((text, (json_local(x) if reused else x.ident) if x.may_be_absent else ""))
    return joined(items, f.message_join)


def verify_message(f: FormatIR, received: dict[str, tuple[str, bool]]) -> str:
    """The signed string of a received envelope or URL: ``received`` maps a wire name to the
    local holding its checked value (envelope) or received text (URL) and whether it may be
    absent."""
    items = []
    for part in f.message_parts:
        x = part.field
        local, optional = received[x.wire]
        if f.is_signed_url:
            if part.encode is TextForm.PERCENT:
                from_template = any(p.field and p.field.wire == x.wire and p.percent for p in f.url_base)
                piece = f"{x.ident}Raw" if from_template else f"percent({local})"
            else:
                piece = local
        else:
            piece = message_piece(f, x, part.encode, local)
        text = template_literal([(False, part.prefix), (True, piece)])
        items.append((text, local if optional else ""))
    return joined(items, f.message_join)


# ---------------------------------------------------------------------- verification


def time_fields(f: FormatIR) -> set[str]:
    """The claims the time rules read."""
    v = f.verify
    return {x.wire for x in (v.expires, v.issued_at, v.not_before) if x is not None}


def time_checks(f: FormatIR) -> list[str]:
    """The time rules, in the shared order: expired, not yet valid, lifetime too long."""
    v, lines = f.verify, []
    early = "now" if v.leeway == 0 else f"now - {v.leeway}"
    late = "now" if v.leeway == 0 else f"now + {v.leeway}"

    def guard(x: FieldIR) -> str:
        return "" if x.required else f"{x.ident} !== undefined && "

    if v.expires is not None:
        e = v.expires.ident
        lines.append(
            f"if ({guard(v.expires)}{e} <= {early}) fail(\"expired\", `expired at ${{{e}}}, now ${{now}}`);"
        )
    if v.issued_at is not None and v.max_age is not None:
        i = v.issued_at.ident
        age = i if v.max_age == 0 else f"{i} + {v.max_age}"
        lines.append(
            f"if ({guard(v.issued_at)}{age} <= {early}) "
            f"fail(\"expired\", `issued at ${{{i}}}, older than {v.max_age} s`);"
        )
    for x in (v.not_before, v.issued_at):
        if x is not None:
            lines.append(
                f"if ({guard(x)}{x.ident} > {late}) "
                f"fail(\"not_yet_valid\", `{x.wire} ${{{x.ident}}} is after now ${{now}}`);"
            )
    if v.expires is not None and v.max_lifetime is not None:
        e = v.expires.ident
        start = "now"
        if v.issued_at is not None:
            start = v.issued_at.ident if v.issued_at.required else f"({v.issued_at.ident} ?? now)"
        lines.append(
            f"if ({guard(v.expires)}{e} - {start} > {v.max_lifetime}) "
            f"fail(\"lifetime_too_long\", `lives ${{{e} - {start}}} s, at most {v.max_lifetime}`);"
        )
    return lines


# ---------------------------------------------------------------------- small things


def comment(text: str) -> str:
    """Text for a block comment: ``*/`` cannot end it early."""
    return text.replace("*/", "*\\/")


def input_doc(x: FieldIR) -> str:
    """An input's comment: its description and default."""
    note = ""
    if x.now_plus is not None:
        note = "Default: now." if x.now_plus == 0 else f"Default: now + {x.now_plus} s."
    elif x.default_literal is not None:
        note = f"Default: `{x.default_literal}`."
    return " ".join(part for part in (x.description.strip(), note) if part)


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


def sign_uses_now(f: FormatIR | ExchangeIR) -> bool:
    """Whether ``sign`` reads the clock (a clock field or a default relative to now)."""
    return any(x.source.value == "clock" or x.now_plus is not None for x in f.fields)


def sign_options(f: FormatIR) -> str:
    """The type of ``sign``'s options (empty when it takes none)."""
    members = []
    if sign_uses_now(f):
        members.append("readonly now?: number")
    if f.needs.random:
        members.append("readonly randomBytes?: (count: number) => Uint8Array")
    return "{ " + "; ".join(members) + " }" if members else ""


def sign_options_doc(f: FormatIR) -> str:
    """What ``sign``'s options are."""
    parts = []
    if sign_uses_now(f):
        parts.append("`now`: the signing time in Unix seconds (the clock by default)")
    if f.needs.random:
        parts.append("`randomBytes`: a source of random bytes (the platform's secure one by default)")
    return "; ".join(parts)


def response_members(f: FormatIR) -> list[tuple[str, str, bool]]:
    """The vendor-shaped response's members: (name, expression, may be absent)."""
    found = []
    for r in f.response:
        if r.field is not None:
            found.append((r.name, r.field.ident, r.field.may_be_absent))
        else:
            found.append((r.name, r.source.value, False))
    return found


def to_json(f: FormatIR | ExchangeIR, expr: str) -> str:
    """``expr`` as JSON text in the format's profile."""
    plain = stringify_profile(f) and not f.json.ascii_only
    return f"JSON.stringify({expr})" if plain else f"toJson({expr})"


def encoder(encoding: object) -> str:
    """The function writing bytes in ``encoding``."""
    return ENCODERS[str(getattr(encoding, "value", encoding))]


def decoder(encoding: object) -> str:
    """The function reading ``encoding`` back canonically."""
    return DECODERS[str(getattr(encoding, "value", encoding))]


def header_json(f: FormatIR) -> str:
    """The fixed JWS header's JSON text (for a comment)."""
    header = {json.loads(k): json.loads(v) for k, v in f.header}
    return json.dumps(
        header,
        separators=(f.json.item_separator, f.json.key_separator),
        ensure_ascii=f.json.ascii_only,
        sort_keys=f.json.sort_keys,
    )


def jws_hash(alg_literal: str) -> str:
    """``"HS256"`` → ``SHA-256``."""
    return hash_name("sha" + json.loads(alg_literal)[2:])


def statement(indent: int, text: str) -> str:
    """A statement at ``indent`` (long ones broken as prettier breaks them)."""
    return " " * indent + text


def wrap_call(indent: int, func: str, args: list[str], tail: str = "") -> str:
    """A call statement, one argument a line when it does not fit."""
    return wrap(indent, func, args, tail)


# ---------------------------------------------------------------------- signed URLs


def url_template_fields(f: FormatIR) -> list[FieldIR]:
    """The fields the base URL and the fragment place, in order."""
    found: list[FieldIR] = []
    for p in (*f.url_base, *(f.url_fragment or ())):
        if p.field is not None and p.field not in found:
            found.append(p.field)
    return found


def query_array(f: FormatIR) -> str:
    """The query's ``name=value`` pairs that are present, signature not yet included."""
    return "[" + ", ".join(maybe(expr, absent) for expr, absent in query_pairs(f, False)) + "]"


def signed_url(f: FormatIR) -> str:
    """The signed URL over the template fields' locals, ``query`` and ``signature``."""
    signature = [q for q in f.url_query if q.value is not None and q.value.value == "signature"]
    name = json.loads(signature[0].name_encoded_literal)
    value = "percent(signature)" if signature_needs_percent(f) else "signature"
    last = template_literal([(False, f"{name}="), (True, value)])
    url = _template_pieces(f, f.url_base, base=True)
    url += [(False, "?"), (True, f'[...query, {last}].join("&")')]
    if f.url_fragment is not None:
        url += [(False, "#"), *_template_pieces(f, f.url_fragment)]
    return template_literal(url)


def received_claim(f: FormatIR, x: FieldIR, text: str, encode: TextForm) -> str:
    """A received field's value from its text: JSON parsed, integers and booleans read."""
    if encode == TextForm.JSON:
        return f"parse({text}, {x.wire_literal})"
    if x.shape.is_integer:
        return f"integerText({text}, {x.wire_literal})"
    if x.shape.kind is Kind.BOOLEAN:
        return f"booleanText({text}, {x.wire_literal})"
    return text


def base_field_local(f: FormatIR, x: FieldIR) -> str:
    """The local holding a base-URL field's text as received (``…Raw`` when %-encoded)."""
    percent = any(p.field is x and p.percent for p in f.url_base)
    return f"{x.ident}Raw" if percent else f"{x.ident}Text"


def query_fields(f: FormatIR) -> list[tuple[FieldIR, TextForm]]:
    """The fields the query carries, in order, with how each is written."""
    return [(q.field, q.encode) for q in f.url_query if q.field is not None]


def query_names(f: FormatIR) -> str:
    """The query parameters' names, in order, as an array literal."""
    return "[" + ", ".join(q.name_literal for q in f.url_query) + "]"


def url_shape(f: FormatIR, base_only: bool = False) -> str:
    """The URL as the spec writes it: ``https://{host}/login/embed/{embed_url}?…``."""
    def shape(parts: tuple[UrlPartIR, ...]) -> str:
        out = []
        for p in parts:
            if p.literal is not None:
                out.append(p.literal)
            else:
                name = "token" if p.token else (p.field.wire if p.field else "")
                out.append("{" + name + ("|percent" if p.percent else "") + "}")
        return "".join(out)

    text = shape(f.url_base)
    if base_only:
        return text
    if f.url_query:
        text += "?" + "&".join(f"{q.name}=…" for q in f.url_query)
    if f.url_fragment is not None:
        text += "#" + shape(f.url_fragment)
    return text


def signature_param(f: FormatIR) -> str:
    """The name of the query parameter carrying the signature."""
    return next(q.name for q in f.url_query if q.value is not None and q.value.value == "signature")


def boolean_from_text(f: FormatIR) -> bool:
    """Whether a signed URL carries a boolean as plain text."""
    texts = [x for x, encode in query_fields(f) if encode == TextForm.TEXT]
    texts += [p.field for p in f.url_base if p.field is not None]
    return any(x.shape.kind is Kind.BOOLEAN for x in texts)


def field_type(x: FieldIR) -> str:
    """A field's TypeScript type."""
    return type_of(x.shape)


def verify_codes(f: FormatIR) -> list[str]:
    """The codes ``verify`` can throw."""
    return [c for c in error_codes(f) if c != "invalid_input"]


def signed_url_claims(f: FormatIR) -> list[tuple[str, str, bool]]:
    """The verified values of a signed URL, in the order they arrive: the base URL's fields
    (as received), then the query's (checked)."""
    found: list[tuple[str, str, bool]] = []
    for p in f.url_base:
        if p.field is not None:
            x = p.field
            checked = x.placement.value != "url"
            found.append((x.wire, x.ident if checked else received_claim(f, x, f"{x.ident}Text", TextForm.TEXT), False))
    for x, _ in query_fields(f):
        found.append((x.wire, x.ident, not x.required))
    return found


# ---------------------------------------------------------------------- exchanges


def call_url(f: ExchangeIR, parts: tuple[UrlPartIR, ...]) -> str:
    """A call's URL template over the inputs' locals (``{x|percent}`` percent-encoded)."""
    pieces: list[tuple[bool, str]] = []
    for p in parts:
        if p.literal is not None:
            pieces.append((False, p.literal))
        elif p.token:
            pieces.append((True, "percent(token)" if p.percent else "token"))
        else:
            assert p.field is not None
            x = p.field
            if x.shape.kind is not Kind.STRING:
                value = f"urlPart(undefined, {x.wire_literal})"  # the reference refuses them too
            elif x.may_be_absent:
                value = f"urlPart({x.ident}, {x.wire_literal})"
            else:
                value = x.ident
            pieces.append((True, f"percent({value})" if p.percent else value))
    return template_literal(pieces)


def url_parts_may_be_absent(f: ExchangeIR) -> bool:
    """Whether a URL of ``f`` places a value that may be missing (then ``urlPart`` refuses)."""
    calls = [f.request.url, *(c.url for c in (f.revoke,) if c is not None), f.embed_url or ()]
    return any(
        p.field is not None and (p.field.may_be_absent or p.field.shape.kind is not Kind.STRING)
        for parts in calls
        for p in parts
    )


def auth_prefix(call: object) -> str:
    """``Bearer ``: the text before the credential in the auth header."""
    return str(json.loads(getattr(call, "auth_prefix_literal")))


def body_members(f: ExchangeIR) -> list[tuple[str, str, bool]]:
    """The JSON body's members in declared order, the secret's included."""
    return [
        (x.wire, "secret" if x.source.value == "secret" else x.ident, x.may_be_absent)
        for x in f.body_fields
    ]


def success(f: ExchangeIR) -> str:
    """The test that a status is one of the successful ones."""
    if len(f.success) == 1:
        return f"(answer.status === {f.success[0]})"
    return f"[{', '.join(str(s) for s in f.success)}].includes(answer.status)"


def lifetime_expr(f: ExchangeIR) -> str:
    """The lifetime in seconds, from ``value`` in the format's unit."""
    if f.expires_multiplier and f.expires_multiplier != 1:
        return f"value * {f.expires_multiplier}"
    if f.expires_divisor != 1:
        return f"Math.floor(value / {f.expires_divisor})"
    return "value"


def unit_name(f: ExchangeIR) -> str:
    """The unit the vendor counts the lifetime in."""
    if f.expires_multiplier and f.expires_multiplier != 1:
        return {60: "of minutes", 3600: "of hours", 86400: "of days"}.get(
            f.expires_multiplier, f"of {f.expires_multiplier} s units"
        )
    return "of milliseconds" if f.expires_divisor != 1 else "of seconds"
