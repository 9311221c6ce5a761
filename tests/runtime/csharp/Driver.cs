using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Embedseal.Runtime.Tests
{
    /// <summary>
    /// Checks the runtime against conformance/vectors/primitives.json, read with the runtime's own parser.
    /// </summary>
    /// <remarks>
    /// Usage: <c>mono driver.exe path/to/primitives.json</c>. Prints one line per failure and a
    /// final "N passed, M failed"; the exit code is non-zero when any case fails.
    /// </remarks>
    internal static class Driver
    {
        private static readonly Dictionary<string, Action<JsonObject>> Sections =
            new Dictionary<string, Action<JsonObject>>
            {
                { "json_encode", CheckJsonEncode },
                { "json_parse", CheckJsonParse },
                { "bytes_encode", CheckBytesEncode },
                { "bytes_decode_invalid", CheckBytesDecodeInvalid },
                { "secrets", CheckSecret },
                { "hmac", CheckHmac },
                { "percent_encode", CheckPercentEncode },
                { "percent_decode", CheckPercentDecode },
                { "compare", CheckCompare },
            };

        private static readonly Dictionary<string, ByteEncoding> ByteEncodings =
            new Dictionary<string, ByteEncoding>
            {
                { "hex", ByteEncoding.Hex },
                { "base64", ByteEncoding.Base64 },
                { "base64url", ByteEncoding.Base64Url },
                { "base64url-nopad", ByteEncoding.Base64UrlNoPad },
            };

        private static readonly Dictionary<string, SecretEncoding> SecretEncodings =
            new Dictionary<string, SecretEncoding>
            {
                { "utf8", SecretEncoding.Utf8 },
                { "hex", SecretEncoding.Hex },
                { "base64", SecretEncoding.Base64 },
                { "base64url", SecretEncoding.Base64Url },
            };

        private static readonly Dictionary<string, HmacAlgorithm> HmacAlgorithms =
            new Dictionary<string, HmacAlgorithm>
            {
                { "sha1", HmacAlgorithm.Sha1 },
                { "sha256", HmacAlgorithm.Sha256 },
                { "sha384", HmacAlgorithm.Sha384 },
                { "sha512", HmacAlgorithm.Sha512 },
            };

        private static int passed;
        private static int failed;

        private static int Main(string[] args)
        {
            if (args.Length != 1)
            {
                Console.Error.WriteLine("usage: driver.exe path/to/primitives.json");
                return 2;
            }

            var file = (JsonObject)Json.Parse(File.ReadAllBytes(args[0]));
            foreach (var section in file)
            {
                if (Sections.TryGetValue(section.Key, out var check))
                {
                    RunSection(section.Key, (List<object>)section.Value, check);
                }
                else if (section.Value is List<object>)
                {
                    Fail(section.Key, "unknown section");
                }
            }

            RunLocalChecks();
            Console.WriteLine($"{passed} passed, {failed} failed");
            return failed == 0 ? 0 : 1;
        }

        private static void RunSection(string section, List<object> cases, Action<JsonObject> check)
        {
            foreach (JsonObject testCase in cases)
            {
                Run(section + "/" + (string)testCase["id"], () => check(testCase));
            }
        }

        private static void Run(string name, Action check)
        {
            try
            {
                check();
                passed++;
            }
            catch (Exception e)
            {
                Fail(name, e.GetType().Name + ": " + e.Message);
            }
        }

        private static void Fail(string name, string detail)
        {
            failed++;
            Console.WriteLine($"FAIL {name}: {detail}");
        }

        private static void CheckJsonEncode(JsonObject c)
        {
            var profile = (JsonObject)c["profile"];
            var encoded = Json.Encode(
                Json.Parse((string)c["value_json"]),
                new JsonProfile(
                    (string)profile["item_separator"],
                    (string)profile["key_separator"],
                    (bool)profile["ascii_only"],
                    (bool)profile["sort_keys"]));
            ExpectEqual((string)c["expected"], encoded);
        }

        private static void CheckJsonParse(JsonObject c)
        {
            var text = (string)c["text"];
            if ((bool)c["valid"])
            {
                ExpectEqual((string)c["reencoded"], Encode(Json.Parse(text)));
                ExpectEqual((string)c["reencoded"], Encode(Json.Parse(Encoding.UTF8.GetBytes(text))));
            }
            else
            {
                ExpectError(ErrorCode.Malformed, () => Json.Parse(text));
            }
        }

        private static void CheckBytesEncode(JsonObject c)
        {
            var encoding = ByteEncodings[(string)c["encoding"]];
            var data = Bytes.Decode((string)c["bytes_hex"], ByteEncoding.Hex);
            ExpectEqual((string)c["text"], Bytes.Encode(data, encoding));
            ExpectEqual((string)c["bytes_hex"], ToHex(Bytes.Decode((string)c["text"], encoding)));
        }

        private static void CheckBytesDecodeInvalid(JsonObject c)
        {
            var encoding = ByteEncodings[(string)c["encoding"]];
            ExpectError(ErrorCode.Malformed, () => Bytes.Decode((string)c["text"], encoding));
        }

        private static void CheckSecret(JsonObject c)
        {
            var text = (string)c["text"];
            var encoding = SecretEncodings[(string)c["encoding"]];
            if (c.TryGetValue("error", out var error))
            {
                var code = ToErrorCode((string)error);
                var exception = ExpectError(code, () => Secrets.Decode(text, encoding));
                Expect(text.Length == 0 || !exception.Message.Contains(text), "the message leaks the secret");
            }
            else
            {
                ExpectEqual((string)c["bytes_hex"], ToHex(Secrets.Decode(text, encoding)));
            }
        }

        private static void CheckHmac(JsonObject c)
        {
            var algorithm = HmacAlgorithms[(string)c["alg"]];
            var mac = Hmacs.Compute(algorithm, FromHex(c["key_hex"]), FromHex(c["message_hex"]));
            ExpectEqual((string)c["mac_hex"], ToHex(mac));
        }

        private static void CheckPercentEncode(JsonObject c)
        {
            var encoded = PercentEncoding.Encode((string)c["text"], (string)c["safe"], (string)c["space"]);
            ExpectEqual((string)c["expected"], encoded);
        }

        private static void CheckPercentDecode(JsonObject c)
        {
            var text = (string)c["text"];
            var plusIsSpace = (bool)c["plus_is_space"];
            if (c.TryGetValue("error", out var error))
            {
                ExpectError(ToErrorCode((string)error), () => PercentEncoding.Decode(text, plusIsSpace));
            }
            else
            {
                ExpectEqual((string)c["expected"], PercentEncoding.Decode(text, plusIsSpace));
            }
        }

        private static void CheckCompare(JsonObject c)
        {
            var equal = Hmacs.FixedTimeEquals(FromHex(c["a_hex"]), FromHex(c["b_hex"]));
            Expect(equal == (bool)c["equal"], "FixedTimeEquals returned " + equal);
        }

        /// <summary>Checks the runtime's own edges that the shared case file cannot express.</summary>
        private static void RunLocalChecks()
        {
            RunEncodeError("local/encode-double", new List<object> { 1.5 });
            RunEncodeError("local/encode-decimal", 1m);
            RunEncodeError("local/encode-too-big", 9007199254740992L);
            RunEncodeError("local/encode-ulong-too-big", ulong.MaxValue);
            RunEncodeError("local/encode-lone-surrogate", "a\ud800");
            RunEncodeError("local/encode-unsupported-type", new List<object> { DateTime.UtcNow });
            Run("local/encode-int", () => ExpectEqual("[1,-2]", Encode(new object[] { 1, (short)-2 })));
            Run("local/encode-initializer", () => ExpectEqual(
                "{\"b\":1,\"a\":[]}",
                Encode(new JsonObject { { "b", 1L }, { "a", new List<object>() } })));
            Run("local/parse-invalid-utf8", () => ExpectError(
                ErrorCode.Malformed,
                () => Json.Parse(new byte[] { 0x22, 0xC3, 0x28, 0x22 })));
            Run("local/parse-utf8-bom", () => ExpectError(
                ErrorCode.Malformed,
                () => Json.Parse(new byte[] { 0xEF, 0xBB, 0xBF, 0x7B, 0x7D })));
            Run("local/secret-weak", () => ExpectError(
                ErrorCode.WeakKey,
                () => Secrets.Decode("short", SecretEncoding.Utf8, 32)));
            Run("local/secret-null", () => ExpectError(
                ErrorCode.InvalidKey,
                () => Secrets.Decode(null, SecretEncoding.Utf8)));
            Run("local/wire-name", () => ExpectEqual(
                "lifetime_too_long",
                new EmbedsealException(ErrorCode.LifetimeTooLong, "x").WireName));
        }

        private static void RunEncodeError(string name, object value)
        {
            Run(name, () => ExpectError(ErrorCode.InvalidInput, () => Encode(value)));
        }

        private static string Encode(object value)
        {
            return Json.Encode(value, JsonProfile.Compact);
        }

        private static byte[] FromHex(object hex)
        {
            return Bytes.Decode((string)hex, ByteEncoding.Hex);
        }

        private static string ToHex(byte[] data)
        {
            return Bytes.Encode(data, ByteEncoding.Hex);
        }

        private static void Expect(bool condition, string message)
        {
            if (!condition)
            {
                throw new InvalidOperationException(message);
            }
        }

        private static void ExpectEqual(string expected, string actual)
        {
            Expect(expected == actual, "expected <" + expected + "> but got <" + actual + ">");
        }

        private static EmbedsealException ExpectError(ErrorCode code, Action action)
        {
            var expected = "expected " + EmbedsealException.GetWireName(code);
            try
            {
                action();
            }
            catch (EmbedsealException e)
            {
                Expect(e.Code == code, expected + " but got " + e.WireName + ": " + e.Message);
                return e;
            }

            throw new InvalidOperationException(expected + " but nothing was thrown");
        }

        private static ErrorCode ToErrorCode(string wireName)
        {
            foreach (ErrorCode code in Enum.GetValues(typeof(ErrorCode)))
            {
                if (EmbedsealException.GetWireName(code) == wireName)
                {
                    return code;
                }
            }

            throw new ArgumentException("unknown error code " + wireName);
        }
    }
}
