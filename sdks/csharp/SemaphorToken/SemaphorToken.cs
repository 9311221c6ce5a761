// Code generated from spec/formats/semaphor-token.yaml — do not edit.

using System;
using System.Collections.Generic;
using System.Text;
using Embedseal.Runtime;

namespace Embedseal.SemaphorToken
{
    /// <summary>
    /// What the caller supplies to exchange for a Semaphor dashboard token.
    /// </summary>
    public sealed class Input
    {
        /// <summary>Semaphor's API origin (injectable for tests and private deployments). Optional.</summary>
        public string ServerUrl { get; set; }

        /// <summary>The dashboard's id (d_…).</summary>
        public string DashboardId { get; set; }

        /// <summary>How long the token lives, in seconds (Semaphor's default is one hour). Optional.</summary>
        public long? TokenExpiry { get; set; }

        /// <summary>Your id for the person viewing the dashboard. Optional.</summary>
        public string EndUserId { get; set; }

        /// <summary>User parameters the dashboard reads. Optional.</summary>
        public SemaphorTokenParams Params { get; set; }

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
            JsonValues.OnlyMembers(fields, string.Empty, ErrorCode.InvalidInput, "server_url", "dashboardId", "tokenExpiry", "endUserId", "params");
            var input = new Input();
            if (fields.TryGetValue("server_url", out var value1) && value1 != null)
            {
                input.ServerUrl = JsonValues.String(value1, "server_url", ErrorCode.InvalidInput);
            }

            if (fields.TryGetValue("dashboardId", out var value2) && value2 != null)
            {
                input.DashboardId = JsonValues.String(value2, "dashboardId", ErrorCode.InvalidInput);
            }

            if (fields.TryGetValue("tokenExpiry", out var value3) && value3 != null)
            {
                input.TokenExpiry = JsonValues.Integer(value3, "tokenExpiry", ErrorCode.InvalidInput);
            }

            if (fields.TryGetValue("endUserId", out var value4) && value4 != null)
            {
                input.EndUserId = JsonValues.String(value4, "endUserId", ErrorCode.InvalidInput);
            }

            if (fields.TryGetValue("params", out var value5) && value5 != null)
            {
                input.Params = SemaphorTokenParams.FromJson(value5, "params", ErrorCode.InvalidInput);
            }

            return input;
        }
    }

    /// <summary>
    /// A <c>SemaphorTokenCurrencyFormat</c> object of a Semaphor dashboard token.
    /// </summary>
    public sealed class SemaphorTokenCurrencyFormat
    {
        /// <summary>A BCP 47 locale: en-US.</summary>
        public string Locale { get; set; }

        /// <summary>An ISO 4217 code: USD.</summary>
        public string Currency { get; set; }

        /// <summary>Reads the object from parsed JSON.</summary>
        /// <param name="json">The JSON value.</param>
        /// <param name="where">Where the value is, for messages.</param>
        /// <param name="code">The error code for a value of the wrong type.</param>
        /// <returns>The typed object.</returns>
        /// <exception cref="EmbedsealException">With <paramref name="code"/> on a wrong type.</exception>
        public static SemaphorTokenCurrencyFormat FromJson(object json, string where, ErrorCode code)
        {
            var members = JsonValues.Object(json, where, code);
            if (code == ErrorCode.InvalidInput)
            {
                JsonValues.OnlyMembers(members, where, code, "locale", "currency");
            }

            var result = new SemaphorTokenCurrencyFormat();
            if (members.TryGetValue("locale", out var value1))
            {
                result.Locale = JsonValues.String(value1, where + ".locale", code);
            }

            if (members.TryGetValue("currency", out var value2))
            {
                result.Currency = JsonValues.String(value2, where + ".currency", code);
            }

            return result;
        }

        /// <summary>Returns the object as JSON, members in declared order.</summary>
        /// <returns>The members that are present.</returns>
        public JsonObject ToJson()
        {
            var json = new JsonObject();
            if (Locale != null)
            {
                json.Add("locale", Locale);
            }

            if (Currency != null)
            {
                json.Add("currency", Currency);
            }

            return json;
        }
    }

    /// <summary>
    /// A <c>SemaphorTokenParams</c> object of a Semaphor dashboard token.
    /// </summary>
    public sealed class SemaphorTokenParams
    {
        /// <summary>How numbers show as money; values as Intl.NumberFormat takes them. Optional.</summary>
        public SemaphorTokenCurrencyFormat CurrencyFormat { get; set; }

        /// <summary>Reads the object from parsed JSON.</summary>
        /// <param name="json">The JSON value.</param>
        /// <param name="where">Where the value is, for messages.</param>
        /// <param name="code">The error code for a value of the wrong type.</param>
        /// <returns>The typed object.</returns>
        /// <exception cref="EmbedsealException">With <paramref name="code"/> on a wrong type.</exception>
        public static SemaphorTokenParams FromJson(object json, string where, ErrorCode code)
        {
            var members = JsonValues.Object(json, where, code);
            if (code == ErrorCode.InvalidInput)
            {
                JsonValues.OnlyMembers(members, where, code, "currencyFormat");
            }

            var result = new SemaphorTokenParams();
            if (members.TryGetValue("currencyFormat", out var value1))
            {
                result.CurrencyFormat = SemaphorTokenCurrencyFormat.FromJson(value1, where + ".currencyFormat", code);
            }

            return result;
        }

        /// <summary>Returns the object as JSON, members in declared order.</summary>
        /// <returns>The members that are present.</returns>
        public JsonObject ToJson()
        {
            var json = new JsonObject();
            if (CurrencyFormat != null)
            {
                json.Add("currencyFormat", CurrencyFormat.ToJson());
            }

            return json;
        }
    }


    /// <summary>
    /// The token Semaphor issued for a Semaphor dashboard token exchange.
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
    /// Semaphor dashboard token (Semaphor): the backend sends its secret to Semaphor over HTTPS and
    /// receives a token.
    /// </summary>
    public static class SemaphorToken
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
            new FieldRule("server_url", true, new ShapeRule("string")),
            new FieldRule("dashboardId", true, new ShapeRule("string")),
            new FieldRule("tokenExpiry", true, new ShapeRule("integer") { Minimum = 1L }),
            new FieldRule("endUserId", false, new ShapeRule("string")),
            new FieldRule("params", false, new ShapeRule("object") { Properties = new[] { new FieldRule("currencyFormat", false, new ShapeRule("object") { Properties = new[] { new FieldRule("locale", true, new ShapeRule("string")), new FieldRule("currency", true, new ShapeRule("string")) } }) } }),
        };

        /// <summary>Trades the secret for a token, with the clock and the format's server and timeout.</summary>
        /// <param name="input">The request's inputs.</param>
        /// <param name="secret">The dashboard secret (ds_…) from Semaphor's dashboard settings; sent in the body.</param>
        /// <returns>The token, when it expires, the embed URL and the vendor's answer.</returns>
        /// <exception cref="EmbedsealException">See <see cref="Exchange(Input, string, long, string, long?)"/>.</exception>
        public static Exchanged Exchange(Input input, string secret)
        {
            return Exchange(input, secret, DateTimeOffset.UtcNow.ToUnixTimeSeconds(), null, null);
        }

        // --8<-- [start:sign]

        /// <summary>Trades the secret for a token.</summary>
        /// <param name="input">The request's inputs.</param>
        /// <param name="secret">The Semaphor secret; never in an error message.</param>
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
            if (values.ContainsKey("dashboardId"))
            {
                body.Add("dashboardId", values["dashboardId"]);
            }

            body.Add("dashboardSecret", secret);
            if (values.ContainsKey("tokenExpiry"))
            {
                body.Add("tokenExpiry", values["tokenExpiry"]);
            }

            if (values.ContainsKey("endUserId"))
            {
                body.Add("endUserId", values["endUserId"]);
            }

            if (values.ContainsKey("params"))
            {
                body.Add("params", values["params"]);
            }

            var url = Http.Url(Http.Part(Value(values, "server_url"), "server_url", false) + "/api/v1/token", baseUrl);
            var headers = new Dictionary<string, string>
            {
                { "Accept", "application/json" },
                { "Content-Type", "application/json" },
            };
            var answer = Http.Send("POST", url, headers, Json.Encode(body, Profile), timeoutMs ?? TimeoutMs);
            Http.CheckStatus(answer, Success, Errors, now);

            var json = Http.Parse(answer);
            var result = new Exchanged { Token = Http.String(json, new[] { "accessToken" }), Response = json };
            var lifetime = Http.Lifetime(values["tokenExpiry"]);
            result.ExpiresAt = now + lifetime;
            return result;
        }

        // --8<-- [end:sign]

        /// <summary>Invalidates a token with Semaphor's revocation call.</summary>
        /// <param name="token">The token to invalidate; never in an error message.</param>
        /// <param name="serverUrl">Semaphor's API origin (injectable for tests and private deployments). Optional.</param>
        /// <param name="now">The current Unix time in seconds (for a Retry-After date).</param>
        /// <param name="baseUrl">Replaces the scheme and host of the URL (tests, proxies), or <see langword="null"/>.</param>
        /// <param name="timeoutMs">The timeout in milliseconds, or <see langword="null"/> for 10000.</param>
        /// <exception cref="EmbedsealException">
        /// invalid_key (an empty token), invalid_input, or the status and timeout errors of the exchange.
        /// </exception>
        public static void Revoke(string token, string serverUrl, long now, string baseUrl, long? timeoutMs)
        {
            Http.CheckSecret(token);
            var values = new JsonObject();
            values.Add("server_url", serverUrl ?? "https://semaphor.cloud");
            var url = Http.Url(Http.Part(Value(values, "server_url"), "server_url", false) + "/api/v1/invalidate-token", baseUrl);
            var headers = new Dictionary<string, string>
            {
                { "Accept", "application/json" },
                { "Authorization", "Bearer " + token },
            };
            var answer = Http.Send("POST", url, headers, null, timeoutMs ?? TimeoutMs);
            Http.CheckStatus(answer, Success, Errors, now);
        }

        private static JsonObject Values(Input input)
        {
            var values = new JsonObject();
            values.Add("server_url", input.ServerUrl ?? "https://semaphor.cloud");
            if (input.DashboardId != null)
            {
                values.Add("dashboardId", input.DashboardId);
            }

            values.Add("tokenExpiry", input.TokenExpiry ?? 3600L);
            if (input.EndUserId != null)
            {
                values.Add("endUserId", input.EndUserId);
            }

            if (input.Params != null)
            {
                values.Add("params", input.Params.ToJson());
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
