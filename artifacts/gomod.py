"""Go: the module zip the Go proxy serves, in a file-based proxy tree (``GOPROXY=file://…``).

The zip follows golang.org/x/mod/zip's format: every file under ``<module>@<version>/``, no
nested module, no VCS or vendor folder; the conformance adapter (internal/adapter) is left
out. Next to it, ``@v/list``, ``.info`` and ``.mod``, so ``go`` installs it like any module.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from artifacts.common import Artifact, BuildError
from specmodel.package_load import load_package

_EPOCH = (1980, 1, 1, 0, 0, 0)  # fixed entry times: the same tree gives the same bytes
_LEFT_OUT = ("internal/adapter/",)


def build_go(sdk: Path, out: Path, scratch: Path) -> list[Artifact]:
    """Zip ``sdk`` (sdks/go) as ``<module>@v<version>`` into a proxy tree under ``out``."""
    pkg = load_package()
    module, version = pkg.go_module, f"v{pkg.version}"
    if f"module {module}\n" not in (sdk / "go.mod").read_text(encoding="utf-8"):
        raise BuildError(f"sdks/go/go.mod is not module {module}: run nox -s generate")
    folder = out / "proxy" / _escape(module) / "@v"
    folder.mkdir(parents=True, exist_ok=True)
    archive = folder / f"{version}.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zipped:
        for path in sorted(p for p in sdk.rglob("*") if p.is_file()):
            relative = path.relative_to(sdk).as_posix()
            if relative.startswith(_LEFT_OUT) or relative == "adapter":
                continue
            entry = zipfile.ZipInfo(f"{module}@{version}/{relative}", _EPOCH)
            entry.compress_type = zipfile.ZIP_DEFLATED
            zipped.writestr(entry, path.read_bytes())
    (folder / f"{version}.mod").write_bytes((sdk / "go.mod").read_bytes())
    (folder / f"{version}.info").write_text(json.dumps({"Version": version}) + "\n")
    (folder / "list").write_text(version + "\n")
    proxy = (out / "proxy").resolve()
    install = f"GOPROXY=file://{proxy} GOSUMDB=off go get {module}@{version}"
    return [Artifact(archive, install)]


def _escape(module: str) -> str:
    """The proxy's case encoding: an upper-case letter becomes ``!`` and the lower-case one."""
    return "".join(f"!{c.lower()}" if c.isupper() else c for c in module)
