"""A deliberately broken conformance adapter: the request's token says how to misbehave.

Tokens: "good" (answers bad_signature), "crash", "hang", "garbage", "flood" (1 MB of stderr,
then a good answer), "wrong-id", "late" (answers this request with the previous id),
"adapter-error", "differs" (another error code). Sign requests answer the token "abd".
``--no-hello`` answers start with adapter_error (a legacy adapter).
"""

from __future__ import annotations

import json
import sys
import time


def hello(request: dict) -> dict:
    if "--no-hello" in sys.argv:
        return {"ok": False, "error": "adapter_error", "detail": "unknown op"}
    return {
        "ok": True,
        "protocol": 1,
        "language": "python",
        "runtime": "fake 1",
        "formats": ["fake-format"],
        "operations": ["sign", "verify"],
    }


def answer(request: dict, previous: str | None) -> dict | str:
    token = request.get("token", "")
    if request["op"] == "start":
        return hello(request)
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
    for line in sys.stdin:
        request = json.loads(line)
        if request["op"] == "stop":
            return
        result = answer(request, previous)
        if isinstance(result, str):
            sys.stdout.write(result + "\n")
        else:
            sys.stdout.write(json.dumps({"id": request.get("id"), **result}) + "\n")
        sys.stdout.flush()
        previous = request.get("id")


main()
