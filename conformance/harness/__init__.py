"""The conformance harness: every language's generated adapter against the shared vectors.

``python -m conformance.harness`` (or ``nox -s conformance``) builds each language's adapter once,
in Docker or with the local toolchains, talks to it over the JSON-lines protocol described in
``conformance/protocol/``, compares each answer with the vectors' expected result on the harness
side, cross-checks tokens between languages, and writes reports to ``build/conformance/``.
"""
