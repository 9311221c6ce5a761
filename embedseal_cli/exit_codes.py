"""The command's exit codes (the same words appear in ``embedseal --help``)."""

from __future__ import annotations

OK = 0  # signed; the token is valid
REFUSED = 1  # the token is not valid, or signing refused the inputs or the key
USAGE = 2  # bad arguments, an unreadable secret or input, an unknown format, a bad spec
UNVERIFIED = 3  # explain without a secret: no check failed, the signature was not checked

HELP = """\
exit codes:
  0  signed; the token is valid
  1  the token is refused (verify, explain), or signing refused the inputs or key (sign)
  2  bad arguments, unreadable secret or input, unknown format, or a bad spec
  3  explain without a secret: nothing failed, but the signature was not checked
  generate, vectors and conformance keep their own codes (see their --help)"""
