"""The random bytes a sign case hands the signer: derived from the case id, so stable."""

from __future__ import annotations

import hashlib

from specmodel.model import Format


def random_for(fmt: Format, cid: str) -> bytes:
    """Exactly the bytes the format's random fields take, the same on every run."""
    needed = sum(field.random.bytes for field in fmt.fields if field.random is not None)
    stream = b""
    counter = 0
    while len(stream) < needed:
        stream += hashlib.sha256(f"embedseal-vectors/{fmt.name}/{cid}/{counter}".encode()).digest()
        counter += 1
    return stream[:needed]
