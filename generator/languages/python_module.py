"""The Python module's frame: imports, exports, constants, byte and JSON helpers' choices."""

from __future__ import annotations

import json
from collections.abc import Sequence

from generator.ir import ByteEncoding, FormatIR, SecretEncoding
from generator.languages import python_checks as checks
from generator.languages.python_code import PythonLiterals, concat

# Decoding may be lenient (urlsafe_b64decode skips b64decode's validation regex and drops
# stray characters): _from_* re-encodes and refuses any text that is not exactly the
# canonical spelling of the bytes it decoded to.
# binascii directly: base64's wrappers check and convert their argument again on each call, a
# fifth of a short token's decode; the same calls underneath, so the same bytes and refusals.
# Per encoding: its helpers' suffix, the encoding expression, the decoding statements (giving
# ``data``) and the test that the text is not the canonical spelling of ``data``. Padded
# base64url compares in standard base64, the bytes the decoder read (no translating back and
# decoding to text: a fifth of the decode), so it refuses the '+' and '/' let through.
_B64 = {
    ByteEncoding.BASE64: (
        "b64",
        "binascii.b2a_base64(data, newline=False).decode()",
        "data = base64.b64decode(text, validate=True)",
        "_b64(data) != text",
    ),
    ByteEncoding.BASE64URL: (
        "b64url",
        "binascii.b2a_base64(data, newline=False).translate(_TO_URL).decode()",
        'standard = text.encode("ascii").translate(_FROM_URL)\n'
        "        data = binascii.a2b_base64(standard)",
        'binascii.b2a_base64(data, newline=False) != standard or "+" in text or "/" in text',
    ),
    ByteEncoding.BASE64URL_NOPAD: (
        "b64url_nopad",
        'binascii.b2a_base64(data, newline=False).translate(_TO_URL).rstrip(b"=").decode()',
        'data = binascii.a2b_base64(\n'
        '            text.encode("ascii").translate(_FROM_URL) + b"=" * (-len(text) % 4)\n'
        '        )',
        "_b64url_nopad(data) != text",
    ),
}  # fmt: skip
_SECRET_PATTERNS = {
    SecretEncoding.BASE64: r"(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?",
    SecretEncoding.BASE64URL: (
        r"(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2}(?:==)?|[A-Za-z0-9_-]{3}=?)?"
    ),
}
# The checks whose messages name the JSON type a value has (``_kind``).
_KIND_NAMING = frozenset(
    {"_string", "_integer", "_boolean", "_array", "_free", "_mapping", "_union", "_map"}
)
_ALWAYS_SAFE = "_.-~"  # what urllib.parse.quote never encodes


class PythonModule(PythonLiterals):
    """Template helpers for a format module's frame (mixed into :class:`Python`)."""

    def imports(self, f: FormatIR) -> list[str]:
        """The import lines, grouped and sorted as ruff sorts them."""
        h = checks.helpers(f)
        needs = f.needs
        modules = {"hmac", "time"}
        b64 = [e for e in self.byte_helpers(f) if e is not ByteEncoding.HEX]  # hex: bytes.hex()
        std_decode = f.needs.decodes_with(ByteEncoding.BASE64.value)
        modules |= {"base64"} if std_decode or f.secret_encoding.value.startswith("b") else set()
        modules |= {"binascii"} if b64 or f.secret_encoding is SecretEncoding.HEX else set()
        modules |= {"json"} if needs.json_write or needs.json_read else set()
        uses_re = f.is_signed_url or f.needs.json_read or f.secret_encoding.value.startswith("b")
        modules |= {"re"} if uses_re else set()
        modules |= {"secrets"} if needs.random else set()
        modules |= {"uuid"} if needs.uuid else set()
        lines = [f"import {name}" for name in sorted(modules)]
        abc = ["Callable"] if needs.random or h & {"_array", "_union", "_map"} else []
        mappings = {"_required", "_claim", "_member", "_exactly_one", "_map"}
        abc += ["Mapping"] if h & mappings else []
        if abc:
            lines.append(f"from collections.abc import {', '.join(abc)}")
        typing = {"Any", "NamedTuple", "TypedDict", "cast"}
        typing |= {"NotRequired"} if _marks_not_required(f) else set()
        typing |= {"TypeVar"} if "_one_of" in h else set()
        lines.append(f"from typing import {', '.join(sorted(typing, key=_ruff_order))}")
        quote = "quote_plus" if f.percent_space == "+" else "quote"
        parse = [
            n for n, used in ((quote, needs.percent_encode), ("unquote", f.is_signed_url)) if used
        ]
        if parse:
            lines.append(f"from urllib.parse import {', '.join(parse)}")
        return lines

    def exports(self, f: FormatIR) -> list[str]:
        """``__all__``, sorted as ruff sorts it."""
        types = [c.class_name for c in f.classes if c.class_name is not None]
        types += [f"{f.type_prefix}{suffix}" for suffix in ("Claims", "Error", "Input", "Signed")]
        embed_url = ["embed_url"] if f.has_url and not f.is_signed_url else []
        functions = [*embed_url, "sign", "verify"]
        return sorted(types) + functions

    def tuple_literal(self, items: Sequence[str]) -> str:
        """A tuple display of already-written literals."""
        return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"

    def response_members(self, f: FormatIR) -> str:
        """The response's member names, for its docstring."""
        return ", ".join(f"``{r.name}``" for r in f.response)

    def key_doc(self, f: FormatIR) -> str:
        """What the key is, for ``_key``'s docstring."""
        minimum = f" of at least {f.min_key_bytes} bytes" if f.min_key_bytes > 1 else ""
        return {
            SecretEncoding.UTF8: "the secret's UTF-8 bytes",
            SecretEncoding.HEX: "the secret hex-decoded",
            SecretEncoding.BASE64: "the secret base64-decoded",
            SecretEncoding.BASE64URL: "the secret base64url-decoded",
        }[f.secret_encoding] + minimum

    def secret_pattern(self, f: FormatIR) -> str:
        """The regular expression a base64 secret must match."""
        return _SECRET_PATTERNS[f.secret_encoding]

    def uses_kind(self, h: frozenset[str]) -> bool:
        """Whether a type check names the JSON type it got (``_kind``)."""
        return bool(h & _KIND_NAMING)

    # ---------------------------------------------------------------- checks

    def byte_helpers(self, f: FormatIR) -> list[ByteEncoding]:
        """The byte encodings the file needs helpers for."""
        return sorted(f.needs.encodes | f.needs.decodes, key=lambda e: e.value)

    def url_tables(self, f: FormatIR) -> bool:
        """Whether the file reads or writes URL-safe base64 (the translation tables)."""
        urlsafe = (ByteEncoding.BASE64URL, ByteEncoding.BASE64URL_NOPAD)
        return any(e in urlsafe for e in self.byte_helpers(f))

    def b64_name(self, encoding: ByteEncoding) -> str:
        return _B64[encoding][0]

    def b64_encode(self, encoding: ByteEncoding) -> str:
        return _B64[encoding][1]

    def b64_decode(self, encoding: ByteEncoding) -> str:
        return _B64[encoding][2]

    def b64_not_canonical(self, encoding: ByteEncoding) -> str:
        return _B64[encoding][3]

    def b64_doc(self, encoding: ByteEncoding) -> str:
        padding = "without" if encoding is ByteEncoding.BASE64URL_NOPAD else "with"
        alphabet = "URL-safe" if encoding is not ByteEncoding.BASE64 else "standard"
        return f"Canonical {alphabet} base64 {padding} padding"

    def json_doc(self, f: FormatIR) -> str:
        j = f.json
        ascii_text = "non-ASCII escaped" if j.ascii_only else "non-ASCII as UTF-8"
        sort = ", keys sorted" if j.sort_keys else ""
        return f"{j.item_separator!r} and {j.key_separator!r} as separators, {ascii_text}{sort}"

    def dumps_args(self, f: FormatIR) -> str:
        j = f.json
        args = f"separators=({j.item_separator_literal}, {j.key_separator_literal})"
        args += f", ensure_ascii={j.ascii_only}"
        return args + (", sort_keys=True" if j.sort_keys else "")

    def header_literal(self, f: FormatIR) -> str:
        """The JWS header ``_HEADER`` spells, as a Python dict display (its members are text,
        numbers or booleans)."""
        assert f.header_json is not None  # asked only of a fixed header (header_segment)
        members = json.loads(f.header_json)
        items = [f"{self.string_literal(k)}: {_literal(v)}" for k, v in members.items()]
        return "{" + ", ".join(items) + "}"

    def percent_stays(self, f: FormatIR) -> str:
        """The bytes literal of what ``_percent`` keeps: letters, digits and the safe set (a
        space never: quote_plus turns it into ``+`` even when it is safe)."""
        letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        kept = letters + "".join(c for c in f.percent_safe if c != " ")
        return "b" + self.string_literal(kept)

    def percent_expr(self, f: FormatIR) -> str:
        """The ``quote`` call of the format's percent rule (space as %20, or + via quote_plus)."""
        safe = "".join(c for c in f.percent_safe if c not in _ALWAYS_SAFE)
        func = "quote_plus" if f.percent_space == "+" else "quote"
        expr = f"{func}(text, safe={self.string_literal(safe)})"
        for char in _ALWAYS_SAFE:  # quote keeps these; a rule without them encodes them
            if char not in f.percent_safe:
                expr += f'.replace("{char}", "%{ord(char):02X}")'
        return expr

    # ---------------------------------------------------------------- URLs

    def encode_expr(self, encoding: ByteEncoding | None, data: str) -> str:
        """``data`` (bytes) as text in ``encoding``."""
        assert encoding is not None
        if encoding is ByteEncoding.HEX:
            return f"{data}.hex()"
        return f"_{_B64[encoding][0]}({data})"

    def decode_expr(self, encoding: ByteEncoding | None, text: str) -> str:
        """``text`` canonically decoded from ``encoding``."""
        assert encoding is not None
        name = "hex" if encoding is ByteEncoding.HEX else _B64[encoding][0]
        return f"_from_{name}({text})"

    def concat(self, indent: int, prefix: str, terms: list[str]) -> str:
        """``prefix a + b + c``, wrapped as ``ruff format`` wraps it."""
        return concat(indent, prefix, terms)


def _literal(value: object) -> str:
    """A JSON scalar as Python source: True/False, an integer, a double-quoted string."""
    if isinstance(value, bool | int):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    raise ValueError(f"python: a JWS header member {value!r} is not text, a number or a boolean")


def _ruff_order(name: str) -> tuple[bool, str]:
    """ruff's order of ``from typing import …``: classes first, each group case-insensitively."""
    return (not name[0].isupper(), name.lower())


def _marks_not_required(f: FormatIR) -> bool:
    """Whether a TypedDict of the module has a ``NotRequired`` member: an input the caller
    may leave out, a claim a token may lack, or an optional member of a declared object."""
    declared = (p for c in f.classes for p in c.properties)
    return any(x.optional_input for x in f.inputs) or any(
        not x.required for x in (*f.claims, *declared)
    )
