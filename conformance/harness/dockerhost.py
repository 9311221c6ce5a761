"""The Docker engine: is one answering, and are the conformance images there (else build them).

:func:`prepare` builds every image a run needs before its first case: an engine that answers
but cannot build them (no registry, say) stops the run with the builder's reason and the
offline recipe, instead of failing every case of every language.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from conformance.harness.backend import BuildError
from conformance.harness.descriptor import AdapterSpec, load

OFFLINE_BASE = "embedseal/debian-base:bookworm"
RECORDER_LANGUAGE = "python"  # the fake vendor runs in embedseal/python (vendornet.py)
OFFLINE_RECIPE = (
    "on a machine that cannot pull images, build them from a Debian base first: "
    "`bash conformance/images/offline-base.sh && bash conformance/images/build-all.sh "
    "--offline`, then run `nox -s conformance -- --offline` (or `-- --backend local` to use "
    "the toolchains on PATH)"
)


def client() -> Any | None:
    """A Docker SDK client when an engine answers a ping, else ``None``."""
    try:
        import docker  # optional: the local backend needs no Docker SDK

        engine = docker.from_env(timeout=600)
        engine.ping()
    except Exception:  # no SDK, no socket, no permission: all mean "no engine"
        return None
    return engine


def prepare(
    engine: Any,
    specs: Sequence[AdapterSpec],
    offline: bool,
    vendor: bool,
    note: Callable[[str], None] = lambda text: None,
) -> list[str]:
    """Every image the run needs, present or built now; how each was found.

    ``vendor``: exchange cases will run, so the fake vendor's image is needed too.
    ``BuildError`` (the builder's reason, then :data:`OFFLINE_RECIPE`) for the first that fails.
    """
    import docker.errors

    needed = list(specs)
    if vendor and RECORDER_LANGUAGE not in {spec.language for spec in specs}:
        needed.append(load(RECORDER_LANGUAGE))
    found = []
    for spec in needed:
        try:
            if not _present(engine, spec.image):
                note(f"building {spec.image} from {spec.recipe} ...")
            found.append(ensure_image(engine, spec, offline))
        except (BuildError, docker.errors.DockerException) as error:
            reason = excerpt(str(error))
            raise BuildError(f"cannot build {spec.image}: {reason}\n{OFFLINE_RECIPE}") from None
    return found


def excerpt(text: str, head: int = 2, tail: int = 8) -> str:
    """The first and the last lines of a long log."""
    lines = text.strip().splitlines()
    if len(lines) <= head + tail + 1:
        return "\n".join(lines)
    return "\n".join([*lines[:head], f"[... {len(lines) - head - tail} lines ...]", *lines[-tail:]])


def _present(engine: Any, image: str) -> bool:
    import docker.errors

    try:
        engine.images.get(image)
    except docker.errors.ImageNotFound:
        return False
    return True


def ensure_image(engine: Any, spec: AdapterSpec, offline: bool, rebuild: bool = False) -> str:
    """Build ``spec.image`` from its Dockerfile unless it exists; returns how it was found."""
    import docker.errors

    if not rebuild:
        try:
            engine.images.get(spec.image)
            return f"{spec.image} (present)"
        except docker.errors.ImageNotFound:
            pass
    args = {"BASE_IMAGE": _offline_base(engine)} if offline else {}
    try:
        engine.images.build(path=str(spec.recipe), tag=spec.image, buildargs=args, rm=True)
    except docker.errors.BuildError as error:
        log = "".join(str(chunk.get("stream", "")) for chunk in error.build_log)
        raise BuildError(f"docker build {spec.recipe} failed: {error}\n{log[-4000:]}") from None
    return f"{spec.image} (built{' offline' if offline else ''})"


def _offline_base(engine: Any) -> str:
    import docker.errors

    try:
        engine.images.get(OFFLINE_BASE)
    except docker.errors.ImageNotFound:
        raise BuildError(
            f"{OFFLINE_BASE} is missing: run conformance/images/offline-base.sh "
            "(or .ci/docker-up.sh) first"
        ) from None
    return OFFLINE_BASE
