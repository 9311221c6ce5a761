"""Raw YAML data of an exchange format (schema-valid, checked) → :class:`ExchangeFormat`."""

from __future__ import annotations

from typing import Any

from specmodel.build import build_acknowledged, build_field, build_template
from specmodel.exchange_model import (
    Auth,
    Call,
    Exchange,
    ExchangeFormat,
    Expectation,
    Expiry,
    ResponseMap,
    StatusRule,
)
from specmodel.model import JsonProfile
from specmodel.source import Path
from specmodel.source import Source as YamlSource

COMPACT_JSON = JsonProfile(item_separator=",", key_separator=":", ascii_only=False)


def build_exchange_format(source: YamlSource, path: str) -> ExchangeFormat:
    """Translate an exchange format's data into the model."""
    data: dict[str, Any] = source.data
    return ExchangeFormat(
        name=data["format"],
        title=data["title"],
        vendor=data["vendor"],
        path=path,
        fields=tuple(
            build_field(raw, ("fields", i), source) for i, raw in enumerate(data["fields"])
        ),
        exchange=_exchange(data["exchange"], source),
        json=JsonProfile(**data["json"]) if "json" in data else COMPACT_JSON,
        secret_description=data["secret"].get("description", ""),
        references=tuple(data.get("references", ())),
        acknowledged=build_acknowledged(data.get("acknowledged", ()), source),
        location=source.where(()),
    )


def _exchange(raw: dict[str, Any], source: YamlSource) -> Exchange:
    embed = raw.get("embed_url")
    return Exchange(
        request=_call(raw["request"], ("exchange", "request"), source),
        response=_response(raw["response"], _units(source.data["fields"])),
        timeout_ms=raw.get("timeout_ms"),
        success=tuple(raw.get("success", (200,))),
        errors=tuple(
            StatusRule(str(rule["status"]), rule["error"], rule.get("when", ""))
            for rule in raw.get("errors", ())
        ),
        embed_url=build_template(embed, ("exchange", "embed_url"), source) if embed else None,
        revoke=_call(raw["revoke"], ("exchange", "revoke"), source) if "revoke" in raw else None,
    )


def _call(raw: dict[str, Any], path: Path, source: YamlSource) -> Call:
    auth = raw.get("auth", {"scheme": "none"})
    return Call(
        method=raw["method"],
        url=build_template(raw["url"], (*path, "url"), source),
        auth=Auth(auth["scheme"], auth.get("credential"), auth.get("header")),
    )


def _units(fields: list[dict[str, Any]]) -> dict[str, str]:
    return {raw["name"]: raw["unit"] for raw in fields if "unit" in raw}


def _response(raw: dict[str, Any], units: dict[str, str]) -> ResponseMap:
    expires = raw.get("expires_in")
    return ResponseMap(
        token=json_path(raw["token"]),
        url=json_path(raw["url"]) if "url" in raw else None,
        expires_in=_expiry(expires, units) if expires is not None else None,
        require=tuple(
            Expectation(json_path(item["path"]), item["equals"]) for item in raw.get("require", ())
        ),
    )


def _expiry(raw: dict[str, Any], units: dict[str, str]) -> Expiry:
    if "field" in raw:  # the checks make sure the field has a unit
        return Expiry(field=raw["field"], unit=units.get(raw["field"], "seconds"))
    return Expiry(path=json_path(raw["path"]), unit=raw["unit"])


def json_path(text: str) -> tuple[str, ...]:
    """``Data.access_token`` → ``("Data", "access_token")``."""
    return tuple(text.split("."))
