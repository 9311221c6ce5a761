// Code generated from tests/golden/specs/golden-envelope.yaml — do not edit.

using System;
using System.Collections.Generic;
using System.Text;
using Embedseal.Runtime;

namespace Embedseal.GoldenEnvelope
{
    /// <summary>
    /// What the caller supplies to sign a Golden envelope fixture.
    /// </summary>
    public sealed class Input
    {
        /// <summary>account</summary>
        public string Account { get; set; }

        /// <summary>id Optional.</summary>
        public string Id { get; set; }

        /// <summary>until Optional.</summary>
        public long? Until { get; set; }

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
            JsonValues.OnlyMembers(fields, string.Empty, ErrorCode.InvalidInput, "account", "id", "until");
            var input = new Input();
            if (fields.TryGetValue("account", out var value1) && value1 != null)
            {
                input.Account = JsonValues.String(value1, "account", ErrorCode.InvalidInput);
            }

            if (fields.TryGetValue("id", out var value2) && value2 != null)
            {
                input.Id = JsonValues.String(value2, "id", ErrorCode.InvalidInput);
            }

            if (fields.TryGetValue("until", out var value3) && value3 != null)
            {
                input.Until = JsonValues.Integer(value3, "until", ErrorCode.InvalidInput);
            }

            return input;
        }
    }

    /// <summary>
    /// The claims of a verified Golden envelope fixture.
    /// </summary>
    public sealed class Claims
    {
        private readonly JsonObject json;

        private Claims(JsonObject json)
        {
            this.json = json;
        }

        /// <summary>v</summary>
        public long? V { get; private set; }

        /// <summary>account</summary>
        public string Account { get; private set; }

        /// <summary>id</summary>
        public string Id { get; private set; }

        /// <summary>until</summary>
        public long? Until { get; private set; }

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
            if (json.TryGetValue("v", out var value1))
            {
                claims.V = JsonValues.Integer(value1, "v", ErrorCode.InvalidClaim);
            }

            if (json.TryGetValue("account", out var value2))
            {
                claims.Account = JsonValues.String(value2, "account", ErrorCode.InvalidClaim);
            }

            if (json.TryGetValue("id", out var value3))
            {
                claims.Id = JsonValues.String(value3, "id", ErrorCode.InvalidClaim);
            }

            if (json.TryGetValue("until", out var value4))
            {
                claims.Until = JsonValues.Integer(value4, "until", ErrorCode.InvalidClaim);
            }

            return claims;
        }
    }

    /// <summary>
    /// The result of signing a Golden envelope fixture.
    /// </summary>
    public sealed class Signed
    {
        /// <summary>Gets the signed token.</summary>
        public string Token { get; internal set; }

        /// <summary>Gets the embed URL.</summary>
        public string Url { get; internal set; }

        /// <summary>Gets the signature, as it appears in the token.</summary>
        public string Signature { get; internal set; }

        /// <summary>Gets the signed <c>until</c>.</summary>
        public long? ExpiresAt { get; internal set; }

        /// <summary>Gets the response embedseal tests expects, as JSON.</summary>
        public JsonObject Response { get; internal set; }
    }

    /// <summary>
    /// Golden envelope fixture (embedseal tests): sign, verify and build embed URLs.
    /// </summary>
    /// <remarks>
    /// Format description: <c>tests/golden/specs/golden-envelope.yaml</c>.
    /// </remarks>
    public static class GoldenEnvelope
    {
        private const string PercentSafe = "-_.~";
        private const string PercentSpace = "%20";

        private static readonly JsonProfile Profile = new JsonProfile(
            ",", ":", false, false);

        /// <summary>Every signed value, in declared order, with its rules.</summary>
        private static readonly FieldRule[] Fields =
        {
            new FieldRule("v", true, new ShapeRule("integer")) { Fixed = 2L },
            new FieldRule("account", true, new ShapeRule("string")),
            new FieldRule("id", true, new ShapeRule("string")),
            new FieldRule("until", true, new ShapeRule("unix-time")),
        };

        /// <summary>Signs with the current time and a secure random source.</summary>
        /// <param name="input">The values to sign.</param>
        /// <param name="secret">The embedseal tests secret.</param>
        /// <returns>The token, URL and signature.</returns>
        /// <exception cref="EmbedsealException">
        /// <see cref="ErrorCode.InvalidInput"/>, <see cref="ErrorCode.InvalidKey"/> or <see cref="ErrorCode.WeakKey"/>.
        /// </exception>
        public static Signed Sign(Input input, string secret)
        {
            return Sign(input, secret, DateTimeOffset.UtcNow.ToUnixTimeSeconds(), RandomSource.Secure);
        }

        // --8<-- [start:sign]

        /// <summary>Signs a Golden envelope fixture.</summary>
        /// <param name="input">The values to sign.</param>
        /// <param name="secret">The embedseal tests secret.</param>
        /// <param name="now">The current Unix time in seconds.</param>
        /// <param name="random">Where random values come from.</param>
        /// <returns>The token, URL and signature.</returns>
        /// <exception cref="EmbedsealException">
        /// <see cref="ErrorCode.InvalidInput"/>, <see cref="ErrorCode.InvalidKey"/> or <see cref="ErrorCode.WeakKey"/>.
        /// </exception>
        public static Signed Sign(Input input, string secret, long now, RandomSource random)
        {
            var key = Secrets.Decode(secret, SecretEncoding.Utf8, 8);
            var values = new JsonObject();
            values.Add("v", 2L);
            if (input.Account != null)
            {
                values.Add("account", input.Account);
            }

            values.Add("id", RandomSource.Uuid(random.Take(16)));
            values.Add("until", input.Until ?? now + 900);
            Schema.CheckMembers(Fields, values, string.Empty, ErrorCode.InvalidInput);

            var mac = Hmacs.Compute(HmacAlgorithm.Sha384, key, JsonValues.Utf8Bytes(SignedMessage(values)));
            var signature = Bytes.Encode(mac, ByteEncoding.Base64);
            var signedValues = JsonValues.Pick(values, "v", "account", "id", "until");
            signedValues.Add("sig", signature);
            var envelope = JsonValues.Pick(signedValues, "v", "account", "id", "until", "sig");
            var json = JsonValues.Utf8Bytes(Json.Encode(envelope, Profile));
            var token = Bytes.Encode(json, ByteEncoding.Base64UrlNoPad);
            var url = EmbedUrl(values, token);

            var response = new JsonObject();
            response.Add("token", token);
            if (values.TryGetValue("until", out var response2))
            {
                response.Add("expires_at", response2);
            }

            return new Signed
            {
                Token = token,
                Url = url,
                Signature = signature,
                ExpiresAt = values.ContainsKey("until") ? JsonValues.Integer(values["until"], "until", ErrorCode.InvalidInput) : null,
                Response = response,
            };
        }

        // --8<-- [end:sign]

        /// <summary>The text the signature covers.</summary>
        private static string SignedMessage(JsonObject values)
        {
            var parts = new List<string>();
            if (values.TryGetValue("v", out var part1))
            {
                parts.Add(JsonValues.Text(part1));
            }

            if (values.TryGetValue("account", out var part2))
            {
                parts.Add(JsonValues.Text(part2));
            }

            if (values.TryGetValue("id", out var part3))
            {
                parts.Add(JsonValues.Text(part3));
            }

            if (values.TryGetValue("until", out var part4))
            {
                parts.Add(JsonValues.Text(part4));
            }

            return string.Join("|", parts);
        }

        // --8<-- [start:url]

        /// <summary>Builds the embed URL from the signed values.</summary>
        /// <param name="values">The signed values by wire name.</param>
        /// <param name="token">The token to embed.</param>
        /// <returns>The URL.</returns>
        public static string EmbedUrl(JsonObject values, string token)
        {
            var url = new StringBuilder();
            url.Append("https://embed.example.com/t/");
            url.Append(token);
            return url.ToString();
        }

        // --8<-- [end:url]

        private static string Percent(string text)
        {
            return PercentEncoding.Encode(text, PercentSafe, PercentSpace);
        }

        /// <summary>Verifies with the current time.</summary>
        /// <param name="token">The token as received.</param>
        /// <param name="secret">The embedseal tests secret.</param>
        /// <returns>The verified claims.</returns>
        /// <exception cref="EmbedsealException">With the reason the token is refused.</exception>
        public static Claims Verify(string token, string secret)
        {
            return Verify(token, secret, DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        }

        // --8<-- [start:verify]

        /// <summary>Verifies a Golden envelope fixture.</summary>
        /// <param name="token">The token as received.</param>
        /// <param name="secret">The embedseal tests secret.</param>
        /// <param name="now">The current Unix time in seconds.</param>
        /// <returns>The verified claims.</returns>
        /// <exception cref="EmbedsealException">With the reason the token is refused.</exception>
        public static Claims Verify(string token, string secret, long now)
        {
            var key = Secrets.Decode(secret, SecretEncoding.Utf8, 8);
            var claims = Json.Parse(Bytes.Decode(token, ByteEncoding.Base64UrlNoPad)) as JsonObject
                ?? throw new EmbedsealException(ErrorCode.Malformed, "The token is not a JSON object.");
            Schema.CheckMembers(Carried(), claims, string.Empty, ErrorCode.InvalidClaim);
            if (!claims.TryGetValue("sig", out var signature))
            {
                throw new EmbedsealException(ErrorCode.MissingClaim, "sig is required.");
            }

            var received = Bytes.Decode(
                JsonValues.String(signature, "sig", ErrorCode.InvalidClaim),
                ByteEncoding.Base64);
            var mac = Hmacs.Compute(HmacAlgorithm.Sha384, key, JsonValues.Utf8Bytes(SignedMessage(claims)));
            if (!Hmacs.FixedTimeEquals(mac, received))
            {
                throw new EmbedsealException(ErrorCode.BadSignature, "The signature does not match.");
            }

            claims.Remove("sig");
            Times.Check(
                now,
                0,
                Times.Claim(claims, "until"),
                null,
                null,
                null,
                3600L);
            return Claims.FromJson(claims);
        }

        // --8<-- [end:verify]

        private static FieldRule[] Carried()
        {
            var names = new[] { "v", "account", "id", "until" };
            return Array.FindAll(Fields, rule => Array.IndexOf(names, rule.Name) >= 0);
        }
    }
}
