"""The Docusaurus partial of a format: per section with code, a Tabs block whose items hold the
region's code itself (Docusaurus cannot include a region of a file)."""

from __future__ import annotations

from dataclasses import dataclass

from generator.docs.snippets import SectionCode, Snippets


@dataclass(frozen=True)
class MdxTab:
    """A ``<TabItem>``: the language (the tab group's value), its label and fence, the code."""

    value: str
    label: str
    fence: str
    body: str


@dataclass(frozen=True)
class MdxBlock:
    """A section's heading and its ``<Tabs>``."""

    title: str
    tabs: tuple[MdxTab, ...]


def mdx_blocks(snippets: Snippets) -> tuple[MdxBlock, ...]:
    """One block per section that some language has code for."""
    return tuple(_block(shown) for shown in snippets.shown)


def _block(shown: SectionCode) -> MdxBlock:
    region = shown.section.value
    tabs = tuple(
        MdxTab(c.lang.name, c.lang.label, c.lang.code_fence, c.regions[region]) for c in shown.files
    )
    return MdxBlock(shown.section.heading, tabs)
