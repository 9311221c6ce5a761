"""The TypeScript language's helpers for its templates: ``lang.ts.<name>(…)``.

Each format's file is straight-line code that the templates lay out; what goes in it is
decided here: which helpers it needs (:mod:`.uses`), how each value is checked
(:mod:`.values`), ``sign``'s values (:mod:`.signing`), ``verify``'s claim and time checks
(:mod:`.claims`), object literals and the JWS header (:mod:`.objects`, :mod:`.header`), how
values become signed strings (:mod:`.messages`), what an embed URL places, how it is built and
read back (:mod:`.url_parts`, :mod:`.urls`, :mod:`.url_reading`), the exchange family's call
(:mod:`.exchange`), and prettier's line breaks (:mod:`.pretty`).
"""

from generator.languages.ts.claims import (
    claim_statements,
    registered_checks,
    time_checks,
    time_fields,
)
from generator.languages.ts.exchange import (
    auth_prefix,
    body_members,
    call_url,
    failed,
    header_key,
    lifetime_expr,
    unit_name,
    url_parts_may_be_absent,
)
from generator.languages.ts.header import (
    fixed_header,
    header_json,
    header_local,
    header_members,
    mirror_checks,
)
from generator.languages.ts.messages import (
    json_local,
    json_reused,
    percent_body,
    verify_message,
)
from generator.languages.ts.objects import (
    members,
    object_literal,
    object_members,
    payload_json,
    response_members,
)
from generator.languages.ts.pretty import statement, tidy
from generator.languages.ts.signing import (
    sign_options,
    sign_options_doc,
    sign_statement,
    sign_uses_now,
)
from generator.languages.ts.text import (
    access,
    class_doc,
    code_list,
    comment,
    doc,
    field_type,
    hash_name,
    input_doc,
    jws_hash,
    names,
    prop,
    template_text,
    wrap,
)
from generator.languages.ts.url_parts import (
    url_argument,
    url_checks,
    url_fields,
    url_param_type,
    url_shape,
    url_template_fields,
)
from generator.languages.ts.url_reading import (
    base_field_local,
    base_pattern,
    boolean_from_text,
    query_fields,
    query_names,
    raw_base_fields,
    received_claim,
    signature_param,
    signed_url_claims,
)
from generator.languages.ts.urls import (
    embed_url,
    query_text,
    sign_message,
    signed_url,
)
from generator.languages.ts.uses import (
    Uses,
    decoder,
    encoder,
    error_codes,
    exchange_error_codes,
    to_json,
    uses,
    verify_codes,
)
from generator.languages.ts.values import (
    check,
    checker_name,
    class_levels,
    field_level,
    missing_code,
    union_checkers,
    where_member,
)

__all__ = [
    "Uses",
    "access",
    "auth_prefix",
    "base_field_local",
    "base_pattern",
    "body_members",
    "boolean_from_text",
    "call_url",
    "check",
    "checker_name",
    "claim_statements",
    "class_doc",
    "class_levels",
    "code_list",
    "comment",
    "decoder",
    "doc",
    "embed_url",
    "encoder",
    "error_codes",
    "exchange_error_codes",
    "failed",
    "field_level",
    "field_type",
    "fixed_header",
    "hash_name",
    "header_json",
    "header_key",
    "header_local",
    "header_members",
    "input_doc",
    "json_local",
    "json_reused",
    "jws_hash",
    "lifetime_expr",
    "members",
    "mirror_checks",
    "missing_code",
    "names",
    "object_literal",
    "object_members",
    "payload_json",
    "percent_body",
    "prop",
    "query_fields",
    "query_names",
    "query_text",
    "raw_base_fields",
    "received_claim",
    "registered_checks",
    "response_members",
    "sign_message",
    "sign_options",
    "sign_options_doc",
    "sign_statement",
    "sign_uses_now",
    "signature_param",
    "signed_url",
    "signed_url_claims",
    "statement",
    "template_text",
    "tidy",
    "time_checks",
    "time_fields",
    "to_json",
    "union_checkers",
    "unit_name",
    "url_argument",
    "url_checks",
    "url_fields",
    "url_param_type",
    "url_parts_may_be_absent",
    "url_shape",
    "url_template_fields",
    "uses",
    "verify_codes",
    "verify_message",
    "where_member",
    "wrap",
]
