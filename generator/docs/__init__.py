"""Docs output: a mkdocs-material page and a Docusaurus partial per format, and the index.

Per format, under ``docs/generated/``:

- ``snippets/<format>/<lang>/<file>``: the format's published file in each language, whole; the
  page's Sign / Verify / Embed URL tabs (Exchange / Revoke for exchange formats) include its
  regions (``--8<-- "file:sign"``; nothing is copied by hand);
- ``snippets/<format>/<lang>/endpoint.<ext>``: a back-end token endpoint (Python, TypeScript)
  that checks the caller may see the tenant before signing;
- ``snippets/<format>/frontend/embed.tsx`` and ``embed.html``: the front-end embed, which
  fetches a fresh URL five minutes before the current one expires;
- ``<format>.md``: the page (install and import lines under the package description's names,
  content tabs, lint findings, the spec file) and ``<format>.mdx``;
- ``index.md``: the list of formats.

A format whose family a language does not declare (``Language.families``) has no code for that
language; its page says so. Exchange formats (the back end trades its secret for the vendor's
token) have exchange / revoke regions instead of sign / verify, no signing lint and no token
endpoint: their page shows the generated exchange (and revoke) code, the TypeScript browser token
manager (``src/token-manager.ts``), the request they make, the answer they read and the errors
they map.

The modules compute typed facts — :mod:`.snippets` (published files and their regions),
:mod:`.install` and :mod:`.names` (install and import lines), :mod:`.endpoint`,
:mod:`.frontend`, :mod:`.exchange`, :mod:`.token_manager`, :mod:`.findings`, :mod:`.mdx`,
gathered per page by :mod:`.pages` — and :mod:`.render` lays them out with the templates in
``generator/templates/docs/``.
"""

from generator.docs.paths import DOCS_ROOT, published_path
from generator.docs.render import render_docs

__all__ = ["DOCS_ROOT", "published_path", "render_docs"]
