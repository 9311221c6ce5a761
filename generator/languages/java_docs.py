"""Javadoc text: escaping for a comment, paragraphs and one-line comments wrapped at 100
columns, and the sentence naming a union's variants."""

from __future__ import annotations

import json
import textwrap

from generator.ir import ShapeIR

# google-java-format's column limit: Javadoc and code alike are wrapped to it.
WIDTH = 100


class JavaDocs:
    """The Javadoc the templates write from the spec's descriptions."""

    def jd(self, text: str) -> str:
        """Text made safe for a Javadoc comment: HTML specials, ``*/``, ``@`` and backslashes
        (a backslash-u would be a Unicode escape even inside a comment)."""
        escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        escaped = escaped.replace("\\", "&#92;").replace("@", "&#64;").replace("{", "&#123;")
        return " ".join(escaped.replace("*/", "*&#47;").split())

    def doc(self, indent: int, text: str, hang: int | None = None) -> str:
        """A Javadoc paragraph or block tag, wrapped at 100 columns (continuations +4, or
        ``hang`` more spaces)."""
        pad = " " * indent + " * "
        more = pad + " " * (hang if hang is not None else 4 if text.startswith("@") else 0)
        return "\n".join(
            textwrap.wrap(
                text,
                WIDTH,
                initial_indent=pad,
                subsequent_indent=more,
                break_long_words=False,
                break_on_hyphens=False,
            )
        )

    def doc1(self, indent: int, text: str) -> str:
        """A one-sentence Javadoc comment: ``/** text */`` on one line when it fits."""
        pad = " " * indent
        line = f"{pad}/** {text} */"
        if len(line) <= WIDTH:
            return line
        return f"{pad}/**\n{self.doc(indent, text)}\n{pad} */"

    def variants_doc(self, shape: ShapeIR) -> str:
        """A union's Javadoc sentence naming the Java type (and allowed values) of each variant:
        ``A {@code String} ("all", "some" or "none") or a {@code Boolean}.``"""
        words = []
        for variant in shape.variants:
            allowed = [self.jd(json.dumps(v, ensure_ascii=False)) for v in variant.enum]
            values = " or ".join(filter(None, [", ".join(allowed[:-1]), *allowed[-1:]]))
            words.append(f"a {{@code {variant.type_expr}}}" + (f" ({values})" if values else ""))
        listed = ", ".join(words[:-1]) + " or " + words[-1]
        return listed[0].upper() + listed[1:] + "."
