"""The words of a Go file: doc comments from the spec's descriptions, the consumers' literals."""

from __future__ import annotations

import json
from typing import Any

from generator.exchange_ir import ExchangeIR
from generator.ir import (
    FieldIR,
    FormatIR,
    Kind,
    Placement,
    RandomText,
    SecretEncoding,
    ShapeIR,
    Source,
)
from generator.languages import go_source
from generator.languages.go_types import GoTypes

_SECRETS = {
    SecretEncoding.UTF8: "its UTF-8 bytes are the key",
    SecretEncoding.HEX: "hex text of the key",
    SecretEncoding.BASE64: "base64 text of the key",
    SecretEncoding.BASE64URL: "base64url text of the key, padded or not",
}


class GoDocs(GoTypes):
    """Comments, and the literals of the paste test's consumer programs."""

    @property
    def cell(self) -> str:
        """What templates write between the columns gofmt aligns."""
        return go_source.CELL

    def comment(self, text: str, indent: str = "") -> str:
        """A ``//`` comment block (``text`` cannot end it: a line comment ends at the line)."""
        return go_source.comment(text, indent)

    def one_line(self, text: str) -> str:
        """A description on one line, for a trailing comment."""
        return go_source.one_line(text)

    def lower_first(self, text: str) -> str:
        return text[:1].lower() + text[1:]

    def lines(self, lines: list[str], depth: int = 1) -> str:
        """Statements indented ``depth`` tabs (a line standing for nothing when none)."""
        if not lines:
            return go_source.NOTHING
        return "\n".join("\t" * depth + line if line else "" for line in lines)

    def finish(self, body: str, *local: str) -> str:
        """The template's text as gofmt prints it (imports filled in, columns aligned)."""
        return go_source.finish(body, local)

    def secret_doc(self, f: FormatIR) -> str:
        """What Sign and Verify take as the secret."""
        what = _SECRETS[f.secret_encoding]
        return what + (f", at least {f.min_key_bytes} bytes" if f.min_key_bytes > 1 else "")

    def sign_doc(self, f: FormatIR) -> str:
        """Sign's doc comment: what it returns, and its errors."""
        weak = " or ErrWeakKey" if f.min_key_bytes > 1 else ""
        errors = f"Invalid input is ErrInvalidInput, a bad secret ErrInvalidKey{weak}."
        head = f"// Sign signs in with secret ({self.secret_doc(f)}) and returns"
        if f.is_signed_url:
            return f"{head} the signed embed URL and the\n// vendor's response. {errors}"
        if f.has_url:
            return f"{head} the token, its embed URL and\n// the vendor's response. {errors}"
        return self.comment(f"{head[3:]} the token and the vendor's response. {errors}")

    def field_doc(self, x: FieldIR, role: str) -> str:
        """A member's comment: its description, its constraints, what nil means."""
        notes = [x.description.strip().rstrip(".") or f"The {x.wire} {role}"]
        notes += self.constraint_notes(x.shape)
        if x.shape.kind is Kind.UNION:
            notes.append("Holds " + self.union_doc(x.shape))
        elif x.shape.items is not None and x.shape.items.kind is Kind.UNION:
            notes.append("Each item holds " + self.union_doc(x.shape.items))
        if x.shape.values is not None and x.shape.values.has_constraints:
            each = "; ".join(self.lower_first(n) for n in self.constraint_notes(x.shape.values))
            notes.append("Each value: " + each)
        if x.spread:
            notes.append(
                "Each member is written as a claim of its own (Verify returns them in Extra)"
            )
        if role == "input" and x.optional_input:
            notes.append(self._nil_input(x))
        elif role == "member" and not x.required:
            notes.append("Optional")
        elif role == "claim" and not x.required:
            notes.append("nil when absent")
        return ". ".join(notes) + "."

    def constraint_notes(self, shape: ShapeIR) -> list[str]:
        """A value's constraints, each a sentence (``One of "dashboard"``)."""
        notes = []
        if shape.enum:
            notes.append(
                "One of " + ", ".join(json.dumps(v, ensure_ascii=False) for v in shape.enum)
            )
        if shape.max_length is not None:
            notes.append(f"At most {shape.max_length} characters")
        bounds = [
            f"at least {shape.minimum}" if shape.minimum is not None else "",
            f"at most {shape.maximum}" if shape.maximum is not None else "",
        ]
        if any(bounds):
            notes.append(" and ".join(b for b in bounds if b).capitalize())
        return notes

    def union_doc(self, shape: ShapeIR) -> str:
        """What the ``any`` of a union holds (``a string (one of "all", "some", "none") or a
        bool``)."""
        kinds = []
        for variant in shape.variants:
            notes = "; ".join(self.lower_first(n) for n in self.constraint_notes(variant))
            kinds.append(self.variant_doc(variant) + (f" ({notes})" if notes else ""))
        listed = ", ".join(kinds[:-1]) + " or " + kinds[-1] if len(kinds) > 1 else kinds[0]
        return listed

    def _nil_input(self, x: FieldIR) -> str:
        if x.source is Source.CLOCK:
            return "Optional: nil is now"
        if x.source is Source.RANDOM:
            if x.random_encoding is RandomText.UUID:
                return "Optional: nil draws a random UUID"
            return f"Optional: nil draws {x.random_bytes} random bytes ({x.random_encoding})"
        if x.now_plus is not None:
            return (
                f"Optional: nil is now + {x.now_plus} s" if x.now_plus else "Optional: nil is now"
            )
        if x.default_literal is not None:
            default = "{}" if x.default_literal == "map[string]any{}" else x.default_literal
            return f"Optional: nil is {default}"
        return "Optional"

    def class_doc(self, f: FormatIR | ExchangeIR, shape: ShapeIR) -> str:
        """What a declared object type is (``one element of scopes``)."""

        def owner(fields: tuple[FieldIR, ...]) -> str | None:
            for x in fields:
                s = x.shape
                if s.class_name == shape.class_name:
                    return f"the value of {x.wire}"
                while s.items is not None:
                    s = s.items
                    if s.class_name == shape.class_name:
                        return f"one element of {x.wire}"
                found = owner(s.properties)
                if found:
                    return found
            return None

        return owner(f.fields) or "a nested object"

    def describe(self, f: FormatIR) -> str:
        """How the format signs, in a sentence or two."""
        mac = f"HMAC-{f.hmac.upper()}"
        if f.is_jws:
            header = "{" + ", ".join(f"{k}: {v}" for k, v in f.header) + "}"
            header_fields = [x.wire for x in f.header_fields]
            header += " plus " + ", ".join(header_fields) if header_fields else ""
            payload = ", ".join(
                f"the members of {x.wire} as claims of their own" if x.spread else x.wire
                for x in f.fields_in(Placement.PAYLOAD)
            )
            mirrored = ", ".join(x.wire for x in f.mirrored)
            both = f" ({mirrored}: in both, the same value)" if mirrored else ""
            return (
                f"A JWS: the header {header} and the payload ({payload}) as JSON, each"
                f' base64url without padding, then {mac} over "header.payload"{both}.'
            )
        if f.message_is_query:
            message = "the query string before the signature parameter"
        elif f.message_is_url:
            message = 'the URL before the signature parameter (base, "?" and query)'
        else:
            parts = [
                (f"{json.dumps(p.prefix)} + " if p.prefix else "")
                + p.field.wire
                + ("" if p.encode == "text" else f" ({p.encode})")
                for p in f.message_parts
            ]
            joined = f" joined by {json.dumps(f.message_join)}" if f.message_join else ""
            listed = ", ".join(parts[:-1]) + " and " + parts[-1] if len(parts) > 1 else parts[0]
            message = listed + joined
        how = f"{mac} over {message}, {f.signature_encoding}"
        if f.is_envelope:
            carried = ", ".join(x.wire for x in f.fields if x.placement != "url")
            return how + f"; the token is the JSON object ({carried}), {f.envelope_encoding}."
        return how + "; the signature ends the query string."

    # The paste test's consumers.

    def input_literal(
        self,
        f: FormatIR | ExchangeIR,
        fields: dict[str, Any],
        pkg: str,
        only: list[FieldIR] | None = None,
    ) -> str:
        """The example's fields as a composite literal of ``pkg.Input`` (one member a line);
        ``only``: of these inputs alone."""
        lines = [f"{pkg}.Input{{"]
        for x in f.inputs if only is None else only:
            if fields.get(x.wire) is not None:
                value = self.typed_literal(x.shape, fields[x.wire], pkg)
                if x.optional_input and not self.nil_absent(x.shape):
                    value = f"ptr({self.typed(x.shape, value)})"
                lines.append(f"\t\t{x.ident}:{go_source.CELL}{value},")
        return "\n".join([*lines, "\t}"]) if len(lines) > 1 else f"{pkg}.Input{{}}"

    def typed_literal(self, shape: ShapeIR, value: Any, pkg: str) -> str:
        """A JSON value as a Go literal of the shape's type (declared types from ``pkg``)."""
        if shape.kind is Kind.ARRAY:
            assert shape.items is not None
            items = ", ".join(self.typed_literal(shape.items, v, pkg) for v in value)
            element = self.go_type(shape.items)
            return f"[]{pkg + '.' if shape.items.class_name else ''}{element}{{{items}}}"
        if shape.kind is Kind.MAP:
            assert shape.values is not None
            entries = ", ".join(
                f"{self.string_literal(k)}: {self.typed_literal(shape.values, v, pkg)}"
                for k, v in value.items()
            )
            return f"{self.go_type(shape)}{{{entries}}}"
        if shape.class_name:
            members = []
            for p in shape.properties:
                if p.wire in value:
                    literal = self.typed_literal(p.shape, value[p.wire], pkg)
                    if not p.required and not self.nil_absent(p.shape):
                        literal = f"ptr({self.typed(p.shape, literal)})"
                    members.append(f"{p.ident}: {literal}")
            return f"{pkg}.{self.class_type(shape.class_name)}{{{', '.join(members)}}}"
        return self.literal(value)
