"""MkDocs hooks for the embedseal site (listed under ``hooks:`` in mkdocs.yml).

- ``on_config``: the nav entry ``Formats: generated/index.md`` becomes a section with the
  formats index and one page per generated format (``docs/generated/<format>.md``), so a new
  format in spec/formats/ shows up after ``nox -s generate`` with no edit here.
- ``on_page_markdown``: ``<!-- conformance-summary -->`` is replaced by the latest
  ``build/conformance/summary.md`` (written by the conformance harness) when it exists, and by
  a note saying how to produce it when it does not: the build never fails for its absence.
  The note above it names the run as the summary's first line records it (``backend=docker
  offline=yes``: "the latest Docker run (offline images)"). A summary of a *failed* run is not
  published: the hook logs a warning, which fails the strict build (``nox -s docs``), saying
  to fix the run or delete ``build/conformance/``.
- ``on_post_build``: each format's token inspector (``docs/generated/snippets/<format>/
  inspector/inspector.ts``, generated beside the published TypeScript file it imports) is
  compiled for the browser into ``<site>/generated/inspector/<format>/``. The compiler is the
  ``tsc`` on PATH: the one .ci/run pins globally (typescript@7.0.2), so the docs build needs
  no ``npm install`` and no network; a type error fails the build (``noEmitOnError``).
"""

from __future__ import annotations

import json
import logging
import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError

SUMMARY = Path("build/conformance/summary.md")
MARKER = "<!-- conformance-summary -->"
_RUN = re.compile(r"<!-- embedseal-conformance ((?:\w+=\w+ ?)+)-->")
_LOG = logging.getLogger("mkdocs.hooks.embedseal")
_LINK = re.compile(r"(!?)\[([^\]]*)\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")


def on_config(config: Any) -> Any:
    """Expand the Formats nav entry into every generated format page."""
    docs = Path(config["docs_dir"])
    generated = docs / "generated"
    if not (generated / "index.md").is_file():
        raise PluginError(
            f"{generated}/index.md is missing: run `nox -s generate` first "
            "(it writes the SDKs and the generated docs pages)"
        )
    pages = sorted(p.name for p in generated.glob("*.md") if p.name != "index.md")
    section = [{"All formats": "generated/index.md"}, *(f"generated/{p}" for p in pages)]
    for i, entry in enumerate(config["nav"] or []):
        if isinstance(entry, dict) and entry.get("Formats") == "generated/index.md":
            config["nav"][i] = {"Formats": section}
    return config


# The browser's module: ES2022 (WebCrypto, top-level await not needed), DOM types, no Node types.
_TS_OPTIONS = {
    "strict": True,
    "target": "ES2022",
    "module": "ES2022",
    "moduleResolution": "bundler",
    "lib": ["ES2022", "DOM"],
    "types": [],
    "noEmitOnError": True,
    "skipLibCheck": True,
}


def on_post_build(config: Any) -> None:
    """Compile every format's inspector (and the published file it imports) to JavaScript."""
    snippets = Path(config["docs_dir"]) / "generated" / "snippets"
    sources = sorted(snippets.glob("*/inspector/inspector.ts"))
    if not sources:
        return
    tsc = shutil.which("tsc")
    if tsc is None:
        raise PluginError(
            "tsc is not on PATH: the token inspectors need it (npm install -g typescript@7.0.2, "
            "as .ci/run does)"
        )
    out = Path(config["site_dir"]) / "generated" / "inspector"
    options = {**_TS_OPTIONS, "rootDir": str(snippets.resolve()), "outDir": str(out.resolve())}
    with tempfile.TemporaryDirectory(prefix="embedseal-tsc-") as scratch:
        project = Path(scratch) / "tsconfig.json"
        files = [str(path.resolve()) for path in sources]
        project.write_text(json.dumps({"compilerOptions": options, "files": files}))
        command = [tsc, "-p", str(project)]  # tsc from PATH, our own project file
        done = subprocess.run(command, capture_output=True, text=True)  # noqa: S603
    if done.returncode != 0:
        raise PluginError(f"tsc failed on the token inspectors:\n{done.stdout}{done.stderr}")
    _LOG.info(f"token inspectors: {len(sources)} compiled into {out}")


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    """Inline the conformance summary where the marker is."""
    if MARKER not in markdown:
        return markdown
    root = Path(config["config_file_path"]).parent
    summary = root / SUMMARY
    if summary.is_file():
        raw = summary.read_text(encoding="utf-8")
        facts = _run_facts(raw)
        if facts.get("verdict") == "failed":
            _LOG.warning(
                f"{SUMMARY} is from a FAILED conformance run: not published. Fix the run "
                "(`nox -s conformance`) or delete build/conformance/, then rebuild the docs."
            )
            failed = '!!! failure "The latest conformance run failed"\n\n    Not published.\n'
            return markdown.replace(MARKER, failed)
        text = _demote(_plain_links(_RUN.sub("", raw).lstrip("\n")))
        note = f"From `{SUMMARY}`, {_label(facts)} of `nox -s conformance`."
        return markdown.replace(MARKER, f"{note}\n\n{text}")
    placeholder = (
        '!!! info "No conformance run yet"\n\n'
        f"    `{SUMMARY}` does not exist in this checkout. Run the conformance suite "
        "(`nox -s conformance`) and rebuild the docs "
        "(`nox -s docs`) to see the format-by-language matrix here.\n"
    )
    return markdown.replace(MARKER, placeholder)


def _run_facts(text: str) -> dict[str, str]:
    """``backend``, ``offline`` and ``verdict`` from the summary's first-line comment."""
    found = _RUN.search(text)
    pairs = (item.split("=", 1) for item in found.group(1).split()) if found else ()
    return dict(pairs)


def _label(facts: dict[str, str]) -> str:
    """ "the latest Docker run (offline images)", "the latest local run" or "the latest run"."""
    backend = {"docker": "Docker", "local": "local"}.get(facts.get("backend", ""))
    if backend is None:
        return "the latest run"
    offline = " (offline images)" if facts.get("offline") == "yes" else ""
    return f"the latest {backend} run{offline}"


def _plain_links(text: str) -> str:
    """Keep absolute links; relative ones (report.html, diffs) point outside the site."""

    def keep(match: re.Match[str]) -> str:
        target = match.group(3)
        if re.match(r"^[a-z]+://", target):
            return match.group(0)
        return match.group(2) if not match.group(1) else f"`{match.group(2) or target}`"

    return _LINK.sub(keep, text)


def _demote(text: str) -> str:
    """The page has its own title: the summary's headings go one level down."""
    out, fenced = [], False
    for line in text.splitlines():
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        if not fenced and re.match(r"^#{1,5} ", line):
            line = "#" + line
        out.append(line)
    return "\n".join(out) + "\n"
