"""Embed URLs: built from the template (token families), signed and read back (signed URLs)."""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

from generator.ir.enums import Kind, TextForm
from generator.languages.ts.messages import (
    joined,
    json_local,
    json_reused,
    message_piece,
    percent_of,
    plain_text,
)
from generator.languages.ts.text import access, field_type, prop, template_literal
from generator.languages.ts.uses import signature_needs_percent, to_json, token_needs_percent
from generator.languages.ts.values import check, field_level, object_literal

if TYPE_CHECKING:
    from generator.ir import FieldIR, FormatIR, UrlPartIR


def url_fields(f: FormatIR) -> list[FieldIR]:
    """The fields the embed URL places (besides the token), in declared order."""
    used = {p.field.wire for p in (*f.url_base, *(f.url_fragment or ())) if p.field}
    used |= {q.field.wire for q in f.url_query if q.field}
    return [x for x in f.fields if x.wire in used]


def _placed(p: UrlPartIR) -> str:
    """A placeholder's name: ``site_url``, or ``content.projectUuid`` (a nested property)."""
    assert p.field is not None
    return ".".join((p.field.wire, *(step.wire for step in p.path)))


def _path_locals(f: FormatIR) -> dict[str, str]:
    """The local of each nested property the URL places (``content.projectUuid`` →
    ``projectUuid``; the whole path, camel-cased, when that name is another's)."""
    parts = [p for p in _template_parts(f) if p.path]
    taken = {x.ident for x in url_fields(f)}
    found: dict[str, str] = {}
    for p in parts:
        name = _placed(p)
        if name not in found:
            assert p.field is not None and p.leaf is not None
            local = p.leaf.ident
            if local in taken:
                local = p.field.ident + "".join(s.ident[0].upper() + s.ident[1:] for s in p.path)
            taken.add(local)
            found[name] = local
    return found


def _part_local(f: FormatIR, p: UrlPartIR) -> str:
    """The local holding a placeholder's (checked) value."""
    assert p.field is not None
    return _path_locals(f)[_placed(p)] if p.path else p.field.ident


def _template_parts(f: FormatIR) -> tuple[UrlPartIR, ...]:
    """The placeholders and literals of the base URL and the fragment."""
    return (*f.url_base, *(f.url_fragment or ()))


def url_param_type(f: FormatIR, x: FieldIR) -> str:
    """The type ``embedUrl`` takes for a field it places: the field's, or for one it only
    reads properties of, an object of those (``{ readonly projectUuid: string }``): a caller
    may pass the input itself, or just what the URL shows."""
    if not _read_only(f, x):
        return field_type(x)
    return _read_type([p.path for p in _template_parts(f) if p.field is x])


def _read_only(f: FormatIR, x: FieldIR) -> bool:
    """Whether the URL only reads properties of ``x`` (never places it whole)."""
    parts = [p for p in _template_parts(f) if p.field is x]
    in_query = any(q.field is x for q in f.url_query)
    return bool(parts) and all(p.path for p in parts) and not in_query


def _read_type(paths: list[tuple[FieldIR, ...]]) -> str:
    """The object type holding the properties at the end of ``paths`` (outermost first)."""
    groups: dict[str, tuple[FieldIR, list[tuple[FieldIR, ...]]]] = {}
    for first, *rest in paths:
        groups.setdefault(first.wire, (first, []))[1].append(tuple(rest))
    members = []
    for wire, (x, rests) in groups.items():
        inner = [r for r in rests if r]
        members.append(f"readonly {prop(wire)}: {_read_type(inner) if inner else field_type(x)}")
    return "{ " + "; ".join(members) + " }"


def url_checks(f: FormatIR) -> list[str]:
    """``embedUrl``'s statements checking what it places (``invalid_input``), in declared order:
    each field it places whole, and each nested property it reads (read with ``?.``, so a
    JavaScript caller's missing object is refused as a missing value, not a TypeError)."""
    level, code_, lines = field_level(f), '"invalid_input"', []
    for x in url_fields(f):
        given = access("fields", x.wire)
        parts = [p for p in _template_parts(f) if p.field is x]
        if not _read_only(f, x):
            checked = check(x.shape, given, x.wire_literal, code_, level, f)
            absent = f"{given} == null ? undefined : " if x.may_be_absent else ""
            lines.append(f"const {x.ident} = {absent}{checked};")
        done: set[str] = set()
        for p in parts:
            if p.path and _placed(p) not in done:
                done.add(_placed(p))
                assert p.leaf is not None
                read = given + "".join("?." + access("", s.wire).lstrip(".") for s in p.path)
                where = json.dumps(_placed(p), ensure_ascii=False)
                checked = check(p.leaf.shape, read, where, code_, level, f)
                lines.append(f"const {_part_local(f, p)} = {checked};")
    return lines


def token_is_url_text(f: FormatIR) -> bool:
    """Whether ``sign`` may hand its own token to the URL as it is (``buildUrl``): the URL
    holds the token percent-encoded alone (in its query, or ``{token|percent}``), and
    ``percent`` keeps every character the token can hold. The public ``embedUrl`` still
    encodes a token it is given, which may be anything."""
    placed = [p.percent for p in _template_parts(f) if p.token]
    placed += [True for q in f.url_query if q.value is not None and q.value.value == "token"]
    return bool(placed) and all(placed) and not token_needs_percent(f)


def _token_text(f: FormatIR, encoded: bool) -> str:
    """The token as a URL part carries it: ``tokenText`` (``buildUrl``'s, encoded already),
    ``percent(token)`` where the spec encodes it, ``token`` where it places it raw."""
    if token_is_url_text(f):
        return "tokenText"
    return "percent(token)" if encoded else "token"


def url_argument(f: FormatIR, values: dict[str, Any]) -> str | None:
    """The fields argument of ``embedUrl`` for the wire ``values`` of an example (a default
    where one is left out; of a field the URL only reads properties of, those alone, as its
    type takes no others); None when ``embedUrl`` takes no fields."""
    fields = url_fields(f)
    if not fields:
        return None
    items = []
    for x in fields:
        if x.wire in values:
            value = values[x.wire]
            if _read_only(f, x):
                value = _only_paths(value, [p.path for p in _template_parts(f) if p.field is x])
            items.append((x.wire, json.dumps(value, ensure_ascii=False), False))
        elif x.default_literal is not None:
            items.append((x.wire, x.default_literal, False))
    return object_literal(items)


def _only_paths(value: Any, paths: list[tuple[FieldIR, ...]]) -> Any:
    """``value`` with only the properties at the end of ``paths`` (those it holds)."""
    if not isinstance(value, dict):
        return value
    groups: dict[str, list[tuple[FieldIR, ...]]] = {}
    for first, *rest in paths:
        groups.setdefault(first.wire, []).append(tuple(rest))
    found: dict[str, Any] = {}
    for wire, rests in groups.items():
        if wire in value:
            inner = [r for r in rests if r]
            found[wire] = _only_paths(value[wire], inner) if inner else value[wire]
    return found


def _template_pieces(
    f: FormatIR, parts: tuple[UrlPartIR, ...], base: bool = False
) -> list[tuple[bool, str]]:
    pieces: list[tuple[bool, str]] = []
    for p in parts:
        if p.literal is not None:
            pieces.append((False, p.literal))
        elif p.token:
            pieces.append((True, _token_text(f, p.percent)))
        else:
            assert p.leaf is not None
            x, local = p.leaf, _part_local(f, p)
            if p.percent:
                text = percent_of(x, local, f.percent_safe)
            elif base:
                where = json.dumps(_placed(p), ensure_ascii=False)
                text = f"raw({plain_text(x, local)}, {where})"
            else:
                text = plain_text(x, local)
            pieces.append((True, text))
    return pieces


def query_pairs(f: FormatIR, signature: bool = True) -> list[tuple[str, str]]:
    """``name=value`` of each query parameter present: (expression, the expression again when
    it may be undefined — ``pair`` of an optional field, a map's ``perKey`` — else "")."""
    pairs = []
    for q in f.url_query:
        name = json.loads(q.name_encoded_literal)
        if q.per_key:  # nothing for an absent or empty map
            assert q.field is not None
            expr = f"perKey({q.name_encoded_literal}, {q.field.ident})"
            pairs.append((expr, expr))
        elif q.value is not None and q.value.value == "token":
            value = _token_text(f, True)
            pairs.append((template_literal([(False, f"{name}="), (True, value)]), ""))
        elif q.value is not None:
            if signature:
                value = "percent(signature)" if signature_needs_percent(f) else "signature"
                pairs.append((template_literal([(False, f"{name}="), (True, value)]), ""))
        else:
            assert q.field is not None
            x = q.field
            reused = q.encode is TextForm.JSON and x.wire in json_reused(f)
            if x.may_be_absent:
                text = json_local(x) if reused else x.ident
                expr = f'pair("{name}", {text})'
                pairs.append((expr, expr))
                continue
            if q.encode is TextForm.JSON:
                value = f"percent({json_local(x) if reused else to_json(f, x.ident)})"
            else:
                value = percent_of(x, x.ident, f.percent_safe)
            pairs.append((template_literal([(False, f"{name}="), (True, value)]), ""))
    return pairs


def embed_url(f: FormatIR) -> str:
    """The URL expression over the fields' locals and ``token``."""
    url = _template_pieces(f, f.url_base, base=True)
    pairs = [expr for expr, _ in query_pairs(f)]
    optional = [expr for expr, absent in query_pairs(f) if absent]
    if pairs and len(optional) == len(pairs):
        raise NotImplementedError(f"{f.name}: a URL whose query may be empty")
    if optional:
        url += [(False, "?"), (True, f'joinPresent("&", [{", ".join(pairs)}])')]
    elif pairs:
        url += [(False, "?"), *_pieces_of(joined([(p, "") for p in pairs], "&"))]
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


def _regex_escape(text: str) -> str:
    return re.sub(r"([\\^$.|?*+()\[\]{}/])", r"\\\1", text)


def base_pattern(parts: tuple[UrlPartIR, ...]) -> str:
    """``/^https:\\/\\/(.*?)\\/embed$/s``: the base URL, a lazy group per placeholder."""
    body = "".join(_regex_escape(p.literal) if p.literal is not None else "(.*?)" for p in parts)
    return f"/^{body}$/s"


def fixed_header(f: FormatIR) -> str | None:
    """The JWS header segment, when the header holds only pinned members (in its order)."""
    return f.header_segment if f.is_jws and not f.header_fields else None


def header_json(f: FormatIR) -> str:
    """The pinned JWS header's JSON text (for a comment)."""
    assert f.header_json is not None
    return f.header_json


def url_template_fields(f: FormatIR) -> list[FieldIR]:
    """The fields the base URL and the fragment place, in order."""
    found: list[FieldIR] = []
    for p in (*f.url_base, *(f.url_fragment or ())):
        if p.field is not None and p.field not in found:
            found.append(p.field)
    return found


def query_text(f: FormatIR) -> str:
    """The query without the signature: its ``name=value`` pairs that are there."""
    return joined(query_pairs(f, False), "&")


def query_always(f: FormatIR) -> bool:
    """Whether the query holds a parameter (besides the signature) whatever the input."""
    return any(q.field is not None and not q.field.may_be_absent for q in f.url_query)


def signed_url(f: FormatIR) -> str:
    """The signed URL over the template fields' locals, ``query`` and ``signature``."""
    signature = [q for q in f.url_query if q.value is not None and q.value.value == "signature"]
    name = json.loads(signature[0].name_encoded_literal)
    value = "percent(signature)" if signature_needs_percent(f) else "signature"
    url = _template_pieces(f, f.url_base, base=True)
    if query_always(f):
        url += [(False, "?"), (True, "query"), (False, f"&{name}="), (True, value)]
    else:
        url += [(False, "?"), (True, 'query === "" ? "" : `${query}&`'), (False, f"{name}=")]
        url += [(True, value)]
    if f.url_fragment is not None:
        url += [(False, "#"), *_template_pieces(f, f.url_fragment)]
    return template_literal(url)


def received_claim(f: FormatIR, x: FieldIR, text: str, encode: TextForm) -> str:
    """A received field's value from its text: JSON parsed, integers and booleans read."""
    if encode == TextForm.JSON:
        return f"parse({text}, {x.wire_literal})"
    # A union never travels as a signed URL's text (specmodel.checks: "true" is ambiguous).
    assert x.shape.kind is not Kind.UNION, f"{f.name}: a union read back from plain text"
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
    """The query parameters' names, in order, as an array literal (a map's are its keys')."""
    return "[" + ", ".join(q.name_literal for q in f.named_params) + "]"


def url_shape(f: FormatIR, base_only: bool = False) -> str:
    """The URL as the spec writes it: ``https://{host}/login/embed/{embed_url}?…``."""

    def shape(parts: tuple[UrlPartIR, ...]) -> str:
        out = []
        for p in parts:
            if p.literal is not None:
                out.append(p.literal)
            else:
                name = "token" if p.token else _placed(p)
                out.append("{" + name + ("|percent" if p.percent else "") + "}")
        return "".join(out)

    text = shape(f.url_base)
    if base_only:
        return text
    if f.url_query:
        text += "?" + "&".join(f"{q.name}{'<key>' if q.per_key else ''}=…" for q in f.url_query)
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


def signed_url_claims(f: FormatIR) -> list[tuple[str, str, bool]]:
    """The verified values of a signed URL, in the order they arrive: the base URL's fields
    (as received), then the query's (checked)."""
    found: list[tuple[str, str, bool]] = []
    for p in f.url_base:
        if p.field is not None:
            x = p.field
            checked = x.placement.value != "url"
            found.append(
                (
                    x.wire,
                    x.ident if checked else received_claim(f, x, f"{x.ident}Text", TextForm.TEXT),
                    False,
                )
            )
    for x, _ in query_fields(f):
        found.append((x.wire, x.ident, not x.required))
    return found


def sign_message(f: FormatIR) -> str:
    """The signed string over the resolved values' locals (envelopes and signed URLs)."""
    if f.message_is_query:
        return joined(query_pairs(f, signature=False), "&")
    if f.message_is_url:  # the URL as built, before its signature parameter
        base = _template_pieces(f, f.url_base, base=True)
        return template_literal([*base, (False, "?"), (True, "query")])
    items = []
    for part in f.message_parts:
        x = part.field
        piece = message_piece(f, x, part.encode, x.ident)
        text = template_literal([(False, part.prefix), (True, piece)])
        reused = part.encode is TextForm.JSON and x.wire in json_reused(f)
        items.append((text, (json_local(x) if reused else x.ident) if x.may_be_absent else ""))
    return joined(items, f.message_join)
