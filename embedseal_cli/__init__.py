"""The ``embedseal`` command line: generate, vectors, conformance, sign, verify, explain.

(Not to be confused with ``embedseal``, the generated Python SDK's package.)
"""
