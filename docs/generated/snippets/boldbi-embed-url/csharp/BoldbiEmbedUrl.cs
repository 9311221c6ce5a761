// Code generated from spec/formats/boldbi-embed-url.yaml — do not edit.

using System;
using System.Collections.Generic;
using System.Text;
using Embedseal.Runtime;

namespace Embedseal.BoldbiEmbedUrl
{
    /// <summary>
    /// What the caller supplies to sign a Bold BI signed embed URL (before v14.1).
    /// </summary>
    public sealed class Input
    {
        /// <summary>The dashboard's URL on your Bold BI server (where the signed query goes).</summary>
        public string DashboardUrl { get; set; }

        /// <summary>A random GUID. Optional.</summary>
        public string EmbedNonce { get; set; }

        /// <summary>The dashboard id.</summary>
        public string EmbedDashboardId { get; set; }

        /// <summary>Email of a Bold BI user allowed to see the dashboard.</summary>
        public string EmbedUserEmail { get; set; }

        /// <summary>Signing time; without it Bold BI accepts the URL forever. Optional.</summary>
        public long? EmbedTimestamp { get; set; }

        /// <summary>Seconds the URL stays valid (needs embed_timestamp). Optional.</summary>
        public long? EmbedExpirationtime { get; set; }

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
            JsonValues.OnlyMembers(fields, string.Empty, ErrorCode.InvalidInput, "dashboard_url", "embed_nonce", "embed_dashboard_id", "embed_user_email", "embed_timestamp", "embed_expirationtime");
            var input = new Input();
            if (fields.TryGetValue("dashboard_url", out var value1) && value1 != null)
            {
                input.DashboardUrl = JsonValues.String(value1, "dashboard_url", ErrorCode.InvalidInput);
            }

            if (fields.TryGetValue("embed_nonce", out var value2) && value2 != null)
            {
                input.EmbedNonce = JsonValues.String(value2, "embed_nonce", ErrorCode.InvalidInput);
            }

            if (fields.TryGetValue("embed_dashboard_id", out var value3) && value3 != null)
            {
                input.EmbedDashboardId = JsonValues.String(value3, "embed_dashboard_id", ErrorCode.InvalidInput);
            }

            if (fields.TryGetValue("embed_user_email", out var value4) && value4 != null)
            {
                input.EmbedUserEmail = JsonValues.String(value4, "embed_user_email", ErrorCode.InvalidInput);
            }

            if (fields.TryGetValue("embed_timestamp", out var value5) && value5 != null)
            {
                input.EmbedTimestamp = JsonValues.Integer(value5, "embed_timestamp", ErrorCode.InvalidInput);
            }

            if (fields.TryGetValue("embed_expirationtime", out var value6) && value6 != null)
            {
                input.EmbedExpirationtime = JsonValues.Integer(value6, "embed_expirationtime", ErrorCode.InvalidInput);
            }

            return input;
        }
    }

    /// <summary>
    /// The claims of a verified Bold BI signed embed URL (before v14.1).
    /// </summary>
    public sealed class Claims
    {
        private readonly JsonObject json;

        private Claims(JsonObject json)
        {
            this.json = json;
        }

        /// <summary>The dashboard's URL on your Bold BI server (where the signed query goes).</summary>
        public string DashboardUrl { get; private set; }

        /// <summary>A random GUID.</summary>
        public string EmbedNonce { get; private set; }

        /// <summary>The dashboard id.</summary>
        public string EmbedDashboardId { get; private set; }

        /// <summary>Email of a Bold BI user allowed to see the dashboard.</summary>
        public string EmbedUserEmail { get; private set; }

        /// <summary>Signing time; without it Bold BI accepts the URL forever. Null when absent.</summary>
        public long? EmbedTimestamp { get; private set; }

        /// <summary>Seconds the URL stays valid (needs embed_timestamp). Null when absent.</summary>
        public long? EmbedExpirationtime { get; private set; }

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
            if (json.TryGetValue("dashboard_url", out var value1))
            {
                claims.DashboardUrl = JsonValues.String(value1, "dashboard_url", ErrorCode.InvalidClaim);
            }

            if (json.TryGetValue("embed_nonce", out var value2))
            {
                claims.EmbedNonce = JsonValues.String(value2, "embed_nonce", ErrorCode.InvalidClaim);
            }

            if (json.TryGetValue("embed_dashboard_id", out var value3))
            {
                claims.EmbedDashboardId = JsonValues.String(value3, "embed_dashboard_id", ErrorCode.InvalidClaim);
            }

            if (json.TryGetValue("embed_user_email", out var value4))
            {
                claims.EmbedUserEmail = JsonValues.String(value4, "embed_user_email", ErrorCode.InvalidClaim);
            }

            if (json.TryGetValue("embed_timestamp", out var value5))
            {
                claims.EmbedTimestamp = JsonValues.Integer(value5, "embed_timestamp", ErrorCode.InvalidClaim);
            }

            if (json.TryGetValue("embed_expirationtime", out var value6))
            {
                claims.EmbedExpirationtime = JsonValues.Integer(value6, "embed_expirationtime", ErrorCode.InvalidClaim);
            }

            return claims;
        }
    }

    /// <summary>
    /// The result of signing a Bold BI signed embed URL (before v14.1).
    /// </summary>
    public sealed class Signed
    {
        /// <summary>Gets the embed URL.</summary>
        public string Url { get; internal set; }

        /// <summary>Gets the signature, as it appears in the URL.</summary>
        public string Signature { get; internal set; }

        /// <summary>Gets the response Bold BI expects, as JSON.</summary>
        public JsonObject Response { get; internal set; }
    }

    /// <summary>
    /// Bold BI signed embed URL (before v14.1) (Bold BI): sign, verify and build embed URLs.
    /// </summary>
    /// <remarks>
    /// Format description: <c>spec/formats/boldbi-embed-url.yaml</c>.
    /// Known weakness, kept for compatibility: no-expiry: embed_timestamp is optional, and without it nothing expires
    /// Known weakness, kept for compatibility: no-min-key-length: no minimum key length (secret.min_bytes)
    /// </remarks>
    public static class BoldbiEmbedUrl
    {
        private const string PercentSafe = "-_.~@";
        private const string PercentSpace = "%20";


        /// <summary>Every signed value, in declared order, with its rules.</summary>
        private static readonly FieldRule[] Fields =
        {
            new FieldRule("dashboard_url", true, new ShapeRule("string")),
            new FieldRule("embed_nonce", true, new ShapeRule("string")),
            new FieldRule("embed_dashboard_id", true, new ShapeRule("string")),
            new FieldRule("embed_user_email", true, new ShapeRule("string")),
            new FieldRule("embed_timestamp", false, new ShapeRule("unix-time")),
            new FieldRule("embed_expirationtime", false, new ShapeRule("integer") { Minimum = 86400L, Maximum = 518400L }),
        };

        private static readonly UrlPart[] BaseUrl =
        {
UrlPart.Of("dashboard_url", false),
        };

        private static readonly QueryParam[] QueryParams =
        {
            new QueryParam("embed_nonce", "embed_nonce", "text", false),
            new QueryParam("embed_dashboard_id", "embed_dashboard_id", "text", false),
            new QueryParam("embed_user_email", "embed_user_email", "text", false),
            new QueryParam("embed_timestamp", "embed_timestamp", "text", false),
            new QueryParam("embed_expirationtime", "embed_expirationtime", "text", false),
            new QueryParam("embed_signature", null, "text", true),
        };

        private static readonly Dictionary<string, string> Kinds = new Dictionary<string, string>
        {
            { "embed_timestamp", "unix-time" },
            { "embed_expirationtime", "integer" },
        };

        /// <summary>Signs with the current time and a secure random source.</summary>
        /// <param name="input">The values to sign.</param>
        /// <param name="secret">The Bold BI secret.</param>
        /// <returns>The URL and signature.</returns>
        /// <exception cref="EmbedsealException">
        /// <see cref="ErrorCode.InvalidInput"/>, <see cref="ErrorCode.InvalidKey"/> or <see cref="ErrorCode.WeakKey"/>.
        /// </exception>
        public static Signed Sign(Input input, string secret)
        {
            return Sign(input, secret, DateTimeOffset.UtcNow.ToUnixTimeSeconds(), RandomSource.Secure);
        }

        // --8<-- [start:sign]

        /// <summary>Signs a Bold BI signed embed URL (before v14.1).</summary>
        /// <param name="input">The values to sign.</param>
        /// <param name="secret">The Bold BI secret.</param>
        /// <param name="now">The current Unix time in seconds.</param>
        /// <param name="random">Where random values come from.</param>
        /// <returns>The URL and signature.</returns>
        /// <exception cref="EmbedsealException">
        /// <see cref="ErrorCode.InvalidInput"/>, <see cref="ErrorCode.InvalidKey"/> or <see cref="ErrorCode.WeakKey"/>.
        /// </exception>
        public static Signed Sign(Input input, string secret, long now, RandomSource random)
        {
            var key = Secrets.Decode(secret, SecretEncoding.Utf8, 1);
            var values = new JsonObject();
            if (input.DashboardUrl != null)
            {
                values.Add("dashboard_url", input.DashboardUrl);
            }

            values.Add("embed_nonce", RandomSource.Uuid(random.Take(16)));
            if (input.EmbedDashboardId != null)
            {
                values.Add("embed_dashboard_id", input.EmbedDashboardId);
            }

            if (input.EmbedUserEmail != null)
            {
                values.Add("embed_user_email", input.EmbedUserEmail);
            }

            values.Add("embed_timestamp", input.EmbedTimestamp ?? now + 0);
            if (input.EmbedExpirationtime != null)
            {
                values.Add("embed_expirationtime", input.EmbedExpirationtime);
            }

            Schema.CheckMembers(Fields, values, string.Empty, ErrorCode.InvalidInput);

            var message = Query(values, null, null);
            var mac = Hmacs.Compute(HmacAlgorithm.Sha256, key, JsonValues.Utf8Bytes(message));
            var signature = Bytes.Encode(mac, ByteEncoding.Base64);
            var url = EmbedUrl(values, signature);

            var response = new JsonObject();
            response.Add("url", url);
            response.Add("signature", signature);
            return new Signed
            {
                Url = url,
                Signature = signature,
                Response = response,
            };
        }

        // --8<-- [end:sign]

        // --8<-- [start:url]

        /// <summary>Builds the embed URL from the signed values.</summary>
        /// <param name="values">The signed values by wire name.</param>
        /// <param name="signature">The signature to embed.</param>
        /// <returns>The URL.</returns>
        public static string EmbedUrl(JsonObject values, string signature)
        {
            var url = new StringBuilder();
            url.Append(RawUrlPart("dashboard_url", JsonValues.Text(values["dashboard_url"])));
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
            if (values.TryGetValue("embed_nonce", out var value1))
            {
                pairs.Add(Percent("embed_nonce") + "=" + Percent(JsonValues.Text(value1)));
            }

            if (values.TryGetValue("embed_dashboard_id", out var value2))
            {
                pairs.Add(Percent("embed_dashboard_id") + "=" + Percent(JsonValues.Text(value2)));
            }

            if (values.TryGetValue("embed_user_email", out var value3))
            {
                pairs.Add(Percent("embed_user_email") + "=" + Percent(JsonValues.Text(value3)));
            }

            if (values.TryGetValue("embed_timestamp", out var value4))
            {
                pairs.Add(Percent("embed_timestamp") + "=" + Percent(JsonValues.Text(value4)));
            }

            if (values.TryGetValue("embed_expirationtime", out var value5))
            {
                pairs.Add(Percent("embed_expirationtime") + "=" + Percent(JsonValues.Text(value5)));
            }

            if (signature != null)
            {
                pairs.Add(Percent("embed_signature") + "=" + Percent(signature));
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
        /// <param name="secret">The Bold BI secret.</param>
        /// <returns>The verified claims.</returns>
        /// <exception cref="EmbedsealException">With the reason the URL is refused.</exception>
        public static Claims Verify(string url, string secret)
        {
            return Verify(url, secret, DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        }

        // --8<-- [start:verify]

        /// <summary>Verifies a Bold BI signed embed URL (before v14.1).</summary>
        /// <param name="url">The signed URL as received.</param>
        /// <param name="secret">The Bold BI secret.</param>
        /// <param name="now">The current Unix time in seconds.</param>
        /// <returns>The verified claims.</returns>
        /// <exception cref="EmbedsealException">With the reason the URL is refused.</exception>
        public static Claims Verify(string url, string secret, long now)
        {
            var key = Secrets.Decode(secret, SecretEncoding.Utf8, 1);
            var received = ReceivedUrl.Parse(url, BaseUrl, QueryParams);
            var signature = Bytes.Decode(received.Signature, ByteEncoding.Base64);
            var message = received.QueryWithoutSignature();
            var mac = Hmacs.Compute(HmacAlgorithm.Sha256, key, JsonValues.Utf8Bytes(message));
            if (!Hmacs.FixedTimeEquals(mac, signature))
            {
                throw new EmbedsealException(ErrorCode.BadSignature, "The signature does not match.");
            }

            var claims = received.Claims(Kinds);
            Schema.CheckMembers(Carried(), claims, string.Empty, ErrorCode.InvalidClaim);
            Times.Check(
                now,
                0,
                null,
                Times.Claim(claims, "embed_timestamp"),
                null,
                518400L,
                null);
            return Claims.FromJson(claims);
        }

        // --8<-- [end:verify]

        private static FieldRule[] Carried()
        {
            var names = new[] { "embed_nonce", "embed_dashboard_id", "embed_user_email", "embed_timestamp", "embed_expirationtime" };
            return Array.FindAll(Fields, rule => Array.IndexOf(names, rule.Name) >= 0);
        }
    }
}
