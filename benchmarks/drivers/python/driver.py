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

import baseline  # type: ignore[import-not-found, unused-ignore]
import jwt

Op = Callable[[], object]


class Bench:
    """The series to time, in the order they were added; checks before any timing."""

    def __init__(self) -> None:
        self.series: list[tuple[str, str, str, Op]] = []

    def add(self, fmt: str, op: str, impl: str, fn: Op) -> None:
        self.series.append((fmt, op, impl, fn))

    @staticmethod
    def same(fmt: str, what: str, generated: object, other: object) -> None:
        if generated != other:
            sys.exit(f"{fmt}: the {what} differs from the generated code's:\n{other}\n{generated}")

    def measure(self, rounds: int, batch_ms: float) -> None:
        """Calibrate a batch size per series (twice: the second runs warm), then time
        interleaved rounds, the order rotated by one each round."""
        sizes = [_calibrate(op, batch_ms) for *_, op in self.series]
        sizes = [_calibrate(op, batch_ms) for *_, op in self.series]
        results: list[list[float]] = [[] for _ in self.series]
        for index in range(rounds):
            for step in range(len(self.series)):
                which = (step + index) % len(self.series)
                spent = _batch(self.series[which][3], sizes[which])
                results[which].append(spent / sizes[which])
        for (fmt, op, impl, _), values in zip(self.series, results, strict=True):
            print("cpu", fmt, op, impl, *(f"{value:.1f}" for value in values))


def _batch(op: Op, size: int) -> int:
    began = time.process_time_ns()
    for _ in range(size):
        op()
    return time.process_time_ns() - began


def _calibrate(op: Op, batch_ms: float) -> int:
    size = 1
    while True:
        spent = _batch(op, size)
        if spent >= batch_ms * 1e6 / 4 or size >= 1 << 24:
            return max(1, int(size * batch_ms * 1e6 / max(spent, 1)))
        size *= 2


def tinybird(bench: Bench, secret: str, now: int, fields: dict[str, object]) -> None:
    fmt, gen = "tinybird-jwt", importlib.import_module("tinybird_jwt")
    signed = gen.sign(fields, secret, now=now)
    print("out", fmt, "token", signed.token)
    print("out", fmt, "url", signed.url)
    token = signed.token
    expected = (token, signed.url)
    bench.same(
        fmt, "baseline's token and URL", expected, baseline.tinybird_sign(fields, secret, now)
    )
    claims = gen.verify(token, secret, now=now)
    bench.same(fmt, "baseline's claims", claims, baseline.tinybird_verify(token, secret, now))
    key, message = secret.encode(), baseline.tinybird_message(fields, now)
    mac = baseline.b64url(hmac.digest(key, message, "sha256"))
    bench.same(fmt, "raw HMAC", signed.signature, mac)
    payload = {name: claims[name] for name in ("workspace_id", "name", "exp", "scopes")}
    bench.same(fmt, "PyJWT token", token, jwt.encode(payload, secret, "HS256"))
    leeway = time.time() - now + 86400  # PyJWT reads the clock: accept the example's exp

    def decode() -> object:
        return jwt.decode(token, secret, algorithms=["HS256"], leeway=leeway)

    bench.same(fmt, "PyJWT claims", claims, decode())
    print("lib", fmt, "PyJWT", jwt.__version__)
    bench.add(fmt, "sign", "generated", lambda: gen.sign(fields, secret, now=now))
    bench.add(fmt, "sign", "baseline", lambda: baseline.tinybird_sign(fields, secret, now))
    bench.add(fmt, "sign", "jwt", lambda: jwt.encode(payload, secret, "HS256"))
    bench.add(fmt, "verify", "generated", lambda: gen.verify(token, secret, now=now))
    bench.add(fmt, "verify", "baseline", lambda: baseline.tinybird_verify(token, secret, now))
    bench.add(fmt, "verify", "jwt", decode)
    bench.add(fmt, "mac", "hmac", lambda: hmac.new(key, message, hashlib.sha256).digest())


def papermap(bench: Bench, secret: str, now: int, fields: dict[str, object]) -> None:
    fmt, gen = "papermap-iframe", importlib.import_module("papermap_iframe")
    signed = gen.sign(fields, secret, now=now)
    print("out", fmt, "token", signed.token)
    print("out", fmt, "url", signed.url)
    token = signed.token
    expected = (token, signed.url)
    bench.same(
        fmt, "baseline's token and URL", expected, baseline.papermap_sign(fields, secret, now)
    )
    claims = gen.verify(token, secret, now=now)
    bench.same(fmt, "baseline's claims", claims, baseline.papermap_verify(token, secret, now))
    key, message = secret.encode(), baseline.papermap_message(fields, now)
    bench.same(fmt, "raw HMAC", signed.signature, hmac.digest(key, message, "sha256").hex())
    bench.add(fmt, "sign", "generated", lambda: gen.sign(fields, secret, now=now))
    bench.add(fmt, "sign", "baseline", lambda: baseline.papermap_sign(fields, secret, now))
    bench.add(fmt, "verify", "generated", lambda: gen.verify(token, secret, now=now))
    bench.add(fmt, "verify", "baseline", lambda: baseline.papermap_verify(token, secret, now))
    bench.add(fmt, "mac", "hmac", lambda: hmac.new(key, message, hashlib.sha256).digest())


def looker(bench: Bench, secret: str, now: int, fields: dict[str, object], nonce: bytes) -> None:
    fmt, gen = "looker-signed-url", importlib.import_module("looker_signed_url")

    def random_bytes(count: int) -> bytes:
        return nonce[:count]

    def sign() -> object:
        return gen.sign(fields, secret, now=now, random_bytes=random_bytes)

    signed = gen.sign(fields, secret, now=now, random_bytes=random_bytes)
    print("out", fmt, "url", signed.url)
    url = signed.url
    bench.same(fmt, "baseline's URL", url, baseline.looker_sign(fields, secret, now, nonce))
    claims = gen.verify(url, secret, now=now)
    bench.same(fmt, "baseline's claims", claims, baseline.looker_verify(url, secret, now))
    key, message = secret.encode(), baseline.looker_message(fields, now, nonce)
    mac = base64.b64encode(hmac.digest(key, message, "sha1")).decode()
    bench.same(fmt, "raw HMAC", signed.signature, mac)
    bench.add(fmt, "sign", "generated", sign)
    bench.add(fmt, "sign", "baseline", lambda: baseline.looker_sign(fields, secret, now, nonce))
    bench.add(fmt, "verify", "generated", lambda: gen.verify(url, secret, now=now))
    bench.add(fmt, "verify", "baseline", lambda: baseline.looker_verify(url, secret, now))
    bench.add(fmt, "mac", "hmac", lambda: hmac.new(key, message, hashlib.sha1).digest())


def main() -> None:
    rounds, batch_ms = int(sys.argv[1]), float(sys.argv[2])
    inputs = json.loads(Path("inputs.json").read_text(encoding="utf-8"))
    print("clock process CPU time (time.process_time_ns)")
    bench = Bench()
    tb, pm, lk = (inputs[name] for name in ("tinybird-jwt", "papermap-iframe", "looker-signed-url"))
    tinybird(bench, tb["secret"], tb["now"], tb["fields"])
    papermap(bench, pm["secret"], pm["now"], pm["fields"])
    looker(bench, lk["secret"], lk["now"], lk["fields"], bytes.fromhex(lk["random"]))
    bench.measure(rounds, batch_ms)


if __name__ == "__main__":
    main()
