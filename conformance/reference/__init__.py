"""The reference implementation: signs and verifies by interpreting a format's YAML model.

It shares only the spec loader with the generator, never its rendering code, so it can judge
what the generated code in six languages produces.
"""

from conformance.reference.errors import EmbedsealError, ErrorCode
from conformance.reference.sign import Signed, sign
from conformance.reference.verify import verify

__all__ = ["EmbedsealError", "ErrorCode", "Signed", "sign", "verify"]
