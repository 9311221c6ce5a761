"""Exchange cases: one call each, with the canned answer and the intended outcome.

Made from the model and the YAML example only: statuses, slow and malformed answers,
inputs the reference must refuse before sending anything, and the revocation call.
"""

from __future__ import annotations

import copy
from typing import Any

from conformance.vectors.exchange_case import (
    JSON_HEADERS,
    Answer,
    ExchangeCase,
    ExchangeExample,
    error_answer,
)
from conformance.vectors.exchange_inputs import input_cases, secret_cases
from specmodel.exchange_model import ExchangeFormat
from specmodel.model import Source

_STATUSES = {
    400: "invalid_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    409: "invalid_request",
    429: "rate_limited",
    500: "upstream_error",
    502: "upstream_error",
    503: "upstream_error",
    504: "upstream_error",
    302: "bad_response",
}


class ExchangeCases:
    """Case generators for one exchange format."""

    def __init__(self, fmt: ExchangeFormat, example: ExchangeExample) -> None:
        self.fmt, self.example = fmt, example

    def all(self) -> list[ExchangeCase]:
        """Every case, baseline first."""
        return [
            self._case("exchange/example", "The YAML's example, as given.", expect="ok"),
            *self._defaults(),
            *self._statuses(),
            *self._timing(),
            *self._bodies(),
            *input_cases(self.fmt, self.example, self._case),
            *secret_cases(self.example, self._case),
            *self._revocations(),
        ]

    def _case(self, case_id: str, comment: str, **extra: Any) -> ExchangeCase:
        values: dict[str, Any] = {
            "fields": copy.deepcopy(self.example.fields),
            "response": copy.deepcopy(self.example.response),
            "secret": self.example.secret,
            "now": self.example.now,
        }
        values.update(extra)
        return ExchangeCase(case_id, comment, **values)

    def _defaults(self) -> list[ExchangeCase]:
        needed = {
            f.name: self.example.fields[f.name]
            for f in self.fmt.fields
            if f.required
            and f.default is None
            and f.source is not Source.SECRET
            and f.name in self.example.fields
        }
        return [
            self._case(
                "exchange/inputs/required-only",
                "Only the inputs without defaults: the request carries the defaults.",
                fields=needed,
                expect="ok",
            )
        ]

    def _statuses(self) -> list[ExchangeCase]:
        cases = [
            self._case(
                f"exchange/status/{status}",
                f"The vendor answers HTTP {status}.",
                response=error_answer(status),
                expect=self.fmt.exchange.error_for(status),
                flags=("status",),
            )
            for status in sorted(_STATUSES)
        ]
        return [*cases, *self._retry_after(), *self._unexpected_success()]

    def _retry_after(self) -> list[ExchangeCase]:
        seconds = error_answer(429, {"Retry-After": "30"})
        date = error_answer(429, {"Retry-After": "Tue, 14 Nov 2023 22:14:20 GMT"})
        return [
            self._case(
                "exchange/status/429/retry-after-seconds",
                "Rate limited with Retry-After: 30 (reported as retry_after).",
                response=seconds,
                expect="rate_limited",
                flags=("status", "retry-after"),
            ),
            self._case(
                "exchange/status/429/retry-after-date",
                "Rate limited with Retry-After as an HTTP date (seconds from now).",
                response=date,
                expect="rate_limited",
                flags=("status", "retry-after"),
            ),
        ]

    def _unexpected_success(self) -> list[ExchangeCase]:
        status = 201 if 201 not in self.fmt.exchange.success else 204
        answer = {**copy.deepcopy(self.example.response), "status": status}
        return [
            self._case(
                f"exchange/status/{status}",
                f"A 2xx the format does not list as success ({status}) is not trusted.",
                response=answer,
                expect="bad_response",
                flags=("status",),
            )
        ]

    def _timing(self) -> list[ExchangeCase]:
        timeout = self.fmt.exchange.timeout
        slow = {**copy.deepcopy(self.example.response), "delay_ms": timeout + 5000}
        prompt = {**copy.deepcopy(self.example.response), "delay_ms": timeout // 2}
        return [
            self._case(
                "exchange/timing/slower-than-timeout",
                f"The answer comes after {timeout + 5000} ms, beyond the {timeout} ms timeout.",
                response=slow,
                expect="timeout",
                flags=("timeout",),
            ),
            self._case(
                "exchange/timing/within-timeout",
                "The answer comes within the timeout.",
                response=prompt,
                expect="ok",
                flags=("timeout",),
            ),
        ]

    def _bodies(self) -> list[ExchangeCase]:
        good = self.example.response
        bodies: list[tuple[str, str, Answer]] = [
            ("not-json", "An HTML error page with status 200.", _text(good, "<html>ok</html>")),
            ("empty", "An empty body.", _text(good, "")),
            ("array", "A JSON array instead of an object.", _body(good, [good.get("body")])),
            ("null", "JSON null.", _body(good, None)),
            ("token-missing", "The token member is absent.", _without(good, self._token())),
            ("token-empty", "The token is an empty string.", _replace(good, self._token(), "")),
            ("token-number", "The token is a number.", _replace(good, self._token(), 42)),
        ]
        bodies += self._declared_members(good)
        extra = _body(good, {**good.get("body", {}), "unexpectedMember": [1, {"a": None}]})
        return [
            *(
                self._case(
                    f"exchange/body/{name}",
                    comment,
                    response=answer,
                    expect="bad_response",
                    flags=("body",),
                )
                for name, comment, answer in bodies
            ),
            self._case(
                "exchange/body/extra-members",
                "Unknown members are ignored.",
                response=extra,
                expect="ok",
                flags=("body",),
            ),
        ]

    def _token(self) -> tuple[str, ...]:
        return self.fmt.exchange.response.token

    def _declared_members(self, good: Answer) -> list[tuple[str, str, Answer]]:
        mapping = self.fmt.exchange.response
        out: list[tuple[str, str, Answer]] = []
        if mapping.url is not None:
            out.append(
                ("url-missing", "The embed URL member is absent.", _without(good, mapping.url))
            )
        if mapping.expires_in is not None and mapping.expires_in.path is not None:
            path = mapping.expires_in.path
            out.append(("expiry-missing", "The lifetime member is absent.", _without(good, path)))
            out.append(("expiry-negative", "The lifetime is negative.", _replace(good, path, -1)))
            out.append(("expiry-text", "The lifetime is text.", _replace(good, path, "3600")))
        for expectation in mapping.require:
            out.append(
                (
                    f"require-{'.'.join(expectation.path)}",
                    f"{'.'.join(expectation.path)} is not {expectation.equals!r}.",
                    _replace(
                        good,
                        expectation.path,
                        not expectation.equals if isinstance(expectation.equals, bool) else None,
                    ),
                )
            )
        return out

    def _revocations(self) -> list[ExchangeCase]:
        if self.fmt.exchange.revoke is None:
            return []
        token = str(_member(self.example.response.get("body"), self._token()))
        ok: Answer = {"status": 200, "headers": JSON_HEADERS, "body": {"success": True}}
        slow = {**ok, "delay_ms": self.fmt.exchange.timeout + 5000}
        rows = [
            ("ok", "The token is revoked.", ok, "ok"),
            ("401", "The token is unknown or already expired.", error_answer(401), "unauthorized"),
            ("500", "The vendor fails.", error_answer(500), "upstream_error"),
            ("slower-than-timeout", "No answer in time.", slow, "timeout"),
        ]
        return [
            self._case(
                f"revoke/{name}",
                comment,
                response=answer,
                expect=expect,
                operation="revoke",
                token=token,
                flags=("revoke",),
            )
            for name, comment, answer, expect in rows
        ]


def _text(good: Answer, text: str) -> Answer:
    return {"status": good["status"], "headers": dict(good.get("headers", {})), "text": text}


def _body(good: Answer, body: Any) -> Answer:
    return {"status": good["status"], "headers": dict(good.get("headers", {})), "body": body}


def _member(body: Any, path: tuple[str, ...]) -> Any:
    for name in path:
        body = body[name]
    return body


def _without(good: Answer, path: tuple[str, ...]) -> Answer:
    answer = copy.deepcopy(good)
    del _member(answer["body"], path[:-1])[path[-1]]
    return answer


def _replace(good: Answer, path: tuple[str, ...], value: Any) -> Answer:
    answer = copy.deepcopy(good)
    _member(answer["body"], path[:-1])[path[-1]] = value
    return answer
