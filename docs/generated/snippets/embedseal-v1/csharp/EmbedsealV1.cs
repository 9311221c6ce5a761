// Code generated from spec/formats/embedseal-v1.yaml — do not edit.

using System;
using System.Collections.Generic;
using System.Text;
using Embedseal.Runtime;

namespace Embedseal.EmbedsealV1
{
    /// <summary>
    /// What the caller supplies to sign a embedseal v1 token.
    /// </summary>
    public sealed class Input
    {
        /// <summary>The customer (tenant) the viewer belongs to.</summary>
        public string Tenant { get; set; }

        /// <summary>The dashboard the token opens.</summary>
        public string Dashboard { get; set; }

        /// <summary>When the token was issued. Optional.</summary>
        public long? Iat { get; set; }

        /// <summary>Expiry; at most one hour after iat. Optional.</summary>
        public long? Exp { get; set; }

        /// <summary>A unique id, so a server can refuse replays. Optional.</summary>
        public string Jti { get; set; }

        /// <summary>Locked filter values, signed with everything else. Optional.</summary>
        public JsonObject Params { get; set; }

        /// <summary>Where the dashboard app lives, e.g. https://analytics.example.com.</summary>
        public string AppUrl { get; set; }

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
            JsonValues.OnlyMembers(fields, string.Empty, ErrorCode.InvalidInput, "tenant", "dashboard", "iat", "exp", "jti", "params", "app_url");
            var input = new Input();
            if (fields.TryGetValue("tenant", out var value1) && value1 != null)
            {
                input.Tenant = JsonValues.String(value1, "tenant", ErrorCode.InvalidInput);
            }

            if (fields.TryGetValue("dashboard", out var value2) && value2 != null)
            {
                input.Dashboard = JsonValues.String(value2, "dashboard", ErrorCode.InvalidInput);
            }

            if (fields.TryGetValue("iat", out var value3) && value3 != null)
            {
                input.Iat = JsonValues.Integer(value3, "iat", ErrorCode.InvalidInput);
            }

            if (fields.TryGetValue("exp", out var value4) && value4 != null)
            {
                input.Exp = JsonValues.Integer(value4, "exp", ErrorCode.InvalidInput);
            }

            if (fields.TryGetValue("jti", out var value5) && value5 != null)
            {
                input.Jti = JsonValues.String(value5, "jti", ErrorCode.InvalidInput);
            }

            if (fields.TryGetValue("params", out var value6) && value6 != null)
            {
                input.Params = JsonValues.Object(value6, "params", ErrorCode.InvalidInput);
            }

            if (fields.TryGetValue("app_url", out var value7) && value7 != null)
            {
                input.AppUrl = JsonValues.String(value7, "app_url", ErrorCode.InvalidInput);
            }

            return input;
        }
    }

    /// <summary>
    /// The claims of a verified embedseal v1 token.
    /// </summary>
    public sealed class Claims
    {
        private readonly JsonObject json;

        private Claims(JsonObject json)
        {
            this.json = json;
        }

        /// <summary>The customer (tenant) the viewer belongs to.</summary>
        public string Tenant { get; private set; }

        /// <summary>The dashboard the token opens.</summary>
        public string Dashboard { get; private set; }

        /// <summary>When the token was issued.</summary>
        public long? Iat { get; private set; }

        /// <summary>Expiry; at most one hour after iat.</summary>
        public long? Exp { get; private set; }

        /// <summary>A unique id, so a server can refuse replays.</summary>
        public string Jti { get; private set; }

        /// <summary>Locked filter values, signed with everything else.</summary>
        public JsonObject Params { get; private set; }

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
            if (json.TryGetValue("tenant", out var value1))
            {
                claims.Tenant = JsonValues.String(value1, "tenant", ErrorCode.InvalidClaim);
            }

            if (json.TryGetValue("dashboard", out var value2))
            {
                claims.Dashboard = JsonValues.String(value2, "dashboard", ErrorCode.InvalidClaim);
            }

            if (json.TryGetValue("iat", out var value3))
            {
                claims.Iat = JsonValues.Integer(value3, "iat", ErrorCode.InvalidClaim);
            }

            if (json.TryGetValue("exp", out var value4))
            {
                claims.Exp = JsonValues.Integer(value4, "exp", ErrorCode.InvalidClaim);
            }

            if (json.TryGetValue("jti", out var value5))
            {
                claims.Jti = JsonValues.String(value5, "jti", ErrorCode.InvalidClaim);
            }

            if (json.TryGetValue("params", out var value6))
            {
                claims.Params = JsonValues.Object(value6, "params", ErrorCode.InvalidClaim);
            }

            return claims;
        }
    }

    /// <summary>
    /// The result of signing a embedseal v1 token.
    /// </summary>
    public sealed class Signed
    {
        /// <summary>Gets the signed token.</summary>
        public string Token { get; internal set; }

        /// <summary>Gets the embed URL.</summary>
        public string Url { get; internal set; }

        /// <summary>Gets the signature, as it appears in the token.</summary>
        public string Signature { get; internal set; }

        /// <summary>Gets the signed <c>exp</c>.</summary>
        public long? ExpiresAt { get; internal set; }

        /// <summary>Gets the response embedseal expects, as JSON.</summary>
        public JsonObject Response { get; internal set; }
    }

    /// <summary>
    /// embedseal v1 token (embedseal): sign, verify and build embed URLs.
    /// </summary>
    /// <remarks>
    /// Format description: <c>spec/formats/embedseal-v1.yaml</c>.
    /// </remarks>
    public static class EmbedsealV1
    {
        private const string PercentSafe = "-_.~";
        private const string PercentSpace = "%20";

        private static readonly JsonProfile Profile = new JsonProfile(
            ",", ":", false, false);

        /// <summary>Every signed value, in declared order, with its rules.</summary>
        private static readonly FieldRule[] Fields =
        {
            new FieldRule("tenant", true, new ShapeRule("string") { MaxLength = 128 }),
            new FieldRule("dashboard", true, new ShapeRule("string") { MaxLength = 128 }),
            new FieldRule("iat", true, new ShapeRule("unix-time")),
            new FieldRule("exp", true, new ShapeRule("unix-time")),
            new FieldRule("jti", true, new ShapeRule("string")),
            new FieldRule("params", true, new ShapeRule("object")),
            new FieldRule("app_url", true, new ShapeRule("string")),
        };

        /// <summary>Signs with the current time and a secure random source.</summary>
        /// <param name="input">The values to sign.</param>
        /// <param name="secret">The embedseal secret.</param>
        /// <returns>The token, URL and signature.</returns>
        /// <exception cref="EmbedsealException">
        /// <see cref="ErrorCode.InvalidInput"/>, <see cref="ErrorCode.InvalidKey"/> or <see cref="ErrorCode.WeakKey"/>.
        /// </exception>
        public static Signed Sign(Input input, string secret)
        {
            return Sign(input, secret, DateTimeOffset.UtcNow.ToUnixTimeSeconds(), RandomSource.Secure);
        }

        // --8<-- [start:sign]

        /// <summary>Signs a embedseal v1 token.</summary>
        /// <param name="input">The values to sign.</param>
        /// <param name="secret">The embedseal secret.</param>
        /// <param name="now">The current Unix time in seconds.</param>
        /// <param name="random">Where random values come from.</param>
        /// <returns>The token, URL and signature.</returns>
        /// <exception cref="EmbedsealException">
        /// <see cref="ErrorCode.InvalidInput"/>, <see cref="ErrorCode.InvalidKey"/> or <see cref="ErrorCode.WeakKey"/>.
        /// </exception>
        public static Signed Sign(Input input, string secret, long now, RandomSource random)
        {
            var key = Secrets.Decode(secret, SecretEncoding.Base64Url, 32);
            var values = new JsonObject();
            if (input.Tenant != null)
            {
                values.Add("tenant", input.Tenant);
            }

            if (input.Dashboard != null)
            {
                values.Add("dashboard", input.Dashboard);
            }

            values.Add("iat", now);
            values.Add("exp", input.Exp ?? now + 600);
            values.Add("jti", Bytes.Encode(random.Take(16), ByteEncoding.Base64UrlNoPad));
            values.Add("params", input.Params ?? new JsonObject());
            if (input.AppUrl != null)
            {
                values.Add("app_url", input.AppUrl);
            }

            Schema.CheckMembers(Fields, values, string.Empty, ErrorCode.InvalidInput);

            var header = new JsonObject { { "alg", "HS256" }, { "typ", "JWT" } };
            var payload = JsonValues.Pick(values, "tenant", "dashboard", "iat", "exp", "jti", "params");
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
            url.Append(RawUrlPart("app_url", JsonValues.Text(values["app_url"])));
            url.Append("/embed");
            url.Append('#');
            url.Append(token);
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
        /// <param name="secret">The embedseal secret.</param>
        /// <returns>The verified claims.</returns>
        /// <exception cref="EmbedsealException">With the reason the token is refused.</exception>
        public static Claims Verify(string token, string secret)
        {
            return Verify(token, secret, DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        }

        // --8<-- [start:verify]

        /// <summary>Verifies a embedseal v1 token.</summary>
        /// <param name="token">The token as received.</param>
        /// <param name="secret">The embedseal secret.</param>
        /// <param name="now">The current Unix time in seconds.</param>
        /// <returns>The verified claims.</returns>
        /// <exception cref="EmbedsealException">With the reason the token is refused.</exception>
        public static Claims Verify(string token, string secret, long now)
        {
            var key = Secrets.Decode(secret, SecretEncoding.Base64Url, 32);
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
                30,
                Times.Claim(claims, "exp"),
                Times.Claim(claims, "iat"),
                null,
                null,
                3600L);
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
                ? new[] { "tenant", "dashboard", "iat", "exp", "jti", "params" }
                : new string[] {  };
            return Array.FindAll(Fields, rule => Array.IndexOf(names, rule.Name) >= 0);
        }
    }
}
