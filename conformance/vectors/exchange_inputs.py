"""Exchange cases refused before anything is sent: bad inputs and bad secrets."""

from __future__ import annotations

from conformance.vectors.exchange_case import ExchangeCase, ExchangeExample, Maker
from specmodel.exchange_model import ExchangeFormat
from specmodel.model import Field, Source


def input_cases(fmt: ExchangeFormat, example: ExchangeExample, make: Maker) -> list[ExchangeCase]:
    """Unknown, missing and mistyped inputs; a server URL that is not http(s)."""
    fields = example.fields
    cases = [
        make(
            "exchange/inputs/unknown",
            "An input the format does not declare.",
            fields={**fields, "notAnInput": "x"},
            expect="invalid_input",
            flags=("input",),
        ),
    ]
    for field in _inputs(fmt):
        cases += _field_cases(field, fields, make)
    return cases


def secret_cases(example: ExchangeExample, make: Maker) -> list[ExchangeCase]:
    """Empty and header-breaking secrets are refused; another secret is sent as given."""
    return [
        make(
            "exchange/secret/empty",
            "An empty secret is refused before sending.",
            secret="",
            expect="invalid_key",
            flags=("key",),
        ),
        make(
            "exchange/secret/line-break",
            "A secret with a line break is refused.",
            secret=example.secret + "\r\nX-Injected: 1",
            expect="invalid_key",
            flags=("key",),
        ),
        make(
            "exchange/secret/other",
            "Another secret: sent as given.",
            secret=example.secret + "-rotated",
            expect="ok",
            flags=("key",),
        ),
    ]


def _inputs(fmt: ExchangeFormat) -> list[Field]:
    return [f for f in fmt.fields if f.is_input and f.source is not Source.SECRET]


def _field_cases(field: Field, fields: dict[str, object], make: Maker) -> list[ExchangeCase]:
    name, cases = field.name, []
    wrong = 7 if field.shape.type != "integer" else "7"
    cases.append(
        make(
            f"exchange/inputs/{name}/wrong-type",
            f"{name} has the wrong type.",
            fields={**fields, name: wrong},
            expect="invalid_input",
            flags=("input",),
        )
    )
    if field.required and field.default is None:
        rest = {k: v for k, v in fields.items() if k != name}
        cases.append(
            make(
                f"exchange/inputs/{name}/missing",
                f"{name} is required.",
                fields=rest,
                expect="invalid_input",
                flags=("input",),
            )
        )
    if field.shape.minimum is not None:
        low = field.shape.minimum - 1
        cases.append(
            make(
                f"exchange/inputs/{name}/below-minimum",
                f"{name} = {low}.",
                fields={**fields, name: low},
                expect="invalid_input",
                flags=("input",),
            )
        )
    if _is_server_url(field, fields):
        cases.append(
            make(
                f"exchange/inputs/{name}/not-http",
                f"{name} is not an http(s) URL.",
                fields={**fields, name: "ftp://files.example.com"},
                expect="invalid_input",
                flags=("input",),
            )
        )
    return cases


def _is_server_url(field: Field, fields: dict[str, object]) -> bool:
    value = fields.get(field.name, field.default.value if field.default else None)
    return isinstance(value, str) and value.startswith(("https://", "http://"))
