"""What a language contributes: names, types, literals, file layout and its checks.

A language is one subclass of :class:`Language` (its module in this package), one entry in
``registry.py``, one template folder ``generator/templates/<name>/``, one image recipe
``conformance/images/<name>/`` and one adapter template.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from specmodel.model import Family, Shape

if TYPE_CHECKING:  # the IR imports the languages: at run time this would be a cycle
    from generator.ir.model import ShapeIR

SIGNING_FAMILIES = frozenset({Family.JWS, Family.ENVELOPE, Family.SIGNED_URL})


@dataclass(frozen=True)
class OutputFile:
    """A template to render once per format (``per_format``) or once per SDK."""

    template: str
    path: str  # relative to the SDK root; may contain {module} for per-format files
    per_format: bool = True
    # The format's own file: the one the docs publish whole (and cut regions from).
    published: bool = False


@dataclass(frozen=True)
class PasteRecipe:
    """How the paste test builds an empty project around one published file, and runs it.

    Paths may use ``{name}`` (the published file's name) and ``{module}`` (the format's
    module name). The consumer program prints ``token=…``, ``url=…`` and ``verified=…`` lines.
    """

    format_path: str  # where the published file goes in the empty project
    consumer_template: str  # the consumer program's template (in the language's folder)
    consumer_path: str  # where the consumer program goes
    checks: tuple[str, ...]  # the language's strict checks, run in the project
    run: str  # runs the consumer program
    project: tuple[tuple[str, str], ...] = ()  # the toolchain's own project files (path, text)
    # The consumer of an exchange format: it exchanges with the vendor at EMBEDSEAL_BASE_URL
    # and prints ``token=…``, ``url=…`` and ``expires_at=…`` (None: exchanges are not pasted).
    exchange_consumer_template: str | None = None

    def tools(self) -> list[str]:
        """The commands the recipe needs on PATH."""
        return sorted({command.split()[0] for command in (*self.checks, self.run)})


class Language(ABC):
    """One target language. Subclasses set the class attributes and the naming hooks."""

    name: str  # registry key and folder name: "python"
    label: str  # tab label in docs: "Python"
    extension: str  # "py"
    line_comment: str  # "#"
    code_fence: str  # Markdown fence language: "python"
    reserved: frozenset[str] = frozenset()
    runtime_dir: str  # where the runtime files go, relative to the SDK root
    outputs: tuple[OutputFile, ...] = ()
    checks: tuple[str, ...] = ()  # shell commands that compile and lint the SDK (run in its root)
    # The conformance adapter (generated with the SDK): build and start commands, in the SDK root.
    adapter_build: tuple[str, ...] = ()
    adapter_run: str = ""
    # The token families this language's templates generate; formats of others are skipped.
    families: frozenset[Family] = SIGNING_FAMILIES
    # Per exchange format (rendered only when ``families`` holds Family.EXCHANGE).
    exchange_outputs: tuple[OutputFile, ...] = ()
    # How the paste test runs a published file alone; None while the language's per-format
    # files still lean on a shared runtime.
    paste: PasteRecipe | None = None

    @property
    def sdk_root(self) -> str:
        """Where this language's SDK lives in the repository."""
        return f"sdks/{self.name}"

    def escape(self, identifier: str) -> str:
        """Make ``identifier`` legal where it collides with a reserved word."""
        return f"{identifier}_" if identifier in self.reserved else identifier

    @abstractmethod
    def module_name(self, format_name: str) -> str:
        """The per-format module / file / package name."""

    @abstractmethod
    def type_name(self, name: str) -> str:
        """A type (class, struct, interface) name."""

    @abstractmethod
    def member_name(self, wire_name: str) -> str:
        """A field / property / parameter name for a wire name (before escaping)."""

    @abstractmethod
    def type_expr(self, shape: Shape, class_name: str | None) -> str:
        """The type of a value of ``shape``; ``class_name`` names a declared object's type."""

    @abstractmethod
    def literal(self, value: Any) -> str:
        """A JSON value written as a literal expression of this language."""

    def empty_literal(self, shape: ShapeIR) -> str:
        """The empty value of an object or array field, the only such default a spec may give
        (the JSON literal, where the language's empty ``{}`` / ``[]`` fit every such type)."""
        return self.literal({} if shape.kind == "object" else [])

    @abstractmethod
    def string_literal(self, text: str) -> str:
        """A string literal (escaped so it compiles and means exactly ``text``)."""

    def class_prefix(self, type_prefix: str) -> str:
        """What goes in front of a declared object's type name: the format's type prefix where
        the language puts every type of a file in one flat namespace (override with "" where
        types nest in the format's class or package)."""
        return type_prefix

    def header(self, spec_path: str) -> str:
        """The "generated — do not edit" header, in this language's comment syntax."""
        return f"{self.line_comment} Code generated from {spec_path} — do not edit.\n"
