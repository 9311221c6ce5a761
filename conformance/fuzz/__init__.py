"""Differential fuzzing: seeded random sign inputs and token mutations, judged by the reference,
sent to every language's adapter, compared byte for byte (``python -m conformance.fuzz``).

Free objects are generated with sorted, non-numeric keys: the caller's key order is a known
limit of Go maps and JavaScript objects, pinned by the vectors' key-order cases (listed as
expected failures); the fuzzer tests everything else.
"""
