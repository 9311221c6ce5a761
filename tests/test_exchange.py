"""The exchange family: models, the reference exchange against canned answers, the CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from conformance.reference.canned import canned_transport, describe
from conformance.reference.errors import EmbedsealError
from conformance.reference.exchange import exchange, prepare, revoke
from conformance.reference.exchange_response import ExchangeError
from conformance.reference.http import HttpRequest, HttpResponse
from specmodel import ExchangeFormat, resolve_format
from specmodel.model import Family, Placement

ROOT = Path(__file__).resolve().parents[1]
NAMES = ["boldbi-embed-authorize", "semaphor-token", "tooljet-pat"]
NOW = 1_700_000_000
SECRET = "sk_live_do-not-leak-4f2a"


def _fmt(name: str) -> ExchangeFormat:
    fmt = resolve_format(name)
    assert isinstance(fmt, ExchangeFormat)
    return fmt


def _answer(status: int, body: Any = None, **extra: Any) -> dict[str, Any]:
    return {
        "status": status,
        "headers": {"Content-Type": "application/json"},
        "body": body,
        **extra,
    }


def _run(name: str, answer: dict[str, Any], fields: dict[str, Any] | None = None) -> Any:
    seen: list[HttpRequest] = []
    fmt = _fmt(name)
    return exchange(fmt, SECRET, fields or _example(name), NOW, canned_transport(answer, seen))


def _example(name: str) -> dict[str, Any]:
    import yaml

    data = yaml.safe_load((ROOT / "spec" / "formats" / f"{name}.yaml").read_text("utf-8"))
    fields: dict[str, Any] = data["example"]["fields"]
    return fields


# ---------------------------------------------------------------- the model


def test_semaphor_model() -> None:
    fmt = _fmt("semaphor-token")
    assert fmt.family is Family.EXCHANGE
    assert fmt.field("tokenExpiry").unit == "seconds"
    assert fmt.field("tokenExpiry").default is not None
    assert fmt.field("tokenExpiry").default.value == 3600
    currency = fmt.field("params").shape.properties[0]
    assert [p.name for p in currency.shape.properties] == ["locale", "currency"]
    assert fmt.exchange.response.token == ("accessToken",)
    assert fmt.exchange.revoke is not None and fmt.exchange.revoke.auth.credential == "token"
    assert fmt.placed(Placement.URL) == (fmt.field("server_url"),)


def test_boldbi_and_tooljet_models() -> None:
    bold = _fmt("boldbi-embed-authorize")
    assert bold.exchange.response.token == ("Data", "access_token")
    assert [p.placeholder for p in bold.exchange.request.url if p.placeholder] == [
        "serverurl",
        "siteidentifier",
    ]
    tool = _fmt("tooljet-pat")
    assert tool.exchange.request.auth.scheme == "basic"
    assert tool.field("sessionExpiry").unit == "minutes"
    assert tool.exchange.error_for(429) == "rate_limited"
    assert tool.exchange.error_for(503) == "upstream_error"
    assert tool.exchange.error_for(302) == "bad_response"


@pytest.mark.parametrize("name", NAMES)
def test_every_exchange_format_acknowledges_that_the_secret_leaves(name: str) -> None:
    findings = {f.risk: f.acknowledged for f in _fmt(name).findings}
    assert findings == {"secret-sent-to-vendor": True}


# ---------------------------------------------------------------- the request


def test_semaphor_request_carries_defaults_and_nested_params() -> None:
    request = describe(prepare(_fmt("semaphor-token"), SECRET, _example("semaphor-token"), NOW))
    assert request["method"] == "POST" and request["path"] == "/api/v1/token"
    assert request["json"]["dashboardSecret"] == SECRET
    assert request["json"]["tokenExpiry"] == 3600
    assert request["json"]["params"] == {"currencyFormat": {"locale": "de-DE", "currency": "EUR"}}
    assert "Authorization" not in request["headers"]


def test_boldbi_request_url_and_body() -> None:
    request = prepare(
        _fmt("boldbi-embed-authorize"), SECRET, _example("boldbi-embed-authorize"), NOW
    )
    assert request.url == "https://bi.example.com/bi/api/site/site1/embed/authorize"
    body = json.loads(request.body)
    assert list(body) == ["serverurl", "siteidentifier", "email", "embedsecret", "dashboard"]
    assert body["embedsecret"] == SECRET


def test_tooljet_request_uses_basic_auth() -> None:
    request = prepare(_fmt("tooljet-pat"), SECRET, _example("tooljet-pat"), NOW)
    assert request.headers["Authorization"] == f"Basic {SECRET}"
    assert SECRET not in request.body.decode()
    assert request.timeout_ms == 10_000


# ---------------------------------------------------------------- the answer


def test_success_results() -> None:
    sem = _run("semaphor-token", _answer(200, {"accessToken": "tok"}))
    assert (sem.token, sem.expires_at, sem.url) == ("tok", NOW + 3600, None)
    body = {"ApiStatus": True, "Data": {"access_token": "bb", "expires_in": 60}}
    bold = _run("boldbi-embed-authorize", _answer(200, body))
    assert (bold.token, bold.expires_at) == ("bb", NOW + 60)
    tool = _run("tooljet-pat", _answer(201, {"personalAccessToken": "p", "redirectUrl": "u"}))
    assert (tool.token, tool.expires_at, tool.url) == ("p", NOW + 86400, "u")


@pytest.mark.parametrize(
    ("status", "code"),
    [
        (400, "invalid_request"),
        (401, "unauthorized"),
        (403, "forbidden"),
        (404, "not_found"),
        (418, "invalid_request"),
        (429, "rate_limited"),
        (500, "upstream_error"),
        (503, "upstream_error"),
        (301, "bad_response"),
        (204, "bad_response"),
    ],
)
def test_status_errors(status: int, code: str) -> None:
    with pytest.raises(ExchangeError) as failure:
        _run("tooljet-pat", _answer(status, {"message": SECRET}))
    assert failure.value.code.value == code
    assert failure.value.status == status
    assert SECRET not in str(failure.value)


@pytest.mark.parametrize(
    ("header", "seconds"), [("30", 30), ("Tue, 14 Nov 2023 22:14:20 GMT", 60), ("soon", None)]
)
def test_rate_limited_reports_retry_after(header: str, seconds: int | None) -> None:
    with pytest.raises(ExchangeError) as failure:
        _run("tooljet-pat", _answer(429, {}, headers={"retry-after": header}))
    assert failure.value.retry_after == seconds


@pytest.mark.parametrize(
    "answer",
    [
        {"status": 200, "text": "<html>"},
        _answer(200, []),
        _answer(200, {"accessToken": ""}),
        _answer(200, {"accessToken": 5}),
        _answer(200, {"token": "x"}),
    ],
)
def test_bodies_not_as_described_are_bad_response(answer: dict[str, Any]) -> None:
    with pytest.raises(ExchangeError) as failure:
        _run("semaphor-token", answer)
    assert failure.value.code.value == "bad_response"


def test_boldbi_api_status_false_is_bad_response() -> None:
    body = {"ApiStatus": False, "Data": {"access_token": "bb", "expires_in": 60}}
    with pytest.raises(ExchangeError) as failure:
        _run("boldbi-embed-authorize", _answer(200, body))
    assert failure.value.code.value == "bad_response"


def test_timeout_and_unreachable() -> None:
    with pytest.raises(ExchangeError) as failure:
        _run("semaphor-token", _answer(200, {"accessToken": "t"}, delay_ms=10_001))
    assert failure.value.code.value == "timeout"

    def refuse(request: HttpRequest) -> HttpResponse:
        raise ConnectionRefusedError(request.url)

    with pytest.raises(ExchangeError) as failure:
        exchange(_fmt("semaphor-token"), SECRET, _example("semaphor-token"), NOW, refuse)
    assert failure.value.code.value == "upstream_error"


def test_default_transport_times_out_on_a_silent_server() -> None:
    import socket

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    port = listener.getsockname()[1]
    fields = {**_example("semaphor-token"), "server_url": f"http://127.0.0.1:{port}"}
    fmt = _fmt("semaphor-token")
    fast = ExchangeFormat(**{**fmt.__dict__, "exchange": _with_timeout(fmt, 200)})
    with pytest.raises(ExchangeError) as failure:
        exchange(fast, SECRET, fields, NOW)
    listener.close()
    assert failure.value.code.value == "timeout"


def _with_timeout(fmt: ExchangeFormat, timeout_ms: int) -> Any:
    import dataclasses

    return dataclasses.replace(fmt.exchange, timeout_ms=timeout_ms)


def test_input_and_key_errors_never_echo_the_secret() -> None:
    fmt = _fmt("semaphor-token")
    for secret, fields in [
        ("", _example("semaphor-token")),
        (SECRET + "\n", _example("semaphor-token")),
        (SECRET, {**_example("semaphor-token"), "dashboardId": SECRET.encode().hex()}),
        (SECRET, {**_example("semaphor-token"), "endUserId": 5}),
        (SECRET, {**_example("semaphor-token"), "server_url": "ftp://x"}),
    ]:
        try:
            exchange(fmt, secret, fields, NOW, canned_transport(_answer(500, {}), []))
        except EmbedsealError as error:
            assert not secret or secret.strip() not in str(error)
            assert error.code.value in ("invalid_input", "invalid_key", "upstream_error")


def test_revocation_sends_the_token_as_bearer() -> None:
    seen: list[HttpRequest] = []
    fmt = _fmt("semaphor-token")
    revoke(fmt, SECRET, "tok-1", {}, NOW, canned_transport(_answer(200, {}), seen))
    assert seen[0].url == "https://semaphor.cloud/api/v1/invalidate-token"
    assert seen[0].headers["Authorization"] == "Bearer tok-1"
    with pytest.raises(EmbedsealError):
        revoke(_fmt("tooljet-pat"), SECRET, "t", _example("tooljet-pat"), NOW)


# ---------------------------------------------------------------- the CLI


def _cli(operation: str, name: str, document: dict[str, Any]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "conformance.reference",
            operation,
            "--format",
            name,
            "--input",
            "-",
        ],
        input=json.dumps(document),
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )


def test_cli_exchange_success_and_failure() -> None:
    document = {"secret": SECRET, "now": NOW, "fields": _example("tooljet-pat")}
    ok = _cli(
        "exchange",
        "tooljet-pat",
        {**document, "response": _answer(201, {"personalAccessToken": "p", "redirectUrl": "u"})},
    )
    out = json.loads(ok.stdout)
    assert out["ok"] and out["result"]["token"] == "p"
    assert out["request"]["path"] == "/api/ext/users/personal-access-token"
    bad = _cli("exchange", "tooljet-pat", {**document, "response": _answer(429, {"e": SECRET})})
    failed = json.loads(bad.stdout)
    assert failed["error"] == "rate_limited" and "request" in failed
    assert SECRET not in failed["detail"] and SECRET not in bad.stderr


def test_cli_refuses_operations_of_another_family() -> None:
    result = _cli("sign", "semaphor-token", {"secret": "s", "now": NOW, "fields": {}})
    assert result.returncode == 2 and "exchange" in result.stderr
