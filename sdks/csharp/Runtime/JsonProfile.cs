// Code generated from the embedseal runtime — do not edit.

using System;

namespace Embedseal.Runtime
{
    /// <summary>
    /// The pinned byte layout of encoded JSON: separators, escaping and key order.
    /// </summary>
    /// <remarks>
    /// A profile reproduces Python's
    /// <c>json.dumps(value, separators=(item, key), ensure_ascii=ascii_only, sort_keys=sort_keys)</c>
    /// byte for byte, so that signatures made by any embedseal SDK match.
    /// </remarks>
    public sealed class JsonProfile
    {
        /// <summary>
        /// Initializes a new instance of the <see cref="JsonProfile"/> class.
        /// </summary>
        /// <param name="itemSeparator">Put between array items and object members, e.g. <c>","</c>.</param>
        /// <param name="keySeparator">Put between a key and its value, e.g. <c>":"</c>.</param>
        /// <param name="asciiOnly">Whether non-ASCII characters are written as <c>\uXXXX</c> escapes.</param>
        /// <param name="sortKeys">Whether object keys are sorted by code point at every depth.</param>
        public JsonProfile(string itemSeparator, string keySeparator, bool asciiOnly, bool sortKeys)
        {
            ItemSeparator = itemSeparator ?? throw new ArgumentNullException(nameof(itemSeparator));
            KeySeparator = keySeparator ?? throw new ArgumentNullException(nameof(keySeparator));
            AsciiOnly = asciiOnly;
            SortKeys = sortKeys;
        }

        /// <summary>
        /// Gets the compact profile: <c>","</c> and <c>":"</c>, raw UTF-8, keys in their own order.
        /// </summary>
        public static JsonProfile Compact { get; } = new JsonProfile(",", ":", false, false);

        /// <summary>Gets the string put between array items and between object members.</summary>
        public string ItemSeparator { get; }

        /// <summary>Gets the string put between a key and its value.</summary>
        public string KeySeparator { get; }

        /// <summary>Gets a value indicating whether every non-ASCII character is escaped.</summary>
        public bool AsciiOnly { get; }

        /// <summary>Gets a value indicating whether object keys are sorted by code point.</summary>
        public bool SortKeys { get; }
    }
}
