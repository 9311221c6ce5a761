"""What a rendered Java class body needs: the standard-library types it names (its imports)
and the helper methods it calls (so the template includes only those)."""

from __future__ import annotations

import re

# The standard-library types generated code may use, by simple name.
_IMPORTABLE = """
java.io.ByteArrayOutputStream java.net.URI java.net.URLEncoder java.net.http.HttpClient
java.net.http.HttpRequest java.net.http.HttpResponse java.net.http.HttpTimeoutException
java.io.IOException java.nio.ByteBuffer java.nio.charset.CharacterCodingException
java.nio.charset.StandardCharsets java.security.GeneralSecurityException
java.security.MessageDigest java.security.SecureRandom java.time.Duration java.time.Instant
java.time.ZonedDateTime java.time.format.DateTimeFormatter
java.time.format.DateTimeParseException java.util.ArrayList java.util.Arrays java.util.Base64
java.util.Collections java.util.Comparator java.util.HexFormat java.util.LinkedHashMap
java.util.List java.util.Map java.util.Objects java.util.Set java.util.StringJoiner
java.util.TreeMap java.util.UUID
java.util.regex.Matcher java.util.regex.Pattern javax.crypto.Mac
javax.crypto.spec.SecretKeySpec
""".split()  # noqa: SIM905 - a word list


class JavaImports:
    """Questions the templates ask of the code they have rendered so far."""

    def imports(self, body: str) -> list[str]:
        """The imports a class body needs: the standard types it names, sorted (ASCII)."""
        # names inside string literals do not count
        code = re.sub(r'"(?:[^"\\\n]|\\.)*"', '""', body)
        return sorted(
            name for name in _IMPORTABLE if re.search(rf"\b{name.rsplit('.', 1)[1]}\b", code)
        )

    def calls(self, code: str, name: str) -> bool:
        """Whether ``code`` calls a method ``name`` unqualified (so the helper must be there)."""
        return re.search(rf"(?<![\w.]){name}\(", code) is not None
