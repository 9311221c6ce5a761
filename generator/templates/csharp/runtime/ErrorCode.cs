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
    }
}
