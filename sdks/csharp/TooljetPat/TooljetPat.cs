// Code generated from spec/formats/tooljet-pat.yaml — do not edit.

using System;
using System.Collections.Generic;
using System.Text;
using Embedseal.Runtime;

namespace Embedseal.TooljetPat
{
    /// <summary>
    /// What the caller supplies to exchange for a ToolJet personal access token (embedded apps).
    /// </summary>
    public sealed class Input
    {
        /// <summary>The ToolJet origin (https://tooljet.example.com).</summary>
        public string ServerUrl { get; set; }

        /// <summary>The user the token acts as.</summary>
        public string Email { get; set; }

        /// <summary>The app the token is scoped to.</summary>
        public string AppId { get; set; }

        /// <summary>How long the embedded session lasts, in minutes. Optional.</summary>
        public long? SessionExpiry { get; set; }

        /// <summary>How long the token is valid, in seconds. Optional.</summary>
        public long? PatExpiry { get; set; }

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
            JsonValues.OnlyMembers(fields, string.Empty, ErrorCode.InvalidInput, "server_url", "email", "appId", "sessionExpiry", "patExpiry");
            var input = new Input();
            if (fields.TryGetValue("server_url", out var value1) && value1 != null)
            {
                input.ServerUrl = JsonValues.String(value1, "server_url", ErrorCode.InvalidInput);
            }

            if (fields.TryGetValue("email", out var value2) && value2 != null)
            {
                input.Email = JsonValues.String(value2, "email", ErrorCode.InvalidInput);
            }

            if (fields.TryGetValue("appId", out var value3) && value3 != null)
            {
                input.AppId = JsonValues.String(value3, "appId", ErrorCode.InvalidInput);
            }

            if (fields.TryGetValue("sessionExpiry", out var value4) && value4 != null)
            {
                input.SessionExpiry = JsonValues.Integer(value4, "sessionExpiry", ErrorCode.InvalidInput);
            }

            if (fields.TryGetValue("patExpiry", out var value5) && value5 != null)
            {
                input.PatExpiry = JsonValues.Integer(value5, "patExpiry", ErrorCode.InvalidInput);
            }

            return input;
        }
    }


    /// <summary>
    /// The token ToolJet issued for a ToolJet personal access token (embedded apps) exchange.
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
    /// ToolJet personal access token (embedded apps) (ToolJet): the backend sends its secret to ToolJet over HTTPS and
    /// receives a token.
    /// </summary>
    public static class TooljetPat
    {
        /// <summary>The request's timeout when the caller names none, in milliseconds.</summary>
        public const long TimeoutMs = 10000;

        private static readonly int[] Success = { 200, 201 };

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
            new FieldRule("server_url", true, new ShapeRule("string")),
            new FieldRule("email", true, new ShapeRule("string")),
            new FieldRule("appId", true, new ShapeRule("string")),
            new FieldRule("sessionExpiry", true, new ShapeRule("integer") { Minimum = 1L }),
            new FieldRule("patExpiry", true, new ShapeRule("integer") { Minimum = 1L }),
        };

        /// <summary>Trades the secret for a token, with the clock and the format's server and timeout.</summary>
        /// <param name="input">The request's inputs.</param>
        /// <param name="secret">The external API access token configured on the ToolJet server, sent as given after "Authorization: Basic ".</param>
        /// <returns>The token, when it expires, the embed URL and the vendor's answer.</returns>
        /// <exception cref="EmbedsealException">See <see cref="Exchange(Input, string, long, string, long?)"/>.</exception>
        public static Exchanged Exchange(Input input, string secret)
        {
            return Exchange(input, secret, DateTimeOffset.UtcNow.ToUnixTimeSeconds(), null, null);
        }

        // --8<-- [start:sign]

        /// <summary>Trades the secret for a token.</summary>
        /// <param name="input">The request's inputs.</param>
        /// <param name="secret">The ToolJet secret; never in an error message.</param>
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
            if (values.ContainsKey("email"))
            {
                body.Add("email", values["email"]);
            }

            if (values.ContainsKey("appId"))
            {
                body.Add("appId", values["appId"]);
            }

            if (values.ContainsKey("sessionExpiry"))
            {
                body.Add("sessionExpiry", values["sessionExpiry"]);
            }

            if (values.ContainsKey("patExpiry"))
            {
                body.Add("patExpiry", values["patExpiry"]);
            }

            var url = Http.Url(Http.Part(Value(values, "server_url"), "server_url", false) + "/api/ext/users/personal-access-token", baseUrl);
            var headers = new Dictionary<string, string>
            {
                { "Accept", "application/json" },
                { "Content-Type", "application/json" },
                { "Authorization", "Basic " + secret },
            };
            var answer = Http.Send("POST", url, headers, Json.Encode(body, Profile), timeoutMs ?? TimeoutMs);
            Http.CheckStatus(answer, Success, Errors, now);

            var json = Http.Parse(answer);
            var result = new Exchanged { Token = Http.String(json, new[] { "personalAccessToken" }), Response = json };
            result.Url = Http.String(json, new[] { "redirectUrl" });
            var lifetime = Http.Lifetime(values["patExpiry"]);
            result.ExpiresAt = now + lifetime;
            return result;
        }

        // --8<-- [end:sign]

        private static JsonObject Values(Input input)
        {
            var values = new JsonObject();
            if (input.ServerUrl != null)
            {
                values.Add("server_url", input.ServerUrl);
            }

            if (input.Email != null)
            {
                values.Add("email", input.Email);
            }

            if (input.AppId != null)
            {
                values.Add("appId", input.AppId);
            }

            values.Add("sessionExpiry", input.SessionExpiry ?? 60L);
            values.Add("patExpiry", input.PatExpiry ?? 3600L);
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
