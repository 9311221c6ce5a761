// Code generated from spec/formats/metabase-embed.yaml — do not edit.

using System;
using System.Collections.Generic;
using System.Text;
using Embedseal.Runtime;

namespace Embedseal.MetabaseEmbed
{
    /// <summary>
    /// What the caller supplies to sign a Metabase static embedding token.
    /// </summary>
    public sealed class Input
    {
        /// <summary>resource</summary>
        public MetabaseEmbedResource Resource { get; set; }

        /// <summary>Locked parameters by slug; every locked parameter must be present. Optional.</summary>
        public JsonObject Params { get; set; }

        /// <summary>Expiry (Unix seconds); Metabase's snippets use ten minutes. Optional.</summary>
        public long? Exp { get; set; }

        /// <summary>Your Metabase site, e.g. https://metabase.example.com (not signed).</summary>
        public string SiteUrl { get; set; }

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
            JsonValues.OnlyMembers(fields, string.Empty, ErrorCode.InvalidInput, "resource", "params", "exp", "site_url");
            var input = new Input();
            if (fields.TryGetValue("resource", out var value1) && value1 != null)
            {
                input.Resource = MetabaseEmbedResource.FromJson(value1, "resource", ErrorCode.InvalidInput);
            }

            if (fields.TryGetValue("params", out var value2) && value2 != null)
            {
                input.Params = JsonValues.Object(value2, "params", ErrorCode.InvalidInput);
            }

            if (fields.TryGetValue("exp", out var value3) && value3 != null)
            {
                input.Exp = JsonValues.Integer(value3, "exp", ErrorCode.InvalidInput);
            }

            if (fields.TryGetValue("site_url", out var value4) && value4 != null)
            {
                input.SiteUrl = JsonValues.String(value4, "site_url", ErrorCode.InvalidInput);
            }

            return input;
        }
    }

    /// <summary>
    /// A <c>MetabaseEmbedResource</c> object of a Metabase static embedding token.
    /// </summary>
    public sealed class MetabaseEmbedResource
    {
        /// <summary>Dashboard id. Optional.</summary>
        public long? Dashboard { get; set; }

        /// <summary>Question (card) id. Optional.</summary>
        public long? Question { get; set; }

        /// <summary>Reads the object from parsed JSON.</summary>
        /// <param name="json">The JSON value.</param>
        /// <param name="where">Where the value is, for messages.</param>
        /// <param name="code">The error code for a value of the wrong type.</param>
        /// <returns>The typed object.</returns>
        /// <exception cref="EmbedsealException">With <paramref name="code"/> on a wrong type.</exception>
        public static MetabaseEmbedResource FromJson(object json, string where, ErrorCode code)
        {
            var members = JsonValues.Object(json, where, code);
            if (code == ErrorCode.InvalidInput)
            {
                JsonValues.OnlyMembers(members, where, code, "dashboard", "question");
            }

            var result = new MetabaseEmbedResource();
            if (members.TryGetValue("dashboard", out var value1))
            {
                result.Dashboard = JsonValues.Integer(value1, where + ".dashboard", code);
            }

            if (members.TryGetValue("question", out var value2))
            {
                result.Question = JsonValues.Integer(value2, where + ".question", code);
            }

            return result;
        }

        /// <summary>Returns the object as JSON, members in declared order.</summary>
        /// <returns>The members that are present.</returns>
        public JsonObject ToJson()
        {
            var json = new JsonObject();
            if (Dashboard != null)
            {
                json.Add("dashboard", Dashboard);
            }

            if (Question != null)
            {
                json.Add("question", Question);
            }

            return json;
        }
    }

    /// <summary>
    /// The claims of a verified Metabase static embedding token.
    /// </summary>
    public sealed class Claims
    {
        private readonly JsonObject json;

        private Claims(JsonObject json)
        {
            this.json = json;
        }

        /// <summary>resource</summary>
        public MetabaseEmbedResource Resource { get; private set; }

        /// <summary>Locked parameters by slug; every locked parameter must be present.</summary>
        public JsonObject Params { get; private set; }

        /// <summary>Expiry (Unix seconds); Metabase's snippets use ten minutes. Null when absent.</summary>
        public long? Exp { get; private set; }

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
            if (json.TryGetValue("resource", out var value1))
            {
                claims.Resource = MetabaseEmbedResource.FromJson(value1, "resource", ErrorCode.InvalidClaim);
            }

            if (json.TryGetValue("params", out var value2))
            {
                claims.Params = JsonValues.Object(value2, "params", ErrorCode.InvalidClaim);
            }

            if (json.TryGetValue("exp", out var value3))
            {
                claims.Exp = JsonValues.Integer(value3, "exp", ErrorCode.InvalidClaim);
            }

            return claims;
        }
    }

    /// <summary>
    /// The result of signing a Metabase static embedding token.
    /// </summary>
    public sealed class Signed
    {
        /// <summary>Gets the signed token.</summary>
        public string Token { get; internal set; }

        /// <summary>Gets the embed URL.</summary>
        public string Url { get; internal set; }

        /// <summary>Gets the signature, as it appears in the token.</summary>
        public string Signature { get; internal set; }

        /// <summary>Gets the signed <c>exp</c>, or null.</summary>
        public long? ExpiresAt { get; internal set; }

        /// <summary>Gets the response Metabase expects, as JSON.</summary>
        public JsonObject Response { get; internal set; }
    }

    /// <summary>
    /// Metabase static embedding token (Metabase): sign, verify and build embed URLs.
    /// </summary>
    /// <remarks>
    /// Format description: <c>spec/formats/metabase-embed.yaml</c>.
    /// Known weakness, kept for compatibility: no-expiry: exp is optional, and without it nothing expires
    /// Known weakness, kept for compatibility: unbounded-lifetime: no verify.max_lifetime bounds exp
    /// Known weakness, kept for compatibility: no-min-key-length: no minimum key length (secret.min_bytes)
    /// </remarks>
    public static class MetabaseEmbed
    {
        private const string PercentSafe = "-_.~";
        private const string PercentSpace = "%20";

        private static readonly JsonProfile Profile = new JsonProfile(
            ",", ":", false, false);

        /// <summary>Every signed value, in declared order, with its rules.</summary>
        private static readonly FieldRule[] Fields =
        {
            new FieldRule("resource", true, new ShapeRule("object") { Properties = new[] { new FieldRule("dashboard", false, new ShapeRule("integer")), new FieldRule("question", false, new ShapeRule("integer")) }, ExactlyOneOf = new[] { "dashboard", "question" } }),
            new FieldRule("params", true, new ShapeRule("object")),
            new FieldRule("exp", false, new ShapeRule("unix-time")),
            new FieldRule("site_url", true, new ShapeRule("string")),
        };

        /// <summary>Signs with the current time and a secure random source.</summary>
        /// <param name="input">The values to sign.</param>
        /// <param name="secret">The Metabase secret.</param>
        /// <returns>The token, URL and signature.</returns>
        /// <exception cref="EmbedsealException">
        /// <see cref="ErrorCode.InvalidInput"/>, <see cref="ErrorCode.InvalidKey"/> or <see cref="ErrorCode.WeakKey"/>.
        /// </exception>
        public static Signed Sign(Input input, string secret)
        {
            return Sign(input, secret, DateTimeOffset.UtcNow.ToUnixTimeSeconds(), RandomSource.Secure);
        }

        // --8<-- [start:sign]

        /// <summary>Signs a Metabase static embedding token.</summary>
        /// <param name="input">The values to sign.</param>
        /// <param name="secret">The Metabase secret.</param>
        /// <param name="now">The current Unix time in seconds.</param>
        /// <param name="random">Where random values come from.</param>
        /// <returns>The token, URL and signature.</returns>
        /// <exception cref="EmbedsealException">
        /// <see cref="ErrorCode.InvalidInput"/>, <see cref="ErrorCode.InvalidKey"/> or <see cref="ErrorCode.WeakKey"/>.
        /// </exception>
        public static Signed Sign(Input input, string secret, long now, RandomSource random)
        {
            var key = Secrets.Decode(secret, SecretEncoding.Utf8, 1);
            var values = new JsonObject();
            if (input.Resource != null)
            {
                values.Add("resource", input.Resource.ToJson());
            }

            values.Add("params", input.Params ?? new JsonObject());
            values.Add("exp", input.Exp ?? now + 600);
            if (input.SiteUrl != null)
            {
                values.Add("site_url", input.SiteUrl);
            }

            Schema.CheckMembers(Fields, values, string.Empty, ErrorCode.InvalidInput);

            var header = new JsonObject { { "alg", "HS256" }, { "typ", "JWT" } };
            var payload = JsonValues.Pick(values, "resource", "params", "exp");
            var signingInput = Segment(header) + "." + Segment(payload);
            var mac = Hmacs.Compute(HmacAlgorithm.Sha256, key, Encoding.ASCII.GetBytes(signingInput));
            var signature = Bytes.Encode(mac, ByteEncoding.Base64UrlNoPad);
            var token = signingInput + "." + signature;
            var url = EmbedUrl(values, token);

            var response = new JsonObject();
            response.Add("token", token);
            response.Add("url", url);
            if (values.TryGetValue("exp", out var response3))
            {
                response.Add("expires_at", response3);
            }

            return new Signed
            {
                Token = token,
                Url = url,
                Signature = signature,
                ExpiresAt = values.ContainsKey("exp") ? JsonValues.Integer(values["exp"], "exp", ErrorCode.InvalidInput) : null,
                Response = response,
            };
        }

        // --8<-- [end:sign]

        // --8<-- [start:url]

        /// <summary>Builds the embed URL from the signed values.</summary>
        /// <param name="values">The signed values by wire name.</param>
        /// <param name="token">The token to embed.</param>
        /// <returns>The URL.</returns>
        public static string EmbedUrl(JsonObject values, string token)
        {
            var url = new StringBuilder();
            url.Append(RawUrlPart("site_url", JsonValues.Text(values["site_url"])));
            url.Append("/embed/dashboard/");
            url.Append(token);
            url.Append('#');
            url.Append("bordered=true&titled=true");
            return url.ToString();
        }

        // --8<-- [end:url]

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

        private static string Segment(JsonObject json)
        {
            return Bytes.Encode(JsonValues.Utf8Bytes(Json.Encode(json, Profile)), ByteEncoding.Base64UrlNoPad);
        }

        /// <summary>Verifies with the current time.</summary>
        /// <param name="token">The token as received.</param>
        /// <param name="secret">The Metabase secret.</param>
        /// <returns>The verified claims.</returns>
        /// <exception cref="EmbedsealException">With the reason the token is refused.</exception>
        public static Claims Verify(string token, string secret)
        {
            return Verify(token, secret, DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        }

        // --8<-- [start:verify]

        /// <summary>Verifies a Metabase static embedding token.</summary>
        /// <param name="token">The token as received.</param>
        /// <param name="secret">The Metabase secret.</param>
        /// <param name="now">The current Unix time in seconds.</param>
        /// <returns>The verified claims.</returns>
        /// <exception cref="EmbedsealException">With the reason the token is refused.</exception>
        public static Claims Verify(string token, string secret, long now)
        {
            var key = Secrets.Decode(secret, SecretEncoding.Utf8, 1);
            var segments = token.Split('.');
            if (segments.Length != 3)
            {
                throw new EmbedsealException(ErrorCode.Malformed, "A JWS has 3 segments.");
            }

            var headerJson = Bytes.Decode(segments[0], ByteEncoding.Base64UrlNoPad);
            var payloadJson = Bytes.Decode(segments[1], ByteEncoding.Base64UrlNoPad);
            var received = Bytes.Decode(segments[2], ByteEncoding.Base64UrlNoPad);
            var header = Json.Parse(headerJson) as JsonObject
                ?? throw new EmbedsealException(ErrorCode.Malformed, "The header is not a JSON object.");
            header.TryGetValue("alg", out var alg);
            HmacAlgorithm algorithm;
            switch (alg as string)
            {
                case "HS256":
                    algorithm = HmacAlgorithm.Sha256;
                    break;
                default:
                    throw new EmbedsealException(ErrorCode.AlgNotAllowed, "The token's alg is not allowed.");
            }

            if (header.ContainsKey("crit"))
            {
                throw new EmbedsealException(ErrorCode.Malformed, "The header lists critical extensions.");
            }

            var signingInput = Encoding.ASCII.GetBytes(segments[0] + "." + segments[1]);
            if (!Hmacs.FixedTimeEquals(Hmacs.Compute(algorithm, key, signingInput), received))
            {
                throw new EmbedsealException(ErrorCode.BadSignature, "The signature does not match.");
            }

            var claims = Json.Parse(payloadJson) as JsonObject
                ?? throw new EmbedsealException(ErrorCode.Malformed, "The payload is not a JSON object.");
            Schema.CheckMembers(Carried(Placement.Payload), claims, string.Empty, ErrorCode.InvalidClaim);
            Times.Check(
                now,
                60,
                Times.Claim(claims, "exp"),
                null,
                null,
                null,
                null);
            return Claims.FromJson(claims);
        }

        // --8<-- [end:verify]

        private enum Placement
        {
            Payload,
            Header,
        }

        private static FieldRule[] Carried(Placement placement)
        {
            var names = placement == Placement.Payload
                ? new[] { "resource", "params", "exp" }
                : new string[] {  };
            return Array.FindAll(Fields, rule => Array.IndexOf(names, rule.Name) >= 0);
        }
    }
}
