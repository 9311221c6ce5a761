"""Embed URLs as expressions: built from the template (token families), signed (signed
URLs), and the signed string of envelopes and signed URLs."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from generator.ir.enums import TextForm
from generator.languages.ts.messages import (
    joined,
    json_local,
    json_reused,
    message_piece,
    percent_of,
    plain_text,
)
from generator.languages.ts.text import template_literal
from generator.languages.ts.url_parts import part_local, placed_name
from generator.languages.ts.uses import to_json

if TYPE_CHECKING:
    from generator.ir import FormatIR, UrlPartIR


def _token_text(f: FormatIR, encoded: bool) -> str:
    """The token as a URL part carries it: ``tokenText`` (``buildUrl``'s, encoded already),
    ``percent(token)`` where the spec encodes it, ``token`` where it places it raw."""
    if f.token_is_url_text:
        return "tokenText"
    return "percent(token)" if encoded else "token"


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
            x, local = p.leaf, part_local(f, p)
            if p.percent:
                text = percent_of(x, local, f.percent_safe)
            elif base:
                where = json.dumps(placed_name(p), ensure_ascii=False)
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
                value = "signature" if f.signature_kept_whole else "percent(signature)"
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
    value = "signature" if f.signature_kept_whole else "percent(signature)"
    url = _template_pieces(f, f.url_base, base=True)
    if query_always(f):
        url += [(False, "?"), (True, "query"), (False, f"&{name}="), (True, value)]
    else:
        url += [(False, "?"), (True, 'query === "" ? "" : `${query}&`'), (False, f"{name}=")]
        url += [(True, value)]
    if f.url_fragment is not None:
        url += [(False, "#"), *_template_pieces(f, f.url_fragment)]
    return template_literal(url)


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
