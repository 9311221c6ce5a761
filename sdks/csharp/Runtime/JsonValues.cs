// Code generated from the embedseal runtime — do not edit.

using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Embedseal.Runtime
{
    /// <summary>
    /// Typed reads of parsed JSON values and the text forms values take in messages and URLs.
    /// </summary>
    public static class JsonValues
    {
        /// <summary>Reads a string.</summary>
        /// <param name="value">The JSON value.</param>
        /// <param name="where">Where the value is, for messages.</param>
        /// <param name="code">The error code when it is not a string.</param>
        /// <returns>The string.</returns>
        /// <exception cref="EmbedsealException">With <paramref name="code"/> on a wrong type.</exception>
        public static string String(object value, string where, ErrorCode code)
        {
            return value as string ?? throw Wrong(where, "a string", code);
        }

        /// <summary>Reads an integer (never a float, never a boolean).</summary>
        /// <param name="value">The JSON value.</param>
        /// <param name="where">Where the value is, for messages.</param>
        /// <param name="code">The error code when it is not an integer.</param>
        /// <returns>The integer.</returns>
        /// <exception cref="EmbedsealException">With <paramref name="code"/> on a wrong type.</exception>
        public static long? Integer(object value, string where, ErrorCode code)
        {
            if (value is long integer)
            {
                return integer;
            }

            throw Wrong(where, "an integer", code);
        }

        /// <summary>Reads a boolean.</summary>
        /// <param name="value">The JSON value.</param>
        /// <param name="where">Where the value is, for messages.</param>
        /// <param name="code">The error code when it is not a boolean.</param>
        /// <returns>The boolean.</returns>
        /// <exception cref="EmbedsealException">With <paramref name="code"/> on a wrong type.</exception>
        public static bool? Boolean(object value, string where, ErrorCode code)
        {
            if (value is bool flag)
            {
                return flag;
            }

            throw Wrong(where, "a boolean", code);
        }

        /// <summary>Reads an object.</summary>
        /// <param name="value">The JSON value.</param>
        /// <param name="where">Where the value is, for messages.</param>
        /// <param name="code">The error code when it is not an object.</param>
        /// <returns>The object.</returns>
        /// <exception cref="EmbedsealException">With <paramref name="code"/> on a wrong type.</exception>
        public static JsonObject Object(object value, string where, ErrorCode code)
        {
            return value as JsonObject ?? throw Wrong(where, "an object", code);
        }

        /// <summary>Reads an array, converting each item.</summary>
        /// <typeparam name="T">The item type.</typeparam>
        /// <param name="value">The JSON value.</param>
        /// <param name="where">Where the value is, for messages.</param>
        /// <param name="code">The error code when it is not an array.</param>
        /// <param name="item">Converts one item, given its value and its location.</param>
        /// <returns>The list.</returns>
        /// <exception cref="EmbedsealException">With <paramref name="code"/> on a wrong type.</exception>
        public static List<T> List<T>(object value, string where, ErrorCode code, Func<object, string, T> item)
        {
            if (!(value is List<object> items))
            {
                throw Wrong(where, "an array", code);
            }

            var result = new List<T>(items.Count);
            for (var i = 0; i < items.Count; i++)
            {
                result.Add(item(items[i], where + "[" + i.ToString(CultureInfo.InvariantCulture) + "]"));
            }

            return result;
        }

        /// <summary>Refuses members of <paramref name="value"/> that are not in <paramref name="names"/>.</summary>
        /// <param name="value">The object.</param>
        /// <param name="where">Where the object is, for messages.</param>
        /// <param name="code">The error code for an unknown member.</param>
        /// <param name="names">The accepted member names.</param>
        /// <exception cref="EmbedsealException">With <paramref name="code"/> on an unknown member.</exception>
        public static void OnlyMembers(JsonObject value, string where, ErrorCode code, params string[] names)
        {
            foreach (var key in value.Keys)
            {
                if (Array.IndexOf(names, key) < 0)
                {
                    throw new EmbedsealException(code, (where.Length > 0 ? where + ": " : string.Empty) + "unknown member \"" + key + "\".");
                }
            }
        }

        /// <summary>Converts a list to JSON items.</summary>
        /// <typeparam name="T">The item type.</typeparam>
        /// <param name="items">The typed items.</param>
        /// <param name="item">Converts one item to a JSON value.</param>
        /// <returns>The JSON array.</returns>
        public static List<object> ToJson<T>(IEnumerable<T> items, Func<T, object> item)
        {
            var result = new List<object>();
            foreach (var each in items)
            {
                result.Add(item(each));
            }

            return result;
        }

        /// <summary>A copy of the named members that are present, in the order named.</summary>
        /// <param name="source">The object to copy from.</param>
        /// <param name="names">The members to copy.</param>
        /// <returns>The new object.</returns>
        public static JsonObject Pick(JsonObject source, params string[] names)
        {
            var result = new JsonObject();
            foreach (var name in names)
            {
                if (source.TryGetValue(name, out var value))
                {
                    result.Add(name, value);
                }
            }

            return result;
        }

        /// <summary>A value as plain text: strings as they are, integers in decimal, booleans true/false.</summary>
        /// <param name="value">A string, integer or boolean.</param>
        /// <returns>The text.</returns>
        public static string Text(object value)
        {
            if (value is bool flag)
            {
                return flag ? "true" : "false";
            }

            if (value is long integer)
            {
                return integer.ToString(CultureInfo.InvariantCulture);
            }

            return value as string ?? Json.Encode(value, JsonProfile.Compact);
        }

        /// <summary>Encodes text as UTF-8.</summary>
        /// <param name="text">The text.</param>
        /// <returns>The UTF-8 bytes.</returns>
        /// <exception cref="EmbedsealException">
        /// <see cref="ErrorCode.InvalidInput"/> when the text holds a lone surrogate.
        /// </exception>
        public static byte[] Utf8Bytes(string text)
        {
            if (!Utf8.TryGetBytes(text, out var bytes))
            {
                throw new EmbedsealException(ErrorCode.InvalidInput, "The text holds a lone surrogate.");
            }

            return bytes;
        }

        private static EmbedsealException Wrong(string where, string expected, ErrorCode code)
        {
            return new EmbedsealException(code, where + ": expected " + expected + ".");
        }
    }
}
