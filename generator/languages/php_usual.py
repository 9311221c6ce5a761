"""The PHP test of a check function's usual case: every member present, of its type and within
its bounds, tested in one ``if`` instead of a helper call per member.

A helper call per member is most of what checking a small object costs in PHP (issue 9's
benchmark: five calls and five ``preg_match('//u')`` are a fifth of signing a Papermap token),
and the helpers only matter when a value is refused, to say which and why. The test covers
required strings and integers without an enum, a length or a fixed value; the text is checked
for UTF-8 in one ``preg_match`` over all of it, joined by NUL: a byte sequence cut short at the
end of one value cannot be completed by the next, as NUL is no continuation byte.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator import naming
from generator.ir import FieldIR, Kind

MAX_SAFE = 2**53 - 1  # the integers JSON carries exactly in every language
_TAKEN = frozenset(("c", "code", "this"))  # the check function's parameters, and $this
_VARIABLE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


@dataclass(frozen=True)
class UsualCase:
    """The terms of the test (joined by ``&&``) and each member's variable, in declared order."""

    terms: tuple[str, ...]
    items: tuple[str, ...]  # "'wire' => $variable"


def usual_case(fields: list[FieldIR]) -> UsualCase | None:
    """The one-test case of a function checking ``fields``, or None when some member needs a
    helper anyway (then the test would save little) or fewer than two members are checked."""
    names = [naming.camel(x.wire) or "value" for x in fields]
    if len(fields) < 2 or not all(map(_testable, fields)):
        return None
    clash = len(set(names)) != len(names) or bool(_TAKEN & set(names))
    if clash or not all(map(_VARIABLE.fullmatch, names)):
        return None  # no variable of its own for each member: keep the plain calls
    terms, texts = [], []
    for x, name in zip(fields, names, strict=True):
        terms.extend(_terms(x, f"${name}"))
        if x.shape.kind is Kind.STRING:
            texts.append(f"${name}")
    if texts:
        terms.append(_utf8_test(texts))
    items = tuple(f"{x.wire_literal} => ${name}" for x, name in zip(fields, names, strict=True))
    return UsualCase(tuple(terms), items)


def _testable(x: FieldIR) -> bool:
    shape = x.shape
    plain = not shape.enum and shape.max_length is None and x.fixed_literal is None
    return x.required and plain and (shape.kind is Kind.STRING or shape.is_integer)


def _terms(x: FieldIR, variable: str) -> list[str]:
    got = f"({variable} = $c[{x.wire_literal}] ?? null)"
    if x.shape.kind is Kind.STRING:
        return [f"is_string{got}"]
    low = -MAX_SAFE if x.shape.minimum is None else max(x.shape.minimum, -MAX_SAFE)
    high = MAX_SAFE if x.shape.maximum is None else min(x.shape.maximum, MAX_SAFE)
    return [f"is_int{got}", f"{variable} >= {low}", f"{variable} <= {high}"]


def _utf8_test(texts: list[str]) -> str:
    """One preg_match over the texts joined by NUL, split over lines past 120 columns (the
    term starts at column 16, after ``&& ``)."""
    joined = ' . "\\0" . '.join(texts)
    if 16 + len(f"preg_match('//u', {joined}) === 1") <= 120:
        return f"preg_match('//u', {joined}) === 1"
    lines = ["preg_match(", "    '//u',", "    " + texts[0]]
    for text in texts[1:]:
        lines.append(f'        . "\\0" . {text}')
    return "\n            ".join([*lines, ") === 1"])
