"""Docs output: dedented fragments per region, a mkdocs-material page and a Docusaurus partial."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

from generator.languages.base import Language
from generator.regions import REGIONS, extract_regions
from specmodel import Spec

DOCS_ROOT = "docs/generated"
_TITLES = {"sign": "Sign", "verify": "Verify", "url": "Embed URL"}


def render_docs(
    formats: Sequence[Spec], languages: Sequence[Language], code: Mapping[str, Mapping[str, str]]
) -> dict[str, str]:
    """Fragments, one Markdown page and one MDX partial per format."""
    files: dict[str, str] = {}
    for fmt in formats:
        missing = [lang for lang in languages if fmt.family not in lang.families]
        present: dict[str, list[Language]] = {region: [] for region in REGIONS}
        for lang in languages:
            regions = extract_regions(code.get(fmt.name, {}).get(lang.name, ""))
            for region, text in regions.items():
                if region in present:
                    files[_fragment(fmt.name, lang, region)] = text
                    present[region].append(lang)
        files[f"{DOCS_ROOT}/{fmt.name}.md"] = _markdown(fmt, present) + _not_yet(missing)
        files[f"{DOCS_ROOT}/{fmt.name}.mdx"] = _mdx(fmt, present, files) + _not_yet(missing)
    return files


def _fragment(format_name: str, lang: Language, region: str) -> str:
    return f"{DOCS_ROOT}/snippets/{format_name}/{lang.name}/{region}.{lang.extension}"


def _not_yet(missing: Sequence[Language]) -> str:
    """A note for the languages whose templates do not cover the format's family yet."""
    if not missing:
        return ""
    labels = ", ".join(lang.label for lang in missing)
    return f"\n{_NOT_YET}{labels}.\n"


_NOT_YET = "Not yet generated for "


def _markdown(fmt: Spec, present: Mapping[str, list[Language]]) -> str:
    lines = [f"# {fmt.title}", "", f"<!-- generated from {fmt.path} — do not edit -->", ""]
    for region, langs in present.items():
        if not langs:
            continue
        lines += [f"## {_TITLES[region]}", ""]
        for lang in langs:
            lines += [
                f'=== "{lang.label}"',
                "",
                f"    ```{lang.code_fence}",
                f'    --8<-- "{_fragment(fmt.name, lang, region)}"',
                "    ```",
                "",
            ]
    return "\n".join(lines)


def _mdx(fmt: Spec, present: Mapping[str, list[Language]], files: Mapping[str, str]) -> str:
    lines = [
        "import Tabs from '@theme/Tabs';",
        "import TabItem from '@theme/TabItem';",
        "import CodeBlock from '@theme/CodeBlock';",
        "",
        f"{{/* generated from {fmt.path} — do not edit */}}",
        "",
    ]
    for region, langs in present.items():
        if not langs:
            continue
        lines += [f"### {_TITLES[region]}", "", '<Tabs groupId="language">']
        for lang in langs:
            body = files[_fragment(fmt.name, lang, region)]
            lines += [
                f'  <TabItem value="{lang.name}" label="{lang.label}">',
                f'    <CodeBlock language="{lang.code_fence}">{{{_js_string(body)}}}</CodeBlock>',
                "  </TabItem>",
            ]
        lines += ["</Tabs>", ""]
    return "\n".join(lines)


def _js_string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)
