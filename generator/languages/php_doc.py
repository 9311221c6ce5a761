"""PHP doc comments: paragraphs wrapped at 120 columns, text that cannot end the comment, and
the phpdoc (phpstan / Psalm) types of JSON values."""

from __future__ import annotations

import re
import textwrap
from typing import TYPE_CHECKING

from generator.languages.php_code import PhpCode

if TYPE_CHECKING:
    from generator.ir import ShapeIR


class PhpDoc(PhpCode):
    """Template helpers for doc comments (mixed into :class:`generator.languages.php.Php`)."""

    def wrap(self, text: str, indent: int, hang: int = 0) -> str:
        """A doc-comment paragraph: `` * `` lines of at most 120 columns, continuation lines
        indented by ``hang`` more."""
        head = " " * indent + " * "
        return "\n".join(
            textwrap.wrap(
                text,
                width=120,
                initial_indent=head,
                subsequent_indent=head + " " * hang,
                break_long_words=False,
                break_on_hyphens=False,
            )
        )

    def doc(self, text: str) -> str:
        """Text for a doc comment: one line, and a ``*/`` in it cannot end the comment."""
        return " ".join(text.split()).replace("*/", "*\\/")

    def doc_type(self, shape: ShapeIR) -> str:
        """A phpdoc (phpstan / Psalm) type for a JSON value of ``shape``, as sign takes it."""
        simple = {"string": "string", "integer": "int", "unix-time": "int", "boolean": "bool"}
        if shape.kind in simple:
            return simple[shape.kind]
        if shape.kind == "array":
            items = self.doc_type(shape.items) if shape.items is not None else "mixed"
            return f"list<{items}>"
        if shape.kind == "map" and shape.values is not None:
            # An integer-like key ("10") is an int in a PHP array; the SDK reads keys as strings.
            return f"array<string, {self.doc_type(shape.values)}>"
        if shape.kind == "union":
            # Alphabetical, as PHP-CS-Fixer's phpdoc_types_order writes a union: bool|string.
            return "|".join(sorted({self.doc_type(v) for v in shape.variants}))
        if not shape.properties:
            return "array<string, mixed>|\\stdClass"
        members = ", ".join(
            f"{self.shape_key(p.wire)}{'' if p.required else '?'}: {self.doc_type(p.shape)}"
            for p in shape.properties
        )
        return f"array{{{members}}}|\\stdClass"

    def shape_key(self, wire: str) -> str:
        """A key of a phpdoc array shape (quoted unless it is an identifier)."""
        return wire if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", wire) else self.string_literal(wire)
