"""The token inspector of a format page, in headless Chromium, against the CLI doctor.

For one format of each signing family, the inspector gets a good token, a wrong secret, a
re-spaced payload and an expired token (tests/docs/inspector_cases.py; the whole diagnosis
corpus runs in tests/docs/test_docs_corpus.py), and must say what
``python -m embedseal_cli explain --json`` says of the same input: the same error code (none
when accepted) and the same first cause. It sends no request and stores nothing. Saves a
screenshot of the inspector to build/inspector-screenshot.png.
"""

from __future__ import annotations

from typing import Any

import pytest
from docs_site import REPO
from inspector_cases import FORMATS, KINDS, Case, case, explain

pytestmark = pytest.mark.docs_site

SCREENSHOT = REPO / "build" / "inspector-screenshot.png"

# Fill the form through the DOM: send_keys would type a 1 kB URL key by key.
_FILL = """
const [root, token, secret, now] = arguments;
root.querySelector('[name=token]').value = token;
root.querySelector('[name=secret]').value = secret;
root.querySelector('[name=now]').value = now;
window.__resources = performance.getEntriesByType('resource').length;
root.querySelector('[data-role=result]').replaceChildren();
root.querySelector('button').click();
"""
_READ = """
const root = arguments[0];
const verdict = root.querySelector('[data-role=result] [data-role=verdict]');
if (verdict === null) return null;
return {
  ok: verdict.dataset.ok, code: verdict.dataset.code ?? null, text: verdict.textContent,
  causes: [...root.querySelectorAll('[data-cause]')].map(li => [li.dataset.cause, li.textContent]),
  times: Object.fromEntries([...root.querySelectorAll('[data-time]')].map(
    row => [row.dataset.time, [...row.cells].map(cell => cell.textContent)])),
  requests: performance.getEntriesByType('resource').length - window.__resources,
  stored: localStorage.length + sessionStorage.length,
};
"""


def _inspect(browser: Any, served: str, c: Case) -> dict[str, Any]:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    if not browser.current_url.startswith(f"{served}/generated/{c.format}/"):
        browser.get(f"{served}/generated/{c.format}/")
    root = browser.find_element(By.CSS_SELECTOR, f".embedseal-inspector[data-format='{c.format}']")
    WebDriverWait(browser, 10).until(lambda _: root.get_attribute("data-ready") == "true")
    browser.execute_script(_FILL, root, c.token, c.secret, str(c.now))
    shown: dict[str, Any] = WebDriverWait(browser, 10).until(
        lambda _: browser.execute_script(_READ, root)
    )
    return shown


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("format_name", FORMATS)
def test_the_inspector_agrees_with_the_cli(
    browser: Any, served: str, format_name: str, kind: str
) -> None:
    c = case(format_name, kind)
    shown = _inspect(browser, served, c)
    report = explain(c)
    verdict = report["verdict"]
    assert shown["ok"] == ("true" if verdict["ok"] else "false"), shown["text"]
    assert (shown["code"] or None) == verdict["error"], shown["text"]
    cli_causes = [d["cause"] for d in report["diagnoses"]]
    causes = [cause for cause, _ in shown["causes"]]
    assert causes[:1] == cli_causes[:1], f"browser {shown['causes']}, CLI {report['diagnoses']}"
    assert shown["requests"] == 0 and shown["stored"] == 0, "the inspector sent or stored data"
    assert c.secret not in browser.find_element("css selector", "[data-role=result]").text
    if kind == "wrong-secret":
        assert causes == ["wrong-secret-or-altered"]
    if kind == "respaced" and verdict["error"] == "bad_signature":
        assert causes == ["json-respaced"] and "byte " in shown["causes"][0][1]
    if kind == "expired":
        # The times, in Unix seconds and ISO 8601 UTC, as the CLI shows them; and the leeway.
        cli_times = {f["name"]: [f["name"], str(f["value"]), f["iso"]] for f in report["fields"]}
        cli_times = {name: row for name, row in cli_times.items() if row[2] is not None}
        assert cli_times and all(shown["times"][name] == row for name, row in cli_times.items())
        assert shown["times"]["now"][1] == str(c.now)
        assert "leeway" in shown["causes"][0][1]


def test_a_secret_read_as_hex_is_proven_for_a_jws(browser: Any, served: str) -> None:
    """A JWS key the format cannot spell in its own encoding is MACed on the signing input."""
    c = case("tinybird-jwt", "secret-hex")
    shown = _inspect(browser, served, c)
    report = explain(c)
    assert shown["code"] == report["verdict"]["error"] == "bad_signature"
    assert [cause for cause, _ in shown["causes"]] == ["secret-encoding"]
    assert report["diagnoses"][0]["cause"] == "secret-encoding"
    assert "read as hex" in shown["causes"][0][1]


def test_screenshot_of_the_inspector(browser: Any, served: str) -> None:
    from selenium.webdriver.common.by import By

    c = case("tinybird-jwt", "respaced")
    shown = _inspect(browser, served, c)
    assert shown["causes"][0][0] == "json-respaced"
    heading = browser.find_element(By.ID, "inspect-a-token")
    browser.execute_script("arguments[0].scrollIntoView({block: 'start'});", heading)
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    assert browser.save_screenshot(str(SCREENSHOT))
    assert SCREENSHOT.stat().st_size > 10_000
