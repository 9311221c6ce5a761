// Code generated from the embedseal runtime — do not edit.

using System;
using System.Collections;
using System.Collections.Generic;

namespace Embedseal.Runtime
{
    /// <summary>
    /// A JSON object: string keys mapped to JSON values, kept in insertion order.
    /// </summary>
    /// <remarks>
    /// Values are <see langword="null"/>, <see cref="bool"/>, <see cref="long"/>,
    /// <see cref="string"/>, <see cref="List{T}"/> of <see cref="object"/>, or another
    /// <see cref="JsonObject"/>. Keys are unique. Supports collection initializers:
    /// <c>new JsonObject { { "sub", "user-1" }, { "exp", 1700000000L } }</c>.
    /// </remarks>
    public sealed class JsonObject : IReadOnlyDictionary<string, object>
    {
        private readonly List<KeyValuePair<string, object>> members = new List<KeyValuePair<string, object>>();
        private readonly Dictionary<string, int> positions = new Dictionary<string, int>(StringComparer.Ordinal);

        /// <summary>Gets the number of members.</summary>
        public int Count => members.Count;

        /// <summary>Gets the keys in member order.</summary>
        public IEnumerable<string> Keys
        {
            get
            {
                foreach (var member in members)
                {
                    yield return member.Key;
                }
            }
        }

        /// <summary>Gets the values in member order.</summary>
        public IEnumerable<object> Values
        {
            get
            {
                foreach (var member in members)
                {
                    yield return member.Value;
                }
            }
        }

        /// <summary>
        /// Gets or sets the value of a member. Setting an existing key replaces its value
        /// in place; setting a new key appends a member.
        /// </summary>
        /// <param name="key">The member name.</param>
        /// <returns>The member value.</returns>
        /// <exception cref="KeyNotFoundException">The key is not present (on get).</exception>
        public object this[string key]
        {
            get
            {
                if (!TryGetValue(key, out var value))
                {
                    throw new KeyNotFoundException("The JSON object has no member '" + key + "'.");
                }

                return value;
            }

            set
            {
                if (positions.TryGetValue(RequireKey(key), out var index))
                {
                    members[index] = new KeyValuePair<string, object>(key, value);
                }
                else
                {
                    Append(key, value);
                }
            }
        }

        /// <summary>Appends a member.</summary>
        /// <param name="key">The member name.</param>
        /// <param name="value">The member value.</param>
        /// <exception cref="ArgumentException">A member with this key already exists.</exception>
        public void Add(string key, object value)
        {
            if (ContainsKey(key))
            {
                throw new ArgumentException("The JSON object already has a member '" + key + "'.", nameof(key));
            }

            Append(key, value);
        }

        /// <summary>Tells whether a member with the given key exists.</summary>
        /// <param name="key">The member name.</param>
        /// <returns><see langword="true"/> when the member exists.</returns>
        public bool ContainsKey(string key)
        {
            return positions.ContainsKey(RequireKey(key));
        }

        /// <summary>Gets the value of a member if it exists.</summary>
        /// <param name="key">The member name.</param>
        /// <param name="value">The member value, or <see langword="null"/> when absent.</param>
        /// <returns><see langword="true"/> when the member exists.</returns>
        public bool TryGetValue(string key, out object value)
        {
            if (positions.TryGetValue(RequireKey(key), out var index))
            {
                value = members[index].Value;
                return true;
            }

            value = null;
            return false;
        }

        /// <summary>Removes a member, keeping the order of the others.</summary>
        /// <param name="key">The member name.</param>
        /// <returns><see langword="true"/> when a member was removed.</returns>
        public bool Remove(string key)
        {
            if (!positions.TryGetValue(RequireKey(key), out var index))
            {
                return false;
            }

            members.RemoveAt(index);
            positions.Remove(key);
            for (var i = index; i < members.Count; i++)
            {
                positions[members[i].Key] = i;
            }

            return true;
        }

        /// <summary>Returns an enumerator over the members in order.</summary>
        /// <returns>The enumerator.</returns>
        public IEnumerator<KeyValuePair<string, object>> GetEnumerator()
        {
            return members.GetEnumerator();
        }

        /// <inheritdoc/>
        IEnumerator IEnumerable.GetEnumerator()
        {
            return GetEnumerator();
        }

        private static string RequireKey(string key)
        {
            if (key == null)
            {
                throw new ArgumentNullException(nameof(key));
            }

            return key;
        }

        private void Append(string key, object value)
        {
            positions.Add(key, members.Count);
            members.Add(new KeyValuePair<string, object>(key, value));
        }
    }
}
