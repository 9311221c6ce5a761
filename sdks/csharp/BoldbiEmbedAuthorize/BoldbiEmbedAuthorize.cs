// Code generated from spec/formats/boldbi-embed-authorize.yaml — do not edit.

using System;
using System.Collections.Generic;
using System.Text;
using Embedseal.Runtime;

namespace Embedseal.BoldbiEmbedAuthorize
{
    /// <summary>
    /// What the caller supplies to exchange for a Bold BI embed token (v14.1 and later).
    /// </summary>
    public sealed class Input
    {
        /// <summary>Base URL of the Bold BI application (https://your-company.boldbi.com/bi); in the URL and the body.</summary>
        public string Serverurl { get; set; }

        /// <summary>The site (tenant) identifier (site/site1); in the URL and the body.</summary>
        public string Siteidentifier { get; set; }

        /// <summary>The viewer's email; the user must exist in Bold BI with access to the dashboard.</summary>
        public string Email { get; set; }

        /// <summary>The dashboard; mandatory on Bold BI 14.1.11 only. Optional.</summary>
        public BoldbiEmbedAuthorizeDashboard Dashboard { get; set; }

        /// <summary>
        /// Reads exchange inputs from parsed JSON (see <see cref="Json.ParseLenient(string)"/>);
        /// <see langword="null"/> members count as absent.
        /// </summary>
        /// <param name="fields">The inputs by wire name.</param>
        /// <returns>The typed input.</returns>
        /// <exception cref="EmbedsealException">
        /// <see cref="ErrorCode.InvalidInput"/> for an unknown member or a value of the wrong type.
        /// </exception>
        public static Input FromJson(JsonObject fields)
        {
            JsonValues.OnlyMembers(fields, string.Empty, ErrorCode.InvalidInput, "serverurl", "siteidentifier", "email", "dashboard");
            var input = new Input();
            if (fields.TryGetValue("serverurl", out var value1) && value1 != null)
            {
                input.Serverurl = JsonValues.String(value1, "serverurl", ErrorCode.InvalidInput);
            }

            if (fields.TryGetValue("siteidentifier", out var value2) && value2 != null)
            {
                input.Siteidentifier = JsonValues.String(value2, "siteidentifier", ErrorCode.InvalidInput);
            }

            if (fields.TryGetValue("email", out var value3) && value3 != null)
            {
                input.Email = JsonValues.String(value3, "email", ErrorCode.InvalidInput);
            }

            if (fields.TryGetValue("dashboard", out var value4) && value4 != null)
            {
                input.Dashboard = BoldbiEmbedAuthorizeDashboard.FromJson(value4, "dashboard", ErrorCode.InvalidInput);
            }

            return input;
        }
    }

    /// <summary>
    /// A <c>BoldbiEmbedAuthorizeDashboard</c> object of a Bold BI embed token (v14.1 and later).
    /// </summary>
    public sealed class BoldbiEmbedAuthorizeDashboard
    {
        /// <summary>The dashboard's id (from its URL).</summary>
        public string Id { get; set; }

        /// <summary>Reads the object from parsed JSON.</summary>
        /// <param name="json">The JSON value.</param>
        /// <param name="where">Where the value is, for messages.</param>
        /// <param name="code">The error code for a value of the wrong type.</param>
        /// <returns>The typed object.</returns>
        /// <exception cref="EmbedsealException">With <paramref name="code"/> on a wrong type.</exception>
        public static BoldbiEmbedAuthorizeDashboard FromJson(object json, string where, ErrorCode code)
        {
            var members = JsonValues.Object(json, where, code);
            if (code == ErrorCode.InvalidInput)
            {
                JsonValues.OnlyMembers(members, where, code, "id");
            }

            var result = new BoldbiEmbedAuthorizeDashboard();
            if (members.TryGetValue("id", out var value1))
            {
                result.Id = JsonValues.String(value1, where + ".id", code);
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

            return json;
        }
    }


    /// <summary>
    /// The token Bold BI issued for a Bold BI embed token (v14.1 and later) exchange.
    /// </summary>
    public sealed class Exchanged
    {
        /// <summary>Gets or sets the token.</summary>
        public string Token { get; set; }

        /// <summary>Gets or sets when the token expires (Unix seconds), if known.</summary>
        public long? ExpiresAt { get; set; }

        /// <summary>Gets or sets the embed URL, if the format gives one.</summary>
        public string Url { get; set; }

        /// <summary>Gets or sets the vendor's JSON answer (objects as <see cref="JsonObject"/>).</summary>
        public object Response { get; set; }
    }

    /// <summary>
    /// Bold BI embed token (v14.1 and later) (Bold BI): the backend sends its secret to Bold BI over HTTPS and
    /// receives a token.
    /// </summary>
    public static class BoldbiEmbedAuthorize
    {
        /// <summary>The request's timeout when the caller names none, in milliseconds.</summary>
        public const long TimeoutMs = 10000;

        private static readonly int[] Success = { 200 };

        private static readonly Dictionary<string, ErrorCode> Errors = new Dictionary<string, ErrorCode>
        {
            { "400", ErrorCode.InvalidRequest },
            { "401", ErrorCode.Unauthorized },
            { "403", ErrorCode.Forbidden },
            { "404", ErrorCode.NotFound },
            { "429", ErrorCode.RateLimited },
            { "4xx", ErrorCode.InvalidRequest },
            { "5xx", ErrorCode.UpstreamError },
        };

        private static readonly JsonProfile Profile = new JsonProfile(
            ",", ":", false, false);

        /// <summary>Every input, in declared order, with its rules.</summary>
        private static readonly FieldRule[] Fields =
        {
            new FieldRule("serverurl", true, new ShapeRule("string")),
            new FieldRule("siteidentifier", true, new ShapeRule("string")),
            new FieldRule("email", true, new ShapeRule("string")),
            new FieldRule("dashboard", false, new ShapeRule("object") { Properties = new[] { new FieldRule("id", true, new ShapeRule("string")) } }),
        };

        /// <summary>Trades the secret for a token, with the clock and the format's server and timeout.</summary>
        /// <param name="input">The request's inputs.</param>
        /// <param name="secret">The embed secret from Bold BI's embed settings; sent in the body as embedsecret.</param>
        /// <returns>The token, when it expires, the embed URL and the vendor's answer.</returns>
        /// <exception cref="EmbedsealException">See <see cref="Exchange(Input, string, long, string, long?)"/>.</exception>
        public static Exchanged Exchange(Input input, string secret)
        {
            return Exchange(input, secret, DateTimeOffset.UtcNow.ToUnixTimeSeconds(), null, null);
        }

        // --8<-- [start:sign]

        /// <summary>Trades the secret for a token.</summary>
        /// <param name="input">The request's inputs.</param>
        /// <param name="secret">The Bold BI secret; never in an error message.</param>
        /// <param name="now">The current Unix time in seconds (for the expiry).</param>
        /// <param name="baseUrl">Replaces the scheme and host of the URL (tests, proxies), or <see langword="null"/>.</param>
        /// <param name="timeoutMs">The timeout in milliseconds, or <see langword="null"/> for 10000.</param>
        /// <returns>The token, when it expires, the embed URL and the vendor's answer.</returns>
        /// <exception cref="EmbedsealException">
        /// invalid_input, invalid_key, invalid_request, unauthorized, forbidden, not_found, rate_limited
        /// (with <see cref="EmbedsealException.RetryAfter"/>), upstream_error, timeout or bad_response.
        /// </exception>
        public static Exchanged Exchange(Input input, string secret, long now, string baseUrl, long? timeoutMs)
        {
            Http.CheckSecret(secret);
            var values = Values(input);
            var body = new JsonObject();
            if (values.ContainsKey("serverurl"))
            {
                body.Add("serverurl", values["serverurl"]);
            }

            if (values.ContainsKey("siteidentifier"))
            {
                body.Add("siteidentifier", values["siteidentifier"]);
            }

            if (values.ContainsKey("email"))
            {
                body.Add("email", values["email"]);
            }

            body.Add("embedsecret", secret);
            if (values.ContainsKey("dashboard"))
            {
                body.Add("dashboard", values["dashboard"]);
            }

            var url = Http.Url(Http.Part(Value(values, "serverurl"), "serverurl", false) + "/api/" + Http.Part(Value(values, "siteidentifier"), "siteidentifier", false) + "/embed/authorize", baseUrl);
            var headers = new Dictionary<string, string>
            {
                { "Accept", "application/json" },
                { "Content-Type", "application/json" },
            };
            var answer = Http.Send("POST", url, headers, Json.Encode(body, Profile), timeoutMs ?? TimeoutMs);
            Http.CheckStatus(answer, Success, Errors, now);

            var json = Http.Parse(answer);
            Http.Require(json, new[] { "ApiStatus" }, true);
            var result = new Exchanged { Token = Http.String(json, new[] { "Data", "access_token" }), Response = json };
            object expiresIn;
            Http.TryMember(json, new[] { "Data", "expires_in" }, out expiresIn);
            var lifetime = Http.Lifetime(expiresIn);
            result.ExpiresAt = now + lifetime;
            return result;
        }

        // --8<-- [end:sign]

        private static JsonObject Values(Input input)
        {
            var values = new JsonObject();
            if (input.Serverurl != null)
            {
                values.Add("serverurl", input.Serverurl);
            }

            if (input.Siteidentifier != null)
            {
                values.Add("siteidentifier", input.Siteidentifier);
            }

            if (input.Email != null)
            {
                values.Add("email", input.Email);
            }

            if (input.Dashboard != null)
            {
                values.Add("dashboard", input.Dashboard.ToJson());
            }

            Schema.CheckMembers(Fields, values, string.Empty, ErrorCode.InvalidInput);
            return values;
        }

        private static object Value(JsonObject values, string name)
        {
            object value;
            return values.TryGetValue(name, out value) ? value : null;
        }
    }
}
