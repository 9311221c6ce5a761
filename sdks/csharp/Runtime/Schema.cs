// Code generated from the embedseal runtime — do not edit.

using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;

namespace Embedseal.Runtime
{
    /// <summary>
    /// One field of a format, or one member of a declared object: its wire name and its rules.
    /// </summary>
    public sealed class FieldRule
    {
        /// <summary>Initializes a new instance of the <see cref="FieldRule"/> class.</summary>
        /// <param name="name">The exact wire name.</param>
        /// <param name="required">Whether the value must be present.</param>
        /// <param name="shape">The type and constraints of the value.</param>
        public FieldRule(string name, bool required, ShapeRule shape)
        {
            Name = name;
            Required = required;
            Shape = shape;
        }

        /// <summary>Gets the exact wire name.</summary>
        public string Name { get; }

        /// <summary>Gets a value indicating whether the value must be present.</summary>
        public bool Required { get; }

        /// <summary>Gets the type and constraints of the value.</summary>
        public ShapeRule Shape { get; }

        /// <summary>Gets or sets the only value allowed, or <see langword="null"/>.</summary>
        public object Fixed { get; set; }
    }

    /// <summary>
    /// The type of a JSON value and its constraints, as a format spec declares them.
    /// </summary>
    public sealed class ShapeRule
    {
        /// <summary>Initializes a new instance of the <see cref="ShapeRule"/> class.</summary>
        /// <param name="kind">
        /// One of <c>string</c>, <c>integer</c>, <c>unix-time</c>, <c>boolean</c>, <c>object</c>
        /// or <c>array</c>.
        /// </param>
        public ShapeRule(string kind)
        {
            Kind = kind;
        }

        /// <summary>Gets the type name.</summary>
        public string Kind { get; }

        /// <summary>Gets or sets the shape of array items.</summary>
        public ShapeRule Items { get; set; }

        /// <summary>Gets or sets the members of a declared object (none for a free object).</summary>
        public FieldRule[] Properties { get; set; } = new FieldRule[0];

        /// <summary>Gets or sets the members of which exactly one must be present.</summary>
        public string[] ExactlyOneOf { get; set; } = new string[0];

        /// <summary>Gets or sets the allowed values, or <see langword="null"/> for any.</summary>
        public object[] Enum { get; set; }

        /// <summary>Gets or sets the most code points (strings) or items (arrays) allowed.</summary>
        public int? MaxLength { get; set; }

        /// <summary>Gets or sets the smallest integer allowed.</summary>
        public long? Minimum { get; set; }

        /// <summary>Gets or sets the largest integer allowed.</summary>
        public long? Maximum { get; set; }
    }

    /// <summary>
    /// Checks JSON values against <see cref="ShapeRule"/>s: the same rules serve signing
    /// (<see cref="ErrorCode.InvalidInput"/>) and verification (<see cref="ErrorCode.MissingClaim"/>
    /// and <see cref="ErrorCode.InvalidClaim"/>), so a value one side accepts the other accepts too.
    /// </summary>
    public static class Schema
    {
        /// <summary>
        /// Checks declared members in order: an absent required member is missing, a present one
        /// must have its shape (and its fixed value, if any).
        /// </summary>
        /// <param name="fields">The declared members.</param>
        /// <param name="value">The object to check.</param>
        /// <param name="where">Where the object is, for messages (empty at the top level).</param>
        /// <param name="code">
        /// <see cref="ErrorCode.InvalidInput"/> when signing, <see cref="ErrorCode.InvalidClaim"/> when
        /// verifying (a missing claim is then <see cref="ErrorCode.MissingClaim"/>).
        /// </param>
        /// <exception cref="EmbedsealException">With <paramref name="code"/> when a check fails.</exception>
        public static void CheckMembers(IEnumerable<FieldRule> fields, JsonObject value, string where, ErrorCode code)
        {
            var missing = code == ErrorCode.InvalidClaim ? ErrorCode.MissingClaim : code;
            foreach (var field in fields)
            {
                var path = where.Length > 0 ? where + "." + field.Name : field.Name;
                if (!value.TryGetValue(field.Name, out var member))
                {
                    if (field.Required)
                    {
                        throw new EmbedsealException(missing, path + " is required.");
                    }

                    continue;
                }

                CheckShape(field.Shape, member, path, code);
                if (field.Fixed != null && !field.Fixed.Equals(member))
                {
                    throw new EmbedsealException(code, path + " does not have its fixed value.");
                }
            }
        }

        /// <summary>Checks one value against its shape and constraints.</summary>
        /// <param name="shape">The expected shape.</param>
        /// <param name="value">The value.</param>
        /// <param name="where">Where the value is, for messages.</param>
        /// <param name="code">The error code to report.</param>
        /// <exception cref="EmbedsealException">With <paramref name="code"/> when a check fails.</exception>
        public static void CheckShape(ShapeRule shape, object value, string where, ErrorCode code)
        {
            if (!HasType(shape.Kind, value))
            {
                throw new EmbedsealException(code, where + ": expected " + shape.Kind + ".");
            }

            if (shape.Kind == "object")
            {
                CheckObject(shape, (JsonObject)value, where, code);
            }
            else if (shape.Kind == "array")
            {
                var index = 0;
                foreach (var item in (IList)value)
                {
                    CheckShape(shape.Items, item, where + "[" + index.ToString(CultureInfo.InvariantCulture) + "]", code);
                    index++;
                }
            }

            CheckConstraints(shape, value, where, code);
        }

        private static bool HasType(string kind, object value)
        {
            switch (kind)
            {
                case "integer":
                case "unix-time":
                    return value is long;
                case "string":
                    return value is string;
                case "boolean":
                    return value is bool;
                case "object":
                    return value is JsonObject;
                case "array":
                    return value is IList && !(value is string);
                default:
                    return false;
            }
        }

        private static void CheckObject(ShapeRule shape, JsonObject value, string where, ErrorCode code)
        {
            if (shape.Properties.Length == 0)
            {
                try
                {
                    Json.Encode(value, JsonProfile.Compact);
                }
                catch (EmbedsealException error)
                {
                    throw new EmbedsealException(code, where + ": " + error.Message);
                }

                return;
            }

            if (code == ErrorCode.InvalidInput)
            {
                foreach (var key in value.Keys)
                {
                    if (Array.FindIndex(shape.Properties, p => p.Name == key) < 0)
                    {
                        throw new EmbedsealException(code, where + ": unknown member \"" + key + "\".");
                    }
                }
            }

            CheckMembers(shape.Properties, value, where, code);
            if (shape.ExactlyOneOf.Length > 0)
            {
                var present = 0;
                foreach (var name in shape.ExactlyOneOf)
                {
                    present += value.ContainsKey(name) ? 1 : 0;
                }

                if (present != 1)
                {
                    throw new EmbedsealException(
                        code, where + ": exactly one of " + string.Join(", ", shape.ExactlyOneOf) + " is required.");
                }
            }
        }

        private static void CheckConstraints(ShapeRule shape, object value, string where, ErrorCode code)
        {
            if (shape.Enum != null && Array.IndexOf(shape.Enum, value) < 0)
            {
                throw new EmbedsealException(code, where + ": not one of the allowed values.");
            }

            if (shape.MaxLength.HasValue && Length(value) > shape.MaxLength.Value)
            {
                throw new EmbedsealException(code, where + ": longer than " + shape.MaxLength.Value.ToString(CultureInfo.InvariantCulture) + ".");
            }

            if (value is long integer)
            {
                if (integer > Json.MaxSafeInteger || integer < -Json.MaxSafeInteger)
                {
                    throw new EmbedsealException(code, where + ": integer outside +/-(2^53 - 1).");
                }

                if (shape.Minimum.HasValue && integer < shape.Minimum.Value)
                {
                    throw new EmbedsealException(code, where + ": below the minimum.");
                }

                if (shape.Maximum.HasValue && integer > shape.Maximum.Value)
                {
                    throw new EmbedsealException(code, where + ": above the maximum.");
                }
            }
        }

        private static int Length(object value)
        {
            if (value is string text)
            {
                var count = 0;
                for (var i = 0; i < text.Length; i++)
                {
                    if (!(char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])))
                    {
                        count++;
                    }
                }

                return count;
            }

            return value is ICollection items ? items.Count : 0;
        }
    }
}
