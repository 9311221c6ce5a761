// Code generated from the embedseal runtime — do not edit.

using System;
using System.Globalization;

namespace Embedseal.Runtime
{
    /// <summary>
    /// Turns configured secrets into HMAC key bytes.
    /// </summary>
    /// <remarks>
    /// Error messages name the problem and the expected encoding, never the secret itself.
    /// </remarks>
    public static class Secrets
    {
        /// <summary>Decodes a secret into key bytes.</summary>
        /// <param name="secret">The secret as configured.</param>
        /// <param name="encoding">How the secret is written.</param>
        /// <returns>The key bytes, never empty.</returns>
        /// <exception cref="EmbedsealException">
        /// <see cref="ErrorCode.InvalidKey"/> when the secret is missing, empty or not in the given encoding.
        /// </exception>
        public static byte[] Decode(string secret, SecretEncoding encoding)
        {
            if (string.IsNullOrEmpty(secret))
            {
                throw new EmbedsealException(ErrorCode.InvalidKey, "The secret is missing or empty.");
            }

            if (!TryDecode(secret, encoding, out var key))
            {
                throw new EmbedsealException(
                    ErrorCode.InvalidKey,
                    "The secret is not valid " + GetName(encoding) + ".");
            }

            if (key.Length == 0)
            {
                throw new EmbedsealException(ErrorCode.InvalidKey, "The secret decodes to no bytes.");
            }

            return key;
        }

        /// <summary>Decodes a secret into key bytes and checks that the key is long enough.</summary>
        /// <param name="secret">The secret as configured.</param>
        /// <param name="encoding">How the secret is written.</param>
        /// <param name="minBytes">The smallest key length the format accepts.</param>
        /// <returns>The key bytes, at least <paramref name="minBytes"/> long and never empty.</returns>
        /// <exception cref="EmbedsealException">
        /// <see cref="ErrorCode.InvalidKey"/> when the secret cannot be decoded;
        /// <see cref="ErrorCode.WeakKey"/> when the key is shorter than <paramref name="minBytes"/>.
        /// </exception>
        public static byte[] Decode(string secret, SecretEncoding encoding, int minBytes)
        {
            var key = Decode(secret, encoding);
            if (key.Length < minBytes)
            {
                throw new EmbedsealException(
                    ErrorCode.WeakKey,
                    string.Format(
                        CultureInfo.InvariantCulture,
                        "The secret is {0} bytes long; at least {1} bytes are required.",
                        key.Length,
                        minBytes));
            }

            return key;
        }

        private static bool TryDecode(string secret, SecretEncoding encoding, out byte[] key)
        {
            switch (encoding)
            {
                case SecretEncoding.Utf8:
                    return Utf8.TryGetBytes(secret, out key);
                case SecretEncoding.Hex:
                    return Bytes.TryDecodeLenient(secret, ByteEncoding.Hex, out key);
                case SecretEncoding.Base64:
                    return Bytes.TryDecodeLenient(secret, ByteEncoding.Base64, out key);
                case SecretEncoding.Base64Url:
                    return Bytes.TryDecodeLenient(secret, ByteEncoding.Base64Url, out key);
                default:
                    throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "Unknown secret encoding.");
            }
        }

        private static string GetName(SecretEncoding encoding)
        {
            switch (encoding)
            {
                case SecretEncoding.Utf8:
                    return "UTF-8 text";
                case SecretEncoding.Hex:
                    return "hex";
                case SecretEncoding.Base64:
                    return "base64";
                default:
                    return "base64url";
            }
        }
    }
}
