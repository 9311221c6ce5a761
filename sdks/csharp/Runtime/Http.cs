// Code generated from spec/formats/ — do not edit.

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;

namespace Embedseal.Runtime
{
    /// <summary>
    /// The HTTP side of exchange formats: one request with <see cref="HttpClient"/> (no redirects,
    /// a timeout), the status to error-code mapping and the vendor's JSON answer.
    /// </summary>
    /// <remarks>No message built here ever holds a secret, a token or a header value.</remarks>
    public static class Http
    {
        private static readonly Regex Origin = new Regex("^https?://[^/?#]+", RegexOptions.CultureInvariant);

        /// <summary>Refuses an empty credential, or one that would break a header line.</summary>
        /// <param name="secret">The secret (or token) to check.</param>
        /// <exception cref="EmbedsealException"><see cref="ErrorCode.InvalidKey"/>.</exception>
        public static void CheckSecret(string secret)
        {
            if (string.IsNullOrEmpty(secret))
            {
                throw new EmbedsealException(ErrorCode.InvalidKey, "the secret is empty");
            }

            if (secret.IndexOfAny(new[] { '\r', '\n', '\0' }) >= 0)
            {
                throw new EmbedsealException(ErrorCode.InvalidKey, "the secret holds a line break or NUL");
            }
        }

        /// <summary>
        /// Checks that <paramref name="url"/> is an absolute http(s) URL and replaces its scheme and
        /// host with <paramref name="baseUrl"/> when one is given (tests, proxies); the path stays.
        /// </summary>
        /// <param name="url">The URL from the format's template.</param>
        /// <param name="baseUrl">The replacement origin, or <see langword="null"/>.</param>
        /// <returns>The URL to call.</returns>
        /// <exception cref="EmbedsealException"><see cref="ErrorCode.InvalidInput"/>.</exception>
        public static string Url(string url, string baseUrl)
        {
            var origin = Origin.Match(url);
            if (!origin.Success)
            {
                throw new EmbedsealException(
                    ErrorCode.InvalidInput, "the server URL must start with https:// (or http://)");
            }

            return baseUrl == null ? url : baseUrl.TrimEnd('/') + url.Substring(origin.Length);
        }

        /// <summary>The text of a URL template placeholder.</summary>
        /// <param name="value">The value (a string, or absent).</param>
        /// <param name="name">The placeholder's name, for messages.</param>
        /// <param name="percent">Whether to percent-encode it.</param>
        /// <returns>The text.</returns>
        /// <exception cref="EmbedsealException"><see cref="ErrorCode.InvalidInput"/> when absent.</exception>
        public static string Part(object value, string name, bool percent)
        {
            var text = value as string;
            if (text == null)
            {
                throw new EmbedsealException(ErrorCode.InvalidInput, name + " is required for the URL");
            }

            return percent ? PercentEncoding.Encode(text, "-_.~", "%20") : text;
        }

        /// <summary>Sends one request; redirects are never followed.</summary>
        /// <param name="method">The HTTP method.</param>
        /// <param name="url">The absolute URL.</param>
        /// <param name="headers">The request headers.</param>
        /// <param name="body">The JSON body, or <see langword="null"/> for none.</param>
        /// <param name="timeoutMs">The timeout in milliseconds.</param>
        /// <returns>The vendor's answer.</returns>
        /// <exception cref="EmbedsealException">
        /// <see cref="ErrorCode.Timeout"/> (no answer in time) or <see cref="ErrorCode.UpstreamError"/> (none at all).
        /// </exception>
        public static HttpAnswer Send(string method, string url, IDictionary<string, string> headers, string body, long timeoutMs)
        {
            var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false };
            using (var client = new HttpClient(handler))
            using (var request = new HttpRequestMessage(new HttpMethod(method), url))
            {
                client.Timeout = TimeSpan.FromMilliseconds(timeoutMs);
                foreach (var header in headers)
                {
                    if (!string.Equals(header.Key, "Content-Type", StringComparison.OrdinalIgnoreCase))
                    {
                        request.Headers.TryAddWithoutValidation(header.Key, header.Value);
                    }
                }

                if (body != null)
                {
                    request.Content = new ByteArrayContent(new UTF8Encoding(false).GetBytes(body));
                    request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                }

                try
                {
                    using (var response = client.SendAsync(request).GetAwaiter().GetResult())
                    {
                        var bytes = response.Content == null
                            ? new byte[0]
                            : response.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult();
                        IEnumerable<string> values;
                        var retryAfter = response.Headers.TryGetValues("Retry-After", out values)
                            ? string.Join(",", values)
                            : null;
                        return new HttpAnswer((int)response.StatusCode, retryAfter, bytes);
                    }
                }
                catch (OperationCanceledException)
                {
                    throw new EmbedsealException(ErrorCode.Timeout, "no answer within " + timeoutMs + " ms");
                }
                catch (HttpRequestException error)
                {
                    var web = error.InnerException as System.Net.WebException;
                    if (web != null && web.Status == System.Net.WebExceptionStatus.Timeout)
                    {
                        throw new EmbedsealException(ErrorCode.Timeout, "no answer within " + timeoutMs + " ms");
                    }

                    throw new EmbedsealException(ErrorCode.UpstreamError, "the vendor could not be reached");
                }
                catch (System.IO.IOException)
                {
                    throw new EmbedsealException(ErrorCode.UpstreamError, "the vendor could not be reached");
                }
            }
        }

        /// <summary>Raises the error of a status outside <paramref name="success"/>.</summary>
        /// <param name="answer">The vendor's answer.</param>
        /// <param name="success">The statuses that carry a token.</param>
        /// <param name="rules">Status (<c>429</c>) or class (<c>5xx</c>) to error code.</param>
        /// <param name="now">The current Unix time in seconds (for a Retry-After date).</param>
        /// <exception cref="EmbedsealException">The mapped code.</exception>
        public static void CheckStatus(HttpAnswer answer, int[] success, IDictionary<string, ErrorCode> rules, long now)
        {
            if (Array.IndexOf(success, answer.Status) >= 0)
            {
                return;
            }

            ErrorCode code;
            if (!rules.TryGetValue(answer.Status.ToString(CultureInfo.InvariantCulture), out code)
                && !rules.TryGetValue((answer.Status / 100).ToString(CultureInfo.InvariantCulture) + "xx", out code))
            {
                code = ErrorCode.BadResponse;
            }

            var error = new EmbedsealException(code, "the vendor answered HTTP " + answer.Status) { Status = answer.Status };
            if (code == ErrorCode.RateLimited)
            {
                error.RetryAfter = RetryAfterSeconds(answer.RetryAfter, now);
            }

            throw error;
        }

        /// <summary>Retry-After in seconds: delta-seconds, or an HTTP date relative to <paramref name="now"/>.</summary>
        /// <param name="text">The header's value, or <see langword="null"/>.</param>
        /// <param name="now">The current Unix time in seconds.</param>
        /// <returns>The seconds, or <see langword="null"/> when absent or unreadable.</returns>
        public static long? RetryAfterSeconds(string text, long now)
        {
            text = (text ?? string.Empty).Trim();
            if (text.Length == 0)
            {
                return null;
            }

            long seconds;
            if (Regex.IsMatch(text, "^[0-9]+$") && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out seconds))
            {
                return seconds;
            }

            DateTimeOffset when;
            if (DateTimeOffset.TryParseExact(text, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out when))
            {
                return Math.Max(0L, when.ToUnixTimeSeconds() - now);
            }

            return null;
        }

        /// <summary>The vendor's JSON answer.</summary>
        /// <param name="answer">The answer.</param>
        /// <returns>The parsed body (objects as <see cref="JsonObject"/>).</returns>
        /// <exception cref="EmbedsealException"><see cref="ErrorCode.BadResponse"/> when it is not JSON.</exception>
        public static object Parse(HttpAnswer answer)
        {
            try
            {
                return Json.ParseLenient(new UTF8Encoding(false, true).GetString(answer.Body));
            }
            catch (EmbedsealException)
            {
                throw new EmbedsealException(ErrorCode.BadResponse, "the body is not JSON");
            }
            catch (ArgumentException)
            {
                throw new EmbedsealException(ErrorCode.BadResponse, "the body is not JSON");
            }
        }

        /// <summary>Whether the member at <paramref name="path"/> exists.</summary>
        /// <param name="body">The JSON answer.</param>
        /// <param name="path">Object member names from the root.</param>
        /// <param name="value">The member's value.</param>
        /// <returns><see langword="true"/> when every step is an object holding the member.</returns>
        public static bool TryMember(object body, string[] path, out object value)
        {
            value = body;
            foreach (var name in path)
            {
                var members = value as JsonObject;
                if (members == null || !members.TryGetValue(name, out value))
                {
                    value = null;
                    return false;
                }
            }

            return true;
        }

        /// <summary>A member that must be a non-empty string.</summary>
        /// <param name="body">The JSON answer.</param>
        /// <param name="path">Object member names from the root.</param>
        /// <returns>The string.</returns>
        /// <exception cref="EmbedsealException"><see cref="ErrorCode.BadResponse"/>.</exception>
        public static string String(object body, string[] path)
        {
            object value;
            TryMember(body, path, out value);
            var text = value as string;
            if (string.IsNullOrEmpty(text))
            {
                throw new EmbedsealException(ErrorCode.BadResponse, string.Join(".", path) + " is not a non-empty string");
            }

            return text;
        }

        /// <summary>A lifetime that must be a non-negative integer.</summary>
        /// <param name="value">The value.</param>
        /// <returns>The lifetime.</returns>
        /// <exception cref="EmbedsealException"><see cref="ErrorCode.BadResponse"/>.</exception>
        public static long Lifetime(object value)
        {
            if (!(value is long) || (long)value < 0)
            {
                throw new EmbedsealException(ErrorCode.BadResponse, "the token's lifetime is not a non-negative integer");
            }

            return (long)value;
        }

        /// <summary>Requires the member at <paramref name="path"/> to equal <paramref name="expected"/>.</summary>
        /// <param name="body">The JSON answer.</param>
        /// <param name="path">Object member names from the root.</param>
        /// <param name="expected">The JSON value it must hold.</param>
        /// <exception cref="EmbedsealException"><see cref="ErrorCode.BadResponse"/>.</exception>
        public static void Require(object body, string[] path, object expected)
        {
            object value;
            if (!TryMember(body, path, out value) || !JsonEquals(value, expected))
            {
                throw new EmbedsealException(ErrorCode.BadResponse, string.Join(".", path) + " does not hold its expected value");
            }
        }

        private static bool JsonEquals(object actual, object expected)
        {
            if (actual is JsonObject || expected is JsonObject || actual is IList<object> || expected is IList<object>)
            {
                return Json.Encode(actual, JsonProfile.Compact) == Json.Encode(expected, JsonProfile.Compact);
            }

            return Equals(actual, expected);
        }
    }

    /// <summary>What the vendor answered: status, Retry-After and body bytes.</summary>
    public sealed class HttpAnswer
    {
        /// <summary>Initializes a new instance of the <see cref="HttpAnswer"/> class.</summary>
        /// <param name="status">The HTTP status.</param>
        /// <param name="retryAfter">The Retry-After header, or <see langword="null"/>.</param>
        /// <param name="body">The body bytes.</param>
        public HttpAnswer(int status, string retryAfter, byte[] body)
        {
            Status = status;
            RetryAfter = retryAfter;
            Body = body;
        }

        /// <summary>Gets the HTTP status.</summary>
        public int Status { get; }

        /// <summary>Gets the Retry-After header, or <see langword="null"/>.</summary>
        public string RetryAfter { get; }

        /// <summary>Gets the body bytes.</summary>
        public byte[] Body { get; }
    }
}
