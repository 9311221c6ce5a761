"""The Java jar, installed with Maven alone and used by an empty Maven consumer project, works.

Builds the jar and the sources jar (``mvn package``, through ``python -m artifacts``' builder),
checks what the jar ships (the classes, LICENSE and README under META-INF; no conformance
adapter), installs it into the local Maven repository with ``mvn install:install-file``, and
builds a consumer project that depends on ``groupId:artifactId:version`` and signs and
verifies the YAML example of every signing format; its output is compared with the vectors.
Without Maven it is skipped (a failure under CI=true).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from consumers import check_printed, example_case

from artifacts.common import REPO_ROOT
from artifacts.java import build_java
from generator.consumer import render_consumer
from generator.languages.registry import language
from generator.render import default_package
from specmodel import load_all
from specmodel.model import Format

JAVA = language("java")
FORMATS = [spec for spec in load_all() if isinstance(spec, Format)]
PKG = default_package()
CONSUMER_POM = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>example</groupId>
  <artifactId>consumer</artifactId>
  <version>1</version>
  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <dependencies>
    <dependency>
      <groupId>{group}</groupId>
      <artifactId>{artifact}</artifactId>
      <version>{version}</version>
    </dependency>
  </dependencies>
  <build>
    <plugins>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-compiler-plugin</artifactId>
        <version>3.13.0</version>
      </plugin>
    </plugins>
  </build>
</project>
"""


def _mvn() -> str:
    found = shutil.which("mvn")
    if found is None:
        message = "java: mvn not on PATH"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return found


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The jar, installed into the local Maven repository; returns the jar."""
    mvn = _mvn()
    work = tmp_path_factory.mktemp("java-package")
    artifacts = build_java(REPO_ROOT / "sdks" / "java", work / "dist", work / "scratch")
    jar = next(a.path for a in artifacts if not a.path.name.endswith("-sources.jar"))
    command = [
        mvn,
        "-q",
        "-B",
        "install:install-file",
        f"-Dfile={jar}",
        f"-DpomFile={jar.parent / 'pom.xml'}",
    ]
    subprocess.run(command, check=True, cwd=work)
    return jar


def test_jar_ships_the_classes_and_no_adapter(installed: Path) -> None:
    with zipfile.ZipFile(installed) as jar:
        names = jar.namelist()
    for fmt in FORMATS:
        ir_path = f"{PKG.java_package_path}/{JAVA.module_name(fmt.name)}/"
        assert any(name.startswith(ir_path) for name in names), ir_path
    assert "META-INF/LICENSE" in names and "META-INF/README.md" in names
    assert not any("Adapter" in name or "conformance" in name for name in names)


@pytest.mark.parametrize("fmt", FORMATS, ids=lambda fmt: fmt.name)
def test_consumer_project_signs_and_verifies(fmt: Format, installed: Path, tmp_path: Path) -> None:
    mvn = _mvn()
    example, expected = example_case(fmt.name)
    source = tmp_path / "src" / "main" / "java" / "consumer" / "Consumer.java"
    source.parent.mkdir(parents=True)
    source.write_text(render_consumer(fmt, JAVA, example, package=PKG), encoding="utf-8")
    pom = CONSUMER_POM.format(
        group=PKG.maven_group_id, artifact=PKG.maven_artifact_id, version=PKG.version
    )
    (tmp_path / "pom.xml").write_text(pom, encoding="utf-8")
    subprocess.run([mvn, "-q", "-B", "compile"], check=True, cwd=tmp_path)
    classpath = f"{tmp_path / 'target' / 'classes'}{os.pathsep}{installed}"
    done = subprocess.run(
        ["java", "-cp", classpath, "consumer.Consumer"], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    check_printed(done.stdout, expected)
