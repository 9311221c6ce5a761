"""The MAC recomputed under other assumptions: the secret read another way, another hash,
another message, the signature written in another encoding. A match is a proof.

Every combination is tried, fewest changed assumptions first; the first match names each
assumption it changed. Nothing computed here is ever shown: only which assumption matched.
"""

from __future__ import annotations

import base64
import hmac
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import product

from conformance.reference.encodings import HMAC_ALGORITHMS, SECRET_ENCODINGS, decode_secret, mac
from conformance.reference.errors import EmbedsealError
from doctor.causes import Cause
from doctor.report import Diagnosis
from doctor.trace import MacInput
from specmodel.model import Format

_TEXT_ENCODINGS = ("hex", "base64", "base64url")
_ALPHABETS = {
    "hex": re.compile("[0-9a-fA-F]*"),
    "base64": re.compile("[A-Za-z0-9+/]*"),
    "base64url": re.compile("[A-Za-z0-9_-]*"),
}


@dataclass(frozen=True)
class Variant:
    """One assumption: the format's own (``diagnosis`` None) or another, named by a diagnosis."""

    diagnosis: Diagnosis | None
    value: bytes


@dataclass(frozen=True)
class AlgorithmVariant:
    """A hash to MAC with; ``diagnosis`` None for the one the verifier uses."""

    diagnosis: Diagnosis | None
    algorithm: str


def mac_proofs(
    fmt: Format, given: MacInput, secret: str, messages: Sequence[Variant] = ()
) -> list[Diagnosis]:
    """The changed assumptions under which the received MAC is right; [] when none is."""
    received = received_variants(fmt, given)
    dimensions = (
        key_variants(fmt, secret),
        algorithm_variants(given.algorithm),
        [Variant(None, given.message), *messages],
        received,
    )
    for key, algorithm, message, mac_bytes in sorted(product(*dimensions), key=_changes):
        changed = [v.diagnosis for v in (key, algorithm, message, mac_bytes) if v.diagnosis]
        if changed and _same(mac(algorithm.algorithm, key.value, message.value), mac_bytes.value):
            return changed
    return truncated(fmt, given, secret, received)


def _changes(combo: tuple[Variant, AlgorithmVariant, Variant, Variant]) -> int:
    return sum(part.diagnosis is not None for part in combo)


def _same(expected: bytes, received: bytes) -> bool:
    return hmac.compare_digest(expected, received)


def key_variants(fmt: Format, secret: str) -> list[Variant]:
    """The key as the format reads the secret, then every other reading of it."""
    own = _key(secret, fmt.secret_encoding)
    variants = [] if own is None else [Variant(None, own)]
    for reading in SECRET_ENCODINGS:
        key = _key(secret, reading)
        if reading != fmt.secret_encoding and key is not None and key != own:
            summary = (
                f"the MAC matches with the secret read as {reading}: the signer read it as "
                f"{reading}, this format reads it as {fmt.secret_encoding}"
            )
            evidence = {"read_as": reading, "format_reads_as": fmt.secret_encoding}
            variants.append(Variant(Diagnosis(Cause.SECRET_ENCODING, summary, evidence), key))
    return variants + list(_whitespace_variants(fmt, secret))


def _whitespace_variants(fmt: Format, secret: str) -> Iterator[Variant]:
    for label, text in (
        ("without its surrounding whitespace", secret.strip()),
        ("followed by a line break", secret + "\n"),
    ):
        key = _key(text, fmt.secret_encoding)
        if text != secret and key is not None:
            summary = f"the MAC matches with the secret {label}: the signer's secret differs"
            evidence = {"variant": label}
            yield Variant(Diagnosis(Cause.SECRET_WHITESPACE, summary, evidence), key)


def _key(text: str, encoding: str) -> bytes | None:
    try:
        return decode_secret(text, encoding)
    except EmbedsealError:
        return None


def algorithm_variants(own: str) -> list[AlgorithmVariant]:
    """The verifier's hash, then the other HMAC hashes."""
    others = [
        AlgorithmVariant(
            Diagnosis(
                Cause.OTHER_ALGORITHM,
                f"the MAC matches HMAC-{name.upper()}, not HMAC-{own.upper()}",
                {"algorithm": name, "expected": own},
            ),
            name,
        )
        for name in HMAC_ALGORITHMS
        if name != own
    ]
    return [AlgorithmVariant(None, own), *others]


def received_variants(fmt: Format, given: MacInput) -> list[Variant]:
    """The received MAC as the format decodes it, then decoded as another encoding."""
    own_encoding, text = fmt.signature.encoding, given.received_text
    own = given.received if given.received is not None else lenient_decode(text, own_encoding)
    variants = [] if own is None else [Variant(None, own)]
    for encoding in _TEXT_ENCODINGS:
        data = lenient_decode(text, encoding)
        if _alphabet(encoding) == _alphabet(own_encoding) or data is None or data == own:
            continue
        summary = f"the signature is written in {encoding}; the format writes {own_encoding}"
        evidence = {"written_as": encoding, "format_writes": own_encoding}
        variants.append(Variant(Diagnosis(Cause.SIGNATURE_ENCODING, summary, evidence), data))
    return variants


def _alphabet(encoding: str) -> str:
    return encoding.removesuffix("-nopad")


def lenient_decode(text: str, encoding: str) -> bytes | None:
    """The bytes of ``text`` in ``encoding``, ignoring padding and a cut-off last character
    (but not the alphabet: base64 and base64url are told apart)."""
    if encoding == "hex":
        text = text[: len(text) // 2 * 2]
    else:
        text = text.rstrip("=")
        text = text[:-1] if len(text) % 4 == 1 else text
    if not _ALPHABETS[_alphabet(encoding)].fullmatch(text):
        return None
    if encoding == "hex":
        return bytes.fromhex(text)
    altchars = b"-_" if encoding.startswith("base64url") else b"+/"
    return base64.b64decode(text + "=" * (-len(text) % 4), altchars=altchars)


def truncated(
    fmt: Format, given: MacInput, secret: str, received: Sequence[Variant]
) -> list[Diagnosis]:
    """The received MAC is the beginning of the right one: it was cut off."""
    key = _key(secret, fmt.secret_encoding)
    if key is None or not received or received[0].diagnosis is not None:
        return []
    expected, got = mac(given.algorithm, key, given.message), received[0].value
    if not 0 < len(got) < len(expected) or not expected.startswith(got):
        return []
    summary = (
        f"the signature holds {len(got)} bytes, the first {len(got)} of the right "
        f"{len(expected)}-byte MAC: it was cut off"
    )
    evidence = {"received_bytes": len(got), "expected_bytes": len(expected)}
    return [Diagnosis(Cause.SIGNATURE_TRUNCATED, summary, evidence)]
