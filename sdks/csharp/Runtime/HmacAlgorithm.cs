// Code generated from the embedseal runtime — do not edit.

namespace Embedseal.Runtime
{
    /// <summary>
    /// The hash function of an HMAC, as named in embedseal format specs.
    /// </summary>
    public enum HmacAlgorithm
    {
        /// <summary>HMAC-SHA1 (<c>sha1</c>), for legacy formats only.</summary>
        Sha1,

        /// <summary>HMAC-SHA256 (<c>sha256</c>).</summary>
        Sha256,

        /// <summary>HMAC-SHA384 (<c>sha384</c>).</summary>
        Sha384,

        /// <summary>HMAC-SHA512 (<c>sha512</c>).</summary>
        Sha512,
    }
}
