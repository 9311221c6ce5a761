"""A format's published files as the docs see them: per language its file, per section the
languages whose file has that region."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from generator.docs.paths import published_path
from generator.docs.sections import Section
from generator.languages.base import Language
from generator.published import Published
from generator.regions import extract_regions
from specmodel import Spec


@dataclass(frozen=True)
class PublishedCode:
    """One language's file for the format: where the SDK and the docs have it, its regions."""

    lang: Language
    sdk_path: str  # relative to the SDK root: how the package names it
    docs_path: str
    text: str
    regions: Mapping[str, str]  # region name → its code, dedented


@dataclass(frozen=True)
class SectionCode:
    """A section and the files (in language order) that have its region."""

    section: Section
    files: tuple[PublishedCode, ...]


@dataclass(frozen=True)
class Snippets:
    """What a format's page can show: every wanted section (maybe without code), every file."""

    sections: tuple[SectionCode, ...]
    files: tuple[PublishedCode, ...]

    @property
    def shown(self) -> tuple[SectionCode, ...]:
        """The sections some language has code for."""
        return tuple(s for s in self.sections if s.files)

    def languages(self, section: Section) -> tuple[Language, ...]:
        """The languages whose file has ``section``'s region."""
        return next(
            (tuple(c.lang for c in s.files) for s in self.sections if s.section is section), ()
        )

    def file(self, lang_name: str) -> PublishedCode | None:
        """``lang_name``'s file, if the format has one in that language."""
        return next((code for code in self.files if code.lang.name == lang_name), None)


def collect(
    fmt: Spec,
    supporting: Sequence[Language],
    code: Mapping[str, Mapping[str, Published]],
    wanted: Sequence[Section],
) -> Snippets:
    """The files of ``fmt`` that have a wanted region, in language order."""
    files = tuple(
        published
        for lang in supporting
        if (published := _published(fmt, lang, code)) is not None
        and set(published.regions) & set(wanted)
    )
    sections = tuple(
        SectionCode(section, tuple(f for f in files if section in f.regions)) for section in wanted
    )
    return Snippets(sections, files)


def _published(
    fmt: Spec, lang: Language, code: Mapping[str, Mapping[str, Published]]
) -> PublishedCode | None:
    published = code.get(fmt.name, {}).get(lang.name)
    if published is None:
        return None
    docs_path = published_path(fmt.name, lang, published.path)
    regions = extract_regions(published.text)
    return PublishedCode(lang, published.path, docs_path, published.text, regions)
