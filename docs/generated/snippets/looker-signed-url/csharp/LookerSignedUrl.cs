// Code generated from spec/formats/looker-signed-url.yaml — do not edit.

using System;
using System.Collections.Generic;
using System.Text;
using Embedseal.Runtime;

namespace Embedseal.LookerSignedUrl
{
    /// <summary>
    /// What the caller supplies to sign a Looker signed embed URL.
    /// </summary>
    public sealed class Input
    {
        /// <summary>Looker host without scheme, with the port when needed (example.looker.com).</summary>
        public string Host { get; set; }

        /// <summary>The embedded content path, e.g. /embed/dashboards/1.</summary>
        public string EmbedUrl { get; set; }

        /// <summary>Single-use random value. Optional.</summary>
        public string Nonce { get; set; }

        /// <summary>When the URL was signed; Looker accepts it within five minutes. Optional.</summary>
        public long? Time { get; set; }

        /// <summary>Length of the embed session in seconds. Optional.</summary>
        public long? SessionLength { get; set; }

        /// <summary>Your id for the viewer.</summary>
        public string ExternalUserId { get; set; }

        /// <summary>Looker permissions, e.g. access_data, see_user_dashboards.</summary>
        public List<string> Permissions { get; set; }

        /// <summary>Model names the viewer may use.</summary>
        public List<string> Models { get; set; }

        /// <summary>group_ids Optional.</summary>
        public List<long?> GroupIds { get; set; }

        /// <summary>external_group_id Optional.</summary>
        public string ExternalGroupId { get; set; }

        /// <summary>user_attributes Optional.</summary>
        public JsonObject UserAttributes { get; set; }

        /// <summary>Required by Looker; {} when unused. Optional.</summary>
        public JsonObject AccessFilters { get; set; }

        /// <summary>first_name Optional.</summary>
        public string FirstName { get; set; }

        /// <summary>last_name Optional.</summary>
        public string LastName { get; set; }

        /// <summary>user_timezone Optional.</summary>
        public string UserTimezone { get; set; }

        /// <summary>force_logout_login Optional.</summary>
        public bool? ForceLogoutLogin { get; set; }

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
            JsonValues.OnlyMembers(fields, string.Empty, ErrorCode.InvalidInput, "host", "embed_url", "nonce", "time", "session_length", "external_user_id", "permissions", "models", "group_ids", "external_group_id", "user_attributes", "access_filters", "first_name", "last_name", "user_timezone", "force_logout_login");
            var input = new Input();
            if (fields.TryGetValue("host", out var value1) && value1 != null)
            {
                input.Host = JsonValues.String(value1, "host", ErrorCode.InvalidInput);
            }

            if (fields.TryGetValue("embed_url", out var value2) && value2 != null)
            {
                input.EmbedUrl = JsonValues.String(value2, "embed_url", ErrorCode.InvalidInput);
            }

            if (fields.TryGetValue("nonce", out var value3) && value3 != null)
            {
                input.Nonce = JsonValues.String(value3, "nonce", ErrorCode.InvalidInput);
            }

            if (fields.TryGetValue("time", out var value4) && value4 != null)
            {
                input.Time = JsonValues.Integer(value4, "time", ErrorCode.InvalidInput);
            }

            if (fields.TryGetValue("session_length", out var value5) && value5 != null)
            {
                input.SessionLength = JsonValues.Integer(value5, "session_length", ErrorCode.InvalidInput);
            }

            if (fields.TryGetValue("external_user_id", out var value6) && value6 != null)
            {
                input.ExternalUserId = JsonValues.String(value6, "external_user_id", ErrorCode.InvalidInput);
            }

            if (fields.TryGetValue("permissions", out var value7) && value7 != null)
            {
                input.Permissions = JsonValues.List(value7, "permissions", ErrorCode.InvalidInput, (item1, at1) => JsonValues.String(item1, at1, ErrorCode.InvalidInput));
            }

            if (fields.TryGetValue("models", out var value8) && value8 != null)
            {
                input.Models = JsonValues.List(value8, "models", ErrorCode.InvalidInput, (item1, at1) => JsonValues.String(item1, at1, ErrorCode.InvalidInput));
            }

            if (fields.TryGetValue("group_ids", out var value9) && value9 != null)
            {
                input.GroupIds = JsonValues.List(value9, "group_ids", ErrorCode.InvalidInput, (item1, at1) => JsonValues.Integer(item1, at1, ErrorCode.InvalidInput));
            }

            if (fields.TryGetValue("external_group_id", out var value10) && value10 != null)
            {
                input.ExternalGroupId = JsonValues.String(value10, "external_group_id", ErrorCode.InvalidInput);
            }

            if (fields.TryGetValue("user_attributes", out var value11) && value11 != null)
            {
                input.UserAttributes = JsonValues.Object(value11, "user_attributes", ErrorCode.InvalidInput);
            }

            if (fields.TryGetValue("access_filters", out var value12) && value12 != null)
            {
                input.AccessFilters = JsonValues.Object(value12, "access_filters", ErrorCode.InvalidInput);
            }

            if (fields.TryGetValue("first_name", out var value13) && value13 != null)
            {
                input.FirstName = JsonValues.String(value13, "first_name", ErrorCode.InvalidInput);
            }

            if (fields.TryGetValue("last_name", out var value14) && value14 != null)
            {
                input.LastName = JsonValues.String(value14, "last_name", ErrorCode.InvalidInput);
            }

            if (fields.TryGetValue("user_timezone", out var value15) && value15 != null)
            {
                input.UserTimezone = JsonValues.String(value15, "user_timezone", ErrorCode.InvalidInput);
            }

            if (fields.TryGetValue("force_logout_login", out var value16) && value16 != null)
            {
                input.ForceLogoutLogin = JsonValues.Boolean(value16, "force_logout_login", ErrorCode.InvalidInput);
            }

            return input;
        }
    }

    /// <summary>
    /// The claims of a verified Looker signed embed URL.
    /// </summary>
    public sealed class Claims
    {
        private readonly JsonObject json;

        private Claims(JsonObject json)
        {
            this.json = json;
        }

        /// <summary>Looker host without scheme, with the port when needed (example.looker.com).</summary>
        public string Host { get; private set; }

        /// <summary>The embedded content path, e.g. /embed/dashboards/1.</summary>
        public string EmbedUrl { get; private set; }

        /// <summary>Single-use random value.</summary>
        public string Nonce { get; private set; }

        /// <summary>When the URL was signed; Looker accepts it within five minutes.</summary>
        public long? Time { get; private set; }

        /// <summary>Length of the embed session in seconds.</summary>
        public long? SessionLength { get; private set; }

        /// <summary>Your id for the viewer.</summary>
        public string ExternalUserId { get; private set; }

        /// <summary>Looker permissions, e.g. access_data, see_user_dashboards.</summary>
        public List<string> Permissions { get; private set; }

        /// <summary>Model names the viewer may use.</summary>
        public List<string> Models { get; private set; }

        /// <summary>group_ids Null when absent.</summary>
        public List<long?> GroupIds { get; private set; }

        /// <summary>external_group_id Null when absent.</summary>
        public string ExternalGroupId { get; private set; }

        /// <summary>user_attributes Null when absent.</summary>
        public JsonObject UserAttributes { get; private set; }

        /// <summary>Required by Looker; {} when unused.</summary>
        public JsonObject AccessFilters { get; private set; }

        /// <summary>first_name Null when absent.</summary>
        public string FirstName { get; private set; }

        /// <summary>last_name Null when absent.</summary>
        public string LastName { get; private set; }

        /// <summary>user_timezone Null when absent.</summary>
        public string UserTimezone { get; private set; }

        /// <summary>force_logout_login Null when absent.</summary>
        public bool? ForceLogoutLogin { get; private set; }

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
            if (json.TryGetValue("host", out var value1))
            {
                claims.Host = JsonValues.String(value1, "host", ErrorCode.InvalidClaim);
            }

            if (json.TryGetValue("embed_url", out var value2))
            {
                claims.EmbedUrl = JsonValues.String(value2, "embed_url", ErrorCode.InvalidClaim);
            }

            if (json.TryGetValue("nonce", out var value3))
            {
                claims.Nonce = JsonValues.String(value3, "nonce", ErrorCode.InvalidClaim);
            }

            if (json.TryGetValue("time", out var value4))
            {
                claims.Time = JsonValues.Integer(value4, "time", ErrorCode.InvalidClaim);
            }

            if (json.TryGetValue("session_length", out var value5))
            {
                claims.SessionLength = JsonValues.Integer(value5, "session_length", ErrorCode.InvalidClaim);
            }

            if (json.TryGetValue("external_user_id", out var value6))
            {
                claims.ExternalUserId = JsonValues.String(value6, "external_user_id", ErrorCode.InvalidClaim);
            }

            if (json.TryGetValue("permissions", out var value7))
            {
                claims.Permissions = JsonValues.List(value7, "permissions", ErrorCode.InvalidClaim, (item1, at1) => JsonValues.String(item1, at1, ErrorCode.InvalidClaim));
            }

            if (json.TryGetValue("models", out var value8))
            {
                claims.Models = JsonValues.List(value8, "models", ErrorCode.InvalidClaim, (item1, at1) => JsonValues.String(item1, at1, ErrorCode.InvalidClaim));
            }

            if (json.TryGetValue("group_ids", out var value9))
            {
                claims.GroupIds = JsonValues.List(value9, "group_ids", ErrorCode.InvalidClaim, (item1, at1) => JsonValues.Integer(item1, at1, ErrorCode.InvalidClaim));
            }

            if (json.TryGetValue("external_group_id", out var value10))
            {
                claims.ExternalGroupId = JsonValues.String(value10, "external_group_id", ErrorCode.InvalidClaim);
            }

            if (json.TryGetValue("user_attributes", out var value11))
            {
                claims.UserAttributes = JsonValues.Object(value11, "user_attributes", ErrorCode.InvalidClaim);
            }

            if (json.TryGetValue("access_filters", out var value12))
            {
                claims.AccessFilters = JsonValues.Object(value12, "access_filters", ErrorCode.InvalidClaim);
            }

            if (json.TryGetValue("first_name", out var value13))
            {
                claims.FirstName = JsonValues.String(value13, "first_name", ErrorCode.InvalidClaim);
            }

            if (json.TryGetValue("last_name", out var value14))
            {
                claims.LastName = JsonValues.String(value14, "last_name", ErrorCode.InvalidClaim);
            }

            if (json.TryGetValue("user_timezone", out var value15))
            {
                claims.UserTimezone = JsonValues.String(value15, "user_timezone", ErrorCode.InvalidClaim);
            }

            if (json.TryGetValue("force_logout_login", out var value16))
            {
                claims.ForceLogoutLogin = JsonValues.Boolean(value16, "force_logout_login", ErrorCode.InvalidClaim);
            }

            return claims;
        }
    }

    /// <summary>
    /// The result of signing a Looker signed embed URL.
    /// </summary>
    public sealed class Signed
    {
        /// <summary>Gets the embed URL.</summary>
        public string Url { get; internal set; }

        /// <summary>Gets the signature, as it appears in the URL.</summary>
        public string Signature { get; internal set; }

        /// <summary>Gets the response Looker expects, as JSON.</summary>
        public JsonObject Response { get; internal set; }
    }

    /// <summary>
    /// Looker signed embed URL (Looker): sign, verify and build embed URLs.
    /// </summary>
    /// <remarks>
    /// Format description: <c>spec/formats/looker-signed-url.yaml</c>.
    /// Known weakness, kept for compatibility: unsigned-fields: the signature does not cover first_name, last_name, user_timezone, force_logout_login
    /// Known weakness, kept for compatibility: sha1: HMAC-SHA1 is a legacy choice
    /// Known weakness, kept for compatibility: no-min-key-length: no minimum key length (secret.min_bytes)
    /// </remarks>
    public static class LookerSignedUrl
    {
        private const string PercentSafe = "-_.!~*'()";
        private const string PercentSpace = "%20";

        private static readonly JsonProfile Profile = new JsonProfile(
            ",", ":", false, false);

        /// <summary>Every signed value, in declared order, with its rules.</summary>
        private static readonly FieldRule[] Fields =
        {
            new FieldRule("host", true, new ShapeRule("string")),
            new FieldRule("embed_url", true, new ShapeRule("string")),
            new FieldRule("nonce", true, new ShapeRule("string") { MaxLength = 255 }),
            new FieldRule("time", true, new ShapeRule("unix-time")),
            new FieldRule("session_length", true, new ShapeRule("integer") { Minimum = 0L, Maximum = 2592000L }),
            new FieldRule("external_user_id", true, new ShapeRule("string")),
            new FieldRule("permissions", true, new ShapeRule("array") { Items = new ShapeRule("string") }),
            new FieldRule("models", true, new ShapeRule("array") { Items = new ShapeRule("string") }),
            new FieldRule("group_ids", false, new ShapeRule("array") { Items = new ShapeRule("integer") }),
            new FieldRule("external_group_id", false, new ShapeRule("string") { MaxLength = 81 }),
            new FieldRule("user_attributes", false, new ShapeRule("object")),
            new FieldRule("access_filters", true, new ShapeRule("object")),
            new FieldRule("first_name", false, new ShapeRule("string")),
            new FieldRule("last_name", false, new ShapeRule("string")),
            new FieldRule("user_timezone", false, new ShapeRule("string")),
            new FieldRule("force_logout_login", false, new ShapeRule("boolean")),
        };

        private static readonly UrlPart[] BaseUrl =
        {
UrlPart.Text("https://"),
UrlPart.Of("host", false),
UrlPart.Text("/login/embed/"),
UrlPart.Of("embed_url", true),
        };

        private static readonly QueryParam[] QueryParams =
        {
            new QueryParam("nonce", "nonce", "json", false),
            new QueryParam("time", "time", "json", false),
            new QueryParam("session_length", "session_length", "json", false),
            new QueryParam("external_user_id", "external_user_id", "json", false),
            new QueryParam("permissions", "permissions", "json", false),
            new QueryParam("models", "models", "json", false),
            new QueryParam("group_ids", "group_ids", "json", false),
            new QueryParam("external_group_id", "external_group_id", "json", false),
            new QueryParam("user_attributes", "user_attributes", "json", false),
            new QueryParam("access_filters", "access_filters", "json", false),
            new QueryParam("first_name", "first_name", "json", false),
            new QueryParam("last_name", "last_name", "json", false),
            new QueryParam("user_timezone", "user_timezone", "json", false),
            new QueryParam("force_logout_login", "force_logout_login", "json", false),
            new QueryParam("signature", null, "text", true),
        };

        private static readonly MessagePart[] MessageParts =
        {
            new MessagePart("", "host", "text"),
            new MessagePart("/login/embed/", "embed_url", "percent"),
            new MessagePart("", "nonce", "json"),
            new MessagePart("", "time", "json"),
            new MessagePart("", "session_length", "json"),
            new MessagePart("", "external_user_id", "json"),
            new MessagePart("", "permissions", "json"),
            new MessagePart("", "models", "json"),
            new MessagePart("", "group_ids", "json"),
            new MessagePart("", "external_group_id", "json"),
            new MessagePart("", "user_attributes", "json"),
            new MessagePart("", "access_filters", "json"),
        };

        private static readonly Dictionary<string, string> Kinds = new Dictionary<string, string>
        {
            { "time", "unix-time" },
            { "session_length", "integer" },
            { "permissions", "array" },
            { "models", "array" },
            { "group_ids", "array" },
            { "user_attributes", "object" },
            { "access_filters", "object" },
            { "force_logout_login", "boolean" },
        };

        /// <summary>Signs with the current time and a secure random source.</summary>
        /// <param name="input">The values to sign.</param>
        /// <param name="secret">The Looker secret.</param>
        /// <returns>The URL and signature.</returns>
        /// <exception cref="EmbedsealException">
        /// <see cref="ErrorCode.InvalidInput"/>, <see cref="ErrorCode.InvalidKey"/> or <see cref="ErrorCode.WeakKey"/>.
        /// </exception>
        public static Signed Sign(Input input, string secret)
        {
            return Sign(input, secret, DateTimeOffset.UtcNow.ToUnixTimeSeconds(), RandomSource.Secure);
        }

        // --8<-- [start:sign]

        /// <summary>Signs a Looker signed embed URL.</summary>
        /// <param name="input">The values to sign.</param>
        /// <param name="secret">The Looker secret.</param>
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
            if (input.Host != null)
            {
                values.Add("host", input.Host);
            }

            if (input.EmbedUrl != null)
            {
                values.Add("embed_url", input.EmbedUrl);
            }

            values.Add("nonce", Bytes.Encode(random.Take(16), ByteEncoding.Hex));
            values.Add("time", now);
            values.Add("session_length", input.SessionLength ?? 3600L);
            if (input.ExternalUserId != null)
            {
                values.Add("external_user_id", input.ExternalUserId);
            }

            if (input.Permissions != null)
            {
                values.Add("permissions", JsonValues.ToJson(input.Permissions, item1 => (object)item1));
            }

            if (input.Models != null)
            {
                values.Add("models", JsonValues.ToJson(input.Models, item1 => (object)item1));
            }

            if (input.GroupIds != null)
            {
                values.Add("group_ids", JsonValues.ToJson(input.GroupIds, item1 => (object)item1));
            }

            if (input.ExternalGroupId != null)
            {
                values.Add("external_group_id", input.ExternalGroupId);
            }

            if (input.UserAttributes != null)
            {
                values.Add("user_attributes", input.UserAttributes);
            }

            values.Add("access_filters", input.AccessFilters ?? new JsonObject());
            if (input.FirstName != null)
            {
                values.Add("first_name", input.FirstName);
            }

            if (input.LastName != null)
            {
                values.Add("last_name", input.LastName);
            }

            if (input.UserTimezone != null)
            {
                values.Add("user_timezone", input.UserTimezone);
            }

            if (input.ForceLogoutLogin != null)
            {
                values.Add("force_logout_login", input.ForceLogoutLogin);
            }

            Schema.CheckMembers(Fields, values, string.Empty, ErrorCode.InvalidInput);

            var message = SignedMessage(values);
            var mac = Hmacs.Compute(HmacAlgorithm.Sha1, key, JsonValues.Utf8Bytes(message));
            var signature = Bytes.Encode(mac, ByteEncoding.Base64);
            var url = EmbedUrl(values, signature);

            var response = new JsonObject();
            response.Add("url", url);
            return new Signed
            {
                Url = url,
                Signature = signature,
                Response = response,
            };
        }

        // --8<-- [end:sign]

        /// <summary>The text the signature covers.</summary>
        private static string SignedMessage(JsonObject values)
        {
            var parts = new List<string>();
            if (values.TryGetValue("host", out var part1))
            {
                parts.Add(JsonValues.Text(part1));
            }

            if (values.TryGetValue("embed_url", out var part2))
            {
                parts.Add("/login/embed/" + Percent(JsonValues.Text(part2)));
            }

            if (values.TryGetValue("nonce", out var part3))
            {
                parts.Add(Json.Encode(part3, Profile));
            }

            if (values.TryGetValue("time", out var part4))
            {
                parts.Add(Json.Encode(part4, Profile));
            }

            if (values.TryGetValue("session_length", out var part5))
            {
                parts.Add(Json.Encode(part5, Profile));
            }

            if (values.TryGetValue("external_user_id", out var part6))
            {
                parts.Add(Json.Encode(part6, Profile));
            }

            if (values.TryGetValue("permissions", out var part7))
            {
                parts.Add(Json.Encode(part7, Profile));
            }

            if (values.TryGetValue("models", out var part8))
            {
                parts.Add(Json.Encode(part8, Profile));
            }

            if (values.TryGetValue("group_ids", out var part9))
            {
                parts.Add(Json.Encode(part9, Profile));
            }

            if (values.TryGetValue("external_group_id", out var part10))
            {
                parts.Add(Json.Encode(part10, Profile));
            }

            if (values.TryGetValue("user_attributes", out var part11))
            {
                parts.Add(Json.Encode(part11, Profile));
            }

            if (values.TryGetValue("access_filters", out var part12))
            {
                parts.Add(Json.Encode(part12, Profile));
            }

            return string.Join("\n", parts);
        }

        // --8<-- [start:url]

        /// <summary>Builds the embed URL from the signed values.</summary>
        /// <param name="values">The signed values by wire name.</param>
        /// <param name="signature">The signature to embed.</param>
        /// <returns>The URL.</returns>
        public static string EmbedUrl(JsonObject values, string signature)
        {
            var url = new StringBuilder();
            url.Append("https://");
            url.Append(RawUrlPart("host", JsonValues.Text(values["host"])));
            url.Append("/login/embed/");
            url.Append(Percent(JsonValues.Text(values["embed_url"])));
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
            if (values.TryGetValue("nonce", out var value1))
            {
                pairs.Add(Percent("nonce") + "=" + Percent(Json.Encode(value1, Profile)));
            }

            if (values.TryGetValue("time", out var value2))
            {
                pairs.Add(Percent("time") + "=" + Percent(Json.Encode(value2, Profile)));
            }

            if (values.TryGetValue("session_length", out var value3))
            {
                pairs.Add(Percent("session_length") + "=" + Percent(Json.Encode(value3, Profile)));
            }

            if (values.TryGetValue("external_user_id", out var value4))
            {
                pairs.Add(Percent("external_user_id") + "=" + Percent(Json.Encode(value4, Profile)));
            }

            if (values.TryGetValue("permissions", out var value5))
            {
                pairs.Add(Percent("permissions") + "=" + Percent(Json.Encode(value5, Profile)));
            }

            if (values.TryGetValue("models", out var value6))
            {
                pairs.Add(Percent("models") + "=" + Percent(Json.Encode(value6, Profile)));
            }

            if (values.TryGetValue("group_ids", out var value7))
            {
                pairs.Add(Percent("group_ids") + "=" + Percent(Json.Encode(value7, Profile)));
            }

            if (values.TryGetValue("external_group_id", out var value8))
            {
                pairs.Add(Percent("external_group_id") + "=" + Percent(Json.Encode(value8, Profile)));
            }

            if (values.TryGetValue("user_attributes", out var value9))
            {
                pairs.Add(Percent("user_attributes") + "=" + Percent(Json.Encode(value9, Profile)));
            }

            if (values.TryGetValue("access_filters", out var value10))
            {
                pairs.Add(Percent("access_filters") + "=" + Percent(Json.Encode(value10, Profile)));
            }

            if (values.TryGetValue("first_name", out var value11))
            {
                pairs.Add(Percent("first_name") + "=" + Percent(Json.Encode(value11, Profile)));
            }

            if (values.TryGetValue("last_name", out var value12))
            {
                pairs.Add(Percent("last_name") + "=" + Percent(Json.Encode(value12, Profile)));
            }

            if (values.TryGetValue("user_timezone", out var value13))
            {
                pairs.Add(Percent("user_timezone") + "=" + Percent(Json.Encode(value13, Profile)));
            }

            if (values.TryGetValue("force_logout_login", out var value14))
            {
                pairs.Add(Percent("force_logout_login") + "=" + Percent(Json.Encode(value14, Profile)));
            }

            if (signature != null)
            {
                pairs.Add(Percent("signature") + "=" + Percent(signature));
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
        /// <param name="secret">The Looker secret.</param>
        /// <returns>The verified claims.</returns>
        /// <exception cref="EmbedsealException">With the reason the URL is refused.</exception>
        public static Claims Verify(string url, string secret)
        {
            return Verify(url, secret, DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        }

        // --8<-- [start:verify]

        /// <summary>Verifies a Looker signed embed URL.</summary>
        /// <param name="url">The signed URL as received.</param>
        /// <param name="secret">The Looker secret.</param>
        /// <param name="now">The current Unix time in seconds.</param>
        /// <returns>The verified claims.</returns>
        /// <exception cref="EmbedsealException">With the reason the URL is refused.</exception>
        public static Claims Verify(string url, string secret, long now)
        {
            var key = Secrets.Decode(secret, SecretEncoding.Utf8, 1);
            var received = ReceivedUrl.Parse(url, BaseUrl, QueryParams);
            var signature = Bytes.Decode(received.Signature, ByteEncoding.Base64);
            var message = received.SignedText("\n", MessageParts, PercentSafe, PercentSpace);
            var mac = Hmacs.Compute(HmacAlgorithm.Sha1, key, JsonValues.Utf8Bytes(message));
            if (!Hmacs.FixedTimeEquals(mac, signature))
            {
                throw new EmbedsealException(ErrorCode.BadSignature, "The signature does not match.");
            }

            var claims = received.Claims(Kinds);
            Schema.CheckMembers(Carried(), claims, string.Empty, ErrorCode.InvalidClaim);
            Times.Check(
                now,
                300,
                null,
                Times.Claim(claims, "time"),
                null,
                0L,
                null);
            return Claims.FromJson(claims);
        }

        // --8<-- [end:verify]

        private static FieldRule[] Carried()
        {
            var names = new[] { "host", "embed_url", "nonce", "time", "session_length", "external_user_id", "permissions", "models", "group_ids", "external_group_id", "user_attributes", "access_filters", "first_name", "last_name", "user_timezone", "force_logout_login" };
            return Array.FindAll(Fields, rule => Array.IndexOf(names, rule.Name) >= 0);
        }
    }
}
