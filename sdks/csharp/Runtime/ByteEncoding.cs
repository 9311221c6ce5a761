// Code generated from the embedseal runtime — do not edit.

namespace Embedseal.Runtime
{
    /// <summary>
    /// A text form of binary data, as named in embedseal format specs.
    /// </summary>
    public enum ByteEncoding
    {
        /// <summary>Lowercase hexadecimal (<c>hex</c>).</summary>
        Hex,

        /// <summary>Standard base64 alphabet with padding (<c>base64</c>).</summary>
        Base64,

        /// <summary>URL-safe base64 alphabet with padding (<c>base64url</c>).</summary>
        Base64Url,

        /// <summary>URL-safe base64 alphabet without padding (<c>base64url-nopad</c>).</summary>
        Base64UrlNoPad,
    }
}
