"""Key cases: the example secret's neighbours in its encoding, empty, too short, wrong."""

from __future__ import annotations

from collections.abc import Callable

from conformance.vectors.cases import Context, SignCase, VerifyCase
from conformance.vectors.ids import case_id
from conformance.vectors.keys import (
    SecretVariant,
    encode_secret,
    key_of_length,
    key_problem,
    wrong_secret,
)
from specmodel.model import Format

_KEY_LENGTH = 33  # not a multiple of 3: padded encodings end in "="


def secret_variants(fmt: Format, example_secret: str) -> list[SecretVariant]:
    """Secrets for the sign cases: spellings of a key in the encoding, and refused ones."""
    variants = [SecretVariant("empty", "", "An empty secret is always refused.")]
    if fmt.secret_encoding != "utf8":
        bad = (
            example_secret[: len(example_secret) // 2]
            + "!"
            + example_secret[len(example_secret) // 2 :]
        )
        variants.append(SecretVariant("bad-encoding", bad, f"Not valid {fmt.secret_encoding}."))
    variants.extend(_spellings(fmt))
    variants.extend(_lengths(fmt))
    return variants


_SPELLINGS: dict[str, tuple[tuple[str, Callable[[str], str], str], ...]] = {
    "utf8": (("unicode", str, "A non-ASCII secret: its UTF-8 bytes are the key."),),
    "hex": (
        ("lowercase", str, "Canonical lowercase hex."),
        ("uppercase", str.upper, "Hex secrets are case-insensitive."),
        ("odd-length", lambda t: t[:-1], "An odd number of hex digits is not a key."),
    ),
    "base64": (
        ("padded", str, "Standard alphabet with padding."),
        ("unpadded", lambda t: t.rstrip("="), "base64 secrets need their padding."),
        ("url-alphabet", lambda t: t.translate(str.maketrans("+/", "-_")), "'-_' is not base64."),
    ),
    "base64url": (
        ("unpadded", str, "URL-safe alphabet without padding."),
        ("padded", lambda t: t + "=" * (-len(t) % 4), "Padding is optional in base64url."),
        (
            "standard-alphabet",
            lambda t: t.translate(str.maketrans("-_", "+/")),
            "'+/' is not base64url.",
        ),
    ),
}


def _spellings(fmt: Format) -> list[SecretVariant]:
    key = key_of_length(fmt, max(_KEY_LENGTH, fmt.min_key_bytes or 0))
    text = encode_secret(key, fmt.secret_encoding)
    rows = _SPELLINGS[fmt.secret_encoding]
    return [SecretVariant(label, spell(text), comment) for label, spell, comment in rows]


def _lengths(fmt: Format) -> list[SecretVariant]:
    if not fmt.min_key_bytes:
        return []
    size = fmt.min_key_bytes
    return [
        SecretVariant("min-length", _secret_of(fmt, size), f"Exactly {size} bytes: the minimum."),
        SecretVariant("too-short", _secret_of(fmt, size - 1), f"{size - 1} bytes: one too few."),
    ]


def _secret_of(fmt: Format, count: int) -> str:
    return encode_secret(key_of_length(fmt, count), fmt.secret_encoding)


def sign_key_cases(ctx: Context) -> list[SignCase]:
    """The example's fields signed with each secret variant."""
    fields = ctx.example.fields
    return [
        ctx.sign_case(
            case_id("sign", "secret", v.label), v.comment, fields, secret=v.secret, flags=("key",)
        )
        for v in secret_variants(ctx.fmt, ctx.example.secret)
    ]


def verify_key_cases(ctx: Context, token: str) -> list[VerifyCase]:
    """The example's token checked with a wrong key and with refused secrets."""
    wrong = SecretVariant("wrong", wrong_secret(ctx.fmt, ctx.example.secret), "Another key.")
    variants = [wrong, *secret_variants(ctx.fmt, ctx.example.secret)]
    return [_verify_with(ctx, token, variant) for variant in variants]


def _verify_with(ctx: Context, token: str, variant: SecretVariant) -> VerifyCase:
    expect = key_problem(ctx.fmt, variant.secret) or "bad_signature"
    comment = f"{variant.comment} The token was made with the example's key."
    return ctx.verify_case(
        case_id("verify", "secret", variant.label),
        comment,
        token,
        secret=variant.secret,
        flags=("key",),
        expect=expect,
    )
