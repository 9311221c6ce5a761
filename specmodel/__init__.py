"""The typed model of a token format, loaded from spec/formats/*.yaml and validated.

Both the generator and the reference implementation read formats only through this package.
"""

from specmodel.errors import FormatNotFoundError, Location, SpecError, SpecErrors
from specmodel.exchange_model import ExchangeFormat, Spec
from specmodel.loader import FORMATS_DIR, format_paths, load_all, load_format, resolve_format

__all__ = [
    "FORMATS_DIR",
    "ExchangeFormat",
    "FormatNotFoundError",
    "Location",
    "Spec",
    "SpecError",
    "SpecErrors",
    "format_paths",
    "load_all",
    "load_format",
    "resolve_format",
]
