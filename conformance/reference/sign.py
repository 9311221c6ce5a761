"""Signing, interpreted from the format's YAML model (never from generated code)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from conformance.reference import jsontext
from conformance.reference.encodings import check_key_length, decode_secret, encode_bytes, mac
from conformance.reference.errors import EmbedsealError, ErrorCode
from conformance.reference.message import Values, embed_url, signed_string
from conformance.reference.values import RandomBytes, resolve_inputs
from specmodel.model import Family, Format, Placement, Shape, Source


@dataclass
class Signed:
    """What a sign call produces; ``response`` is the vendor-shaped answer."""

    token: str | None
    url: str | None  # None: the format has no embed URL
    signature: str
    response: dict[str, Any] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        """The CLI / vector form: only the keys that apply to the family."""
        out: dict[str, Any] = {"ok": True}
        if self.token is not None:
            out["token"] = self.token
        out.update(url=self.url, signature=self.signature, response=self.response)
        return out


def sign(fmt: Format, secret: str, fields: Values, now: int, random: bytes = b"") -> Signed:
    """Sign ``fields`` (the caller's inputs) at Unix time ``now`` with ``secret``."""
    key = load_key(fmt, secret)
    values = resolve_inputs(fmt.fields, fields, now, RandomBytes(random))
    signer = {Family.JWS: _sign_jws, Family.ENVELOPE: _sign_envelope, Family.SIGNED_URL: _sign_url}
    token, signature = signer[fmt.family](fmt, key, values)
    url = (
        embed_url(fmt, values, token, signature if fmt.family is Family.SIGNED_URL else None)
        if fmt.embeds
        else None
    )
    signed = Signed(token=token, url=url, signature=signature)
    signed.response = _response(fmt, signed, values)
    return signed


def load_key(fmt: Format, secret: str) -> bytes:
    """The key bytes, refused when malformed or shorter than the format's minimum."""
    key = decode_secret(secret, fmt.secret_encoding)
    check_key_length(key, fmt.min_key_bytes or 0)
    return key


def ordered_object(shape_fields: Any, values: Values, profile_sorted: bool) -> dict[str, Any]:
    """Members in declared order (nested declared objects too); free objects as given."""
    out: dict[str, Any] = {}
    for member in shape_fields:
        if member.name in values:
            out[member.name] = _ordered_value(member.shape, values[member.name], profile_sorted)
    return out


def _ordered_value(shape: Shape, value: Any, profile_sorted: bool) -> Any:
    if shape.type == "object" and shape.properties:
        return ordered_object(shape.properties, value, profile_sorted)
    if shape.type == "array" and shape.items is not None:
        return [_ordered_value(shape.items, item, profile_sorted) for item in value]
    return value


def _spread(fmt: Format, payload: dict[str, Any]) -> dict[str, Any]:
    """The payload with a ``spread: true`` field's members in its place, as claims."""
    spread = fmt.spread_field
    if spread is None or spread.name not in payload:
        return payload
    taken = fmt.taken_claim_names
    out: dict[str, Any] = {}
    for name, value in payload.items():
        if name != spread.name:
            out[name] = value
            continue
        for member, member_value in value.items():
            if member in taken:
                raise EmbedsealError(
                    ErrorCode.INVALID_INPUT,
                    f"{spread.name}: {member!r} is a declared or registered claim",
                )
            out[member] = member_value
    return out


def _json_bytes(fmt: Format, obj: dict[str, Any]) -> bytes:
    profile = jsontext.JsonProfile(
        fmt.json.item_separator, fmt.json.key_separator, fmt.json.ascii_only, fmt.json.sort_keys
    )
    return jsontext.encode(obj, profile).encode("utf-8")


def jws_header(fmt: Format, values: Values) -> dict[str, Any]:
    """The JWS header: pinned members and header fields (mirrored ones too), in the order
    ``jws.header_order`` gives (else pinned first, then fields as declared)."""
    members = {**dict(fmt.header), **ordered_object(fmt.header_members, values, False)}
    return {name: members[name] for name in fmt.header_keys if name in members}


def _sign_jws(fmt: Format, key: bytes, values: Values) -> tuple[str, str]:
    header = jws_header(fmt, values)
    payload = _spread(
        fmt, ordered_object(fmt.placed(Placement.PAYLOAD), values, fmt.json.sort_keys)
    )
    signing_input = ".".join(
        encode_bytes(_json_bytes(fmt, part), "base64url-nopad") for part in (header, payload)
    )
    signature = encode_bytes(
        mac(fmt.signature.algorithm, key, signing_input.encode("ascii")), "base64url-nopad"
    )
    return f"{signing_input}.{signature}", signature


def _signature_text(fmt: Format, key: bytes, values: Values) -> str:
    assert fmt.signature.message is not None
    message = signed_string(fmt, fmt.signature.message, values)
    return encode_bytes(
        mac(fmt.signature.algorithm, key, message.encode("utf-8")), fmt.signature.encoding
    )


def _sign_envelope(fmt: Format, key: bytes, values: Values) -> tuple[str, str]:
    signature = _signature_text(fmt, key, values)
    carried = [f for f in fmt.fields if f.placement is not Placement.URL]
    with_signature = {
        **values,
        **{f.name: signature for f in carried if f.source is Source.SIGNATURE},
    }
    envelope = ordered_object(carried, with_signature, fmt.json.sort_keys)
    assert fmt.envelope_encoding is not None
    return encode_bytes(_json_bytes(fmt, envelope), fmt.envelope_encoding), signature


def _sign_url(fmt: Format, key: bytes, values: Values) -> tuple[None, str]:
    return None, _signature_text(fmt, key, values)


def _response(fmt: Format, signed: Signed, values: Values) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for entry in fmt.response:
        if entry.source == "field":
            assert entry.field is not None
            if entry.field in values:
                out[entry.name] = values[entry.field]
        else:
            out[entry.name] = getattr(signed, entry.source)
    return out
