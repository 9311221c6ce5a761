// Code generated from the embedseal runtime — do not edit.

using System;
using System.Text;

namespace Embedseal.Runtime
{
    /// <summary>
    /// Canonical text encodings of bytes: hex, base64 and URL-safe base64.
    /// </summary>
    public static class Bytes
    {
        private const string HexDigits = "0123456789abcdef";

        /// <summary>Encodes bytes as text.</summary>
        /// <param name="data">The bytes to encode.</param>
        /// <param name="encoding">The text form to produce.</param>
        /// <returns>The encoded text.</returns>
        public static string Encode(byte[] data, ByteEncoding encoding)
        {
            if (data == null)
            {
                throw new ArgumentNullException(nameof(data));
            }

            switch (encoding)
            {
                case ByteEncoding.Hex:
                    return ToHex(data);
                case ByteEncoding.Base64:
                    return Convert.ToBase64String(data);
                case ByteEncoding.Base64Url:
                    return ToUrlAlphabet(Convert.ToBase64String(data));
                case ByteEncoding.Base64UrlNoPad:
                    return ToUrlAlphabet(Convert.ToBase64String(data)).TrimEnd('=');
                default:
                    throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "Unknown byte encoding.");
            }
        }

        /// <summary>
        /// Decodes text that must be in canonical form: it is accepted only when encoding the
        /// result gives back exactly the same text.
        /// </summary>
        /// <remarks>
        /// Uppercase hex, the wrong base64 alphabet, missing or extra padding, non-zero trailing
        /// bits and whitespace are all refused.
        /// </remarks>
        /// <param name="text">The text to decode.</param>
        /// <param name="encoding">The text form expected.</param>
        /// <returns>The decoded bytes.</returns>
        /// <exception cref="EmbedsealException">
        /// <see cref="ErrorCode.Malformed"/> when the text is not canonical.
        /// </exception>
        public static byte[] Decode(string text, ByteEncoding encoding)
        {
            if (text == null)
            {
                throw new ArgumentNullException(nameof(text));
            }

            if (!TryDecodeLenient(text, encoding, out var data) || Encode(data, encoding) != text)
            {
                throw new EmbedsealException(
                    ErrorCode.Malformed,
                    "The text is not canonical " + GetName(encoding) + ".");
            }

            return data;
        }

        /// <summary>
        /// Decodes text leniently: hex in either case, base64 with non-canonical trailing bits,
        /// URL-safe base64 with or without padding. Whitespace and foreign characters are refused.
        /// </summary>
        /// <param name="text">The text to decode.</param>
        /// <param name="encoding">The text form expected.</param>
        /// <param name="data">The decoded bytes, or <see langword="null"/> on failure.</param>
        /// <returns><see langword="true"/> when the text could be decoded.</returns>
        internal static bool TryDecodeLenient(string text, ByteEncoding encoding, out byte[] data)
        {
            switch (encoding)
            {
                case ByteEncoding.Hex:
                    data = FromHex(text);
                    break;
                case ByteEncoding.Base64:
                    data = FromBase64(text, '+', '/', true);
                    break;
                case ByteEncoding.Base64Url:
                case ByteEncoding.Base64UrlNoPad:
                    data = FromBase64(text, '-', '_', false);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "Unknown byte encoding.");
            }

            return data != null;
        }

        /// <summary>Returns the value of a hexadecimal digit in either case, or -1.</summary>
        /// <param name="c">The character.</param>
        /// <returns>The digit value 0..15, or -1 when <paramref name="c"/> is not a hex digit.</returns>
        internal static int HexDigitValue(char c)
        {
            if (c >= '0' && c <= '9')
            {
                return c - '0';
            }

            if (c >= 'a' && c <= 'f')
            {
                return c - 'a' + 10;
            }

            if (c >= 'A' && c <= 'F')
            {
                return c - 'A' + 10;
            }

            return -1;
        }

        private static string GetName(ByteEncoding encoding)
        {
            switch (encoding)
            {
                case ByteEncoding.Hex:
                    return "hex";
                case ByteEncoding.Base64:
                    return "base64";
                case ByteEncoding.Base64Url:
                    return "base64url";
                default:
                    return "base64url-nopad";
            }
        }

        private static string ToHex(byte[] data)
        {
            var builder = new StringBuilder(data.Length * 2);
            foreach (var b in data)
            {
                builder.Append(HexDigits[b >> 4]).Append(HexDigits[b & 0xF]);
            }

            return builder.ToString();
        }

        private static byte[] FromHex(string text)
        {
            if (text.Length % 2 != 0)
            {
                return null;
            }

            var data = new byte[text.Length / 2];
            for (var i = 0; i < data.Length; i++)
            {
                var high = HexDigitValue(text[2 * i]);
                var low = HexDigitValue(text[(2 * i) + 1]);
                if (high < 0 || low < 0)
                {
                    return null;
                }

                data[i] = (byte)((high << 4) | low);
            }

            return data;
        }

        private static string ToUrlAlphabet(string base64)
        {
            return base64.Replace('+', '-').Replace('/', '_');
        }

        private static byte[] FromBase64(string text, char char62, char char63, bool paddingRequired)
        {
            var unpadded = text.TrimEnd('=');
            var padding = text.Length - unpadded.Length;
            var remainder = unpadded.Length % 4;
            var padded = padding > 0 || paddingRequired;
            if (padding > 2 || remainder == 1 || (padded && (remainder + padding) % 4 != 0))
            {
                return null;
            }

            var standard = new StringBuilder(unpadded.Length + 3);
            foreach (var c in unpadded)
            {
                if (!IsBase64Letter(c) && c != char62 && c != char63)
                {
                    return null;
                }

                standard.Append(c == char62 ? '+' : c == char63 ? '/' : c);
            }

            standard.Append('=', remainder == 0 ? 0 : 4 - remainder);
            return Convert.FromBase64String(standard.ToString());
        }

        private static bool IsBase64Letter(char c)
        {
            return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        }
    }
}
