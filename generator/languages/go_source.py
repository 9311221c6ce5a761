"""Go source text without the Go toolchain: literals, comments, imports and gofmt's alignment.

The generator stays a pure Python function of the specs, so it cannot run ``gofmt``; the Go
templates therefore mark alignment cells with ``\\v`` and leave an ``IMPORTS`` line, and
:func:`finish` turns that into what gofmt prints (``gofmt -l`` in the SDK checks and the paste
test proves it).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable

CELL = "\v"  # separates the cells gofmt aligns (field name | type | comment, key | value)
IMPORTS = "IMPORTS"  # the template's placeholder line for the import block
NOTHING = "\x00"  # a line standing for no statements (dropped, blank lines around it kept once)

# Standard library packages the generated files may use, by the name code refers to them.
_PACKAGES = {
    "base64": "encoding/base64",
    "bufio": "bufio",
    "bytes": "bytes",
    "context": "context",
    "errors": "errors",
    "fmt": "fmt",
    "hash": "hash",
    "hex": "encoding/hex",
    "hmac": "crypto/hmac",
    "http": "net/http",
    "io": "io",
    "json": "encoding/json",
    "net": "net",
    "os": "os",
    "rand": "crypto/rand",
    "runtime": "runtime",
    "sha1": "crypto/sha1",
    "sha256": "crypto/sha256",
    "sha512": "crypto/sha512",
    "sort": "sort",
    "strconv": "strconv",
    "strings": "strings",
    "time": "time",
    "url": "net/url",
    "utf16": "unicode/utf16",
    "utf8": "unicode/utf8",
}
_SELECTOR = re.compile(r"(?<![\w.])([a-z][a-z0-9]*)\.[A-Za-z_]")
_CODE_PIECES = re.compile(r'`[^`]*`|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'|//[^\n]*')
_LIST_START = re.compile(r"^(?:[-+*•]|\d+[.)]|#)(?:\s|$)")


def string(text: str) -> str:
    """A Go string literal meaning exactly ``text``: raw when that reads better."""
    printable = all(ch >= " " and ch != "\x7f" for ch in text)
    if ('"' in text or "\\" in text) and printable and "`" not in text:
        return f"`{text}`"
    return json.dumps(text, ensure_ascii=False)


def unquote(literal: str) -> str:
    """The text of a literal :func:`string` wrote."""
    return literal[1:-1] if literal.startswith("`") else str(json.loads(literal))


def comment(text: str, indent: str = "", width: int = 96) -> str:
    """``text`` as ``//`` lines (wrapped; no line starts like a doc-comment list or heading)."""
    words = " ".join(text.split()).split(" ") if text.strip() else [""]
    lines: list[str] = []
    for word in words:
        if lines and (len(lines[-1]) + 1 + len(word) <= width or _LIST_START.match(word)):
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "\n".join(f"{indent}// {line}".rstrip() for line in lines)


def one_line(text: str) -> str:
    """``text`` on one line (for trailing comments)."""
    return " ".join(text.split())


def finish(body: str, local_imports: tuple[str, ...] = ()) -> str:
    """The template's output as gofmt prints it: imports filled in, cells aligned."""
    lines = [line.rstrip() for line in body.split("\n") if line != NOTHING]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")  # the template ends the line
    return _align(_imports(text, local_imports))


def _imports(body: str, local_imports: tuple[str, ...]) -> str:
    if IMPORTS not in body:
        return body
    code = _CODE_PIECES.sub(" ", body)
    used = sorted({_PACKAGES[name] for name in _SELECTOR.findall(code) if name in _PACKAGES})
    groups = [[f'\t"{path}"' for path in used], [f'\t"{path}"' for path in local_imports]]
    lines = "\n\n".join("\n".join(group) for group in groups if group)
    block = (
        f'import "{used[0]}"' if len(used) == 1 and not local_imports else f"import (\n{lines}\n)"
    )
    return body.replace(IMPORTS, block, 1)


def _align(text: str) -> str:
    """Align runs of lines holding cells, as text/tabwriter does for gofmt (padding 1)."""
    out: list[str] = []
    run: list[tuple[str, list[str]]] = []  # (indentation, cells) of consecutive lines

    def flush() -> None:
        aligned = _tabwrite([cells for _, cells in run])
        out.extend(indent + line for (indent, _), line in zip(run, aligned, strict=True))
        run.clear()

    for line in text.split("\n"):
        if CELL not in line:
            flush()
            out.append(line)
            continue
        stripped = line.lstrip("\t")
        indent = line[: len(line) - len(stripped)]
        if run and run[-1][0] != indent:
            flush()
        run.append((indent, stripped.split(CELL)))
    flush()
    return "\n".join(out)


def _tabwrite(lines: list[list[str]]) -> list[str]:
    """Each terminated cell padded to its column block's width + 1; the last cell is free.

    A column block is a run of contiguous lines that all have that column terminated
    (text/tabwriter's rule, which gofmt uses).
    """
    padded = [list(cells) for cells in lines]
    columns = max((len(cells) - 1 for cells in lines), default=0)
    for col in range(columns):
        row = 0
        while row < len(lines):
            if col >= len(lines[row]) - 1:
                row += 1
                continue
            start = row
            while row < len(lines) and col < len(lines[row]) - 1:
                row += 1
            width = max(len(lines[r][col]) for r in range(start, row)) + 1
            for r in range(start, row):
                padded[r][col] = lines[r][col].ljust(width)
    return ["".join(cells).rstrip() for cells in padded]


def to_json(literal: str) -> str:
    """A Go literal of a JSON scalar (a string, a number, true/false/nil) as JSON text."""
    if literal.startswith(("`", '"')):
        return json.dumps(unquote(literal))
    if literal.startswith("int64("):
        return literal[len("int64(") : -1]
    return "null" if literal == "nil" else literal


def merge_appends(buf: str, lines: list[str], append: Callable[[str, str], str]) -> list[str]:
    """Appends of constants joined: into one (``b = append(b, "ab"...)``), or into the value
    written next (``b = appendString(append(b, `"k":`...), v)``). ``append(buf, text)`` writes
    the statement appending a constant."""
    out: list[str] = []
    head = f"{buf} = append({buf}, "
    for line in lines:
        indent = line[: len(line) - len(line.lstrip("\t"))]
        code = line[len(indent) :]
        previous = out[-1][len(indent) :] if out and out[-1].startswith(indent) else "\t"
        constant = _constant(previous, head) if not previous.startswith("\t") else None
        if constant is not None:
            following = _constant(code, head)
            if following is not None:
                out[-1] = indent + append(buf, constant + following)
                continue
            call = _call_on(code, buf)
            if call is not None:
                inner = append(buf, constant).split(" = ", 1)[1]
                rest = code[len(f"{buf} = {call}({buf}") :]
                out[-1] = indent + f"{buf} = {call}({inner}{rest}"
                continue
        out.append(line)
    return out


def _call_on(code: str, buf: str) -> str | None:
    """The function of ``buf = f(buf, ...)`` (or ``buf = x.f(buf)``), else None."""
    if not code.startswith(f"{buf} = "):
        return None
    call, _, rest = code[len(buf) + 3 :].partition("(")
    return call if rest.startswith((buf + ",", buf + ")")) else None


def _constant(code: str, head: str) -> str | None:
    """The constant of ``b = append(b, "text"...)`` or ``b = append(b, 'c')``, else None."""
    if not code.startswith(head):
        return None
    arg = code[len(head) :]
    if arg.endswith("...)") and _one_literal(arg[:-4]):
        return unquote(arg[:-4])
    if arg.startswith("'") and arg.endswith("')"):
        body = arg[1:-2]
        return {"\\n": "\n", "\\t": "\t", "\\r": "\r", "\\'": "'", "\\\\": "\\"}.get(body, body)
    return None


def _one_literal(text: str) -> bool:
    if text.startswith("`"):
        return text.count("`") == 2 and text.endswith("`")
    if not text.startswith('"'):
        return False
    try:
        return isinstance(json.loads(text), str)
    except ValueError:
        return False
