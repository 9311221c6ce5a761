// Code generated from spec/formats/papermap-iframe.yaml — do not edit.

using System;
using System.Collections.Generic;
using System.Text;
using Embedseal.Runtime;

namespace Embedseal.PapermapIframe
{
    /// <summary>
    /// What the caller supplies to sign a Papermap iframe token.
    /// </summary>
    public sealed class Input
    {
        /// <summary>Your Papermap API key identifier (ak_…), the same for every token.</summary>
        public string ApiKeyId { get; set; }

        /// <summary>The Papermap workspace that holds the dashboard.</summary>
        public string WorkspaceId { get; set; }

        /// <summary>Your customer (tenant) the dashboard is shown to.</summary>
        public string TenantId { get; set; }

        /// <summary>The tenant's dashboard.</summary>
        public string DashboardId { get; set; }

        /// <summary>When the token stops working (Unix seconds); one hour from now by default. Optional.</summary>
        public long? ValidUntil { get; set; }

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
            JsonValues.OnlyMembers(fields, string.Empty, ErrorCode.InvalidInput, "api_key_id", "workspace_id", "tenant_id", "dashboard_id", "valid_until");
            var input = new Input();
            if (fields.TryGetValue("api_key_id", out var value1) && value1 != null)
            {
                input.ApiKeyId = JsonValues.String(value1, "api_key_id", ErrorCode.InvalidInput);
            }

            if (fields.TryGetValue("workspace_id", out var value2) && value2 != null)
            {
                input.WorkspaceId = JsonValues.String(value2, "workspace_id", ErrorCode.InvalidInput);
            }

            if (fields.TryGetValue("tenant_id", out var value3) && value3 != null)
            {
                input.TenantId = JsonValues.String(value3, "tenant_id", ErrorCode.InvalidInput);
            }

            if (fields.TryGetValue("dashboard_id", out var value4) && value4 != null)
            {
                input.DashboardId = JsonValues.String(value4, "dashboard_id", ErrorCode.InvalidInput);
            }

            if (fields.TryGetValue("valid_until", out var value5) && value5 != null)
            {
                input.ValidUntil = JsonValues.Integer(value5, "valid_until", ErrorCode.InvalidInput);
            }

            return input;
        }
    }

    /// <summary>
    /// The claims of a verified Papermap iframe token.
    /// </summary>
    public sealed class Claims
    {
        private readonly JsonObject json;

        private Claims(JsonObject json)
        {
            this.json = json;
        }

        /// <summary>Your Papermap API key identifier (ak_…), the same for every token.</summary>
        public string ApiKeyId { get; private set; }

        /// <summary>The Papermap workspace that holds the dashboard.</summary>
        public string WorkspaceId { get; private set; }

        /// <summary>Your customer (tenant) the dashboard is shown to.</summary>
        public string TenantId { get; private set; }

        /// <summary>The tenant's dashboard.</summary>
        public string DashboardId { get; private set; }

        /// <summary>When the token stops working (Unix seconds); one hour from now by default.</summary>
        public long? ValidUntil { get; private set; }

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
            if (json.TryGetValue("api_key_id", out var value1))
            {
                claims.ApiKeyId = JsonValues.String(value1, "api_key_id", ErrorCode.InvalidClaim);
            }

            if (json.TryGetValue("workspace_id", out var value2))
            {
                claims.WorkspaceId = JsonValues.String(value2, "workspace_id", ErrorCode.InvalidClaim);
            }

            if (json.TryGetValue("tenant_id", out var value3))
            {
                claims.TenantId = JsonValues.String(value3, "tenant_id", ErrorCode.InvalidClaim);
            }

            if (json.TryGetValue("dashboard_id", out var value4))
            {
                claims.DashboardId = JsonValues.String(value4, "dashboard_id", ErrorCode.InvalidClaim);
            }

            if (json.TryGetValue("valid_until", out var value5))
            {
                claims.ValidUntil = JsonValues.Integer(value5, "valid_until", ErrorCode.InvalidClaim);
            }

            return claims;
        }
    }

    /// <summary>
    /// The result of signing a Papermap iframe token.
    /// </summary>
    public sealed class Signed
    {
        /// <summary>Gets the signed token.</summary>
        public string Token { get; internal set; }

        /// <summary>Gets the embed URL.</summary>
        public string Url { get; internal set; }

        /// <summary>Gets the signature, as it appears in the token.</summary>
        public string Signature { get; internal set; }

        /// <summary>Gets the signed <c>dashboard_id</c>.</summary>
        public string DashboardId { get; internal set; }

        /// <summary>Gets the signed <c>valid_until</c>.</summary>
        public long? ExpiresAt { get; internal set; }

        /// <summary>Gets the response Papermap expects, as JSON.</summary>
        public JsonObject Response { get; internal set; }
    }

    /// <summary>
    /// Papermap iframe token (Papermap): sign, verify and build embed URLs.
    /// </summary>
    /// <remarks>
    /// Format description: <c>spec/formats/papermap-iframe.yaml</c>.
    /// Known weakness, kept for compatibility: unsigned-fields: the signature does not cover api_key_id, tenant_id, dashboard_id
    /// Known weakness, kept for compatibility: ambiguous-concatenation: parts are concatenated with no delimiter, so different inputs can sign the same bytes
    /// Known weakness, kept for compatibility: unbounded-lifetime: no verify.max_lifetime bounds exp
    /// Known weakness, kept for compatibility: no-min-key-length: no minimum key length (secret.min_bytes)
    /// </remarks>
    public static class PapermapIframe
    {
        private const string PercentSafe = "-_.~=";
        private const string PercentSpace = "%20";

        private static readonly JsonProfile Profile = new JsonProfile(
            ", ", ": ", true, false);

        /// <summary>Every signed value, in declared order, with its rules.</summary>
        private static readonly FieldRule[] Fields =
        {
            new FieldRule("api_key_id", true, new ShapeRule("string")),
            new FieldRule("workspace_id", true, new ShapeRule("string")),
            new FieldRule("tenant_id", true, new ShapeRule("string")),
            new FieldRule("dashboard_id", true, new ShapeRule("string")),
            new FieldRule("valid_until", true, new ShapeRule("unix-time")),
        };

        /// <summary>Signs with the current time and a secure random source.</summary>
        /// <param name="input">The values to sign.</param>
        /// <param name="secret">The Papermap secret.</param>
        /// <returns>The token, URL and signature.</returns>
        /// <exception cref="EmbedsealException">
        /// <see cref="ErrorCode.InvalidInput"/>, <see cref="ErrorCode.InvalidKey"/> or <see cref="ErrorCode.WeakKey"/>.
        /// </exception>
        public static Signed Sign(Input input, string secret)
        {
            return Sign(input, secret, DateTimeOffset.UtcNow.ToUnixTimeSeconds(), RandomSource.Secure);
        }

        // --8<-- [start:sign]

        /// <summary>Signs a Papermap iframe token.</summary>
        /// <param name="input">The values to sign.</param>
        /// <param name="secret">The Papermap secret.</param>
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
            if (input.ApiKeyId != null)
            {
                values.Add("api_key_id", input.ApiKeyId);
            }

            if (input.WorkspaceId != null)
            {
                values.Add("workspace_id", input.WorkspaceId);
            }

            if (input.TenantId != null)
            {
                values.Add("tenant_id", input.TenantId);
            }

            if (input.DashboardId != null)
            {
                values.Add("dashboard_id", input.DashboardId);
            }

            values.Add("valid_until", input.ValidUntil ?? now + 3600);
            Schema.CheckMembers(Fields, values, string.Empty, ErrorCode.InvalidInput);

            var mac = Hmacs.Compute(HmacAlgorithm.Sha256, key, JsonValues.Utf8Bytes(SignedMessage(values)));
            var signature = Bytes.Encode(mac, ByteEncoding.Hex);
            var signedValues = JsonValues.Pick(values, "api_key_id", "workspace_id", "tenant_id", "dashboard_id", "valid_until");
            signedValues.Add("signature", signature);
            var envelope = JsonValues.Pick(signedValues, "api_key_id", "workspace_id", "tenant_id", "dashboard_id", "valid_until", "signature");
            var json = JsonValues.Utf8Bytes(Json.Encode(envelope, Profile));
            var token = Bytes.Encode(json, ByteEncoding.Base64Url);
            var url = EmbedUrl(values, token);

            var response = new JsonObject();
            response.Add("token", token);
            if (values.TryGetValue("dashboard_id", out var response2))
            {
                response.Add("dashboard_id", response2);
            }

            if (values.TryGetValue("valid_until", out var response3))
            {
                response.Add("expires_at", response3);
            }

            return new Signed
            {
                Token = token,
                Url = url,
                Signature = signature,
                DashboardId = values.ContainsKey("dashboard_id") ? JsonValues.String(values["dashboard_id"], "dashboard_id", ErrorCode.InvalidInput) : null,
                ExpiresAt = values.ContainsKey("valid_until") ? JsonValues.Integer(values["valid_until"], "valid_until", ErrorCode.InvalidInput) : null,
                Response = response,
            };
        }

        // --8<-- [end:sign]

        /// <summary>The text the signature covers.</summary>
        private static string SignedMessage(JsonObject values)
        {
            var parts = new List<string>();
            if (values.TryGetValue("workspace_id", out var part1))
            {
                parts.Add(JsonValues.Text(part1));
            }

            if (values.TryGetValue("valid_until", out var part2))
            {
                parts.Add(JsonValues.Text(part2));
            }

            return string.Join("", parts);
        }

        // --8<-- [start:url]

        /// <summary>Builds the embed URL from the signed values.</summary>
        /// <param name="values">The signed values by wire name.</param>
        /// <param name="token">The token to embed.</param>
        /// <returns>The URL.</returns>
        public static string EmbedUrl(JsonObject values, string token)
        {
            var url = new StringBuilder();
            url.Append("https://papermap.ai/embedded/dashboard");
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
                pairs.Add(Percent("embedded-token") + "=" + Percent(token));
            }

            return string.Join("&", pairs);
        }

        private static string Percent(string text)
        {
            return PercentEncoding.Encode(text, PercentSafe, PercentSpace);
        }

        /// <summary>Verifies with the current time.</summary>
        /// <param name="token">The token as received.</param>
        /// <param name="secret">The Papermap secret.</param>
        /// <returns>The verified claims.</returns>
        /// <exception cref="EmbedsealException">With the reason the token is refused.</exception>
        public static Claims Verify(string token, string secret)
        {
            return Verify(token, secret, DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        }

        // --8<-- [start:verify]

        /// <summary>Verifies a Papermap iframe token.</summary>
        /// <param name="token">The token as received.</param>
        /// <param name="secret">The Papermap secret.</param>
        /// <param name="now">The current Unix time in seconds.</param>
        /// <returns>The verified claims.</returns>
        /// <exception cref="EmbedsealException">With the reason the token is refused.</exception>
        public static Claims Verify(string token, string secret, long now)
        {
            var key = Secrets.Decode(secret, SecretEncoding.Utf8, 1);
            var claims = Json.Parse(Bytes.Decode(token, ByteEncoding.Base64Url)) as JsonObject
                ?? throw new EmbedsealException(ErrorCode.Malformed, "The token is not a JSON object.");
            Schema.CheckMembers(Carried(), claims, string.Empty, ErrorCode.InvalidClaim);
            if (!claims.TryGetValue("signature", out var signature))
            {
                throw new EmbedsealException(ErrorCode.MissingClaim, "signature is required.");
            }

            var received = Bytes.Decode(
                JsonValues.String(signature, "signature", ErrorCode.InvalidClaim),
                ByteEncoding.Hex);
            var mac = Hmacs.Compute(HmacAlgorithm.Sha256, key, JsonValues.Utf8Bytes(SignedMessage(claims)));
            if (!Hmacs.FixedTimeEquals(mac, received))
            {
                throw new EmbedsealException(ErrorCode.BadSignature, "The signature does not match.");
            }

            claims.Remove("signature");
            Times.Check(
                now,
                0,
                Times.Claim(claims, "valid_until"),
                null,
                null,
                null,
                null);
            return Claims.FromJson(claims);
        }

        // --8<-- [end:verify]

        private static FieldRule[] Carried()
        {
            var names = new[] { "api_key_id", "workspace_id", "tenant_id", "dashboard_id", "valid_until" };
            return Array.FindAll(Fields, rule => Array.IndexOf(names, rule.Name) >= 0);
        }
    }
}
