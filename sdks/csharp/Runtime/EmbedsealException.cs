// Code generated from the embedseal runtime — do not edit.

using System;

namespace Embedseal.Runtime
{
    /// <summary>
    /// The single exception type thrown by embedseal when a token cannot be signed or verified.
    /// </summary>
    /// <remarks>
    /// Messages say what is wrong and where (a claim name, a segment, an offset);
    /// they never contain the secret.
    /// </remarks>
    public sealed class EmbedsealException : Exception
    {
        /// <summary>
        /// Initializes a new instance of the <see cref="EmbedsealException"/> class.
        /// </summary>
        /// <param name="code">The reason for the failure.</param>
        /// <param name="message">A description of what is wrong; must not contain secrets.</param>
        public EmbedsealException(ErrorCode code, string message)
            : base(message)
        {
            Code = code;
        }

        /// <summary>
        /// Initializes a new instance of the <see cref="EmbedsealException"/> class
        /// with the exception that caused it.
        /// </summary>
        /// <param name="code">The reason for the failure.</param>
        /// <param name="message">A description of what is wrong; must not contain secrets.</param>
        /// <param name="innerException">The exception that caused this one.</param>
        public EmbedsealException(ErrorCode code, string message, Exception innerException)
            : base(message, innerException)
        {
            Code = code;
        }

        /// <summary>Gets the reason for the failure.</summary>
        public ErrorCode Code { get; }

        /// <summary>Gets the HTTP status the vendor answered, for exchange errors that have one.</summary>
        public int? Status { get; internal set; }

        /// <summary>Gets the seconds to wait before retrying (<c>rate_limited</c> with Retry-After).</summary>
        public long? RetryAfter { get; internal set; }

        /// <summary>
        /// Gets the language-neutral name of <see cref="Code"/>, such as <c>"malformed"</c>
        /// or <c>"bad_signature"</c>.
        /// </summary>
        public string WireName => GetWireName(Code);

        /// <summary>
        /// Returns the language-neutral name of an error code, such as <c>"weak_key"</c>.
        /// </summary>
        /// <param name="code">The error code.</param>
        /// <returns>The wire name shared by the embedseal SDKs in all languages.</returns>
        public static string GetWireName(ErrorCode code)
        {
            switch (code)
            {
                case ErrorCode.Malformed:
                    return "malformed";
                case ErrorCode.BadSignature:
                    return "bad_signature";
                case ErrorCode.AlgNotAllowed:
                    return "alg_not_allowed";
                case ErrorCode.Expired:
                    return "expired";
                case ErrorCode.NotYetValid:
                    return "not_yet_valid";
                case ErrorCode.LifetimeTooLong:
                    return "lifetime_too_long";
                case ErrorCode.MissingClaim:
                    return "missing_claim";
                case ErrorCode.InvalidClaim:
                    return "invalid_claim";
                case ErrorCode.InvalidInput:
                    return "invalid_input";
                case ErrorCode.InvalidKey:
                    return "invalid_key";
                case ErrorCode.WeakKey:
                    return "weak_key";
                case ErrorCode.InvalidRequest:
                    return "invalid_request";
                case ErrorCode.Unauthorized:
                    return "unauthorized";
                case ErrorCode.Forbidden:
                    return "forbidden";
                case ErrorCode.NotFound:
                    return "not_found";
                case ErrorCode.RateLimited:
                    return "rate_limited";
                case ErrorCode.UpstreamError:
                    return "upstream_error";
                case ErrorCode.Timeout:
                    return "timeout";
                case ErrorCode.BadResponse:
                    return "bad_response";
                default:
                    throw new ArgumentOutOfRangeException(nameof(code), code, "Unknown error code.");
            }
        }
    }
}
