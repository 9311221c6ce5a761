// Code generated from the embedseal runtime — do not edit.

using System.Text;

namespace Embedseal.Runtime
{
    // String literals: escapes, surrogate pairs and the refusal of raw control characters.
    internal sealed partial class JsonParser
    {
        private const string SimpleEscapes = "\"\\/bfnrt";
        private const string SimpleEscapeValues = "\"\\/\b\f\n\r\t";

        private string ParseString()
        {
            var builder = new StringBuilder();
            position++;
            while (true)
            {
                var c = Peek();
                if (c == '"')
                {
                    position++;
                    return builder.ToString();
                }

                if (c == '\\')
                {
                    ParseEscape(builder);
                }
                else if (AtEnd)
                {
                    throw Error("unterminated string");
                }
                else if (c < ' ')
                {
                    throw Error("control character in a string");
                }
                else if (char.IsSurrogate(c))
                {
                    if (!char.IsSurrogatePair(text, position))
                    {
                        throw Error("lone surrogate in a string");
                    }

                    builder.Append(c).Append(text[position + 1]);
                    position += 2;
                }
                else
                {
                    builder.Append(c);
                    position++;
                }
            }
        }

        private void ParseEscape(StringBuilder builder)
        {
            var escapeOffset = position++;
            var c = Peek();
            position++;
            var simple = SimpleEscapes.IndexOf(c);
            if (simple >= 0)
            {
                builder.Append(SimpleEscapeValues[simple]);
            }
            else if (c == 'u')
            {
                ParseUnicodeEscape(builder, escapeOffset);
            }
            else
            {
                throw Error("invalid escape", escapeOffset);
            }
        }

        private void ParseUnicodeEscape(StringBuilder builder, int escapeOffset)
        {
            var unit = ReadHexQuad();
            if (char.IsLowSurrogate(unit))
            {
                throw Error("lone low surrogate escape", escapeOffset);
            }

            builder.Append(unit);
            if (!char.IsHighSurrogate(unit))
            {
                return;
            }

            if (!TryConsume('\\') || !TryConsume('u'))
            {
                throw Error("lone high surrogate escape", escapeOffset);
            }

            var low = ReadHexQuad();
            if (!char.IsLowSurrogate(low))
            {
                throw Error("lone high surrogate escape", escapeOffset);
            }

            builder.Append(low);
        }

        private char ReadHexQuad()
        {
            var value = 0;
            for (var i = 0; i < 4; i++)
            {
                var digit = Bytes.HexDigitValue(Peek());
                if (digit < 0)
                {
                    throw Error("invalid \\u escape");
                }

                value = (value << 4) | digit;
                position++;
            }

            return (char)value;
        }
    }
}
