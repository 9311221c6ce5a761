"""Content tabs: a label, the code fence's language and the file (or region) the tab includes."""

from __future__ import annotations

from dataclasses import dataclass

from generator.docs.sections import Section
from generator.docs.snippets import PublishedCode, SectionCode
from generator.languages.base import Language


@dataclass(frozen=True)
class Tab:
    """One tab: ``=== "label"`` around a fenced ``--8<-- "include"``."""

    label: str
    fence: str
    include: str


@dataclass(frozen=True)
class TabSet:
    """A section of tabs: its heading and intro, and the tabs."""

    title: str
    intro: str
    tabs: tuple[Tab, ...]


def code_tab(lang: Language, include: str) -> Tab:
    """A tab in ``lang``'s code fence."""
    return Tab(lang.label, lang.code_fence, include)


def region_tab(code: PublishedCode, section: Section) -> Tab:
    """The tab that shows ``section``'s region of a published file."""
    return code_tab(code.lang, f"{code.docs_path}:{section.value}")


def region_set(shown: SectionCode) -> TabSet:
    """A section with code: one tab per language whose file has the region."""
    section = shown.section
    tabs = tuple(region_tab(code, section) for code in shown.files)
    return TabSet(section.heading, section.intro, tabs)
