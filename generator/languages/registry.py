"""The language registry: adding a language is one line here (plus its folder of templates)."""

from __future__ import annotations

from generator.languages.base import Language
from generator.languages.csharp import CSharp
from generator.languages.go import Go
from generator.languages.java import Java
from generator.languages.php import Php
from generator.languages.python import Python
from generator.languages.typescript import TypeScript

LANGUAGES: tuple[Language, ...] = (Python(), TypeScript(), Php(), Java(), CSharp(), Go())


def language(name: str) -> Language:
    """The registered language called ``name``."""
    for candidate in LANGUAGES:
        if candidate.name == name:
            return candidate
    known = ", ".join(lang.name for lang in LANGUAGES)
    raise KeyError(f"unknown language {name!r}; known: {known}")
