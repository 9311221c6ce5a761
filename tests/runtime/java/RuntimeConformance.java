package io.embedseal.runtimetest;

import io.embedseal.runtime.ByteEncoding;
import io.embedseal.runtime.Bytes;
import io.embedseal.runtime.EmbedsealException;
import io.embedseal.runtime.HmacAlgorithm;
import io.embedseal.runtime.Hmacs;
import io.embedseal.runtime.Json;
import io.embedseal.runtime.JsonProfile;
import io.embedseal.runtime.PercentEncoding;
import io.embedseal.runtime.SecretEncoding;
import io.embedseal.runtime.Secrets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Checks the Java runtime against the shared case file {@code primitives.json}.
 *
 * <p>Usage: {@code java io.embedseal.runtimetest.RuntimeConformance path/to/primitives.json}.
 * Prints one line per failing case, then {@code "N passed, M failed"}; exits with status 1 if
 * any case failed.
 */
public final class RuntimeConformance {
    private static final HexFormat HEX = HexFormat.of();

    /** One kind of case: returns {@code null} when the case passes, else what went wrong. */
    @FunctionalInterface
    private interface CaseCheck {
        String check(Map<?, ?> testCase) throws EmbedsealException;
    }

    /** An operation expected to fail with a given error code. */
    @FunctionalInterface
    private interface Operation {
        Object run() throws EmbedsealException;
    }

    private int passed;
    private int failed;

    private RuntimeConformance() {}

    /**
     * Runs every case in the file named by the only argument.
     *
     * @param args the path of {@code primitives.json}
     * @throws IOException if the file cannot be read
     * @throws EmbedsealException if the file itself is not accepted by the runtime's parser
     */
    public static void main(String[] args) throws IOException, EmbedsealException {
        if (args.length != 1) {
            System.err.println("usage: RuntimeConformance PRIMITIVES_JSON");
            System.exit(2);
        }
        Map<String, Object> file = Json.parseObject(Files.readAllBytes(Path.of(args[0])));
        RuntimeConformance run = new RuntimeConformance();
        run.section(file, "json_encode", RuntimeConformance::jsonEncode);
        run.section(file, "json_parse", RuntimeConformance::jsonParse);
        run.section(file, "bytes_encode", RuntimeConformance::bytesEncode);
        run.section(file, "bytes_decode_invalid", RuntimeConformance::bytesDecodeInvalid);
        run.section(file, "secrets", RuntimeConformance::secret);
        run.section(file, "hmac", RuntimeConformance::hmac);
        run.section(file, "percent_encode", RuntimeConformance::percentEncode);
        run.section(file, "percent_decode", RuntimeConformance::percentDecode);
        run.section(file, "compare", RuntimeConformance::compare);
        System.out.println(run.passed + " passed, " + run.failed + " failed");
        System.exit(run.failed == 0 ? 0 : 1);
    }

    private void section(Map<String, Object> file, String name, CaseCheck check) {
        if (!(file.get(name) instanceof List<?> cases) || cases.isEmpty()) {
            fail(name, "section is missing or empty");
            return;
        }
        for (Object item : cases) {
            Map<?, ?> testCase = (Map<?, ?>) item;
            String id = text(testCase, "id");
            String problem;
            try {
                problem = check.check(testCase);
            } catch (EmbedsealException | RuntimeException e) {
                problem = "unexpected " + e;
            }
            if (problem == null) {
                passed++;
            } else {
                fail(id, problem);
            }
        }
    }

    private void fail(String id, String problem) {
        failed++;
        System.out.println("FAIL " + id + ": " + problem);
    }

    private static String jsonEncode(Map<?, ?> c) throws EmbedsealException {
        Map<?, ?> p = (Map<?, ?>) c.get("profile");
        JsonProfile profile = new JsonProfile(
                text(p, "item_separator"), text(p, "key_separator"),
                flag(p, "ascii_only"), flag(p, "sort_keys"));
        String actual = Json.encode(Json.parse(text(c, "value_json")), profile);
        return expectEqual(text(c, "expected"), actual);
    }

    private static String jsonParse(Map<?, ?> c) throws EmbedsealException {
        if (!flag(c, "valid")) {
            return expectError("malformed", () -> Json.parse(text(c, "text")));
        }
        String actual = Json.encode(Json.parse(text(c, "text")), JsonProfile.COMPACT);
        return expectEqual(text(c, "reencoded"), actual);
    }

    private static String bytesEncode(Map<?, ?> c) throws EmbedsealException {
        ByteEncoding encoding = ByteEncoding.fromWireName(text(c, "encoding"));
        byte[] data = HEX.parseHex(text(c, "bytes_hex"));
        String problem = expectEqual(text(c, "text"), Bytes.encode(data, encoding));
        if (problem != null) {
            return "encode: " + problem;
        }
        String decoded = HEX.formatHex(Bytes.decode(text(c, "text"), encoding));
        problem = expectEqual(text(c, "bytes_hex"), decoded);
        return problem == null ? null : "decode: " + problem;
    }

    private static String bytesDecodeInvalid(Map<?, ?> c) {
        ByteEncoding encoding = ByteEncoding.fromWireName(text(c, "encoding"));
        return expectError("malformed", () -> Bytes.decode(text(c, "text"), encoding));
    }

    private static String secret(Map<?, ?> c) throws EmbedsealException {
        SecretEncoding encoding = SecretEncoding.fromWireName(text(c, "encoding"));
        String secret = text(c, "text");
        if (!c.containsKey("error")) {
            byte[] key = Secrets.decode(secret, encoding);
            return expectEqual(text(c, "bytes_hex"), HEX.formatHex(key));
        }
        try {
            Secrets.decode(secret, encoding);
            return "expected error " + text(c, "error") + ", got a key";
        } catch (EmbedsealException e) {
            if (!secret.isEmpty() && String.valueOf(e.getMessage()).contains(secret)) {
                return "error message contains the secret";
            }
            return expectEqual(text(c, "error"), e.code().wireName());
        }
    }

    private static String hmac(Map<?, ?> c) {
        byte[] mac = Hmacs.hmac(
                HmacAlgorithm.fromWireName(text(c, "alg")),
                HEX.parseHex(text(c, "key_hex")),
                HEX.parseHex(text(c, "message_hex")));
        return expectEqual(text(c, "mac_hex"), HEX.formatHex(mac));
    }

    private static String percentEncode(Map<?, ?> c) throws EmbedsealException {
        String actual = PercentEncoding.encode(text(c, "text"), text(c, "safe"), text(c, "space"));
        return expectEqual(text(c, "expected"), actual);
    }

    private static String percentDecode(Map<?, ?> c) throws EmbedsealException {
        boolean plusIsSpace = flag(c, "plus_is_space");
        if (c.containsKey("error")) {
            String code = text(c, "error");
            return expectError(code, () -> PercentEncoding.decode(text(c, "text"), plusIsSpace));
        }
        String actual = PercentEncoding.decode(text(c, "text"), plusIsSpace);
        return expectEqual(text(c, "expected"), actual);
    }

    private static String compare(Map<?, ?> c) {
        byte[] a = HEX.parseHex(text(c, "a_hex"));
        byte[] b = HEX.parseHex(text(c, "b_hex"));
        boolean expected = flag(c, "equal");
        if (Hmacs.constantTimeEquals(a, b) != expected) {
            return "expected equal=" + expected;
        }
        return Arrays.equals(a, b) == expected ? null : "case file disagrees with Arrays.equals";
    }

    private static String expectEqual(String expected, String actual) {
        return expected.equals(actual) ? null : "expected " + expected + ", got " + actual;
    }

    private static String expectError(String code, Operation operation) {
        try {
            operation.run();
            return "expected error " + code + ", but it succeeded";
        } catch (EmbedsealException e) {
            return expectEqual(code, e.code().wireName());
        }
    }

    private static String text(Map<?, ?> c, String key) {
        return (String) c.get(key);
    }

    private static boolean flag(Map<?, ?> c, String key) {
        return (Boolean) c.get(key);
    }
}
