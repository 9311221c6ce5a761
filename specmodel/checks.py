"""Semantic checks the JSON Schema cannot express: references, types, family rules.

Each check reads the raw (schema-valid) data so that every error points at the exact key.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import PurePath
from typing import Any

from specmodel.errors import SpecError
from specmodel.exchange_checks import EXCHANGE_CHECKS, check_no_exchange_keys
from specmodel.field_checks import check_field_rules
from specmodel.map_checks import always_present, check_maps
from specmodel.source import Path, Source
from specmodel.suggest import did_you_mean, unknown
from specmodel.templates import parse_template, placeholders

Check = Callable[[Source], Iterator[SpecError]]
_TIME_POLICY_KEYS = ("expires", "issued_at", "not_before")
_JWS_ALGORITHMS = {"sha256": "HS256", "sha384": "HS384", "sha512": "HS512"}  # RFC 7518 3.2


def semantic_errors(source: Source) -> list[SpecError]:
    """Every semantic error, in check order (the family decides which checks run)."""
    family_checks = EXCHANGE_CHECKS if source.data["family"] == "exchange" else CHECKS
    return [error for check in (*COMMON_CHECKS, *family_checks) for error in check(source)]


def _fields(source: Source) -> dict[str, tuple[int, dict[str, Any]]]:
    return {raw["name"]: (i, raw) for i, raw in enumerate(source.data["fields"])}


def check_name_matches_file(source: Source) -> Iterator[SpecError]:
    stem = PurePath(source.file).stem
    if source.data["format"] != stem:
        yield source.error(
            ("format",), f"format {source.data['format']!r} must match the file name {stem!r}"
        )


def check_unique_names(source: Source) -> Iterator[SpecError]:
    yield from _unique_names(source.data["fields"], ("fields",), source)


def _unique_names(fields: list[dict[str, Any]], path: Path, source: Source) -> Iterator[SpecError]:
    seen: set[str] = set()
    for i, raw in enumerate(fields):
        if raw["name"] in seen:
            yield source.error((*path, i, "name"), f"field {raw['name']!r} is declared twice")
        seen.add(raw["name"])
        if "properties" in raw:
            yield from _unique_names(raw["properties"], (*path, i, "properties"), source)


def check_family_sections(source: Source) -> Iterator[SpecError]:
    data, family = source.data, source.data["family"]
    own = {"jws": "jws", "envelope": "envelope"}.get(family)
    for section in ("jws", "envelope"):
        if section in data and section != own:
            yield source.error((section,), f"{_a(family)} format has no {section}: section")
        elif section == own and section not in data:
            yield source.error(("family",), f"{_a(family)} format needs {_a(section)}: section")
    if family == "jws" and "message" in data["signature"]:
        yield source.error(
            ("signature", "message"), "a jws format signs header.payload: remove signature.message"
        )
    elif family != "jws" and "message" not in data["signature"]:
        yield source.error(("signature",), f"{_a(family)} format needs signature.message")
    if family == "jws" and data["signature"]["encoding"] != "base64url-nopad":
        yield source.error(("signature", "encoding"), "JWS signatures are base64url-nopad")


def _header_order(source: Source, jws: dict[str, Any]) -> Iterator[SpecError]:
    """``jws.header_order`` names every header member (pinned or a field) exactly once."""
    if "header_order" not in jws:
        return
    members = [*jws["header"]]
    members += [name for name, (_, raw) in _fields(source).items() if _in_header(raw)]
    listed = jws["header_order"]
    for name in listed:
        if name not in members:
            where = ("jws", "header_order", listed.index(name))
            yield source.error(where, f"{name!r} is not a header member: {', '.join(members)}")
    missing = [name for name in members if name not in listed]
    if missing:
        yield source.error(("jws", "header_order"), f"header_order leaves out {', '.join(missing)}")


def _in_header(raw: dict[str, Any]) -> bool:
    return raw.get("in") == "header" or "header" in (raw.get("in") or ())


def _a(word: str) -> str:
    return f"an {word}" if word[0] in "aeiou" else f"a {word}"


def check_jws_header(source: Source) -> Iterator[SpecError]:
    jws = source.data.get("jws")
    if not jws:
        return
    for name, (i, raw) in _fields(source).items():
        if _in_header(raw) and name in jws["header"]:
            yield source.error(
                ("fields", i, "name"),
                f"{name!r} is pinned by jws.header; a field cannot replace it",
            )
    yield from _header_order(source, jws)
    algorithm = source.data["signature"]["algorithm"]
    if algorithm not in _JWS_ALGORITHMS:
        yield source.error(
            ("signature", "algorithm"),
            f"JWS allows HS256, HS384 and HS512 only (algorithm sha256, sha384 or sha512); "
            f"{algorithm} has no JWS alg",
        )
        return
    expected = _JWS_ALGORITHMS[algorithm]
    if jws["header"]["alg"] != expected:
        yield source.error(
            ("jws", "header", "alg"), f"alg must be {expected} for HMAC-{algorithm.upper()}"
        )


def check_placements(source: Source) -> Iterator[SpecError]:
    family = source.data["family"]
    for name, (i, raw) in _fields(source).items():
        if raw.get("in") == "header" and family != "jws":
            yield source.error(("fields", i, "in"), f"{name!r}: only jws formats have a header")
        if isinstance(raw.get("in"), list):
            yield from _two_places(source, family, (name, i, raw))
        if raw.get("spread"):
            yield from _spread(source, family, (name, i, raw))
        if raw.get("source") == "signature" and family != "envelope":
            yield source.error(
                ("fields", i, "source"), f"{name!r}: source signature is for envelopes"
            )
    if family == "envelope":
        carriers = [
            name for name, (_, raw) in _fields(source).items() if raw.get("source") == "signature"
        ]
        if len(carriers) != 1:
            yield source.error(
                ("fields",), "an envelope needs exactly one field with source: signature"
            )


def _two_places(
    source: Source, family: str, field: tuple[str, int, dict[str, Any]]
) -> Iterator[SpecError]:
    """``in: [payload, header]``: one value written twice, which a verifier compares."""
    name, i, raw = field
    if sorted(raw["in"]) != ["header", "payload"]:
        yield source.error(
            ("fields", i, "in"), f"{name!r}: the two places a value can be in are [payload, header]"
        )
    elif family != "jws":
        yield source.error(("fields", i, "in"), f"{name!r}: only jws formats have a header")
    elif raw["type"] not in ("string", "integer", "boolean"):
        yield source.error(
            ("fields", i, "in"), f"{name!r}: a value in two places is a string, integer or boolean"
        )
    elif not raw.get("required", True):
        yield source.error(("fields", i, "in"), f"{name!r}: a value in two places must be required")


def _spread(
    source: Source, family: str, field: tuple[str, int, dict[str, Any]]
) -> Iterator[SpecError]:
    """``spread: true``: a free object in a JWS payload, its members written as claims."""
    name, i, raw = field
    where = ("fields", i, "spread")
    if family != "jws":
        yield source.error(where, f"{name!r}: only a JWS payload takes claims of the caller's")
    elif raw["type"] != "object" or "properties" in raw:
        yield source.error(where, f"{name!r}: only a free object (no properties) can be spread")
    elif raw.get("in", "payload") != "payload":
        yield source.error(where, f"{name!r}: spread members travel in the payload")
    elif any(other.get("spread") for other in source.data["fields"][:i]):
        yield source.error(where, "at most one field is spread into the payload")
    elif source.data["json"].get("sort_keys"):
        # The members go where the field is declared; a sorted profile has no such place.
        yield source.error(where, f"{name!r}: a json profile with sort_keys cannot spread")


def _url_message(source: Source) -> Iterator[SpecError]:
    """``message: {url: true}``: signers MAC the URL they built and then append the
    signature, so that URL must be the one verified: no fragment after it, and a parameter
    always present before the signature (else "base?" is signed but "base" is sent)."""
    url, fields, where = source.data.get("url", {}), _fields(source), ("signature", "message")
    if "fragment" in url:
        yield source.error((*where, "url"), "a URL that signs itself has no fragment")
    present = [
        param
        for param in url.get("query", ())
        if param.get("field") in fields and always_present(fields[param["field"]][1])
    ]
    if url.get("query") and not present:
        yield source.error(
            (*where, "url"),
            "a URL that signs itself needs a query parameter that is always present",
        )


def check_message_parts(source: Source) -> Iterator[SpecError]:
    message = source.data["signature"].get("message", {})
    fields = _fields(source)
    for i, part in enumerate(message.get("parts", ())):
        where = ("signature", "message", "parts", i, "field")
        raw = fields.get(part["field"], (0, None))[1]
        if raw is None:
            yield source.error(where, unknown("field", part["field"], fields))
        elif part.get("encode", "text") != "json" and raw["type"] in ("object", "array"):
            yield source.error(where, f"{part['field']!r} is {raw['type']}: encode it as json")
        elif raw.get("in") == "url" or raw.get("source") == "signature":
            yield source.error(where, f"{part['field']!r} cannot be signed")
    if message.get("url") and source.data["family"] != "signed-url":
        yield source.error(
            ("signature", "message", "url"), "only a signed-url format can sign its own URL"
        )
    elif message.get("url"):
        yield from _url_message(source)
    for key in ("query", "url"):
        if message.get(key) and not source.data.get("url", {}).get("query"):
            yield source.error(
                ("signature", "message", key), f"{key}: true needs url.query parameters"
            )


def check_url(source: Source) -> Iterator[SpecError]:
    if "url" not in source.data:
        yield from _no_url(source)
        return
    url, fields = source.data["url"], _fields(source)
    for key in ("base", "fragment"):
        if key in url:
            yield from _template_refs(url[key], ("url", key), fields, source)
    for i, param in enumerate(url.get("query", ())):
        name = param.get("field")
        if name is not None and name not in fields:
            yield source.error(("url", "query", i, "field"), unknown("field", name, fields))
        elif (
            name is not None
            and "prefix" not in param
            and fields[name][1]["type"] != "map"  # map_checks says how a map travels
            and param.get("encode", "text") != "json"
            and fields[name][1]["type"] in _NOT_AS_TEXT[_signed_url(source)]
        ):
            yield source.error(
                ("url", "query", i), f"{name!r} is {fields[name][1]['type']}: encode it as json"
            )
    yield from _signature_param(source)


# Types a query parameter cannot carry as text. A signed URL is read back from its text, where
# a union's "true" could be either variant's: it goes as JSON there too.
_NOT_AS_TEXT = {False: ("object", "array", "map"), True: ("object", "array", "map", "union")}


def _signed_url(source: Source) -> bool:
    return bool(source.data["family"] == "signed-url")


def _no_url(source: Source) -> Iterator[SpecError]:
    """A format without an embed URL (Tableau hands its token to a web component)."""
    for name, raw in source.data["response"].items():
        if raw == "url":
            yield source.error(("response", name), "the format has no url: section to answer")
    for name, (i, raw) in _fields(source).items():
        if raw.get("in") == "url":
            yield source.error(("fields", i, "in"), f"{name!r}: the format has no url: section")


def _template_refs(
    text: str, path: Path, fields: dict[str, Any], source: Source
) -> Iterator[SpecError]:
    try:
        names = placeholders(parse_template(text))
    except ValueError:
        return  # reported by the builder with the template text
    for name in names:
        if name != "token" and name not in fields and "." in name:
            yield from _nested_placeholder(name, path, fields, source)
        elif name != "token" and name not in fields:
            hint = did_you_mean(name, [*fields, "token"], quote="{{{}}}")
            yield source.error(path, f"unknown placeholder {{{name}}}{hint}")
        elif name in fields and fields[name][1]["type"] in _NOT_AS_TEXT[_signed_url(source)]:
            yield source.error(path, f"{{{name}}}: a URL template takes scalar text")
        if name == "token" and source.data["family"] == "signed-url":
            yield source.error(
                path, "a signed-url format has no {token}; use a signature parameter"
            )


def _nested_placeholder(
    name: str, path: Path, fields: dict[str, Any], source: Source
) -> Iterator[SpecError]:
    """``{content.projectUuid}``: a required scalar property of required declared objects, in
    a token format (a signed URL reads its placeholders back as fields)."""
    first, *steps = name.split(".")
    raw = fields.get(first, (0, None))[1]
    if raw is None:
        hint = did_you_mean(first, list(fields))
        yield source.error(path, f"unknown placeholder {{{name}}}: no field {first!r}{hint}")
        return
    for step in steps:
        if not raw.get("required", True) or not raw.get("properties"):
            yield source.error(path, f"{{{name}}}: {raw['name']!r} is not a required object")
            return
        raw = next((p for p in raw["properties"] if p["name"] == step), None)
        if raw is None:
            yield source.error(path, f"{{{name}}}: no property {step!r}")
            return
    if not raw.get("required", True) or raw["type"] not in ("string", "integer", "boolean"):
        yield source.error(path, f"{{{name}}}: a required string, integer or boolean property")
    if source.data["family"] == "signed-url":
        yield source.error(path, f"{{{name}}}: a signed URL's placeholders are fields")


def _signature_param(source: Source) -> Iterator[SpecError]:
    query = source.data["url"].get("query", ())
    if source.data["family"] == "signed-url":
        for i, param in enumerate(query):
            if param.get("value") == "token":
                yield source.error(("url", "query", i), "a signed-url format has no token")
    carriers = [i for i, param in enumerate(query) if param.get("value") == "signature"]
    if source.data["family"] != "signed-url":
        if carriers:
            yield source.error(
                ("url", "query", carriers[0]), "only signed-url formats append a signature"
            )
        return
    if carriers != [len(query) - 1]:
        yield source.error(
            ("url", "query"),
            "a signed-url format ends its query with exactly one signature parameter",
        )


def check_references(source: Source) -> Iterator[SpecError]:
    fields = _fields(source)
    for name, raw in source.data["response"].items():
        if isinstance(raw, dict) and raw["field"] not in fields:
            yield source.error(("response", name, "field"), unknown("field", raw["field"], fields))
    policy = source.data.get("verify", {})
    for key in _TIME_POLICY_KEYS:
        yield from _time_field(source, policy, key, fields)
    if "max_age" in policy and "issued_at" not in policy:
        yield source.error(("verify", "max_age"), "max_age counts from verify.issued_at: name it")
    if "algorithms" in policy and source.data["family"] != "jws":
        yield source.error(("verify", "algorithms"), "an algorithm allow-list is for jws formats")
    if "registered_claims" in policy and source.data["family"] != "jws":
        yield source.error(
            ("verify", "registered_claims"), "registered claims (exp, nbf, iat) are JWS claims"
        )


def _time_field(
    source: Source, policy: dict[str, Any], key: str, fields: dict[str, tuple[int, dict[str, Any]]]
) -> Iterator[SpecError]:
    if key not in policy:
        return
    if isinstance(policy[key], dict):  # expires: {sum: [a unix-time, a number of seconds]}
        yield from _summed_expiry(source, policy[key]["sum"], fields)
        return
    raw = fields.get(policy[key], (0, None))[1]
    if raw is None:
        yield source.error(("verify", key), unknown("field", policy[key], fields))
    elif raw["type"] != "unix-time":
        yield source.error(("verify", key), f"{policy[key]!r} must have type unix-time")
    elif raw.get("in") == "url":
        yield source.error(("verify", key), f"{policy[key]!r} is in: url, so no verifier sees it")


def _summed_expiry(
    source: Source, names: list[str], fields: dict[str, tuple[int, dict[str, Any]]]
) -> Iterator[SpecError]:
    """Both summands are required, signed fields: a Unix time, then a number of seconds."""
    for i, (name, kind) in enumerate(zip(names, ("unix-time", "integer"), strict=True)):
        where = ("verify", "expires", "sum", i)
        raw = fields.get(name, (0, None))[1]
        if raw is None:
            yield source.error(where, unknown("field", name, fields))
        elif raw["type"] != kind:
            yield source.error(where, f"{name!r} must have type {kind}")
        elif raw.get("in") == "url" or not raw.get("required", True):
            yield source.error(where, f"{name!r} must be a required, signed field")


COMMON_CHECKS: tuple[Check, ...] = (check_name_matches_file, check_unique_names, check_field_rules)
CHECKS: tuple[Check, ...] = (
    check_no_exchange_keys,
    check_family_sections,
    check_jws_header,
    check_placements,
    check_message_parts,
    check_url,
    check_references,
    check_maps,
)
