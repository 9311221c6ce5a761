"""Python driver of `nox -s bench`: the published files, the baseline, the raw HMAC, PyJWT.

Run in the scratch project (the published modules and baseline.py beside it) as
``python driver.py ROUNDS BATCH_MS``; reads inputs.json (the YAML examples), prints the lines of
the protocol in benchmarks/speed.py. CPU time: time.process_time_ns (the process's CPU clock).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import importlib
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import baseline  # type: ignore[import-not-found, unused-ignore]
import jwt

Op = Callable[[], object]


def measure(series: list[tuple[str, str, str, Op]], rounds: int, batch_ms: float) -> None:
    """Calibrate a batch size per series, then time interleaved rounds (order rotated)."""
    sizes = [calibrate(op, batch_ms) for *_, op in series]
    sizes = [calibrate(op, batch_ms) for *_, op in series]  # again, warm
    results: list[list[float]] = [[] for _ in series]
    for index in range(rounds):
        for step in range(len(series)):
            which = (step + index) % len(series)
            op, size = series[which][3], sizes[which]
            began = time.process_time_ns()
            for _ in range(size):
                op()
            results[which].append((time.process_time_ns() - began) / size)
    for (fmt, what, impl, _), values in zip(series, results, strict=True):
        print("cpu", fmt, what, impl, *(f"{value:.1f}" for value in values))


def calibrate(op: Op, batch_ms: float) -> int:
    size = 1
    while True:
        began = time.process_time_ns()
        for _ in range(size):
            op()
        spent = time.process_time_ns() - began
        if spent >= batch_ms * 1e6 / 4 or size >= 1 << 24:
            return max(1, int(size * batch_ms * 1e6 / max(spent, 1)))
        size *= 2


def same(fmt: str, what: str, generated: object, other: object) -> None:
    if generated != other:
        sys.exit(f"{fmt}: the {what} differs from the generated code's:\n{other}\n{generated}")


def main() -> None:
    rounds, batch_ms = int(sys.argv[1]), float(sys.argv[2])
    inputs = json.loads(Path("inputs.json").read_text(encoding="utf-8"))
    print("clock process CPU time (time.process_time_ns)")
    series: list[tuple[str, str, str, Op]] = []

    ex = inputs["tinybird-jwt"]
    fields, secret, now = ex["fields"], ex["secret"], ex["now"]
    gen = importlib.import_module("tinybird_jwt")
    signed = gen.sign(fields, secret, now=now)
    print("out tinybird-jwt token", signed.token)
    print("out tinybird-jwt url", signed.url)
    same(
        "tinybird-jwt",
        "baseline's token and URL",
        (signed.token, signed.url),
        baseline.tinybird_sign(fields, secret, now),
    )
    claims = gen.verify(signed.token, secret, now=now)
    same(
        "tinybird-jwt",
        "baseline's claims",
        claims,
        baseline.tinybird_verify(signed.token, secret, now),
    )
    message = baseline.tinybird_message(fields, now)
    key = secret.encode()
    same(
        "tinybird-jwt",
        "raw HMAC",
        signed.signature,
        baseline._b64url(hmac.digest(key, message, "sha256")),
    )
    payload = {name: claims[name] for name in ("workspace_id", "name", "exp", "scopes")}
    same("tinybird-jwt", "PyJWT token", signed.token, jwt.encode(payload, secret, "HS256"))
    leeway = time.time() - now + 86400  # PyJWT reads the clock: accept the example's exp
    decoded = jwt.decode(signed.token, secret, algorithms=["HS256"], leeway=leeway)
    same("tinybird-jwt", "PyJWT claims", claims, decoded)
    print(f"lib tinybird-jwt PyJWT {jwt.__version__}")
    token = signed.token
    series += [
        ("tinybird-jwt", "sign", "generated", lambda: gen.sign(fields, secret, now=now)),
        ("tinybird-jwt", "sign", "baseline", lambda: baseline.tinybird_sign(fields, secret, now)),
        ("tinybird-jwt", "sign", "jwt", lambda: jwt.encode(payload, secret, "HS256")),
        ("tinybird-jwt", "verify", "generated", lambda: gen.verify(token, secret, now=now)),
        (
            "tinybird-jwt",
            "verify",
            "baseline",
            lambda: baseline.tinybird_verify(token, secret, now),
        ),
        (
            "tinybird-jwt",
            "verify",
            "jwt",
            lambda: jwt.decode(token, secret, algorithms=["HS256"], leeway=leeway),
        ),
        ("tinybird-jwt", "mac", "hmac", lambda: hmac.new(key, message, hashlib.sha256).digest()),
    ]

    ex = inputs["papermap-iframe"]
    pm_fields, pm_secret, pm_now = ex["fields"], ex["secret"], ex["now"]
    pm = importlib.import_module("papermap_iframe")
    pm_signed = pm.sign(pm_fields, pm_secret, now=pm_now)
    print("out papermap-iframe token", pm_signed.token)
    print("out papermap-iframe url", pm_signed.url)
    same(
        "papermap-iframe",
        "baseline's token and URL",
        (pm_signed.token, pm_signed.url),
        baseline.papermap_sign(pm_fields, pm_secret, pm_now),
    )
    same(
        "papermap-iframe",
        "baseline's claims",
        pm.verify(pm_signed.token, pm_secret, now=pm_now),
        baseline.papermap_verify(pm_signed.token, pm_secret, pm_now),
    )
    pm_message, pm_key = baseline.papermap_message(pm_fields, pm_now), pm_secret.encode()
    same(
        "papermap-iframe",
        "raw HMAC",
        pm_signed.signature,
        hmac.digest(pm_key, pm_message, "sha256").hex(),
    )
    pm_token = pm_signed.token
    series += [
        ("papermap-iframe", "sign", "generated", lambda: pm.sign(pm_fields, pm_secret, now=pm_now)),
        (
            "papermap-iframe",
            "sign",
            "baseline",
            lambda: baseline.papermap_sign(pm_fields, pm_secret, pm_now),
        ),
        (
            "papermap-iframe",
            "verify",
            "generated",
            lambda: pm.verify(pm_token, pm_secret, now=pm_now),
        ),
        (
            "papermap-iframe",
            "verify",
            "baseline",
            lambda: baseline.papermap_verify(pm_token, pm_secret, pm_now),
        ),
        (
            "papermap-iframe",
            "mac",
            "hmac",
            lambda: hmac.new(pm_key, pm_message, hashlib.sha256).digest(),
        ),
    ]

    ex = inputs["looker-signed-url"]
    lk_fields, lk_secret, lk_now = ex["fields"], ex["secret"], ex["now"]
    nonce = bytes.fromhex(ex["random"])
    lk = importlib.import_module("looker_signed_url")

    def random_bytes(count: int) -> bytes:
        return nonce[:count]

    def lk_sign() -> Any:
        return lk.sign(lk_fields, lk_secret, now=lk_now, random_bytes=random_bytes)

    lk_signed = lk_sign()
    print("out looker-signed-url url", lk_signed.url)
    same(
        "looker-signed-url",
        "baseline's URL",
        lk_signed.url,
        baseline.looker_sign(lk_fields, lk_secret, lk_now, nonce),
    )
    same(
        "looker-signed-url",
        "baseline's claims",
        lk.verify(lk_signed.url, lk_secret, now=lk_now),
        baseline.looker_verify(lk_signed.url, lk_secret, lk_now),
    )
    lk_message, lk_key = baseline.looker_message(lk_fields, lk_now, nonce), lk_secret.encode()
    same(
        "looker-signed-url",
        "raw HMAC",
        lk_signed.signature,
        base64.b64encode(hmac.digest(lk_key, lk_message, "sha1")).decode(),
    )
    lk_url = lk_signed.url
    series += [
        ("looker-signed-url", "sign", "generated", lk_sign),
        (
            "looker-signed-url",
            "sign",
            "baseline",
            lambda: baseline.looker_sign(lk_fields, lk_secret, lk_now, nonce),
        ),
        (
            "looker-signed-url",
            "verify",
            "generated",
            lambda: lk.verify(lk_url, lk_secret, now=lk_now),
        ),
        (
            "looker-signed-url",
            "verify",
            "baseline",
            lambda: baseline.looker_verify(lk_url, lk_secret, lk_now),
        ),
        (
            "looker-signed-url",
            "mac",
            "hmac",
            lambda: hmac.new(lk_key, lk_message, hashlib.sha1).digest(),
        ),
    ]
    measure(series, rounds, batch_ms)


if __name__ == "__main__":
    main()
