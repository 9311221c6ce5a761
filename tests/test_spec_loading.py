"""The six formats in spec/formats/ load, and their models say what the YAML says."""

from __future__ import annotations

from pathlib import Path

import pytest

from specmodel import (
    FORMATS_DIR,
    FormatNotFoundError,
    load_all,
    load_format,
    resolve_format,
)
from specmodel.model import Default, Family, Format, Placement, Source

FORMATS = {
    "boldbi-embed-url": Family.SIGNED_URL,
    "embedseal-v1": Family.JWS,
    "looker-signed-url": Family.SIGNED_URL,
    "metabase-embed": Family.JWS,
    "papermap-iframe": Family.ENVELOPE,
    "tinybird-jwt": Family.JWS,
    "sigma-jwt": Family.JWS,
    "sisense-jwt": Family.JWS,
    "tableau-connected-app": Family.JWS,
    "lightdash-embed": Family.JWS,
    "sigma-signed-url": Family.SIGNED_URL,
    "semaphor-token": Family.EXCHANGE,
    "boldbi-embed-authorize": Family.EXCHANGE,
    "tooljet-pat": Family.EXCHANGE,
}


@pytest.fixture(scope="module")
def formats() -> dict[str, Format]:
    return {fmt.name: fmt for fmt in load_all()}


def test_all_formats_load(formats: dict[str, Format]) -> None:
    assert {name: fmt.family for name, fmt in formats.items()} == FORMATS
    assert list(formats) == sorted(FORMATS)  # load_all sorts by name


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_each_format_loads_by_name_and_by_path(name: str) -> None:
    by_name = resolve_format(name)
    by_path = load_format(FORMATS_DIR / f"{name}.yaml")
    assert by_name == by_path
    assert by_name.name == name
    assert by_name.path == f"spec/formats/{name}.yaml"
    assert by_name.location is not None and by_name.location.file == by_name.path


def test_unknown_format_name_is_one_line_with_the_nearest_name() -> None:
    with pytest.raises(FormatNotFoundError) as failure:
        resolve_format("papermap-ifrme")
    assert str(failure.value) == "unknown format 'papermap-ifrme' (did you mean 'papermap-iframe'?)"
    with pytest.raises(FormatNotFoundError, match="known: boldbi-embed-authorize, "):
        resolve_format("zzz")


@pytest.mark.parametrize("folder", ["missing", "file.txt", "empty"])
def test_a_wrong_formats_folder_is_one_line(tmp_path: Path, folder: str) -> None:
    (tmp_path / "file.txt").write_text("x")
    (tmp_path / "empty").mkdir()
    with pytest.raises(FormatNotFoundError, match="formats folder"):
        load_all(tmp_path / folder)


def test_a_path_outside_the_repository_keeps_its_path(tmp_path: Path) -> None:
    copy = tmp_path / "papermap-iframe.yaml"
    copy.write_text((FORMATS_DIR / "papermap-iframe.yaml").read_text(encoding="utf-8"))
    fmt = load_format(copy)
    assert fmt.path == str(copy)
    assert fmt.fields[0].location.file == str(copy)


def test_papermap_model(formats: dict[str, Format]) -> None:
    fmt = formats["papermap-iframe"]
    assert [f.name for f in fmt.fields] == [
        "api_key_id",
        "workspace_id",
        "tenant_id",
        "dashboard_id",
        "valid_until",
        "signature",
    ]
    assert fmt.field("api_key_id").source is Source.CONSTANT
    assert fmt.field("api_key_id").is_input
    assert fmt.field("signature").source is Source.SIGNATURE
    assert not fmt.field("signature").is_input
    assert fmt.field("valid_until").shape.type == "unix-time"
    assert fmt.field("valid_until").default == Default(now_plus=3600)
    assert all(f.placement is Placement.PAYLOAD for f in fmt.fields)
    assert fmt.secret_encoding == "utf8"
    assert fmt.min_key_bytes is None
    assert (fmt.signature.algorithm, fmt.signature.encoding) == ("sha256", "hex")
    message = fmt.signature.message
    assert message is not None and not message.query
    assert message.join == ""
    assert [(p.field, p.prefix, p.encode) for p in message.parts] == [
        ("workspace_id", "", "text"),
        ("valid_until", "", "text"),
    ]
    assert (fmt.json.item_separator, fmt.json.key_separator) == (", ", ": ")
    assert fmt.json.ascii_only and not fmt.json.sort_keys
    assert fmt.envelope_encoding == "base64url"
    assert fmt.header == ()
    assert [(q.name, q.value, q.field) for q in fmt.url.query] == [
        ("embedded-token", "token", None)
    ]
    assert [(r.name, r.source, r.field) for r in fmt.response] == [
        ("token", "token", None),
        ("dashboard_id", "field", "dashboard_id"),
        ("expires_at", "field", "valid_until"),
    ]
    assert fmt.verify.expires == "valid_until"
    assert fmt.verify.algorithms == ()
    assert fmt.verify.leeway == 0


def test_looker_model(formats: dict[str, Format]) -> None:
    fmt = formats["looker-signed-url"]
    message = fmt.signature.message
    assert message is not None
    assert len(message.parts) == 12
    assert message.join == "\n"
    assert (message.parts[0].field, message.parts[0].encode) == ("host", "text")
    assert (message.parts[1].prefix, message.parts[1].field, message.parts[1].encode) == (
        "/login/embed/",
        "embed_url",
        "percent",
    )
    assert all(part.encode == "json" for part in message.parts[2:])
    assert message.parts[-1].field == "access_filters"
    assert (fmt.signature.algorithm, fmt.signature.encoding) == ("sha1", "base64")
    assert fmt.url.query[-1].value == "signature"
    assert len(fmt.url.query) == 15
    assert fmt.url.percent.safe == "-_.!~*'()"
    placeholders = [(p.placeholder, p.percent) for p in fmt.url.base if p.placeholder]
    assert placeholders == [("host", False), ("embed_url", True)]
    nonce = fmt.field("nonce").random
    assert nonce is not None and nonce.encoding == "hex"
    assert fmt.field("time").source is Source.CLOCK
    session = fmt.field("session_length").shape
    assert (session.minimum, session.maximum) == (0, 2592000)
    group_ids = fmt.field("group_ids").shape.items
    assert group_ids is not None and group_ids.type == "integer"
    assert fmt.verify.issued_at == "time" and fmt.verify.leeway == 300


def test_metabase_model(formats: dict[str, Format]) -> None:
    fmt = formats["metabase-embed"]
    resource = fmt.field("resource").shape
    assert resource.type == "object"
    assert resource.exactly_one_of == ("dashboard", "question")
    assert [(p.name, p.shape.type, p.required) for p in resource.properties] == [
        ("dashboard", "integer", False),
        ("question", "integer", False),
    ]
    assert not resource.is_free_object
    assert fmt.field("params").shape.is_free_object
    assert fmt.field("params").default == Default(value={})
    assert fmt.field("exp").required is False
    assert fmt.field("site_url").placement is Placement.URL
    assert fmt.header == (("alg", "HS256"), ("typ", "JWT"))
    assert fmt.jws_algorithm == "HS256"
    assert fmt.verify.algorithms == ("HS256",)
    assert fmt.url.fragment is not None
    assert [p.placeholder for p in fmt.url.base if p.placeholder] == ["site_url", "token"]


def test_tinybird_model(formats: dict[str, Format]) -> None:
    fmt = formats["tinybird-jwt"]
    scopes = fmt.field("scopes").shape
    assert scopes.type == "array"
    assert scopes.items is not None and scopes.items.type == "object"
    scope = {p.name: p for p in scopes.items.properties}
    assert list(scope) == ["type", "resource", "fixed_params", "filter"]
    assert scope["type"].shape.enum == ("PIPES:READ", "DATASOURCES:READ")
    assert scope["resource"].required
    assert not scope["fixed_params"].required and scope["fixed_params"].shape.is_free_object
    assert not scope["filter"].required
    limits = fmt.field("limits")
    assert not limits.required
    assert [(p.name, p.shape.type) for p in limits.shape.properties] == [("rps", "integer")]
    assert (fmt.json.item_separator, fmt.json.key_separator, fmt.json.ascii_only) == (
        ",",
        ":",
        True,
    )
    assert fmt.header == (("alg", "HS256"), ("typ", "JWT"))


def test_embedseal_v1_model(formats: dict[str, Format]) -> None:
    fmt = formats["embedseal-v1"]
    assert fmt.secret_encoding == "base64url"
    assert fmt.min_key_bytes == 32
    jti = fmt.field("jti")
    assert jti.source is Source.RANDOM
    assert jti.random is not None and (jti.random.bytes, jti.random.encoding) == (
        16,
        "base64url-nopad",
    )
    assert fmt.field("iat").source is Source.CLOCK
    assert fmt.field("exp").default == Default(now_plus=600)
    assert [f.name for f in fmt.placed(Placement.URL)] == ["app_url"]
    assert fmt.signature.message is None
    assert fmt.verify.algorithms == ("HS256",)
    assert (fmt.verify.expires, fmt.verify.issued_at) == ("exp", "iat")
    assert (fmt.verify.max_lifetime, fmt.verify.leeway) == (3600, 30)
    assert fmt.acknowledged == ()
    assert fmt.url.fragment is not None
    assert [p.placeholder for p in fmt.url.fragment] == ["token"]


def test_boldbi_model(formats: dict[str, Format]) -> None:
    fmt = formats["boldbi-embed-url"]
    assert fmt.signature.message is not None and fmt.signature.message.query
    assert fmt.signature.message.parts == ()
    nonce = fmt.field("embed_nonce")
    assert nonce.random is not None and nonce.random.encoding == "uuid"
    assert [q.name for q in fmt.url.query][-1] == "embed_signature"
    assert fmt.url.percent.safe == "-_.~@"
    assert fmt.verify.issued_at == "embed_timestamp"
    assert fmt.verify.max_age == 518400


def test_acknowledgement_reasons_are_folded_to_one_line(formats: dict[str, Format]) -> None:
    acknowledged = formats["papermap-iframe"].acknowledged
    (unsigned,) = [a for a in acknowledged if a.risk == "unsigned-fields"]
    assert "\n" not in unsigned.reason and "  " not in unsigned.reason
    assert unsigned.reason.startswith("Papermap's MAC covers workspace_id and valid_until only;")
