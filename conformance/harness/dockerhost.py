"""The Docker engine: is one answering, and are the conformance images there (else build them)."""

from __future__ import annotations

from typing import Any

from conformance.harness.backend import BuildError
from conformance.harness.descriptor import AdapterSpec

OFFLINE_BASE = "embedseal/debian-base:bookworm"


def client() -> Any | None:
    """A Docker SDK client when an engine answers a ping, else ``None``."""
    try:
        import docker  # optional: the local backend needs no Docker SDK

        engine = docker.from_env(timeout=600)
        engine.ping()
    except Exception:  # no SDK, no socket, no permission: all mean "no engine"
        return None
    return engine


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
