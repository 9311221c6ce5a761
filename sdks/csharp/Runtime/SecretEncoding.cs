// Code generated from the embedseal runtime — do not edit.

namespace Embedseal.Runtime
{
    /// <summary>
    /// How a shared secret is written in configuration, as named in embedseal format specs.
    /// </summary>
    public enum SecretEncoding
    {
        /// <summary>The secret is the UTF-8 bytes of the text (<c>utf8</c>).</summary>
        Utf8,

        /// <summary>Hexadecimal in either case, even length (<c>hex</c>).</summary>
        Hex,

        /// <summary>Standard base64, padding required (<c>base64</c>).</summary>
        Base64,

        /// <summary>URL-safe base64, padding optional (<c>base64url</c>).</summary>
        Base64Url,
    }
}
