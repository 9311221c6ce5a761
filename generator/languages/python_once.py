"""Values a Python signer writes as JSON once: a signed URL whose MAC covers its values (not
the URL text) puts each one's JSON in the message and, percent-encoded, in the query. Looker's
URL has seven such values; encoding each once saves a tenth of its sign call (issue 9's bench).
"""

from __future__ import annotations

from generator.ir import FieldIR, FormatIR, Kind, TextForm

COMMENT = "    # Each value's JSON, written once: the message signs it and the URL carries it."


def json_once(f: FormatIR) -> tuple[FieldIR, ...]:
    """The always-present fields both the message and the query hold as JSON, in message
    order (one that may be absent keeps its two writes: a local would be ``str | None``)."""
    if not f.is_signed_url or f.message_is_query or f.message_is_url:
        return ()
    queried = {
        q.field.ident for q in f.url_query if q.field and not q.per_key and _json(q.field, q.encode)
    }
    idents = {x.ident for x in f.fields}
    return tuple(
        p.field
        for p in f.message_parts
        if p.field.ident in queried
        and _json(p.field, p.encode)
        and not p.field.may_be_absent
        and local(p.field) not in idents
    )


def local(x: FieldIR) -> str:
    """The local holding ``x``'s JSON text."""
    return x.ident.rstrip("_") + "_json"  # time_ (a module name) holds time_json


def statements(f: FormatIR) -> str:
    """The assignments of those locals, under a comment; empty when there are none."""
    fields = json_once(f)
    if not fields:
        return ""
    return "\n".join([COMMENT, *(f"    {local(x)} = _json({x.ident})" for x in fields)])


def _json(x: FieldIR, form: TextForm) -> bool:
    return form is TextForm.JSON or x.shape.kind in (Kind.OBJECT, Kind.ARRAY)
