// Code generated from tests/golden/specs/golden-claims.yaml — do not edit.

using System;
using System.Collections.Generic;
using System.Text;
using Embedseal.Runtime;

namespace Embedseal.GoldenClaims
{
    /// <summary>
    /// What the caller supplies to sign a Golden claims fixture.
    /// </summary>
    public sealed class Input
    {
        /// <summary>http://example.com/is_root Optional.</summary>
        public bool? HttpExampleComIsRoot { get; set; }

        /// <summary>:nonce Optional.</summary>
        public string Nonce { get; set; }

        /// <summary>class</summary>
        public string Class { get; set; }

        /// <summary>type Optional.</summary>
        public long? Type { get; set; }

        /// <summary>iat Optional.</summary>
        public long? Iat { get; set; }

        /// <summary>exp Optional.</summary>
        public long? Exp { get; set; }

        /// <summary>kid</summary>
        public string Kid { get; set; }

        /// <summary>items</summary>
        public List<GoldenClaimsItem> Items { get; set; }

        /// <summary>meta Optional.</summary>
        public JsonObject Meta { get; set; }

        /// <summary>base</summary>
        public string Base { get; set; }

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
            JsonValues.OnlyMembers(fields, string.Empty, ErrorCode.InvalidInput, "http://example.com/is_root", ":nonce", "class", "type", "iat", "exp", "kid", "items", "meta", "base");
            var input = new Input();
            if (fields.TryGetValue("http://example.com/is_root", out var value1) && value1 != null)
            {
                input.HttpExampleComIsRoot = JsonValues.Boolean(value1, "http://example.com/is_root", ErrorCode.InvalidInput);
            }

            if (fields.TryGetValue(":nonce", out var value2) && value2 != null)
            {
                input.Nonce = JsonValues.String(value2, ":nonce", ErrorCode.InvalidInput);
            }

            if (fields.TryGetValue("class", out var value3) && value3 != null)
            {
                input.Class = JsonValues.String(value3, "class", ErrorCode.InvalidInput);
            }

            if (fields.TryGetValue("type", out var value4) && value4 != null)
            {
                input.Type = JsonValues.Integer(value4, "type", ErrorCode.InvalidInput);
            }

            if (fields.TryGetValue("iat", out var value5) && value5 != null)
            {
                input.Iat = JsonValues.Integer(value5, "iat", ErrorCode.InvalidInput);
            }

            if (fields.TryGetValue("exp", out var value6) && value6 != null)
            {
                input.Exp = JsonValues.Integer(value6, "exp", ErrorCode.InvalidInput);
            }

            if (fields.TryGetValue("kid", out var value7) && value7 != null)
            {
                input.Kid = JsonValues.String(value7, "kid", ErrorCode.InvalidInput);
            }

            if (fields.TryGetValue("items", out var value8) && value8 != null)
            {
                input.Items = JsonValues.List(value8, "items", ErrorCode.InvalidInput, (item1, at1) => GoldenClaimsItem.FromJson(item1, at1, ErrorCode.InvalidInput));
            }

            if (fields.TryGetValue("meta", out var value9) && value9 != null)
            {
                input.Meta = JsonValues.Object(value9, "meta", ErrorCode.InvalidInput);
            }

            if (fields.TryGetValue("base", out var value10) && value10 != null)
            {
                input.Base = JsonValues.String(value10, "base", ErrorCode.InvalidInput);
            }

            return input;
        }
    }

    /// <summary>
    /// A <c>GoldenClaimsItem</c> object of a Golden claims fixture.
    /// </summary>
    public sealed class GoldenClaimsItem
    {
        /// <summary>id</summary>
        public long? Id { get; set; }

        /// <summary>tags Optional.</summary>
        public List<string> Tags { get; set; }

        /// <summary>Reads the object from parsed JSON.</summary>
        /// <param name="json">The JSON value.</param>
        /// <param name="where">Where the value is, for messages.</param>
        /// <param name="code">The error code for a value of the wrong type.</param>
        /// <returns>The typed object.</returns>
        /// <exception cref="EmbedsealException">With <paramref name="code"/> on a wrong type.</exception>
        public static GoldenClaimsItem FromJson(object json, string where, ErrorCode code)
        {
            var members = JsonValues.Object(json, where, code);
            if (code == ErrorCode.InvalidInput)
            {
                JsonValues.OnlyMembers(members, where, code, "id", "tags");
            }

            var result = new GoldenClaimsItem();
            if (members.TryGetValue("id", out var value1))
            {
                result.Id = JsonValues.Integer(value1, where + ".id", code);
            }

            if (members.TryGetValue("tags", out var value2))
            {
                result.Tags = JsonValues.List(value2, where + ".tags", code, (item1, at1) => JsonValues.String(item1, at1, code));
            }

            return result;
        }

        /// <summary>Returns the object as JSON, members in declared order.</summary>
        /// <returns>The members that are present.</returns>
        public JsonObject ToJson()
        {
            var json = new JsonObject();
            if (Id != null)
            {
                json.Add("id", Id);
            }

            if (Tags != null)
            {
                json.Add("tags", JsonValues.ToJson(Tags, item1 => (object)item1));
            }

            return json;
        }
    }

    /// <summary>
    /// The claims of a verified Golden claims fixture.
    /// </summary>
    public sealed class Claims
    {
        private readonly JsonObject json;

        private Claims(JsonObject json)
        {
            this.json = json;
        }

        /// <summary>http://example.com/is_root Null when absent.</summary>
        public bool? HttpExampleComIsRoot { get; private set; }

        /// <summary>:nonce</summary>
        public string Nonce { get; private set; }

        /// <summary>class</summary>
        public string Class { get; private set; }

        /// <summary>type</summary>
        public long? Type { get; private set; }

        /// <summary>iat</summary>
        public long? Iat { get; private set; }

        /// <summary>exp</summary>
        public long? Exp { get; private set; }

        /// <summary>kid</summary>
        public string Kid { get; private set; }

        /// <summary>items</summary>
        public List<GoldenClaimsItem> Items { get; private set; }

        /// <summary>meta Null when absent.</summary>
        public JsonObject Meta { get; private set; }

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
            if (json.TryGetValue("http://example.com/is_root", out var value1))
            {
                claims.HttpExampleComIsRoot = JsonValues.Boolean(value1, "http://example.com/is_root", ErrorCode.InvalidClaim);
            }

            if (json.TryGetValue(":nonce", out var value2))
            {
                claims.Nonce = JsonValues.String(value2, ":nonce", ErrorCode.InvalidClaim);
            }

            if (json.TryGetValue("class", out var value3))
            {
                claims.Class = JsonValues.String(value3, "class", ErrorCode.InvalidClaim);
            }

            if (json.TryGetValue("type", out var value4))
            {
                claims.Type = JsonValues.Integer(value4, "type", ErrorCode.InvalidClaim);
            }

            if (json.TryGetValue("iat", out var value5))
            {
                claims.Iat = JsonValues.Integer(value5, "iat", ErrorCode.InvalidClaim);
            }

            if (json.TryGetValue("exp", out var value6))
            {
                claims.Exp = JsonValues.Integer(value6, "exp", ErrorCode.InvalidClaim);
            }

            if (json.TryGetValue("kid", out var value7))
            {
                claims.Kid = JsonValues.String(value7, "kid", ErrorCode.InvalidClaim);
            }

            if (json.TryGetValue("items", out var value8))
            {
                claims.Items = JsonValues.List(value8, "items", ErrorCode.InvalidClaim, (item1, at1) => GoldenClaimsItem.FromJson(item1, at1, ErrorCode.InvalidClaim));
            }

            if (json.TryGetValue("meta", out var value9))
            {
                claims.Meta = JsonValues.Object(value9, "meta", ErrorCode.InvalidClaim);
            }

            return claims;
        }
    }

    /// <summary>
    /// The result of signing a Golden claims fixture.
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

        /// <summary>Gets the response embedseal tests expects, as JSON.</summary>
        public JsonObject Response { get; internal set; }
    }

    /// <summary>
    /// Golden claims fixture (embedseal tests): sign, verify and build embed URLs.
    /// </summary>
    /// <remarks>
    /// Format description: <c>tests/golden/specs/golden-claims.yaml</c>.
    /// </remarks>
    public static class GoldenClaims
    {
        private const string PercentSafe = "-_.~";
        private const string PercentSpace = "%20";

        private static readonly JsonProfile Profile = new JsonProfile(
            ",", ":", true, true);

        /// <summary>Every signed value, in declared order, with its rules.</summary>
        private static readonly FieldRule[] Fields =
        {
            new FieldRule("http://example.com/is_root", false, new ShapeRule("boolean")),
            new FieldRule(":nonce", true, new ShapeRule("string")),
            new FieldRule("class", true, new ShapeRule("string") { Enum = new object[] { "gold", "silver" } }),
            new FieldRule("type", true, new ShapeRule("integer") { Minimum = 0L, Maximum = 10L }),
            new FieldRule("iat", true, new ShapeRule("unix-time")),
            new FieldRule("exp", true, new ShapeRule("unix-time")),
            new FieldRule("kid", true, new ShapeRule("string") { MaxLength = 32 }),
            new FieldRule("items", true, new ShapeRule("array") { Items = new ShapeRule("object") { Properties = new[] { new FieldRule("id", true, new ShapeRule("integer")), new FieldRule("tags", false, new ShapeRule("array") { Items = new ShapeRule("string") }) } } }),
            new FieldRule("meta", false, new ShapeRule("object")),
            new FieldRule("base", true, new ShapeRule("string")),
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

        /// <summary>Signs a Golden claims fixture.</summary>
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
            var key = Secrets.Decode(secret, SecretEncoding.Hex, 16);
            var values = new JsonObject();
            if (input.HttpExampleComIsRoot != null)
            {
                values.Add("http://example.com/is_root", input.HttpExampleComIsRoot);
            }

            values.Add(":nonce", Bytes.Encode(random.Take(8), ByteEncoding.Hex));
            if (input.Class != null)
            {
                values.Add("class", input.Class);
            }

            values.Add("type", input.Type ?? 3L);
            values.Add("iat", now);
            values.Add("exp", input.Exp ?? now + 300);
            if (input.Kid != null)
            {
                values.Add("kid", input.Kid);
            }

            if (input.Items != null)
            {
                values.Add("items", JsonValues.ToJson(input.Items, item1 => item1 == null ? null : (object)item1.ToJson()));
            }

            if (input.Meta != null)
            {
                values.Add("meta", input.Meta);
            }

            if (input.Base != null)
            {
                values.Add("base", input.Base);
            }

            Schema.CheckMembers(Fields, values, string.Empty, ErrorCode.InvalidInput);

            var header = new JsonObject { { "alg", "HS512" }, { "typ", "JWT" } };
            if (values.TryGetValue("kid", out var header1))
            {
                header["kid"] = header1;
            }

            var payload = JsonValues.Pick(values, "http://example.com/is_root", ":nonce", "class", "type", "iat", "exp", "items", "meta");
            var signingInput = Segment(header) + "." + Segment(payload);
            var mac = Hmacs.Compute(HmacAlgorithm.Sha512, key, Encoding.ASCII.GetBytes(signingInput));
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
            url.Append(RawUrlPart("base", JsonValues.Text(values["base"])));
            url.Append("/view");
            var query = Query(values, token, null);
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
            if (token != null)
            {
                pairs.Add(Percent("jwt") + "=" + Percent(token));
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

        private static string Segment(JsonObject json)
        {
            return Bytes.Encode(JsonValues.Utf8Bytes(Json.Encode(json, Profile)), ByteEncoding.Base64UrlNoPad);
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

        /// <summary>Verifies a Golden claims fixture.</summary>
        /// <param name="token">The token as received.</param>
        /// <param name="secret">The embedseal tests secret.</param>
        /// <param name="now">The current Unix time in seconds.</param>
        /// <returns>The verified claims.</returns>
        /// <exception cref="EmbedsealException">With the reason the token is refused.</exception>
        public static Claims Verify(string token, string secret, long now)
        {
            var key = Secrets.Decode(secret, SecretEncoding.Hex, 16);
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
                case "HS512":
                    algorithm = HmacAlgorithm.Sha512;
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
            Schema.CheckMembers(Carried(Placement.Header), header, string.Empty, ErrorCode.InvalidClaim);
            if (header.TryGetValue("kid", out var header1))
            {
                claims["kid"] = header1;
            }

            Times.Check(
                now,
                5,
                Times.Claim(claims, "exp"),
                Times.Claim(claims, "iat"),
                null,
                null,
                600L);
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
                ? new[] { "http://example.com/is_root", ":nonce", "class", "type", "iat", "exp", "items", "meta" }
                : new string[] { "kid" };
            return Array.FindAll(Fields, rule => Array.IndexOf(names, rule.Name) >= 0);
        }
    }
}
