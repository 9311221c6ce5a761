"""What an embed URL places: the fields and nested properties its template and query read,
their checked locals, the types ``embedUrl`` takes for them, an example's argument, and the
URL's shape as the spec writes it."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from generator.languages.ts.objects import object_literal
from generator.languages.ts.text import access, field_type, prop
from generator.languages.ts.values import check, field_level

if TYPE_CHECKING:
    from generator.ir import FieldIR, FormatIR, UrlPartIR


def url_fields(f: FormatIR) -> list[FieldIR]:
    """The fields the embed URL places (besides the token), in declared order."""
    return list(f.url_fields)


def placed_name(p: UrlPartIR) -> str:
    """A placeholder's name: ``site_url``, or ``content.projectUuid`` (a nested property)."""
    assert p.field is not None
    return ".".join((p.field.wire, *(step.wire for step in p.path)))


def _path_locals(f: FormatIR) -> dict[str, str]:
    """The local of each nested property the URL places (``content.projectUuid`` →
    ``projectUuid``; the whole path, camel-cased, when that name is another's)."""
    parts = [p for p in template_parts(f) if p.path]
    taken = {x.ident for x in url_fields(f)}
    found: dict[str, str] = {}
    for p in parts:
        name = placed_name(p)
        if name not in found:
            assert p.field is not None and p.leaf is not None
            local = p.leaf.ident
            if local in taken:
                local = p.field.ident + "".join(s.ident[0].upper() + s.ident[1:] for s in p.path)
            taken.add(local)
            found[name] = local
    return found


def part_local(f: FormatIR, p: UrlPartIR) -> str:
    """The local holding a placeholder's (checked) value."""
    assert p.field is not None
    return _path_locals(f)[placed_name(p)] if p.path else p.field.ident


def template_parts(f: FormatIR) -> tuple[UrlPartIR, ...]:
    """The placeholders and literals of the base URL and the fragment."""
    return (*f.url_base, *(f.url_fragment or ()))


def url_param_type(f: FormatIR, x: FieldIR) -> str:
    """The type ``embedUrl`` takes for a field it places: the field's, or for one it only
    reads properties of, an object of those (``{ readonly projectUuid: string }``): a caller
    may pass the input itself, or just what the URL shows."""
    if not _read_only(f, x):
        return field_type(x)
    return _read_type([p.path for p in template_parts(f) if p.field is x])


def _read_only(f: FormatIR, x: FieldIR) -> bool:
    """Whether the URL only reads properties of ``x`` (never places it whole)."""
    parts = [p for p in template_parts(f) if p.field is x]
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
        parts = [p for p in template_parts(f) if p.field is x]
        if not _read_only(f, x):
            checked = check(x.shape, given, x.wire_literal, code_, level, f)
            absent = f"{given} == null ? undefined : " if x.may_be_absent else ""
            lines.append(f"const {x.ident} = {absent}{checked};")
        done: set[str] = set()
        for p in parts:
            if p.path and placed_name(p) not in done:
                done.add(placed_name(p))
                assert p.leaf is not None
                read = given + "".join("?." + access("", s.wire).lstrip(".") for s in p.path)
                where = json.dumps(placed_name(p), ensure_ascii=False)
                checked = check(p.leaf.shape, read, where, code_, level, f)
                lines.append(f"const {part_local(f, p)} = {checked};")
    return lines


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
                value = _only_paths(value, [p.path for p in template_parts(f) if p.field is x])
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


def url_template_fields(f: FormatIR) -> list[FieldIR]:
    """The fields the base URL and the fragment place, in order."""
    found: list[FieldIR] = []
    for p in (*f.url_base, *(f.url_fragment or ())):
        if p.field is not None and p.field not in found:
            found.append(p.field)
    return found


def url_shape(f: FormatIR, base_only: bool = False) -> str:
    """The URL as the spec writes it: ``https://{host}/login/embed/{embed_url}?…``."""

    def shape(parts: tuple[UrlPartIR, ...]) -> str:
        out = []
        for p in parts:
            if p.literal is not None:
                out.append(p.literal)
            else:
                name = "token" if p.token else placed_name(p)
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
