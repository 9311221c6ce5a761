"""How a Python signer writes a value as text: a message part, a URL part or a query value."""

from __future__ import annotations

from generator.ir import Kind, TextForm


def value_text(kind: Kind, value: str, form: TextForm) -> str:
    """The text of ``value`` (an expression of type ``kind``) as a message part, a URL part
    or a query value: JSON, or its plain text (percent-encoded when ``form`` says so)."""
    if form is TextForm.JSON or kind in (Kind.OBJECT, Kind.ARRAY):
        return f"_json({value})"
    either = f'"true" if {value} is True else "false" if {value} is False else str({value})'
    plain = {
        Kind.STRING: value,
        Kind.BOOLEAN: f'("true" if {value} else "false")',
        Kind.UNION: f"({either})",  # a str, an int or a bool: its JSON type tells its text
    }.get(kind, f"str({value})")
    return f"_percent({plain})" if form is TextForm.PERCENT else plain
