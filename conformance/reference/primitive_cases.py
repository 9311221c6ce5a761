"""The inputs of the primitive cases: tricky strings, numbers, keys and published HMAC answers."""

from __future__ import annotations

from conformance.reference.jsontext import JsonProfile

PROFILES = {
    "compact": JsonProfile(),
    "python-default": JsonProfile(item_separator=", ", key_separator=": ", ascii_only=True),
    "compact-ascii": JsonProfile(ascii_only=True),
    "sorted": JsonProfile(sort_keys=True),
}

ENCODE_VALUES: list[tuple[str, str]] = [
    ("empty-object", "{}"),
    ("empty-array", "[]"),
    ("nested-empties", '{"a":{},"b":[],"c":[{}]}'),
    ("scalars", "[true,false,null,0,-1,2147483648,9007199254740991,-9007199254740991]"),
    ("quote-backslash", '{"q":"say \\"hi\\" \\\\ back"}'),
    ("controls", '{"c":"\\u0000\\u0001\\b\\t\\n\\u000b\\f\\r\\u001f\\u007f"}'),
    ("slash-html", '{"u":"https://x.test/a?b=1&c=<d>"}'),
    ("line-separators", '{"s":"a\\u2028b\\u2029c"}'),
    ("latin", '{"name":"Zoë Ångström"}'),
    ("cjk", '{"名前":"山田太郎"}'),
    ("emoji", '{"e":"😀 \\ud83d\\ude80"}'),
    ("combining", '{"n":"e\\u0301 vs \\u00e9"}'),
    ("key-order", '{"b":1,"a":2,"10":3,"1":4,"B":5}'),
    ("sort-non-bmp", '{"\\uffff":1,"😀":2,"\\ue000":3,"z":4}'),
    ("url-claim", '{"http://example.com/is_root":true}'),
    ("deep", '{"a":{"b":{"c":[1,[2,[3,{"d":"e"}]]]}}}'),
    ("empty-strings", '{"":""}'),
    ("plus-equals-percent", '{"p":"a+b=c%20d"}'),
]

PARSE_TEXTS: list[tuple[str, str]] = [
    ("object", '{"a":1}'),
    ("whitespace", ' \t\n\r{ "a" : [ 1 , 2 ] }\r\n'),
    ("order-kept", '{"z":1,"a":2,"10":3,"2":4}'),
    ("escapes", '"\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00"'),
    ("raw-utf8", '"Zoë 😀"'),
    ("max-safe", "9007199254740991"),
    ("min-safe", "-9007199254740991"),
    ("nested-64", "[" * 64 + "]" * 64),
    ("float", "1.0"),
    ("exponent", "1e3"),
    ("negative-exponent", "1E-2"),
    ("too-big", "9007199254740992"),
    ("too-small", "-9007199254740992"),
    ("minus-zero", "-0"),
    ("leading-zero", "01"),
    ("plus-sign", "+1"),
    ("nan", "NaN"),
    ("infinity", "Infinity"),
    ("duplicate-key", '{"a":1,"a":1}'),
    ("duplicate-nested", '{"x":{"b":1,"b":2}}'),
    ("lone-high-surrogate", '"\\ud800"'),
    ("lone-low-surrogate", '"\\udc00x"'),
    ("reversed-surrogates", '"\\ude00\\ud83d"'),
    ("raw-control", '"a\tb"'),
    ("raw-newline", '"a\nb"'),
    ("bad-escape", '"\\x41"'),
    ("short-unicode-escape", '"\\u12"'),
    ("single-quotes", "{'a':1}"),
    ("trailing-comma-object", '{"a":1,}'),
    ("trailing-comma-array", "[1,]"),
    ("trailing-garbage", '{"a":1}x'),
    ("two-documents", "{} {}"),
    ("empty", ""),
    ("only-space", "   "),
    ("bom", "\ufeff{}"),
    ("nested-65", "[" * 65 + "]" * 65),
    ("unquoted-key", "{a:1}"),
    ("true-typo", "tru"),
    ("unterminated-string", '"abc'),
    ("nbsp-whitespace", "\u00a0{}"),
    ("form-feed-whitespace", "\f{}"),
    ("comment", '{"a":1}//x'),
]

BYTE_SAMPLES: list[tuple[str, bytes]] = [
    ("empty", b""),
    ("one", b"\x01"),
    ("two", b"\xfb\xff"),
    ("three", b"\xfb\xef\xbe"),
    ("high-bits", bytes(range(250, 256))),
    ("sha256-size", bytes(range(32))),
    ("text", "Hi There — ünïcode".encode()),
]

INVALID_BYTE_TEXTS: list[tuple[str, str, str]] = [
    ("hex-odd", "hex", "abc"),
    ("hex-upper", "hex", "0A"),
    ("hex-nonhex", "hex", "zz"),
    ("hex-space", "hex", "0a 0b"),
    ("b64-missing-pad", "base64", "AQ"),
    ("b64-url-alphabet", "base64", "-_8="),
    ("b64-extra-pad", "base64", "AQ==="),
    ("b64-trailing-bits", "base64", "AR=="),
    ("b64-whitespace", "base64", "AQ= ="),
    ("b64url-std-alphabet", "base64url", "+/8="),
    ("b64url-missing-pad", "base64url", "AQ"),
    ("nopad-has-pad", "base64url-nopad", "AQ=="),
    ("nopad-std-alphabet", "base64url-nopad", "+/8"),
    ("nopad-bad-length", "base64url-nopad", "AQIDB"),
    ("nopad-trailing-bits", "base64url-nopad", "AR"),
    ("nopad-dot", "base64url-nopad", "AQ.B"),
    ("nopad-non-ascii", "base64url-nopad", "AQé"),
]

SECRET_SAMPLES: list[tuple[str, str, str]] = [
    ("utf8-ascii", "utf8", "my-secret"),
    ("utf8-non-ascii", "utf8", "clé-😀"),
    ("utf8-hex-looking", "utf8", "0123456789abcdef0123456789abcdef"),
    ("hex-lower", "hex", "0b0b0b0b"),
    ("hex-upper", "hex", "0B0B0B0B"),
    ("hex-odd", "hex", "0b0"),
    ("hex-nonhex", "hex", "xyz0"),
    ("base64-padded", "base64", "AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ+EstJQLr8="),
    ("base64-unpadded", "base64", "AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ+EstJQLr8"),
    ("base64url-unpadded", "base64url", "AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr8"),
    ("base64url-padded", "base64url", "AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr8="),
    ("base64url-std-chars", "base64url", "AyM1+/8="),
    ("base64-extra-pad", "base64", "QQQ/=="),
    ("base64-inner-pad", "base64", "QQ==QQ=="),
    ("base64url-partial-pad", "base64url", "AQ="),
    ("base64url-extra-pad", "base64url", "QA_A="),
    ("base64url-bad-length", "base64url", "AQIDB"),
    ("base64-trailing-bits", "base64", "AR=="),
    ("empty-utf8", "utf8", ""),
    ("empty-hex", "hex", ""),
]

_RFC4231_KEY_131 = b"\xaa" * 131
HMAC_KNOWN_ANSWERS: list[tuple[str, str, bytes, bytes, str]] = [
    (
        "rfc4231-tc1-sha256",
        "sha256",
        b"\x0b" * 20,
        b"Hi There",
        "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
    ),
    (
        "rfc4231-tc2-sha256",
        "sha256",
        b"Jefe",
        b"what do ya want for nothing?",
        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
    ),
    (
        "rfc4231-tc3-sha256",
        "sha256",
        b"\xaa" * 20,
        b"\xdd" * 50,
        "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe",
    ),
    (
        "rfc4231-tc4-sha256",
        "sha256",
        bytes(range(1, 26)),
        b"\xcd" * 50,
        "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b",
    ),
    (
        "rfc4231-tc6-sha256",
        "sha256",
        _RFC4231_KEY_131,
        b"Test Using Larger Than Block-Size Key - Hash Key First",
        "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54",
    ),
    (
        "rfc4231-tc2-sha384",
        "sha384",
        b"Jefe",
        b"what do ya want for nothing?",
        "af45d2e376484031617f78d2b58a6b1b9c7ef464f5a01b47e42ec3736322445e"
        "8e2240ca5e69e2c78b3239ecfab21649",
    ),
    (
        "rfc4231-tc2-sha512",
        "sha512",
        b"Jefe",
        b"what do ya want for nothing?",
        "164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea250554"
        "9758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737",
    ),
    (
        "rfc4231-tc6-sha512",
        "sha512",
        _RFC4231_KEY_131,
        b"Test Using Larger Than Block-Size Key - Hash Key First",
        "80b24263c7c1a3ebb71493c1dd7be8b49b46d1f41b4aeec1121b013783f8f352"
        "6b56d037e05f2598bd0fd2215d6a1e5295e64f73f63f0aec8b915a985d786598",
    ),
    (
        "rfc2202-tc1-sha1",
        "sha1",
        b"\x0b" * 20,
        b"Hi There",
        "b617318655057264e28bc0b6fb378c8ef146be00",
    ),
    (
        "rfc2202-tc2-sha1",
        "sha1",
        b"Jefe",
        b"what do ya want for nothing?",
        "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79",
    ),
    (
        "rfc2202-tc6-sha1",
        "sha1",
        b"\xaa" * 80,
        b"Test Using Larger Than Block-Size Key - Hash Key First",
        "aa4ae5e15272d00e95705637ce8a3b55ed402112",
    ),
    (
        "empty-message-sha256",
        "sha256",
        b"key",
        b"",
        "5d5d139563c95b5967b9bd9a8c9b233a9dedb45072794cd232dc1b74832607d0",
    ),
]

PERCENT_RULES = {
    "uri-component": ("-_.!~*'()", "%20"),
    "unreserved": ("-_.~", "%20"),
    "form": ("-_.*", "+"),
    "keep-at-colon": ("-_.~@:", "%20"),
}

PERCENT_TEXTS: list[tuple[str, str]] = [
    ("plain", "abcXYZ019"),
    ("space", "a b"),
    ("reserved", ":/?#[]@!$&'()*+,;="),
    ("percent", "100% sure"),
    ("email", "jane.doe+tag@example.com"),
    ("unicode", "Zoë 山 😀"),
    ("embed-path", "/embed/dashboards/1?embed_domain=https://x.test&sdk=2"),
    ("json-text", '{"a":[1,2],"b":"c d"}'),
    ("tilde-unreserved", "-_.~"),
    ("empty", ""),
    ("control", "a\nb\tc"),
]

PERCENT_DECODE_TEXTS: list[tuple[str, str, bool]] = [
    ("plain", "abc", False),
    ("space-20", "a%20b", False),
    ("plus-kept", "a+b", False),
    ("plus-space", "a+b", True),
    ("lower-hex", "%c3%a9", False),
    ("upper-hex", "%C3%A9", False),
    ("encoded-plus", "a%2Bb", True),
    ("stray-percent", "100%", False),
    ("short-escape", "%4", False),
    ("non-hex", "%G1", False),
    ("invalid-utf8", "%FF", False),
    ("truncated-utf8", "%C3", False),
    ("empty", "", False),
]
