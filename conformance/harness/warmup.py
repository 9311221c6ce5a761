"""A language's warm-up: the first request of each operation, sent once before the cases.

A JVM loading classes, Mono compiling, an HTTP client's first connection: on a loaded machine
the first request of an operation can take longer than a case's timeout. So before its cases a
language gets the first case of each operation once, with :data:`WARM_UP_TIMEOUT` to answer
(exchange cases: as long for the adapter's own HTTP call, and no vendor delay); the answer is
dropped. Every case then runs with the normal timeout. A warm-up that fails reports nothing:
its case runs next and says what is wrong.
"""

from __future__ import annotations

import time

from conformance.harness import exchange
from conformance.harness.backend import VendorError
from conformance.harness.cases import Case
from conformance.harness.session import GaveUp, Session

WARM_UP_TIMEOUT = 120.0  # as long as a handshake may take (session.START_TIMEOUT)


def warm_up(language: str, session: Session, cases: list[Case]) -> float:
    """Warm each operation the adapter supports; the seconds it took."""
    started = time.perf_counter()
    try:
        session.call_ready()
        for case in _firsts(session, cases):
            request_id = f"{language}:warm-up:{case.op}"
            if case.exchange:
                exchange.warm_up(session, case, request_id, WARM_UP_TIMEOUT)
            else:
                session.call(case.request(request_id), timeout=WARM_UP_TIMEOUT)
    except (GaveUp, VendorError):
        pass  # the cases will say
    return time.perf_counter() - started


def _firsts(session: Session, cases: list[Case]) -> list[Case]:
    """The first case of each operation, among those the handshake says are supported."""
    hello, firsts = session.hello, dict[str, Case]()
    for case in cases:
        if hello and case.op in hello.operations and case.format in hello.formats:
            firsts.setdefault(case.op, case)
    return list(firsts.values())
