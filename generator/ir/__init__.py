"""The intermediate model: typed records of one format as one language writes it."""

from generator.ir.build import FieldBuilder, build_ir, json_ir, url_parts
from generator.ir.enums import (
    ByteEncoding,
    Family,
    Hash,
    Kind,
    Placement,
    QueryValue,
    RandomText,
    ResponseSource,
    SecretEncoding,
    Source,
    TextForm,
)
from generator.ir.model import (
    FieldIR,
    FormatIR,
    JsonIR,
    PartIR,
    QueryIR,
    ResponseIR,
    ShapeIR,
    UrlPartIR,
    VerifyIR,
)
from generator.ir.needs import Needs, needs_of

__all__ = [
    "ByteEncoding",
    "Family",
    "FieldBuilder",
    "FieldIR",
    "FormatIR",
    "Hash",
    "JsonIR",
    "Kind",
    "Needs",
    "PartIR",
    "Placement",
    "QueryIR",
    "QueryValue",
    "RandomText",
    "ResponseIR",
    "ResponseSource",
    "SecretEncoding",
    "ShapeIR",
    "Source",
    "TextForm",
    "UrlPartIR",
    "VerifyIR",
    "build_ir",
    "json_ir",
    "needs_of",
    "url_parts",
]
