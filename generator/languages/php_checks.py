"""The value checks a PHP file needs: which helpers it declares with which named arguments,
the private function checking a declared object, and where a refused value is."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from generator.ir import FormatIR
from generator.languages.php_code import PhpCode

if TYPE_CHECKING:
    from generator.exchange_ir import ExchangeIR
    from generator.ir import FieldIR, RegisteredIR, ShapeIR


class PhpChecks(PhpCode):
    """Template helpers for value checks (mixed into :class:`generator.languages.php.Php`)."""

    def check_function(self, class_name: str) -> str:
        """The private function that checks a declared object: ``checkScope``."""
        return "check" + class_name

    def json_type(self, shape: ShapeIR) -> str:
        """The JSON type a union's variant is told apart by, as a literal: ``'integer'`` for an
        integer or a Unix time."""
        return self.string_literal("integer" if shape.is_integer else str(shape.kind))

    def helper_args(
        self, fields: tuple[FieldIR, ...], registered: tuple[RegisteredIR, ...] = ()
    ) -> dict[str, frozenset[str]]:
        """Per kind of value check (``string``, ``integer``, ``boolean``, ``array``, ``map``,
        ``object``, ``declared``, ``union``), the named arguments some field of the file passes it
        (``optional``, ``maxLength``, ``enum``, ``min``, ``max``): a helper declares only those.
        A union's variants count as values of their own kinds. Undeclared ``registered`` claims
        are checked with ``integer`` (no arguments)."""
        found: dict[str, set[str]] = {"integer": set()} if registered else {}

        def walk(shape: ShapeIR, required: bool) -> None:
            kind = self._kind(shape)
            args = found.setdefault(kind, set())
            if not required:
                args.add("optional")
            if shape.max_length is not None:
                args.add("maxLength")
            if shape.enum:
                args.add("enum")
            if shape.minimum is not None:
                args.add("min")
            if shape.maximum is not None:
                args.add("max")
            if shape.items is not None:
                walk(shape.items, True)
            if shape.values is not None:
                walk(shape.values, True)
            for variant in shape.variants:
                walk(variant, True)
            for prop in shape.properties:
                walk(prop.shape, prop.required)

        for field in fields:
            walk(field.shape, field.required)
        return {kind: frozenset(args) for kind, args in found.items()}

    def undeclared_registered(self, f: FormatIR | ExchangeIR) -> tuple[RegisteredIR, ...]:
        """The registered JWS time claims (exp, nbf, iat) a verifier checks that the format does
        not declare: when the token carries one, it must be an integer (invalid_claim)."""
        if not isinstance(f, FormatIR):
            return ()
        return tuple(r for r in f.verify.registered if r.field is None)

    @staticmethod
    def _kind(shape: ShapeIR) -> str:
        if shape.is_declared_object:
            return "declared"
        return "integer" if shape.kind == "unix-time" else str(shape.kind)

    def message(self, where: str, text: str) -> str:
        """``where`` (a PHP string expression) followed by ``text``, as one literal when it ends
        with one: ``'exp'`` and ``": expected an integer"`` → ``'exp: expected an integer'``."""
        if where.endswith("'") and not re.search(r"['\\\\]", text):
            return where[:-1] + text + "'"
        if where.endswith('"') and not re.search(r'["\\\\$]', text):
            return where[:-1] + text + '"'
        return f"{where} . {self.string_literal(text)}"

    def member_where(self, where: str, wire: str) -> str:
        """Where a member of a declared object is: ``$where . '.type'``."""
        return self.message(where, "." + wire)
