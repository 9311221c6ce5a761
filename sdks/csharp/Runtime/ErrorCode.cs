// Code generated from the embedseal runtime — do not edit.

namespace Embedseal.Runtime
{
    /// <summary>
    /// The reason an embed token was refused or could not be produced.
    /// </summary>
    /// <remarks>
    /// Every value has a stable wire name (see <see cref="EmbedsealException.WireName"/>)
    /// that is shared by the embedseal SDKs in all languages.
    /// </remarks>
    public enum ErrorCode
    {
        /// <summary>The token is not well formed (<c>malformed</c>).</summary>
        Malformed,

        /// <summary>The signature does not match (<c>bad_signature</c>).</summary>
        BadSignature,

        /// <summary>The token names an algorithm that is not allowed (<c>alg_not_allowed</c>).</summary>
        AlgNotAllowed,

        /// <summary>The token has expired (<c>expired</c>).</summary>
        Expired,

        /// <summary>The token is not valid yet (<c>not_yet_valid</c>).</summary>
        NotYetValid,

        /// <summary>The token lives longer than the format allows (<c>lifetime_too_long</c>).</summary>
        LifetimeTooLong,

        /// <summary>A required claim is missing (<c>missing_claim</c>).</summary>
        MissingClaim,

        /// <summary>A claim has the wrong type or value (<c>invalid_claim</c>).</summary>
        InvalidClaim,

        /// <summary>The values given for signing are not acceptable (<c>invalid_input</c>).</summary>
        InvalidInput,

        /// <summary>The secret cannot be decoded or is empty (<c>invalid_key</c>).</summary>
        InvalidKey,

        /// <summary>The secret is shorter than the format requires (<c>weak_key</c>).</summary>
        WeakKey,

        /// <summary>The vendor refused the request as malformed: 400 or another 4xx (<c>invalid_request</c>).</summary>
        InvalidRequest,

        /// <summary>The vendor refused the credential: 401 (<c>unauthorized</c>).</summary>
        Unauthorized,

        /// <summary>The vendor refused access: 403 (<c>forbidden</c>).</summary>
        Forbidden,

        /// <summary>The vendor does not know the resource: 404 (<c>not_found</c>).</summary>
        NotFound,

        /// <summary>Too many requests: 429, with Retry-After when sent (<c>rate_limited</c>).</summary>
        RateLimited,

        /// <summary>The vendor failed (5xx) or could not be reached (<c>upstream_error</c>).</summary>
        UpstreamError,

        /// <summary>No complete answer within the timeout (<c>timeout</c>).</summary>
        Timeout,

        /// <summary>The vendor's answer is not as the format describes it (<c>bad_response</c>).</summary>
        BadResponse,
    }
}
