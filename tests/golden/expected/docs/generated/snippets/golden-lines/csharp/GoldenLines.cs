// Code generated from tests/golden/specs/golden-lines.yaml — do not edit.

using System;
using System.Collections.Generic;
using System.Text;
using Embedseal.Runtime;

namespace Embedseal.GoldenLines
{
    /// <summary>
    /// What the caller supplies to sign a Golden lines fixture.
    /// </summary>
    public sealed class Input
    {
        /// <summary>host</summary>
        public string Host { get; set; }

        /// <summary>path</summary>
        public string Path { get; set; }

        /// <summary>time Optional.</summary>
        public long? Time { get; set; }

        /// <summary>user</summary>
        public string User { get; set; }

        /// <summary>groups Optional.</summary>
        public List<long?> Groups { get; set; }

        /// <summary>display Optional.</summary>
        public string Display { get; set; }

        /// <summary>
        /// Reads sign inputs from parsed JSON (see <see cref="Json.ParseLenient(string)"/>);
        /// <see langword="null"/> members count as absent.
        /// </summary>
        /// <param name="fields">The inputs by wire name.</param>
        /// <returns>The typed input.</returns>
        /// <exception cref="EmbedsealException">
        /// <see cref="ErrorCode.InvalidInput"/> for an unknown member or a value of the wrong type.
        /// </exception>
        public static Input FromJson(JsonObject fields)
        {
            JsonValues.OnlyMembers(fields, string.Empty, ErrorCode.InvalidInput, "host", "path", "time", "user", "groups", "display");
            var input = new Input();
            if (fields.TryGetValue("host", out var value1) && value1 != null)
            {
                input.Host = JsonValues.String(value1, "host", ErrorCode.InvalidInput);
            }

            if (fields.TryGetValue("path", out var value2) && value2 != null)
            {
                input.Path = JsonValues.String(value2, "path", ErrorCode.InvalidInput);
            }

            if (fields.TryGetValue("time", out var value3) && value3 != null)
            {
                input.Time = JsonValues.Integer(value3, "time", ErrorCode.InvalidInput);
            }

            if (fields.TryGetValue("user", out var value4) && value4 != null)
            {
                input.User = JsonValues.String(value4, "user", ErrorCode.InvalidInput);
            }

            if (fields.TryGetValue("groups", out var value5) && value5 != null)
            {
                input.Groups = JsonValues.List(value5, "groups", ErrorCode.InvalidInput, (item1, at1) => JsonValues.Integer(item1, at1, ErrorCode.InvalidInput));
            }

            if (fields.TryGetValue("display", out var value6) && value6 != null)
            {
                input.Display = JsonValues.String(value6, "display", ErrorCode.InvalidInput);
            }

            return input;
        }
    }

    /// <summary>
    /// The claims of a verified Golden lines fixture.
    /// </summary>
    public sealed class Claims
    {
        private readonly JsonObject json;

        private Claims(JsonObject json)
        {
            this.json = json;
        }

        /// <summary>host</summary>
        public string Host { get; private set; }

        /// <summary>path</summary>
        public string Path { get; private set; }

        /// <summary>time</summary>
        public long? Time { get; private set; }

        /// <summary>user</summary>
        public string User { get; private set; }

        /// <summary>groups Null when absent.</summary>
        public List<long?> Groups { get; private set; }

        /// <summary>display Null when absent.</summary>
        public string Display { get; private set; }

        /// <summary>Returns every verified claim as received, including undeclared ones.</summary>
        /// <returns>The claims as JSON.</returns>
        public JsonObject ToJson()
        {
            return json;
        }

        /// <summary>Reads verified claims into their typed form.</summary>
        /// <param name="json">The claims, already checked.</param>
        /// <returns>The typed claims.</returns>
        internal static Claims FromJson(JsonObject json)
        {
            var claims = new Claims(json);
            if (json.TryGetValue("host", out var value1))
            {
                claims.Host = JsonValues.String(value1, "host", ErrorCode.InvalidClaim);
            }

            if (json.TryGetValue("path", out var value2))
            {
                claims.Path = JsonValues.String(value2, "path", ErrorCode.InvalidClaim);
            }

            if (json.TryGetValue("time", out var value3))
            {
                claims.Time = JsonValues.Integer(value3, "time", ErrorCode.InvalidClaim);
            }

            if (json.TryGetValue("user", out var value4))
            {
                claims.User = JsonValues.String(value4, "user", ErrorCode.InvalidClaim);
            }

            if (json.TryGetValue("groups", out var value5))
            {
                claims.Groups = JsonValues.List(value5, "groups", ErrorCode.InvalidClaim, (item1, at1) => JsonValues.Integer(item1, at1, ErrorCode.InvalidClaim));
            }

            if (json.TryGetValue("display", out var value6))
            {
                claims.Display = JsonValues.String(value6, "display", ErrorCode.InvalidClaim);
            }

            return claims;
        }
    }

    /// <summary>
    /// The result of signing a Golden lines fixture.
    /// </summary>
    public sealed class Signed
    {
        /// <summary>Gets the embed URL.</summary>
        public string Url { get; internal set; }

        /// <summary>Gets the signature, as it appears in the URL.</summary>
        public string Signature { get; internal set; }

        /// <summary>Gets the response embedseal tests expects, as JSON.</summary>
        public JsonObject Response { get; internal set; }
    }

    /// <summary>
    /// Golden lines fixture (embedseal tests): sign, verify and build embed URLs.
    /// </summary>
    /// <remarks>
    /// Format description: <c>tests/golden/specs/golden-lines.yaml</c>.
    /// Known weakness, kept for compatibility: unsigned-fields: the signature does not cover display
    /// </remarks>
    public static class GoldenLines
    {
        private const string PercentSafe = "-_.~";
        private const string PercentSpace = "+";

        private static readonly JsonProfile Profile = new JsonProfile(
            ", ", ": ", false, false);

        /// <summary>Every signed value, in declared order, with its rules.</summary>
        private static readonly FieldRule[] Fields =
        {
            new FieldRule("host", true, new ShapeRule("string")),
            new FieldRule("path", true, new ShapeRule("string")),
            new FieldRule("time", true, new ShapeRule("unix-time")),
            new FieldRule("user", true, new ShapeRule("string") { MaxLength = 64 }),
            new FieldRule("groups", false, new ShapeRule("array") { Items = new ShapeRule("integer") }),
            new FieldRule("display", false, new ShapeRule("string")),
        };

        private static readonly UrlPart[] BaseUrl =
        {
UrlPart.Text("https://"),
UrlPart.Of("host", false),
UrlPart.Text("/e/"),
UrlPart.Of("path", true),
        };

        private static readonly QueryParam[] QueryParams =
        {
            new QueryParam("time", "time", "text", false),
            new QueryParam("user", "user", "json", false),
            new QueryParam("groups", "groups", "json", false),
            new QueryParam("display", "display", "text", false),
            new QueryParam("sig", null, "text", true),
        };

        private static readonly MessagePart[] MessageParts =
        {
            new MessagePart("", "host", "text"),
            new MessagePart("/e/", "path", "percent"),
            new MessagePart("", "time", "json"),
            new MessagePart("", "user", "json"),
            new MessagePart("", "groups", "json"),
        };

        private static readonly Dictionary<string, string> Kinds = new Dictionary<string, string>
        {
            { "time", "unix-time" },
            { "groups", "array" },
        };

        /// <summary>Signs with the current time and a secure random source.</summary>
        /// <param name="input">The values to sign.</param>
        /// <param name="secret">The embedseal tests secret.</param>
        /// <returns>The URL and signature.</returns>
        /// <exception cref="EmbedsealException">
        /// <see cref="ErrorCode.InvalidInput"/>, <see cref="ErrorCode.InvalidKey"/> or <see cref="ErrorCode.WeakKey"/>.
        /// </exception>
        public static Signed Sign(Input input, string secret)
        {
            return Sign(input, secret, DateTimeOffset.UtcNow.ToUnixTimeSeconds(), RandomSource.Secure);
        }

        // --8<-- [start:sign]

        /// <summary>Signs a Golden lines fixture.</summary>
        /// <param name="input">The values to sign.</param>
        /// <param name="secret">The embedseal tests secret.</param>
        /// <param name="now">The current Unix time in seconds.</param>
        /// <param name="random">Where random values come from.</param>
        /// <returns>The URL and signature.</returns>
        /// <exception cref="EmbedsealException">
        /// <see cref="ErrorCode.InvalidInput"/>, <see cref="ErrorCode.InvalidKey"/> or <see cref="ErrorCode.WeakKey"/>.
        /// </exception>
        public static Signed Sign(Input input, string secret, long now, RandomSource random)
        {
            var key = Secrets.Decode(secret, SecretEncoding.Base64, 16);
            var values = new JsonObject();
            if (input.Host != null)
            {
                values.Add("host", input.Host);
            }

            if (input.Path != null)
            {
                values.Add("path", input.Path);
            }

            values.Add("time", now);
            if (input.User != null)
            {
                values.Add("user", input.User);
            }

            if (input.Groups != null)
            {
                values.Add("groups", JsonValues.ToJson(input.Groups, item1 => (object)item1));
            }

            if (input.Display != null)
            {
                values.Add("display", input.Display);
            }

            Schema.CheckMembers(Fields, values, string.Empty, ErrorCode.InvalidInput);

            var message = SignedMessage(values);
            var mac = Hmacs.Compute(HmacAlgorithm.Sha256, key, JsonValues.Utf8Bytes(message));
            var signature = Bytes.Encode(mac, ByteEncoding.Base64Url);
            var url = EmbedUrl(values, signature);

            var response = new JsonObject();
            response.Add("url", url);
            return new Signed
            {
                Url = url,
                Signature = signature,
                Response = response,
            };
        }

        // --8<-- [end:sign]

        /// <summary>The text the signature covers.</summary>
        private static string SignedMessage(JsonObject values)
        {
            var parts = new List<string>();
            if (values.TryGetValue("host", out var part1))
            {
                parts.Add(JsonValues.Text(part1));
            }

            if (values.TryGetValue("path", out var part2))
            {
                parts.Add("/e/" + Percent(JsonValues.Text(part2)));
            }

            if (values.TryGetValue("time", out var part3))
            {
                parts.Add(Json.Encode(part3, Profile));
            }

            if (values.TryGetValue("user", out var part4))
            {
                parts.Add(Json.Encode(part4, Profile));
            }

            if (values.TryGetValue("groups", out var part5))
            {
                parts.Add(Json.Encode(part5, Profile));
            }

            return string.Join("\n", parts);
        }

        // --8<-- [start:url]

        /// <summary>Builds the embed URL from the signed values.</summary>
        /// <param name="values">The signed values by wire name.</param>
        /// <param name="signature">The signature to embed.</param>
        /// <returns>The URL.</returns>
        public static string EmbedUrl(JsonObject values, string signature)
        {
            var url = new StringBuilder();
            url.Append("https://");
            url.Append(RawUrlPart("host", JsonValues.Text(values["host"])));
            url.Append("/e/");
            url.Append(Percent(JsonValues.Text(values["path"])));
            var query = Query(values, null, signature);
            if (query.Length > 0)
            {
                url.Append('?').Append(query);
            }
            return url.ToString();
        }

        // --8<-- [end:url]

        /// <summary>The query string: parameters in order, absent ones left out.</summary>
        private static string Query(JsonObject values, string token, string signature)
        {
            var pairs = new List<string>();
            if (values.TryGetValue("time", out var value1))
            {
                pairs.Add(Percent("time") + "=" + Percent(JsonValues.Text(value1)));
            }

            if (values.TryGetValue("user", out var value2))
            {
                pairs.Add(Percent("user") + "=" + Percent(Json.Encode(value2, Profile)));
            }

            if (values.TryGetValue("groups", out var value3))
            {
                pairs.Add(Percent("groups") + "=" + Percent(Json.Encode(value3, Profile)));
            }

            if (values.TryGetValue("display", out var value4))
            {
                pairs.Add(Percent("display") + "=" + Percent(JsonValues.Text(value4)));
            }

            if (signature != null)
            {
                pairs.Add(Percent("sig") + "=" + Percent(signature));
            }

            return string.Join("&", pairs);
        }

        /// <summary>A value placed raw before the query: a '?' or '#' would end that part early.</summary>
        private static string RawUrlPart(string name, string text)
        {
            if (text.IndexOfAny(new[] { '?', '#' }) >= 0)
            {
                throw new EmbedsealException(ErrorCode.InvalidInput, name + ": '?' and '#' cannot appear here.");
            }

            return text;
        }

        private static string Percent(string text)
        {
            return PercentEncoding.Encode(text, PercentSafe, PercentSpace);
        }

        /// <summary>Verifies with the current time.</summary>
        /// <param name="url">The signed URL as received.</param>
        /// <param name="secret">The embedseal tests secret.</param>
        /// <returns>The verified claims.</returns>
        /// <exception cref="EmbedsealException">With the reason the URL is refused.</exception>
        public static Claims Verify(string url, string secret)
        {
            return Verify(url, secret, DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        }

        // --8<-- [start:verify]

        /// <summary>Verifies a Golden lines fixture.</summary>
        /// <param name="url">The signed URL as received.</param>
        /// <param name="secret">The embedseal tests secret.</param>
        /// <param name="now">The current Unix time in seconds.</param>
        /// <returns>The verified claims.</returns>
        /// <exception cref="EmbedsealException">With the reason the URL is refused.</exception>
        public static Claims Verify(string url, string secret, long now)
        {
            var key = Secrets.Decode(secret, SecretEncoding.Base64, 16);
            var received = ReceivedUrl.Parse(url, BaseUrl, QueryParams);
            var signature = Bytes.Decode(received.Signature, ByteEncoding.Base64Url);
            var message = received.SignedText("\n", MessageParts, PercentSafe, PercentSpace);
            var mac = Hmacs.Compute(HmacAlgorithm.Sha256, key, JsonValues.Utf8Bytes(message));
            if (!Hmacs.FixedTimeEquals(mac, signature))
            {
                throw new EmbedsealException(ErrorCode.BadSignature, "The signature does not match.");
            }

            var claims = received.Claims(Kinds);
            Schema.CheckMembers(Carried(), claims, string.Empty, ErrorCode.InvalidClaim);
            Times.Check(
                now,
                10,
                null,
                Times.Claim(claims, "time"),
                null,
                120L,
                null);
            return Claims.FromJson(claims);
        }

        // --8<-- [end:verify]

        private static FieldRule[] Carried()
        {
            var names = new[] { "host", "path", "time", "user", "groups", "display" };
            return Array.FindAll(Fields, rule => Array.IndexOf(names, rule.Name) >= 0);
        }
    }
}
