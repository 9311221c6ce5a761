// Code generated from the embedseal runtime — do not edit.

using System.Collections.Generic;
using System.Globalization;

namespace Embedseal.Runtime
{
    /// <summary>
    /// A strict JSON parser: integers only, no duplicate keys, no lone surrogates,
    /// limited nesting. Every refusal is an <see cref="ErrorCode.Malformed"/> error.
    /// </summary>
    internal sealed partial class JsonParser
    {
        private const int MaxIntegerDigits = 16;

        private readonly string text;
        private readonly bool lenientNumbers;
        private int position;
        private int depth;

        private JsonParser(string text, bool lenientNumbers)
        {
            this.text = text;
            this.lenientNumbers = lenientNumbers;
        }

        private bool AtEnd => position >= text.Length;

        /// <summary>Parses a complete JSON document.</summary>
        /// <param name="text">The JSON text.</param>
        /// <returns>The parsed value.</returns>
        internal static object Parse(string text)
        {
            return Parse(text, false);
        }

        /// <summary>Parses a complete JSON document.</summary>
        /// <param name="text">The JSON text.</param>
        /// <param name="lenientNumbers">
        /// Whether numbers that are not safe integers are returned as <see cref="double"/>
        /// instead of being refused, and nesting is not limited (encoding refuses it later).
        /// </param>
        /// <returns>The parsed value.</returns>
        internal static object Parse(string text, bool lenientNumbers)
        {
            var parser = new JsonParser(text, lenientNumbers);
            parser.SkipWhitespace();
            var value = parser.ParseValue();
            parser.SkipWhitespace();
            if (parser.position != text.Length)
            {
                throw parser.Error("unexpected data after the value");
            }

            return value;
        }

        private static bool IsDigit(char c)
        {
            return c >= '0' && c <= '9';
        }

        private object ParseValue()
        {
            switch (Peek())
            {
                case '{':
                    return ParseObject();
                case '[':
                    return ParseArray();
                case '"':
                    return ParseString();
                case 't':
                    return ParseLiteral("true", true);
                case 'f':
                    return ParseLiteral("false", false);
                case 'n':
                    return ParseLiteral("null", null);
                default:
                    if (Peek() == '-' || IsDigit(Peek()))
                    {
                        return lenientNumbers ? ParseAnyNumber() : ParseInteger();
                    }

                    throw Error(AtEnd ? "unexpected end of input" : "unexpected character");
            }
        }

        private JsonObject ParseObject()
        {
            Enter();
            var result = new JsonObject();
            SkipWhitespace();
            if (TryConsume('}'))
            {
                return Leave(result);
            }

            do
            {
                SkipWhitespace();
                var keyOffset = position;
                if (Peek() != '"')
                {
                    throw Error("expected a string key");
                }

                var key = ParseString();
                if (result.ContainsKey(key))
                {
                    throw Error("duplicate key", keyOffset);
                }

                SkipWhitespace();
                Expect(':');
                SkipWhitespace();
                result.Add(key, ParseValue());
                SkipWhitespace();
            }
            while (TryConsume(','));

            Expect('}');
            return Leave(result);
        }

        private List<object> ParseArray()
        {
            Enter();
            var result = new List<object>();
            SkipWhitespace();
            if (TryConsume(']'))
            {
                return Leave(result);
            }

            do
            {
                SkipWhitespace();
                result.Add(ParseValue());
                SkipWhitespace();
            }
            while (TryConsume(','));

            Expect(']');
            return Leave(result);
        }

        private long ParseInteger()
        {
            var start = position;
            var negative = TryConsume('-');
            if (TryConsume('0'))
            {
                if (IsDigit(Peek()))
                {
                    throw Error("leading zero", start);
                }

                if (negative)
                {
                    throw Error("negative zero", start);
                }
            }
            else if (!IsDigit(Peek()))
            {
                throw Error("expected a digit");
            }

            while (IsDigit(Peek()))
            {
                position++;
            }

            if (Peek() == '.' || Peek() == 'e' || Peek() == 'E')
            {
                throw Error("numbers must be integers");
            }

            var digits = position - start - (negative ? 1 : 0);
            var literal = text.Substring(start, position - start);
            long value;
            if (digits > MaxIntegerDigits
                || !long.TryParse(literal, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value)
                || value > Json.MaxSafeInteger
                || value < -Json.MaxSafeInteger)
            {
                throw Error("integer outside +/-(2^53 - 1)", start);
            }

            return value;
        }

        private object ParseAnyNumber()
        {
            var start = position;
            try
            {
                return ParseInteger();
            }
            catch (EmbedsealException)
            {
                position = start;
            }

            TryConsume('-');
            while (!AtEnd && (IsDigit(Peek()) || "+-.eE".IndexOf(Peek()) >= 0))
            {
                position++;
            }

            double value;
            if (!double.TryParse(
                text.Substring(start, position - start),
                NumberStyles.Float,
                CultureInfo.InvariantCulture,
                out value))
            {
                throw Error("invalid number", start);
            }

            return value;
        }

        private object ParseLiteral(string literal, object value)
        {
            if (string.CompareOrdinal(text, position, literal, 0, literal.Length) != 0)
            {
                throw Error("invalid literal");
            }

            position += literal.Length;
            return value;
        }

        private void Enter()
        {
            position++;
            if (++depth > Json.MaxDepth && !lenientNumbers)
            {
                throw Error("nesting deeper than " + Json.MaxDepth.ToString(CultureInfo.InvariantCulture));
            }
        }

        private T Leave<T>(T container)
        {
            depth--;
            return container;
        }

        private char Peek()
        {
            return AtEnd ? '\0' : text[position];
        }

        private bool TryConsume(char expected)
        {
            if (AtEnd || text[position] != expected)
            {
                return false;
            }

            position++;
            return true;
        }

        private void Expect(char expected)
        {
            if (!TryConsume(expected))
            {
                throw Error(AtEnd ? "unexpected end of input" : "expected '" + expected + "'");
            }
        }

        private void SkipWhitespace()
        {
            while (Peek() == ' ' || Peek() == '\t' || Peek() == '\n' || Peek() == '\r')
            {
                position++;
            }
        }

        private EmbedsealException Error(string problem)
        {
            return Error(problem, position);
        }

        private EmbedsealException Error(string problem, int offset)
        {
            return new EmbedsealException(
                ErrorCode.Malformed,
                "Malformed JSON: " + problem + " at offset " + offset.ToString(CultureInfo.InvariantCulture) + ".");
        }
    }
}
