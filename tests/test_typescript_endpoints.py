"""The docs' TypeScript token endpoints type-check against the files they import.

Each signing format's page shows an Express route (``docs/generated/snippets/<format>/
typescript/endpoint.ts``) that imports the format's published file, copied beside it. All of
them are compiled strictly in one empty project holding those files, stubs for ``express``
and the app's ``./auth.js``, and the TypeScript package's pinned compiler and Node types (a
back end has them). A missing ``npm`` skips locally and fails under CI=true.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from generator.languages.registry import language
from specmodel import load_all
from specmodel.model import Format

ROOT = Path(__file__).resolve().parents[1]
SNIPPETS = ROOT / "docs" / "generated" / "snippets"
LANG = language("typescript")
EXPRESS = """declare module "express" {
  interface Request {
    body: any;
  }
  interface Response {
    status(code: number): Response;
    json(body: unknown): void;
  }
  type Handler = (req: Request, res: Response) => unknown;
  interface Router {
    post(path: string, ...handlers: Handler[]): void;
  }
  const express: { Router(): Router; json(): Handler };
  export default express;
}
"""
AUTH = """type User = { canSeeTenant(tenant: unknown): boolean };
export function currentUser(request: unknown): User {
  return { canSeeTenant: (tenant) => request !== undefined && tenant !== undefined };
}
"""


def test_every_endpoint_compiles_against_its_published_file(tmp_path: Path) -> None:
    if shutil.which("npm") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("npm is not on PATH")
        pytest.skip("npm is not on PATH")
    formats = [spec for spec in load_all() if isinstance(spec, Format)]
    for fmt in formats:
        folder = SNIPPETS / fmt.name / LANG.name
        shutil.copyfile(folder / f"{fmt.name}.ts", tmp_path / f"{fmt.name}.ts")
        shutil.copyfile(folder / "endpoint.ts", tmp_path / f"endpoint-{fmt.name}.ts")
    (tmp_path / "express.d.ts").write_text(EXPRESS, encoding="utf-8")
    (tmp_path / "auth.ts").write_text(AUTH, encoding="utf-8")
    dependencies = {"typescript": LANG.typescript_version, "@types/node": LANG.node_types_version}
    package = {"private": True, "type": "module", "devDependencies": dependencies}
    options = {**LANG.compiler_options, "lib": ["ES2022"], "types": ["node"], "noEmit": True}
    project = {"compilerOptions": options, "include": ["*.ts"]}
    (tmp_path / "package.json").write_text(json.dumps(package), encoding="utf-8")
    (tmp_path / "tsconfig.json").write_text(json.dumps(project), encoding="utf-8")
    for command in (*LANG.checks[:1], "npx tsc -p ."):
        done = subprocess.run(
            command, shell=True, cwd=tmp_path, capture_output=True, text=True, timeout=600
        )
        assert done.returncode == 0, f"{command} failed:\n{(done.stdout + done.stderr)[-4000:]}"
