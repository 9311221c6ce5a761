"""The docs site in a real browser: Debian's chromium, headless, driven by chromedriver.

Opens one format page, clicks every language tab of the Sign section, and checks that every
code block shown (Sign, Verify, Embed URL: the tabs are linked) is exactly the generated
region of the published file. Saves a screenshot to build/docs-screenshot.png. At 1400 px, no
page scrolls sideways, no code block of at most 100 columns and no table is cut, and the
Conformance page shows its adapters as a list under a label naming the run's backend.

Skipped when chromium or chromedriver is missing, except under CI=true, where it fails.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from docs_site import REPO, Site

from generator.languages.registry import LANGUAGES
from generator.regions import extract_regions

pytestmark = pytest.mark.docs_site

FORMAT = "papermap-iframe"
SECTIONS = {"sign": "sign", "verify": "verify", "embed-url": "url"}  # h2 id → region
SCREENSHOT = REPO / "build" / "docs-screenshot.png"


def test_every_language_tab_shows_the_generated_fragment(
    browser: Any, served: str, built_site: Site
) -> None:
    from selenium.webdriver.common.by import By

    browser.get(f"{served}/generated/{FORMAT}/")
    assert "Papermap" in browser.title
    sets = {
        section: browser.find_element(
            By.XPATH, f"//h2[@id='{section}']/following-sibling::div[contains(@class,'tabbed-set')]"
        )
        for section in SECTIONS
    }
    labels = sets["sign"].find_elements(By.CSS_SELECTOR, ".tabbed-labels > label")
    by_label = {lang.label: lang for lang in LANGUAGES}
    assert [label.text for label in labels] == [lang.label for lang in LANGUAGES]

    checked = 0
    for label in labels:
        lang = by_label[label.text]
        browser.execute_script("arguments[0].scrollIntoView({block: 'center'});", label)
        label.click()
        for section, region in SECTIONS.items():
            visible = [
                block
                for block in sets[section].find_elements(By.CSS_SELECTOR, ".tabbed-block")
                if block.is_displayed()
            ]
            assert len(visible) == 1, f"{section}: {len(visible)} visible blocks after {lang.label}"
            shown = (
                visible[0].find_element(By.CSS_SELECTOR, "pre code").get_attribute("textContent")
            )
            folder = built_site.root / f"docs/generated/snippets/{FORMAT}/{lang.name}"
            (path,) = [
                p
                for p in folder.iterdir()
                if p.suffix == f".{lang.extension}" and p.stem != "endpoint"
            ]
            expected = extract_regions(path.read_text(encoding="utf-8"))[region]
            assert shown.strip("\n") == expected.strip("\n"), (
                f"{section} / {lang.label}: shown code != the {region} region of {path.name}"
            )
            checked += 1
    assert checked == len(LANGUAGES) * len(SECTIONS)

    # Leave the Go tab selected (the last one clicked) and photograph the Sign section.
    browser.execute_script(
        "arguments[0].scrollIntoView({block: 'start'});",
        browser.find_element(By.ID, "sign"),
    )
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    assert browser.save_screenshot(str(SCREENSHOT))
    assert SCREENSHOT.stat().st_size > 10_000
    assert Path(SCREENSHOT).is_file()


# Per code block and table: (longest line in columns, overflows its box); and the page.
_WIDTHS = """
const blocks = [...document.querySelectorAll('.md-content pre > code')].map(code => [
  Math.max(...code.textContent.split('\\n').map(line => line.length)),
  code.scrollWidth > code.clientWidth + 1]);
const tables = [...document.querySelectorAll('.md-content .md-typeset__scrollwrap')].map(
  wrap => wrap.scrollWidth > wrap.clientWidth + 1);
return [blocks, tables, document.documentElement.scrollWidth, window.innerWidth];
"""


@pytest.mark.parametrize("page", [f"generated/{FORMAT}/", "conformance/"])
def test_nothing_is_cut_at_1400_px(browser: Any, served: str, page: str) -> None:
    browser.get(f"{served}/{page}")
    blocks, tables, page_width, window = browser.execute_script(_WIDTHS)
    assert window == 1400 and page_width <= window
    cut = [columns for columns, overflows in blocks if overflows and columns <= 100]
    assert not cut, f"{page}: code blocks of {cut} columns scroll sideways"
    assert not any(tables), f"{page}: {sum(tables)} of {len(tables)} tables scroll sideways"


def test_the_conformance_page_lists_the_adapters_of_the_latest_run(
    browser: Any, served: str
) -> None:
    from selenium.webdriver.common.by import By

    browser.get(f"{served}/conformance/")
    label = browser.find_element(By.XPATH, "//p[contains(., 'build/conformance/summary.md')]")
    assert "the latest local run of nox -s conformance" in label.text
    items = browser.find_elements(
        By.XPATH, "//p[starts-with(., 'Adapters')]/following-sibling::*[1][self::ul]/li"
    )
    assert [item.text.split(":")[0] for item in items] == ["python", "go"]
    assert "embedseal-harness-" not in browser.page_source
    assert str(REPO) not in browser.page_source
