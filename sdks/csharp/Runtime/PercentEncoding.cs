// Code generated from the embedseal runtime — do not edit.

using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace Embedseal.Runtime
{
    /// <summary>
    /// Percent-encoding of UTF-8 text for signed URLs, with an explicit set of safe characters.
    /// </summary>
    public static class PercentEncoding
    {
        /// <summary>
        /// Percent-encodes the UTF-8 bytes of a text. ASCII letters, digits and the characters in
        /// <paramref name="safe"/> stay as they are; every other byte becomes <c>%XX</c> (uppercase hex).
        /// </summary>
        /// <param name="text">The text to encode.</param>
        /// <param name="safe">ASCII characters that are not encoded, e.g. <c>"-_.~"</c>.</param>
        /// <param name="space">What a space becomes when it is not safe: <c>"%20"</c> or <c>"+"</c>.</param>
        /// <returns>The encoded text.</returns>
        /// <exception cref="EmbedsealException">
        /// <see cref="ErrorCode.InvalidInput"/> when the text holds a lone surrogate.
        /// </exception>
        public static string Encode(string text, string safe, string space)
        {
            if (text == null)
            {
                throw new ArgumentNullException(nameof(text));
            }

            if (safe == null)
            {
                throw new ArgumentNullException(nameof(safe));
            }

            if (space != "%20" && space != "+")
            {
                throw new ArgumentException("The space replacement must be \"%20\" or \"+\".", nameof(space));
            }

            if (!Utf8.TryGetBytes(text, out var bytes))
            {
                throw new EmbedsealException(
                    ErrorCode.InvalidInput,
                    "Cannot percent-encode a text that holds a lone surrogate.");
            }

            var builder = new StringBuilder(bytes.Length);
            foreach (var b in bytes)
            {
                var c = (char)b;
                if (IsAsciiLetterOrDigit(c) || (b < 0x80 && safe.IndexOf(c) >= 0))
                {
                    builder.Append(c);
                }
                else if (c == ' ')
                {
                    builder.Append(space);
                }
                else
                {
                    builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
                }
            }

            return builder.ToString();
        }

        /// <summary>
        /// Decodes a percent-encoded text: <c>%XX</c> in either case becomes a byte, and the bytes
        /// must form valid UTF-8.
        /// </summary>
        /// <param name="text">The text to decode.</param>
        /// <param name="plusIsSpace">Whether <c>+</c> stands for a space (form encoding).</param>
        /// <returns>The decoded text.</returns>
        /// <exception cref="EmbedsealException">
        /// <see cref="ErrorCode.Malformed"/> when a <c>%</c> is not followed by two hex digits or the
        /// bytes are not valid UTF-8.
        /// </exception>
        public static string Decode(string text, bool plusIsSpace)
        {
            if (text == null)
            {
                throw new ArgumentNullException(nameof(text));
            }

            using (var bytes = new MemoryStream(text.Length))
            {
                for (var i = 0; i < text.Length; i++)
                {
                    var c = text[i];
                    if (c == '%')
                    {
                        bytes.WriteByte(ReadEscape(text, i));
                        i += 2;
                    }
                    else if (c == '+' && plusIsSpace)
                    {
                        bytes.WriteByte((byte)' ');
                    }
                    else if (c < 0x80)
                    {
                        bytes.WriteByte((byte)c);
                    }
                    else
                    {
                        i += WriteUtf8(bytes, text, i);
                    }
                }

                if (!Utf8.TryGetString(bytes.ToArray(), out var decoded))
                {
                    throw new EmbedsealException(ErrorCode.Malformed, "The percent-decoded bytes are not valid UTF-8.");
                }

                return decoded;
            }
        }

        private static bool IsAsciiLetterOrDigit(char c)
        {
            return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        }

        private static byte ReadEscape(string text, int offset)
        {
            var high = offset + 1 < text.Length ? Bytes.HexDigitValue(text[offset + 1]) : -1;
            var low = offset + 2 < text.Length ? Bytes.HexDigitValue(text[offset + 2]) : -1;
            if (high < 0 || low < 0)
            {
                throw new EmbedsealException(
                    ErrorCode.Malformed,
                    "A '%' at offset " + offset.ToString(CultureInfo.InvariantCulture)
                        + " is not followed by two hex digits.");
            }

            return (byte)((high << 4) | low);
        }

        /// <summary>Writes the UTF-8 bytes of the character (or surrogate pair) at an offset.</summary>
        /// <returns>The number of extra UTF-16 code units consumed (0 or 1).</returns>
        private static int WriteUtf8(MemoryStream bytes, string text, int offset)
        {
            var length = char.IsSurrogatePair(text, offset) ? 2 : 1;
            if (!Utf8.TryGetBytes(text.Substring(offset, length), out var encoded))
            {
                throw new EmbedsealException(ErrorCode.Malformed, "The text holds a lone surrogate.");
            }

            bytes.Write(encoded, 0, encoded.Length);
            return length - 1;
        }
    }
}
