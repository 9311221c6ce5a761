// Code generated from the embedseal runtime — do not edit.

using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace Embedseal.Runtime
{
    /// <summary>A piece of a URL template: literal text or a field (raw or percent-encoded).</summary>
    public sealed class UrlPart
    {
        private UrlPart(string literal, string field, bool percent)
        {
            Literal = literal;
            Field = field;
            Percent = percent;
        }

        /// <summary>Gets the literal text, or <see langword="null"/> for a field.</summary>
        public string Literal { get; }

        /// <summary>Gets the field's wire name, or <see langword="null"/> for literal text.</summary>
        public string Field { get; }

        /// <summary>Gets a value indicating whether the field is percent-encoded.</summary>
        public bool Percent { get; }

        /// <summary>Literal text.</summary>
        /// <param name="text">The text.</param>
        /// <returns>The part.</returns>
        public static UrlPart Text(string text)
        {
            return new UrlPart(text, null, false);
        }

        /// <summary>A field placeholder.</summary>
        /// <param name="name">The field's wire name.</param>
        /// <param name="percent">Whether the value is percent-encoded.</param>
        /// <returns>The part.</returns>
        public static UrlPart Of(string name, bool percent)
        {
            return new UrlPart(null, name, percent);
        }
    }

    /// <summary>One query parameter of a signed URL.</summary>
    public sealed class QueryParam
    {
        /// <summary>Initializes a new instance of the <see cref="QueryParam"/> class.</summary>
        /// <param name="name">The parameter name.</param>
        /// <param name="field">The field it carries, or <see langword="null"/>.</param>
        /// <param name="encode"><c>text</c> or <c>json</c>.</param>
        /// <param name="isSignature">Whether it carries the signature.</param>
        public QueryParam(string name, string field, string encode, bool isSignature)
        {
            Name = name;
            Field = field;
            Encode = encode;
            IsSignature = isSignature;
        }

        /// <summary>Gets the parameter name.</summary>
        public string Name { get; }

        /// <summary>Gets the field it carries, or <see langword="null"/>.</summary>
        public string Field { get; }

        /// <summary>Gets how the value is written: <c>text</c> or <c>json</c>.</summary>
        public string Encode { get; }

        /// <summary>Gets a value indicating whether it carries the signature.</summary>
        public bool IsSignature { get; }
    }

    /// <summary>One piece of a signed message: a prefix and a field written with an encoding.</summary>
    public sealed class MessagePart
    {
        /// <summary>Initializes a new instance of the <see cref="MessagePart"/> class.</summary>
        /// <param name="prefix">Text before the value.</param>
        /// <param name="field">The field's wire name.</param>
        /// <param name="encode"><c>text</c>, <c>json</c> or <c>percent</c>.</param>
        public MessagePart(string prefix, string field, string encode)
        {
            Prefix = prefix;
            Field = field;
            Encode = encode;
        }

        /// <summary>Gets the text before the value.</summary>
        public string Prefix { get; }

        /// <summary>Gets the field's wire name.</summary>
        public string Field { get; }

        /// <summary>Gets how the value is written.</summary>
        public string Encode { get; }
    }

    /// <summary>
    /// A signed URL as received: each field's received text, the signature and the signed text.
    /// The MAC is computed over the text as received, never over re-serialized values.
    /// </summary>
    public sealed class ReceivedUrl
    {
        private static readonly Regex IntegerText = new Regex("^-?(0|[1-9][0-9]*)$", RegexOptions.CultureInvariant);

        private readonly List<KeyValuePair<string, Received>> fields = new List<KeyValuePair<string, Received>>();
        private string rawQuery = string.Empty;

        private ReceivedUrl()
        {
        }

        /// <summary>Gets the received signature text (percent-decoded).</summary>
        public string Signature { get; private set; } = string.Empty;

        /// <summary>Splits a URL by the format's template and query parameters.</summary>
        /// <param name="url">The URL as received.</param>
        /// <param name="baseUrl">The template of the URL before its query.</param>
        /// <param name="query">The query parameters in order, the signature last.</param>
        /// <returns>The parsed URL.</returns>
        /// <exception cref="EmbedsealException">
        /// <see cref="ErrorCode.Malformed"/> when the URL does not fit the template and query.
        /// </exception>
        public static ReceivedUrl Parse(string url, IList<UrlPart> baseUrl, IList<QueryParam> query)
        {
            var hash = url.IndexOf('#');
            var withoutFragment = hash < 0 ? url : url.Substring(0, hash);
            var mark = withoutFragment.IndexOf('?');
            var basePart = mark < 0 ? withoutFragment : withoutFragment.Substring(0, mark);
            var queryPart = mark < 0 ? string.Empty : withoutFragment.Substring(mark + 1);
            var received = new ReceivedUrl();
            received.MatchTemplate(baseUrl, basePart);
            received.ReadQuery(query, queryPart);
            return received;
        }

        /// <summary>The query string without its last (signature) parameter.</summary>
        /// <returns>The signed text of a query-signed URL.</returns>
        public string QueryWithoutSignature()
        {
            var last = rawQuery.LastIndexOf('&');
            return last < 0 ? string.Empty : rawQuery.Substring(0, last);
        }

        /// <summary>The signed text rebuilt from the received pieces.</summary>
        /// <param name="join">The separator between pieces.</param>
        /// <param name="parts">The message parts.</param>
        /// <param name="safe">Punctuation percent-encoding keeps.</param>
        /// <param name="space">What percent-encoding writes for a space.</param>
        /// <returns>The text the signature covers.</returns>
        public string SignedText(string join, IEnumerable<MessagePart> parts, string safe, string space)
        {
            var pieces = new List<string>();
            foreach (var part in parts)
            {
                var got = Find(part.Field);
                if (got == null)
                {
                    continue;
                }

                string text;
                if (part.Encode == "percent")
                {
                    text = got.Encode == "percent" ? got.Raw : PercentEncoding.Encode(got.Text, safe, space);
                }
                else
                {
                    text = got.Text;
                }

                pieces.Add(part.Prefix + text);
            }

            return string.Join(join, pieces);
        }

        /// <summary>Typed values of the received fields: JSON parsed, integers and booleans read.</summary>
        /// <param name="kinds">The type of each field that is not a string.</param>
        /// <returns>The claims, in the order received.</returns>
        /// <exception cref="EmbedsealException">
        /// <see cref="ErrorCode.Malformed"/> for invalid JSON; <see cref="ErrorCode.InvalidClaim"/> for
        /// an integer or boolean that is not written as one.
        /// </exception>
        public JsonObject Claims(IDictionary<string, string> kinds)
        {
            var claims = new JsonObject();
            foreach (var entry in fields)
            {
                claims.Add(entry.Key, Typed(entry.Key, entry.Value, kinds));
            }

            return claims;
        }

        private static object Typed(string name, Received got, IDictionary<string, string> kinds)
        {
            if (got.Encode == "json")
            {
                return Json.Parse(got.Text);
            }

            kinds.TryGetValue(name, out var kind);
            if (kind == "integer" || kind == "unix-time")
            {
                if (!IntegerText.IsMatch(got.Text) || got.Text == "-0"
                    || !long.TryParse(got.Text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var integer))
                {
                    throw new EmbedsealException(ErrorCode.InvalidClaim, name + ": not an integer.");
                }

                return integer;
            }

            if (kind == "boolean")
            {
                if (got.Text != "true" && got.Text != "false")
                {
                    throw new EmbedsealException(ErrorCode.InvalidClaim, name + ": not true or false.");
                }

                return got.Text == "true";
            }

            return got.Text;
        }

        private static EmbedsealException Malformed(string problem)
        {
            return new EmbedsealException(ErrorCode.Malformed, "Malformed URL: " + problem + ".");
        }

        private Received Find(string name)
        {
            foreach (var entry in fields)
            {
                if (entry.Key == name)
                {
                    return entry.Value;
                }
            }

            return null;
        }

        private void Put(string name, Received value)
        {
            for (var i = 0; i < fields.Count; i++)
            {
                if (fields[i].Key == name)
                {
                    fields[i] = new KeyValuePair<string, Received>(name, value);
                    return;
                }
            }

            fields.Add(new KeyValuePair<string, Received>(name, value));
        }

        private void MatchTemplate(IList<UrlPart> template, string basePart)
        {
            var pattern = new StringBuilder(@"\A");
            foreach (var part in template)
            {
                pattern.Append(part.Literal != null ? Regex.Escape(part.Literal) : "(.*?)");
            }

            pattern.Append(@"\z");
            var match = Regex.Match(basePart, pattern.ToString(), RegexOptions.Singleline | RegexOptions.CultureInvariant);
            if (!match.Success)
            {
                throw Malformed("it does not match the format's base URL");
            }

            var group = 1;
            foreach (var part in template)
            {
                if (part.Literal != null)
                {
                    continue;
                }

                var raw = match.Groups[group++].Value;
                var text = part.Percent ? PercentEncoding.Decode(raw, false) : raw;
                Put(part.Field, new Received(raw, text, part.Percent ? "percent" : "text"));
            }
        }

        private void ReadQuery(IList<QueryParam> expected, string query)
        {
            var pairs = new List<KeyValuePair<string, string>>();
            if (query.Length > 0)
            {
                foreach (var item in query.Split('&'))
                {
                    var equals = item.IndexOf('=');
                    if (equals < 0)
                    {
                        throw Malformed("a query item has no '='");
                    }

                    pairs.Add(new KeyValuePair<string, string>(
                        PercentEncoding.Decode(item.Substring(0, equals), false), item.Substring(equals + 1)));
                }
            }

            var position = 0;
            foreach (var pair in pairs)
            {
                while (position < expected.Count && expected[position].Name != pair.Key)
                {
                    position++;
                }

                if (position == expected.Count)
                {
                    throw Malformed("unexpected, repeated or out-of-order query parameter");
                }

                var param = expected[position++];
                if (param.IsSignature)
                {
                    Signature = PercentEncoding.Decode(pair.Value, false);
                }
                else if (param.Field != null)
                {
                    Put(param.Field, new Received(pair.Value, PercentEncoding.Decode(pair.Value, false), param.Encode));
                }
            }

            if (pairs.Count == 0 || expected[expected.Count - 1].Name != pairs[pairs.Count - 1].Key)
            {
                throw Malformed("it does not end with its signature parameter");
            }

            rawQuery = query;
        }

        private sealed class Received
        {
            public Received(string raw, string text, string encode)
            {
                Raw = raw;
                Text = text;
                Encode = encode;
            }

            public string Raw { get; }

            public string Text { get; }

            public string Encode { get; }
        }
    }
}
