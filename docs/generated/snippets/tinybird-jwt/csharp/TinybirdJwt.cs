// Code generated from spec/formats/tinybird-jwt.yaml — do not edit.

using System;
using System.Collections.Generic;
using System.Text;
using Embedseal.Runtime;

namespace Embedseal.TinybirdJwt
{
    /// <summary>
    /// What the caller supplies to sign a Tinybird JWT.
    /// </summary>
    public sealed class Input
    {
        /// <summary>The Tinybird workspace (UUID).</summary>
        public string WorkspaceId { get; set; }

        /// <summary>Token name, used for usage stats and the rate-limit bucket.</summary>
        public string Name { get; set; }

        /// <summary>Expiry (Unix seconds); Tinybird refuses tokens without it. Optional.</summary>
        public long? Exp { get; set; }

        /// <summary>scopes</summary>
        public List<TinybirdJwtScope> Scopes { get; set; }

        /// <summary>limits Optional.</summary>
        public TinybirdJwtLimits Limits { get; set; }

        /// <summary>The chart or endpoint URL from Tinybird's iframe snippet (not signed).</summary>
        public string ChartUrl { get; set; }

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
            JsonValues.OnlyMembers(fields, string.Empty, ErrorCode.InvalidInput, "workspace_id", "name", "exp", "scopes", "limits", "chart_url");
            var input = new Input();
            if (fields.TryGetValue("workspace_id", out var value1) && value1 != null)
            {
                input.WorkspaceId = JsonValues.String(value1, "workspace_id", ErrorCode.InvalidInput);
            }

            if (fields.TryGetValue("name", out var value2) && value2 != null)
            {
                input.Name = JsonValues.String(value2, "name", ErrorCode.InvalidInput);
            }

            if (fields.TryGetValue("exp", out var value3) && value3 != null)
            {
                input.Exp = JsonValues.Integer(value3, "exp", ErrorCode.InvalidInput);
            }

            if (fields.TryGetValue("scopes", out var value4) && value4 != null)
            {
                input.Scopes = JsonValues.List(value4, "scopes", ErrorCode.InvalidInput, (item1, at1) => TinybirdJwtScope.FromJson(item1, at1, ErrorCode.InvalidInput));
            }

            if (fields.TryGetValue("limits", out var value5) && value5 != null)
            {
                input.Limits = TinybirdJwtLimits.FromJson(value5, "limits", ErrorCode.InvalidInput);
            }

            if (fields.TryGetValue("chart_url", out var value6) && value6 != null)
            {
                input.ChartUrl = JsonValues.String(value6, "chart_url", ErrorCode.InvalidInput);
            }

            return input;
        }
    }

    /// <summary>
    /// A <c>TinybirdJwtScope</c> object of a Tinybird JWT.
    /// </summary>
    public sealed class TinybirdJwtScope
    {
        /// <summary>type</summary>
        public string Type { get; set; }

        /// <summary>Pipe or data source name or id.</summary>
        public string Resource { get; set; }

        /// <summary>Pipe parameters that override any value in the request URL. Optional.</summary>
        public JsonObject FixedParams { get; set; }

        /// <summary>SQL WHERE clause applied to a data source. Optional.</summary>
        public string Filter { get; set; }

        /// <summary>Reads the object from parsed JSON.</summary>
        /// <param name="json">The JSON value.</param>
        /// <param name="where">Where the value is, for messages.</param>
        /// <param name="code">The error code for a value of the wrong type.</param>
        /// <returns>The typed object.</returns>
        /// <exception cref="EmbedsealException">With <paramref name="code"/> on a wrong type.</exception>
        public static TinybirdJwtScope FromJson(object json, string where, ErrorCode code)
        {
            var members = JsonValues.Object(json, where, code);
            if (code == ErrorCode.InvalidInput)
            {
                JsonValues.OnlyMembers(members, where, code, "type", "resource", "fixed_params", "filter");
            }

            var result = new TinybirdJwtScope();
            if (members.TryGetValue("type", out var value1))
            {
                result.Type = JsonValues.String(value1, where + ".type", code);
            }

            if (members.TryGetValue("resource", out var value2))
            {
                result.Resource = JsonValues.String(value2, where + ".resource", code);
            }

            if (members.TryGetValue("fixed_params", out var value3))
            {
                result.FixedParams = JsonValues.Object(value3, where + ".fixed_params", code);
            }

            if (members.TryGetValue("filter", out var value4))
            {
                result.Filter = JsonValues.String(value4, where + ".filter", code);
            }

            return result;
        }

        /// <summary>Returns the object as JSON, members in declared order.</summary>
        /// <returns>The members that are present.</returns>
        public JsonObject ToJson()
        {
            var json = new JsonObject();
            if (Type != null)
            {
                json.Add("type", Type);
            }

            if (Resource != null)
            {
                json.Add("resource", Resource);
            }

            if (FixedParams != null)
            {
                json.Add("fixed_params", FixedParams);
            }

            if (Filter != null)
            {
                json.Add("filter", Filter);
            }

            return json;
        }
    }

    /// <summary>
    /// A <c>TinybirdJwtLimits</c> object of a Tinybird JWT.
    /// </summary>
    public sealed class TinybirdJwtLimits
    {
        /// <summary>Requests per second for this token name; 0 or less means unlimited.</summary>
        public long? Rps { get; set; }

        /// <summary>Reads the object from parsed JSON.</summary>
        /// <param name="json">The JSON value.</param>
        /// <param name="where">Where the value is, for messages.</param>
        /// <param name="code">The error code for a value of the wrong type.</param>
        /// <returns>The typed object.</returns>
        /// <exception cref="EmbedsealException">With <paramref name="code"/> on a wrong type.</exception>
        public static TinybirdJwtLimits FromJson(object json, string where, ErrorCode code)
        {
            var members = JsonValues.Object(json, where, code);
            if (code == ErrorCode.InvalidInput)
            {
                JsonValues.OnlyMembers(members, where, code, "rps");
            }

            var result = new TinybirdJwtLimits();
            if (members.TryGetValue("rps", out var value1))
            {
                result.Rps = JsonValues.Integer(value1, where + ".rps", code);
            }

            return result;
        }

        /// <summary>Returns the object as JSON, members in declared order.</summary>
        /// <returns>The members that are present.</returns>
        public JsonObject ToJson()
        {
            var json = new JsonObject();
            if (Rps != null)
            {
                json.Add("rps", Rps);
            }

            return json;
        }
    }

    /// <summary>
    /// The claims of a verified Tinybird JWT.
    /// </summary>
    public sealed class Claims
    {
        private readonly JsonObject json;

        private Claims(JsonObject json)
        {
            this.json = json;
        }

        /// <summary>The Tinybird workspace (UUID).</summary>
        public string WorkspaceId { get; private set; }

        /// <summary>Token name, used for usage stats and the rate-limit bucket.</summary>
        public string Name { get; private set; }

        /// <summary>Expiry (Unix seconds); Tinybird refuses tokens without it.</summary>
        public long? Exp { get; private set; }

        /// <summary>scopes</summary>
        public List<TinybirdJwtScope> Scopes { get; private set; }

        /// <summary>limits Null when absent.</summary>
        public TinybirdJwtLimits Limits { get; private set; }

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
            if (json.TryGetValue("workspace_id", out var value1))
            {
                claims.WorkspaceId = JsonValues.String(value1, "workspace_id", ErrorCode.InvalidClaim);
            }

            if (json.TryGetValue("name", out var value2))
            {
                claims.Name = JsonValues.String(value2, "name", ErrorCode.InvalidClaim);
            }

            if (json.TryGetValue("exp", out var value3))
            {
                claims.Exp = JsonValues.Integer(value3, "exp", ErrorCode.InvalidClaim);
            }

            if (json.TryGetValue("scopes", out var value4))
            {
                claims.Scopes = JsonValues.List(value4, "scopes", ErrorCode.InvalidClaim, (item1, at1) => TinybirdJwtScope.FromJson(item1, at1, ErrorCode.InvalidClaim));
            }

            if (json.TryGetValue("limits", out var value5))
            {
                claims.Limits = TinybirdJwtLimits.FromJson(value5, "limits", ErrorCode.InvalidClaim);
            }

            return claims;
        }
    }

    /// <summary>
    /// The result of signing a Tinybird JWT.
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

        /// <summary>Gets the response Tinybird expects, as JSON.</summary>
        public JsonObject Response { get; internal set; }
    }

    /// <summary>
    /// Tinybird JWT (Tinybird): sign, verify and build embed URLs.
    /// </summary>
    /// <remarks>
    /// Format description: <c>spec/formats/tinybird-jwt.yaml</c>.
    /// Known weakness, kept for compatibility: unbounded-lifetime: no verify.max_lifetime bounds exp
    /// Known weakness, kept for compatibility: no-min-key-length: no minimum key length (secret.min_bytes)
    /// </remarks>
    public static class TinybirdJwt
    {
        private const string PercentSafe = "-_.~";
        private const string PercentSpace = "%20";

        private static readonly JsonProfile Profile = new JsonProfile(
            ",", ":", true, false);

        /// <summary>Every signed value, in declared order, with its rules.</summary>
        private static readonly FieldRule[] Fields =
        {
            new FieldRule("workspace_id", true, new ShapeRule("string")),
            new FieldRule("name", true, new ShapeRule("string")),
            new FieldRule("exp", true, new ShapeRule("unix-time")),
            new FieldRule("scopes", true, new ShapeRule("array") { Items = new ShapeRule("object") { Properties = new[] { new FieldRule("type", true, new ShapeRule("string") { Enum = new object[] { "PIPES:READ", "DATASOURCES:READ" } }), new FieldRule("resource", true, new ShapeRule("string")), new FieldRule("fixed_params", false, new ShapeRule("object")), new FieldRule("filter", false, new ShapeRule("string")) } } }),
            new FieldRule("limits", false, new ShapeRule("object") { Properties = new[] { new FieldRule("rps", true, new ShapeRule("integer")) } }),
            new FieldRule("chart_url", true, new ShapeRule("string")),
        };

        /// <summary>Signs with the current time and a secure random source.</summary>
        /// <param name="input">The values to sign.</param>
        /// <param name="secret">The Tinybird secret.</param>
        /// <returns>The token, URL and signature.</returns>
        /// <exception cref="EmbedsealException">
        /// <see cref="ErrorCode.InvalidInput"/>, <see cref="ErrorCode.InvalidKey"/> or <see cref="ErrorCode.WeakKey"/>.
        /// </exception>
        public static Signed Sign(Input input, string secret)
        {
            return Sign(input, secret, DateTimeOffset.UtcNow.ToUnixTimeSeconds(), RandomSource.Secure);
        }

        // --8<-- [start:sign]

        /// <summary>Signs a Tinybird JWT.</summary>
        /// <param name="input">The values to sign.</param>
        /// <param name="secret">The Tinybird secret.</param>
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
            if (input.WorkspaceId != null)
            {
                values.Add("workspace_id", input.WorkspaceId);
            }

            if (input.Name != null)
            {
                values.Add("name", input.Name);
            }

            values.Add("exp", input.Exp ?? now + 3600);
            if (input.Scopes != null)
            {
                values.Add("scopes", JsonValues.ToJson(input.Scopes, item1 => item1 == null ? null : (object)item1.ToJson()));
            }

            if (input.Limits != null)
            {
                values.Add("limits", input.Limits.ToJson());
            }

            if (input.ChartUrl != null)
            {
                values.Add("chart_url", input.ChartUrl);
            }

            Schema.CheckMembers(Fields, values, string.Empty, ErrorCode.InvalidInput);

            var header = new JsonObject { { "alg", "HS256" }, { "typ", "JWT" } };
            var payload = JsonValues.Pick(values, "workspace_id", "name", "exp", "scopes", "limits");
            var signingInput = Segment(header) + "." + Segment(payload);
            var mac = Hmacs.Compute(HmacAlgorithm.Sha256, key, Encoding.ASCII.GetBytes(signingInput));
            var signature = Bytes.Encode(mac, ByteEncoding.Base64UrlNoPad);
            var token = signingInput + "." + signature;
            var url = EmbedUrl(values, token);

            var response = new JsonObject();
            response.Add("token", token);
            if (values.TryGetValue("exp", out var response2))
            {
                response.Add("expires_at", response2);
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
            url.Append(RawUrlPart("chart_url", JsonValues.Text(values["chart_url"])));
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
                pairs.Add(Percent("token") + "=" + Percent(token));
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
        /// <param name="secret">The Tinybird secret.</param>
        /// <returns>The verified claims.</returns>
        /// <exception cref="EmbedsealException">With the reason the token is refused.</exception>
        public static Claims Verify(string token, string secret)
        {
            return Verify(token, secret, DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        }

        // --8<-- [start:verify]

        /// <summary>Verifies a Tinybird JWT.</summary>
        /// <param name="token">The token as received.</param>
        /// <param name="secret">The Tinybird secret.</param>
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
                0,
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
                ? new[] { "workspace_id", "name", "exp", "scopes", "limits" }
                : new string[] {  };
            return Array.FindAll(Fields, rule => Array.IndexOf(names, rule.Name) >= 0);
        }
    }
}
