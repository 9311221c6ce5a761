// Code generated from the embedseal runtime — do not edit.

using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Embedseal.Runtime
{
    /// <summary>
    /// Writes JSON values byte for byte as Python's <c>json.dumps</c> does for a given profile.
    /// </summary>
    internal sealed class JsonWriter
    {
        private const string OutOfRange = "the integer is outside +/-(2^53 - 1)";

        private readonly StringBuilder builder = new StringBuilder();
        private readonly JsonProfile profile;

        private JsonWriter(JsonProfile profile)
        {
            this.profile = profile;
        }

        /// <summary>Encodes a JSON value with the given profile.</summary>
        /// <param name="value">The value to encode.</param>
        /// <param name="profile">The separators, escaping and key order to use.</param>
        /// <returns>The JSON text.</returns>
        internal static string Write(object value, JsonProfile profile)
        {
            var writer = new JsonWriter(profile);
            writer.WriteValue(value, "$", 0);
            return writer.builder.ToString();
        }

        /// <summary>
        /// Compares two strings by Unicode code point, which is the order of their UTF-8 bytes.
        /// </summary>
        /// <remarks>
        /// <see cref="string.CompareOrdinal(string, string)"/> compares UTF-16 code units, which puts
        /// characters above U+FFFF (surrogate pairs) before U+E000..U+FFFF. Moving the surrogate range
        /// above U+FFFF at the first difference fixes that.
        /// </remarks>
        private static int CompareCodePoints(string left, string right)
        {
            var length = left.Length < right.Length ? left.Length : right.Length;
            for (var i = 0; i < length; i++)
            {
                if (left[i] != right[i])
                {
                    return CodePointRank(left[i]) - CodePointRank(right[i]);
                }
            }

            return left.Length - right.Length;
        }

        private static int CodePointRank(char unit)
        {
            if (unit >= '\uE000')
            {
                return unit - 0x800;
            }

            return char.IsSurrogate(unit) ? unit + 0x2000 : unit;
        }

        private static EmbedsealException Invalid(string path, string problem)
        {
            return new EmbedsealException(
                ErrorCode.InvalidInput,
                "Cannot encode " + path + " as JSON: " + problem + ".");
        }

        private static void CheckDepth(string path, int depth)
        {
            if (depth > Json.MaxDepth)
            {
                throw Invalid(path, "nesting is deeper than " + Json.MaxDepth.ToString(CultureInfo.InvariantCulture));
            }
        }

        private static void CheckKeys(List<KeyValuePair<string, object>> members, string path)
        {
            var seen = new HashSet<string>();
            foreach (var member in members)
            {
                if (member.Key == null)
                {
                    throw Invalid(path, "an object key is null");
                }

                if (!seen.Add(member.Key))
                {
                    throw Invalid(path, "the key \"" + member.Key + "\" occurs twice");
                }
            }
        }

        /// <summary>Widens any integral value to <see cref="long"/>, refusing values beyond 2^53 - 1.</summary>
        private static long ToSafeInteger(object value, string path)
        {
            if (value is ulong unsigned && unsigned > Json.MaxSafeInteger)
            {
                throw Invalid(path, OutOfRange);
            }

            var integer = Convert.ToInt64(value, CultureInfo.InvariantCulture);
            if (integer > Json.MaxSafeInteger || integer < -Json.MaxSafeInteger)
            {
                throw Invalid(path, OutOfRange);
            }

            return integer;
        }

        private static bool IsInteger(object value)
        {
            return value is long || value is int || value is short || value is sbyte
                || value is ulong || value is uint || value is ushort || value is byte;
        }

        private void WriteValue(object value, string path, int depth)
        {
            if (value == null)
            {
                builder.Append("null");
            }
            else if (value is bool flag)
            {
                builder.Append(flag ? "true" : "false");
            }
            else if (value is string text)
            {
                WriteString(text, path);
            }
            else if (IsInteger(value))
            {
                builder.Append(ToSafeInteger(value, path).ToString(CultureInfo.InvariantCulture));
            }
            else if (value is IEnumerable<KeyValuePair<string, object>> members)
            {
                WriteObject(members, path, depth + 1);
            }
            else if (value is IEnumerable items)
            {
                WriteArray(items, path, depth + 1);
            }
            else if (value is float || value is double || value is decimal)
            {
                throw Invalid(path, "floating-point numbers are not allowed");
            }
            else
            {
                throw Invalid(path, "the type " + value.GetType().Name + " has no JSON form");
            }
        }

        private void WriteObject(IEnumerable<KeyValuePair<string, object>> members, string path, int depth)
        {
            CheckDepth(path, depth);
            var ordered = new List<KeyValuePair<string, object>>(members);
            CheckKeys(ordered, path);
            if (profile.SortKeys)
            {
                ordered.Sort((left, right) => CompareCodePoints(left.Key, right.Key));
            }

            builder.Append('{');
            for (var i = 0; i < ordered.Count; i++)
            {
                if (i > 0)
                {
                    builder.Append(profile.ItemSeparator);
                }

                var memberPath = path + "." + ordered[i].Key;
                WriteString(ordered[i].Key, memberPath);
                builder.Append(profile.KeySeparator);
                WriteValue(ordered[i].Value, memberPath, depth);
            }

            builder.Append('}');
        }

        private void WriteArray(IEnumerable items, string path, int depth)
        {
            CheckDepth(path, depth);
            builder.Append('[');
            var index = 0;
            foreach (var item in items)
            {
                if (index > 0)
                {
                    builder.Append(profile.ItemSeparator);
                }

                WriteValue(item, path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]", depth);
                index++;
            }

            builder.Append(']');
        }

        private void WriteString(string text, string path)
        {
            builder.Append('"');
            for (var i = 0; i < text.Length; i++)
            {
                var unit = text[i];
                switch (unit)
                {
                    case '"':
                        builder.Append("\\\"");
                        break;
                    case '\\':
                        builder.Append("\\\\");
                        break;
                    case '\b':
                        builder.Append("\\b");
                        break;
                    case '\f':
                        builder.Append("\\f");
                        break;
                    case '\n':
                        builder.Append("\\n");
                        break;
                    case '\r':
                        builder.Append("\\r");
                        break;
                    case '\t':
                        builder.Append("\\t");
                        break;
                    default:
                        if (char.IsSurrogate(unit))
                        {
                            if (!char.IsSurrogatePair(text, i))
                            {
                                throw Invalid(path, "the string holds a lone surrogate");
                            }

                            WriteCodeUnit(unit);
                            WriteCodeUnit(text[++i]);
                        }
                        else
                        {
                            WriteCodeUnit(unit);
                        }

                        break;
                }
            }

            builder.Append('"');
        }

        /// <summary>
        /// Writes one UTF-16 code unit raw or as a lowercase <c>\uXXXX</c> escape. Like Python's
        /// <c>ensure_ascii</c>, the ASCII-only profile also escapes U+007F (DEL).
        /// </summary>
        private void WriteCodeUnit(char unit)
        {
            if (unit < ' ' || (unit >= '\u007F' && profile.AsciiOnly))
            {
                builder.Append("\\u").Append(((int)unit).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(unit);
            }
        }
    }
}
