// Code generated from the embedseal runtime — do not edit.

using System;

namespace Embedseal.Runtime
{
    /// <summary>
    /// Byte-exact JSON encoding and strict JSON parsing for embed tokens.
    /// </summary>
    /// <remarks>
    /// JSON values are represented as <see langword="null"/>, <see cref="bool"/>,
    /// <see cref="long"/>, <see cref="string"/>, <see cref="System.Collections.Generic.List{T}"/>
    /// of <see cref="object"/> and <see cref="JsonObject"/>. Only integers with a magnitude of at
    /// most <see cref="MaxSafeInteger"/> are allowed; floating-point numbers are refused.
    /// </remarks>
    public static class Json
    {
        /// <summary>The largest integer magnitude allowed, 2^53 - 1.</summary>
        public const long MaxSafeInteger = 9007199254740991L;

        /// <summary>The deepest nesting of arrays and objects allowed.</summary>
        public const int MaxDepth = 64;

        /// <summary>Encodes a JSON value with the given profile.</summary>
        /// <param name="value">The value to encode.</param>
        /// <param name="profile">The separators, escaping and key order to use.</param>
        /// <returns>The JSON text.</returns>
        /// <exception cref="EmbedsealException">
        /// <see cref="ErrorCode.InvalidInput"/> when the value holds a float, an integer out of range,
        /// a lone surrogate, a type JSON cannot represent or nesting deeper than <see cref="MaxDepth"/>.
        /// </exception>
        public static string Encode(object value, JsonProfile profile)
        {
            if (profile == null)
            {
                throw new ArgumentNullException(nameof(profile));
            }

            return JsonWriter.Write(value, profile);
        }

        /// <summary>Parses JSON text strictly.</summary>
        /// <param name="text">The JSON text.</param>
        /// <returns>The parsed value.</returns>
        /// <exception cref="EmbedsealException">
        /// <see cref="ErrorCode.Malformed"/> when the text is not strict JSON as embedseal defines it:
        /// no floats, no duplicate keys, no lone surrogates, no byte order mark, at most
        /// <see cref="MaxDepth"/> levels of nesting.
        /// </exception>
        public static object Parse(string text)
        {
            if (text == null)
            {
                throw new ArgumentNullException(nameof(text));
            }

            return JsonParser.Parse(text);
        }

        /// <summary>
        /// Parses JSON text such as a configuration file, where numbers that are not safe integers
        /// (floats, integers beyond 2^53 - 1) are kept as <see cref="double"/>, and nesting is not
        /// limited, so that input validation can refuse them with <see cref="ErrorCode.InvalidInput"/>.
        /// </summary>
        /// <param name="text">The JSON text.</param>
        /// <returns>The parsed value.</returns>
        /// <exception cref="EmbedsealException">
        /// <see cref="ErrorCode.Malformed"/> when the text is not JSON.
        /// </exception>
        public static object ParseLenient(string text)
        {
            if (text == null)
            {
                throw new ArgumentNullException(nameof(text));
            }

            return JsonParser.Parse(text, true);
        }

        /// <summary>Parses UTF-8 encoded JSON strictly.</summary>
        /// <param name="utf8">The JSON text as UTF-8 bytes, without a byte order mark.</param>
        /// <returns>The parsed value.</returns>
        /// <exception cref="EmbedsealException">
        /// <see cref="ErrorCode.Malformed"/> when the bytes are not valid UTF-8 or not strict JSON.
        /// </exception>
        public static object Parse(byte[] utf8)
        {
            if (utf8 == null)
            {
                throw new ArgumentNullException(nameof(utf8));
            }

            if (!Utf8.TryGetString(utf8, out var text))
            {
                throw new EmbedsealException(ErrorCode.Malformed, "Malformed JSON: the text is not valid UTF-8.");
            }

            return JsonParser.Parse(text);
        }
    }
}
