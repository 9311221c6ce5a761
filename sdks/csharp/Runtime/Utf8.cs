// Code generated from the embedseal runtime — do not edit.

using System.Text;

namespace Embedseal.Runtime
{
    /// <summary>
    /// Strict UTF-8 conversions: invalid bytes and lone surrogates are refused, never replaced.
    /// </summary>
    internal static class Utf8
    {
        private static readonly UTF8Encoding Strict = new UTF8Encoding(false, true);

        /// <summary>Decodes UTF-8 bytes, refusing invalid or overlong sequences.</summary>
        /// <param name="bytes">The bytes to decode.</param>
        /// <param name="text">The decoded text, or <see langword="null"/> on failure.</param>
        /// <returns><see langword="true"/> when the bytes are valid UTF-8.</returns>
        internal static bool TryGetString(byte[] bytes, out string text)
        {
            try
            {
                text = Strict.GetString(bytes);
                return true;
            }
            catch (DecoderFallbackException)
            {
                text = null;
                return false;
            }
        }

        /// <summary>Encodes text as UTF-8, refusing lone surrogates.</summary>
        /// <param name="text">The text to encode.</param>
        /// <param name="bytes">The encoded bytes, or <see langword="null"/> on failure.</param>
        /// <returns><see langword="true"/> when the text is valid UTF-16.</returns>
        internal static bool TryGetBytes(string text, out byte[] bytes)
        {
            try
            {
                bytes = Strict.GetBytes(text);
                return true;
            }
            catch (EncoderFallbackException)
            {
                bytes = null;
                return false;
            }
        }
    }
}
