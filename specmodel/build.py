"""Raw YAML data (already schema-valid) → :class:`~specmodel.model.Format`."""

from __future__ import annotations

from typing import Any

from specmodel.errors import SpecError, SpecErrors
from specmodel.model import (
    Acknowledgement,
    Default,
    Family,
    Field,
    Format,
    JsonProfile,
    Message,
    MessagePart,
    Percent,
    Placement,
    QueryParam,
    RandomSpec,
    ResponseEntry,
    Shape,
    Signature,
    Source,
    TemplatePart,
    Url,
    VerifyPolicy,
)
from specmodel.source import Path
from specmodel.source import Source as YamlSource
from specmodel.templates import parse_template


def build_format(source: YamlSource, path: str) -> Format:
    """Translate schema-valid data into the model; template syntax errors are spec errors."""
    data: dict[str, Any] = source.data
    family = Family(data["family"])
    url = _url(data["url"], source) if "url" in data else Url(base=())
    return Format(
        name=data["format"],
        title=data["title"],
        vendor=data["vendor"],
        family=family,
        path=path,
        secret_encoding=data["secret"]["encoding"],
        min_key_bytes=data["secret"].get("min_bytes"),
        secret_description=data["secret"].get("description", ""),
        fields=tuple(
            build_field(raw, ("fields", i), source) for i, raw in enumerate(data["fields"])
        ),
        json=JsonProfile(**data["json"]),
        signature=_signature(data["signature"]),
        url=url,
        response=tuple(_response(name, raw) for name, raw in data["response"].items()),
        verify=_verify(data.get("verify", {}), data.get("jws")),
        header=tuple(data.get("jws", {}).get("header", {}).items()),
        header_order=tuple(data.get("jws", {}).get("header_order", ())),
        envelope_encoding=data.get("envelope", {}).get("encoding"),
        references=tuple(data.get("references", ())),
        acknowledged=build_acknowledged(data.get("acknowledged", ()), source),
        location=source.where(()),
        embeds="url" in data,
    )


def build_field(raw: dict[str, Any], path: Path, source: YamlSource) -> Field:
    default = raw.get("default")
    return Field(
        name=raw["name"],
        shape=_shape(raw, path, source),
        location=source.where(path),
        description=raw.get("description", "").strip(),
        required=raw.get("required", True),
        source=Source(raw.get("source", "caller")),
        placement=_placement(raw.get("in", "payload")),
        default=_default(default, raw["type"]) if "default" in raw else None,
        fixed=raw.get("value"),
        random=RandomSpec(**raw["random"]) if "random" in raw else None,
        unit=raw.get("unit"),
        also_in_header=isinstance(raw.get("in"), list),
        spread=raw.get("spread", False),
    )


def _placement(raw: str | list[str]) -> Placement:
    """``in: [payload, header]`` (the only list the schema allows) travels in the payload."""
    return Placement.PAYLOAD if isinstance(raw, list) else Placement(raw)


def _shape(raw: dict[str, Any], path: Path, source: YamlSource) -> Shape:
    properties = raw.get("properties", ())
    return Shape(
        type=raw["type"],
        items=_shape(raw["items"], (*path, "items"), source) if "items" in raw else None,
        values=_shape(raw["values"], (*path, "values"), source) if "values" in raw else None,
        properties=tuple(
            build_field(item, (*path, "properties", i), source) for i, item in enumerate(properties)
        ),
        exactly_one_of=tuple(raw.get("exactly_one_of", ())),
        enum=tuple(raw.get("enum", ())),
        max_length=raw.get("max_length"),
        minimum=raw.get("minimum"),
        maximum=raw.get("maximum"),
        variants=tuple(
            _shape(variant, (*path, "variants", i), source)
            for i, variant in enumerate(raw.get("variants", ()))
        ),
    )


def _default(raw: Any, type_name: str) -> Default:
    if type_name == "unix-time" and isinstance(raw, dict) and "now_plus" in raw:
        return Default(now_plus=raw["now_plus"])
    return Default(value=raw)


def _signature(raw: dict[str, Any]) -> Signature:
    message = raw.get("message")
    return Signature(
        algorithm=raw["algorithm"],
        encoding=raw["encoding"],
        message=_message(message) if message is not None else None,
    )


def _message(raw: dict[str, Any]) -> Message:
    if raw.get("query"):
        return Message(query=True)
    if raw.get("url"):
        return Message(url=True)
    return Message(join=raw["join"], parts=tuple(MessagePart(**part) for part in raw["parts"]))


def _url(raw: dict[str, Any], source: YamlSource) -> Url:
    fragment = raw.get("fragment")
    return Url(
        base=build_template(raw["base"], ("url", "base"), source),
        query=tuple(_query_param(param) for param in raw.get("query", ())),
        fragment=build_template(fragment, ("url", "fragment"), source)
        if fragment is not None
        else None,
        percent=Percent(**raw["percent"]) if "percent" in raw else Percent(),
    )


def _query_param(raw: dict[str, Any]) -> QueryParam:
    """``{prefix: ":ua_", field: …}`` is a map's parameters: ``name`` holds the prefix."""
    if "prefix" in raw:
        return QueryParam(name=raw["prefix"], field=raw["field"], per_key=True)
    return QueryParam(**raw)


def build_template(text: str, path: Path, source: YamlSource) -> tuple[TemplatePart, ...]:
    try:
        return parse_template(text)
    except ValueError as error:
        raise SpecErrors([source.error(path, f"bad URL template: {error}")]) from None


def _response(name: str, raw: Any) -> ResponseEntry:
    if isinstance(raw, dict):
        return ResponseEntry(name=name, source="field", field=raw["field"])
    return ResponseEntry(name=name, source=raw)


def _verify(raw: dict[str, Any], jws: dict[str, Any] | None) -> VerifyPolicy:
    algorithms = raw.get("algorithms")
    if algorithms is None and jws is not None:
        algorithms = [jws["header"]["alg"]]
    expires = raw.get("expires")
    summed = expires["sum"] if isinstance(expires, dict) else (expires, None)
    return VerifyPolicy(
        algorithms=tuple(algorithms or ()),
        expires=summed[0],
        expires_plus=summed[1],
        issued_at=raw.get("issued_at"),
        not_before=raw.get("not_before"),
        max_age=raw.get("max_age"),
        max_lifetime=raw.get("max_lifetime"),
        leeway=raw.get("leeway", 0),
        registered_claims=raw.get("registered_claims", True),
    )


def build_acknowledged(raw: Any, source: YamlSource) -> tuple[Acknowledgement, ...]:
    return tuple(
        Acknowledgement(
            item["risk"], " ".join(item["reason"].split()), source.where(("acknowledged", i))
        )
        for i, item in enumerate(raw)
    )


def located(source: YamlSource, path: Path, message: str) -> SpecError:
    """Shorthand used by the checks."""
    return source.error(path, message)
