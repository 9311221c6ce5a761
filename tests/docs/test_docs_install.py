"""The Install section of a format page (issue 11, item 4): per language, the install line and
the import line, with the names the generated packages publish under.

Rendered for the repository's embedseal.yaml and for a fictional vendor's description
(tests/fixtures/acme-package.yaml). The languages whose templates follow the description show
its names; every tab names exactly what the rendered package metadata and the published file
say (pyproject.toml, package.json, composer.json, pom.xml, the .csproj, go.mod; the file's own
module, namespace or package), so a page can never advertise a package that is not built.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

import pytest
from docs_site import REPO

from generator.languages.registry import LANGUAGES
from generator.render import render
from specmodel import load_all
from specmodel.package import Package
from specmodel.package_load import load_package

FORMAT = "papermap-iframe"
PAGE = f"docs/generated/{FORMAT}.md"
SNIPPETS = f"docs/generated/snippets/{FORMAT}"
_TAB = re.compile(
    r'=== "(?P<label>[^"]+)"\n\n'
    r"    ```(?P<install_fence>\w+)\n(?P<install>(?:    .*\n)+?)    ```\n\n"
    r"    ```(?P<imports_fence>\w+)\n    (?P<imports>.*)\n    ```\n"
)


@dataclass(frozen=True)
class Tab:
    install: str
    install_fence: str
    imports: str
    imports_fence: str


@dataclass(frozen=True)
class Rendered:
    pkg: Package
    files: dict[str, str]

    def tabs(self, page: str = PAGE) -> dict[str, Tab]:
        """The Install section's tabs, by label, in page order."""
        text = self.files[page]
        section = text[text.index("## Install\n") : text.index("\n## ", text.index("## Install"))]
        return {
            m["label"]: Tab(
                "\n".join(line.removeprefix("    ") for line in m["install"].splitlines()),
                m["install_fence"],
                m["imports"],
                m["imports_fence"],
            )
            for m in _TAB.finditer(section)
        }

    def published(self, lang: str) -> str:
        """The text of the page's published file in ``lang``."""
        (path,) = [
            p for p in self.files if p.startswith(f"{SNIPPETS}/{lang}/") and "endpoint" not in p
        ]
        return self.files[path]


@pytest.fixture(scope="module", params=["embedseal.yaml", "tests/fixtures/acme-package.yaml"])
def rendered(request: pytest.FixtureRequest) -> Rendered:
    pkg = load_package(REPO / request.param)
    return Rendered(pkg, render(load_all(), package=pkg))


def test_the_install_section_comes_first_with_a_tab_per_language(rendered: Rendered) -> None:
    page = rendered.files[PAGE]
    assert page.index("## Install") < page.index("## Sign") < page.index("## The whole file")
    assert page.count("## Install") == 1
    tabs = rendered.tabs()
    assert list(tabs) == [lang.label for lang in LANGUAGES]
    for lang in LANGUAGES:
        assert tabs[lang.label].imports_fence == lang.code_fence, lang.name
    assert "(see [The whole file](#the-whole-file))" in page


def test_python_java_and_go_use_the_package_description(rendered: Rendered) -> None:
    pkg, tabs = rendered.pkg, rendered.tabs()
    assert tabs["Python"].install == f"pip install {pkg.python_distribution}"
    assert (
        tabs["Python"].imports == f"from {pkg.python_package}.papermap_iframe import sign, verify"
    )
    assert tabs["Java"].install_fence == "xml"
    assert tabs["Java"].install == (
        f"<dependency>\n  <groupId>{pkg.maven_group_id}</groupId>\n"
        f"  <artifactId>{pkg.maven_artifact_id}</artifactId>\n"
        f"  <version>{pkg.version}</version>\n</dependency>"
    )
    assert tabs["Java"].imports == f"import {pkg.java_package}.papermapiframe.PapermapIframe;"
    assert tabs["Go"].install == f"go get {pkg.go_module}@v{pkg.version}"
    assert tabs["Go"].imports == f'import "{pkg.go_module}/papermapiframe"'
    if pkg.name == "acme-embed":
        for label in ("Python", "Java", "Go"):
            assert "embedseal" not in tabs[label].install + tabs[label].imports, label
        assert tabs["Go"].install == "go get go.acme.example/embed@v2.3.4"


def test_every_tab_names_what_the_generated_package_publishes(rendered: Rendered) -> None:
    files, tabs = rendered.files, rendered.tabs()
    pyproject = re.search(r'^name = "([^"]+)"', files["sdks/python/pyproject.toml"], re.M)
    assert pyproject and tabs["Python"].install == f"pip install {pyproject[1]}"
    package_json = json.loads(files["sdks/typescript/package.json"])
    assert tabs["TypeScript"].install == f"npm install {package_json['name']}"
    composer = json.loads(files["sdks/php/composer.json"])
    assert tabs["PHP"].install == f"composer require {composer['name']}"
    pom = files["sdks/java/pom.xml"]
    for tag in ("groupId", "artifactId", "version"):
        element = re.search(rf"<{tag}>[^<]+</{tag}>", pom)
        assert element and f"  {element[0]}\n" in tabs["Java"].install, tag
    (csproj,) = [text for path, text in files.items() if path.endswith(".csproj")]
    package_id = re.search(r"<PackageId>([^<]+)</PackageId>", csproj)
    assert package_id and tabs["C#"].install == f"dotnet add package {package_id[1]}"
    module = re.search(r"^module (\S+)$", files["sdks/go/go.mod"], re.M)
    assert module and tabs["Go"].install.startswith(f"go get {module[1]}@v")


def test_every_import_line_names_the_published_file(rendered: Rendered) -> None:
    files, tabs = rendered.files, rendered.tabs()
    python = re.fullmatch(r"from ([\w.]+) import sign, verify", tabs["Python"].imports)
    assert python
    assert f"sdks/python/src/{python[1].replace('.', '/')}.py" in files
    typescript = re.fullmatch(
        r'import \{ sign, verify \} from "(.+)/([\w-]+)";', tabs["TypeScript"].imports
    )
    assert typescript and typescript[1] == json.loads(files["sdks/typescript/package.json"])["name"]
    assert re.search(r"^export (async )?function sign\(", rendered.published("typescript"), re.M)
    php = re.fullmatch(r"use (.+)\\(\w+);", tabs["PHP"].imports)
    assert php and f"\nnamespace {php[1]};\n" in rendered.published("php")
    assert re.search(rf"^(final )?class {php[2]}\b", rendered.published("php"), re.M)
    java = re.fullmatch(r"import ([\w.]+)\.(\w+);", tabs["Java"].imports)
    assert java and f"\npackage {java[1]};\n" in rendered.published("java")
    assert re.search(rf"^public final class {java[2]}\b", rendered.published("java"), re.M)
    csharp = re.fullmatch(r"using ([\w.]+);", tabs["C#"].imports)
    assert csharp and f"\nnamespace {csharp[1]}\n" in rendered.published("csharp")
    go = re.fullmatch(r'import "(.+)/(\w+)"', tabs["Go"].imports)
    module = re.search(r"^module (\S+)$", files["sdks/go/go.mod"], re.M)
    assert go and module and go[1] == module[1]
    assert f"\npackage {go[2]}\n" in rendered.published("go")


def test_an_exchange_page_imports_its_exchange_entry_points(rendered: Rendered) -> None:
    tabs = rendered.tabs("docs/generated/semaphor-token.md")
    assert {"Python", "TypeScript"} <= set(tabs)
    python = f"from {rendered.pkg.python_package}.semaphor_token import exchange, revoke"
    assert tabs["Python"].imports == python
    assert tabs["TypeScript"].imports.startswith("import { exchange, revoke } from ")
