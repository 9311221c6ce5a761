"""A deliberately broken conformance adapter: the request's token says how to misbehave.

Tokens: "good" (answers bad_signature), "crash", "hang", "garbage", "flood" (1 MB of stderr,
then a good answer), "wrong-id", "late" (answers this request with the previous id),
"adapter-error", "differs" (another error code). Sign requests answer the token "abd".
``--no-hello`` answers start with adapter_error (a legacy adapter). ``--slow-first`` takes 1.5 s
over its first answer of each operation (a runtime warming up).

``--exchange`` also lists exchange and revoke: an exchange POSTs ``{"secret", **fields}`` to
``<base_url>/token`` (``fields["mode"]``: "good", "wrong-body" sends another body, "leak" puts
the secret in its error detail, "no-call" answers without calling, "crash-leak" writes the
secret to stderr and exits), a revoke POSTs to
``<base_url>/revoke`` with the token as a Bearer header.
"""

from __future__ import annotations

import json
import sys
import time
import urllib.error
import urllib.request


def hello(request: dict) -> dict:
    if "--no-hello" in sys.argv:
        return {"ok": False, "error": "adapter_error", "detail": "unknown op"}
    return {
        "ok": True,
        "protocol": 1,
        "language": "python",
        "runtime": "fake 1",
        "formats": ["fake-format"],
        "operations": ["sign", "verify"]
        + (["exchange", "revoke"] if "--exchange" in sys.argv else []),
    }


def http(request: dict, path: str, body: dict, headers: dict) -> dict:
    call = urllib.request.Request(  # noqa: S310 - the harness sends an http base_url
        request["base_url"] + path,
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json", **headers},
        method="POST",
    )
    try:
        with urllib.request.urlopen(call, timeout=request["timeout_ms"] / 1000) as answer:  # noqa: S310
            return {"status": answer.status, "body": json.loads(answer.read() or b"null")}
    except urllib.error.HTTPError as error:
        return {"status": error.code, "retry_after": error.headers.get("Retry-After")}
    except (TimeoutError, urllib.error.URLError):
        return {"status": 0}


def exchange(request: dict) -> dict:
    if request["op"] == "revoke":
        got = http(request, "/revoke", {}, {"Authorization": "Bearer " + request["token"]})
        return {"ok": True} if got["status"] == 200 else {"ok": False, "error": "unauthorized"}
    fields = dict(request["fields"])
    mode = fields.get("mode", "good")
    if mode == "no-call":
        return {"ok": False, "error": "invalid_input"}
    if mode == "crash-leak":
        sys.stderr.write(f"fake: my secret is {request['secret']}\n")
        sys.exit(4)
    body = {"secret": request["secret"], **fields}
    if mode == "wrong-body":
        body["extra"] = 1
    got = http(request, "/token", body, {})
    if got["status"] == 200:
        token = got["body"]["token"]
        return {
            "ok": True,
            "result": {"token": token, "expires_at": None, "url": None, "response": got["body"]},
        }
    if got["status"] == 0:
        return {"ok": False, "error": "timeout"}
    if mode == "leak":
        return {"ok": False, "error": "unauthorized", "detail": "bad secret " + request["secret"]}
    if got["status"] == 429:
        return {"ok": False, "error": "rate_limited", "retry_after": int(got["retry_after"])}
    return {"ok": False, "error": "unauthorized"}


def answer(request: dict, previous: str | None) -> dict | str:
    token = request.get("token", "")
    if request["op"] == "start":
        return hello(request)
    if request["op"] in ("exchange", "revoke"):
        return exchange(request)
    if request["op"] == "sign":
        return {"ok": True, "url": "u", "signature": "s", "response": {}, "token": "abd"}
    if token == "crash":
        sys.stderr.write("fake: crashing on purpose\n")
        sys.exit(3)
    if token == "hang":
        time.sleep(60)
    if token == "garbage":
        return "this is not json"
    if token == "flood":
        sys.stderr.write("x" * 1_000_000 + "\n")
    if token == "wrong-id":
        return {"id": "nope", "ok": False, "error": "bad_signature"}
    if token == "late":
        return {"id": previous, "ok": False, "error": "bad_signature"}
    if token == "adapter-error":
        return {"ok": False, "error": "adapter_error", "detail": "boom"}
    if token == "differs":
        return {"ok": False, "error": "expired"}
    return {"ok": False, "error": "bad_signature"}


def main() -> None:
    sys.stderr.write("fake: started\n")
    previous = None
    warm: set[str] = set()
    for line in sys.stdin:
        request = json.loads(line)
        if request["op"] == "stop":
            return
        if "--slow-first" in sys.argv and request["op"] not in warm | {"start"}:
            warm.add(request["op"])
            time.sleep(1.5)
        result = answer(request, previous)
        if isinstance(result, str):
            sys.stdout.write(result + "\n")
        else:
            sys.stdout.write(json.dumps({"id": request.get("id"), **result}) + "\n")
        sys.stdout.flush()
        previous = request.get("id")


main()
