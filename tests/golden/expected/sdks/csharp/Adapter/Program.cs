// Code generated from spec/formats/ — do not edit.

using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace Embedseal.Adapter
{
    /// <summary>
    /// The conformance adapter: one JSON request per line on standard input, one JSON answer per
    /// line on standard output. It calls the per-format files only.
    /// </summary>
    public static class Program
    {
        /// <summary>Answers requests until <c>stop</c> or the end of input.</summary>
        /// <returns>The exit code.</returns>
        public static int Main()
        {
            var utf8 = new UTF8Encoding(false);
            var input = new StreamReader(Console.OpenStandardInput(), utf8);
            var output = new StreamWriter(Console.OpenStandardOutput(), utf8) { AutoFlush = true, NewLine = "\n" };
            string line;
            while ((line = input.ReadLine()) != null)
            {
                if (line.Trim().Length == 0)
                    continue;
                var answer = new Dictionary<string, object>();
                try
                {
                    var request = (Dictionary<string, object>)new Reader(line).Document();
                    object id;
                    answer["id"] = request.TryGetValue("id", out id) ? id : null;
                    var op = (string)request["op"];
                    if (op == "stop")
                        return 0;
                    if (op == "start")
                        Hello(request, answer);
                    else
                        Handle(op, request, answer);
                }
                catch (InputError error)
                {
                    answer["ok"] = false;
                    answer["error"] = "invalid_input";
                    answer["detail"] = error.Message;
                }
                catch (Exception error) when (WireName(error) != null)
                {
                    answer["ok"] = false;
                    answer["error"] = WireName(error);
                    var retryAfter = error.GetType().GetProperty("RetryAfter")?.GetValue(error);
                    if (retryAfter != null)
                        answer["retry_after"] = retryAfter;
                }
                catch (Exception error)
                {
                    answer["ok"] = false;
                    answer["error"] = "adapter_error";
                    answer["detail"] = error.GetType().Name + ": " + error.Message;
                }

                output.WriteLine(Write(answer));
            }

            return 0;
        }

        // Each format has its own exception type, all with WireName.
        private static string WireName(Exception error)
        {
            return error.GetType().Name == "EmbedException"
                ? (string)error.GetType().GetProperty("WireName").GetValue(error)
                : null;
        }

        private static void Hello(Dictionary<string, object> request, Dictionary<string, object> answer)
        {
            object protocol;
            if (!request.TryGetValue("protocol", out protocol) || !(protocol is long) || (long)protocol != 1L)
            {
                answer["ok"] = false;
                answer["error"] = "unsupported_protocol";
                answer["detail"] = "speaks 1";
                return;
            }

            var mono = Type.GetType("Mono.Runtime");
            var display = mono?.GetMethod("GetDisplayName", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static);
            answer["ok"] = true;
            answer["protocol"] = 1L;
            answer["language"] = "csharp";
            answer["runtime"] = display != null ? "Mono " + display.Invoke(null, null) : ".NET " + Environment.Version;
            answer["formats"] = new List<object> { "golden-claims", "golden-envelope", "golden-lines" };
            answer["operations"] = new List<object> { "sign", "verify" };
        }

        private static void Handle(string op, Dictionary<string, object> request, Dictionary<string, object> answer)
        {
            var format = (string)request["format"];
            object given;
            var secret = request.TryGetValue("secret", out given) ? (string)given : null;
            var now = request.TryGetValue("now", out given) ? (long?)given : null;
            object value;
            var random = op == "sign" && request.TryGetValue("random", out value) && value != null ? FromHex((string)value) : new byte[0];
            var used = 0;
            Func<int, byte[]> randomBytes = count =>
            {
                var take = Math.Min(count, random.Length - used);
                var chunk = new byte[take];
                Array.Copy(random, used, chunk, 0, take);
                used += take;
                return chunk;
            };
            switch (format)
            {
                case "golden-claims":
                    if (op == "sign")
                    {
                        CheckKey(() => GoldenClaims.Verify(string.Empty, secret));
                        var signed = GoldenClaims.Sign(GoldenClaimsInput(Fields(request)), secret, new GoldenClaims.SignOptions { Now = now, RandomBytes = randomBytes });
                        answer["ok"] = true;
                        answer["token"] = signed.Token;
                        answer["url"] = signed.Url;
                        answer["signature"] = signed.Signature;
                        answer["response"] = signed.Response;
                    }
                    else if (op == "verify")
                    {
                        answer["claims"] = GoldenClaimsClaimsJson(GoldenClaims.Verify((string)request["token"], secret, new GoldenClaims.VerifyOptions { Now = now }));
                        answer["ok"] = true;
                    }
                    else
                        throw new ArgumentException(format + " does not support " + op);
                    break;
                case "golden-envelope":
                    if (op == "sign")
                    {
                        CheckKey(() => GoldenEnvelope.Verify(string.Empty, secret));
                        var signed = GoldenEnvelope.Sign(GoldenEnvelopeInput(Fields(request)), secret, new GoldenEnvelope.SignOptions { Now = now, RandomBytes = randomBytes });
                        answer["ok"] = true;
                        answer["token"] = signed.Token;
                        answer["url"] = signed.Url;
                        answer["signature"] = signed.Signature;
                        answer["response"] = signed.Response;
                    }
                    else if (op == "verify")
                    {
                        answer["claims"] = GoldenEnvelopeClaimsJson(GoldenEnvelope.Verify((string)request["token"], secret, new GoldenEnvelope.VerifyOptions { Now = now }));
                        answer["ok"] = true;
                    }
                    else
                        throw new ArgumentException(format + " does not support " + op);
                    break;
                case "golden-lines":
                    if (op == "sign")
                    {
                        CheckKey(() => GoldenLines.Verify(string.Empty, secret));
                        var signed = GoldenLines.Sign(GoldenLinesInput(Fields(request)), secret, new GoldenLines.SignOptions { Now = now });
                        answer["ok"] = true;
                        answer["url"] = signed.Url;
                        answer["signature"] = signed.Signature;
                        answer["response"] = signed.Response;
                    }
                    else if (op == "verify")
                    {
                        answer["claims"] = GoldenLinesClaimsJson(GoldenLines.Verify((string)request["token"], secret, new GoldenLines.VerifyOptions { Now = now }));
                        answer["ok"] = true;
                    }
                    else
                        throw new ArgumentException(format + " does not support " + op);
                    break;
                default:
                    throw new ArgumentException("unknown format " + format);
            }
        }

        // The key is checked before the fields, as the reference does: verifying an empty token
        // tells (the format reads the key first).
        private static void CheckKey(Action verifyEmpty)
        {
            try
            {
                verifyEmpty();
            }
            catch (Exception error) when (WireName(error) == "invalid_key" || WireName(error) == "weak_key")
            {
                throw;
            }
            catch (Exception error) when (WireName(error) != null)
            {
                // Any other refusal of an empty token: the key is fine.
            }
        }

        private static Dictionary<string, object> Fields(Dictionary<string, object> request)
        {
            return Members(request["fields"], "fields");
        }

        private static GoldenClaims.Input GoldenClaimsInput(Dictionary<string, object> fields)
        {
            var input = new GoldenClaims.Input();
            foreach (var member in fields)
            {
                if (member.Value == null)
                    continue;
                switch (member.Key)
                {
                    case "http://example.com/is_root":
                        input.HttpExampleComIsRoot = Bool(member.Value, "http://example.com/is_root");
                        break;
                    case ":nonce":
                        input.Nonce = Str(member.Value, ":nonce");
                        break;
                    case "class":
                        input.Class = Str(member.Value, "class");
                        break;
                    case "type":
                        input.Type = Int(member.Value, "type");
                        break;
                    case "iat":
                        input.Iat = Int(member.Value, "iat");
                        break;
                    case "exp":
                        input.Exp = Int(member.Value, "exp");
                        break;
                    case "kid":
                        input.Kid = Str(member.Value, "kid");
                        break;
                    case "items":
                        input.Items = (IList<GoldenClaims.Item>)Items(member.Value, "items", (item1, at1) => GoldenClaimsItem(item1, at1));
                        break;
                    case "meta":
                        input.Meta = Obj(member.Value, "meta");
                        break;
                    case "base":
                        input.Base = Str(member.Value, "base");
                        break;
                    default:
                        throw new InputError(member.Key + " is not an input of golden-claims");
                }
            }

            return input;
        }

        private static GoldenClaims.Item GoldenClaimsItem(object json, string where)
        {
            var result = new GoldenClaims.Item();
            foreach (var member in Members(json, where))
            {
                switch (member.Key)
                {
                    case "id":
                        result.Id = Int(member.Value, where + "." + member.Key);
                        break;
                    case "tags":
                        result.Tags = (IList<string>)Items(member.Value, where + "." + member.Key, (item1, at1) => Str(item1, at1));
                        break;
                    default:
                        result.Extra.Add(member.Key, member.Value); // the format refuses it
                        break;
                }
            }

            return result;
        }

        private static Dictionary<string, object> GoldenClaimsItemJson(GoldenClaims.Item value)
        {
            var json = new Dictionary<string, object>();
            if (value.Id != null)
                json["id"] = value.Id;
            if (value.Tags != null)
                json["tags"] = ItemsJson(value.Tags, item1 => item1);
            foreach (var member in value.Extra)
                json[member.Key] = member.Value;
            return json;
        }

        private static Dictionary<string, object> GoldenClaimsClaimsJson(GoldenClaims.Claims claims)
        {
            var json = new Dictionary<string, object>();
            if (claims.HttpExampleComIsRoot != null)
                json["http://example.com/is_root"] = claims.HttpExampleComIsRoot;
            if (claims.Nonce != null)
                json[":nonce"] = claims.Nonce;
            if (claims.Class != null)
                json["class"] = claims.Class;
            json["type"] = claims.Type;
            json["iat"] = claims.Iat;
            json["exp"] = claims.Exp;
            if (claims.Kid != null)
                json["kid"] = claims.Kid;
            if (claims.Items != null)
                json["items"] = ItemsJson(claims.Items, item1 => GoldenClaimsItemJson(item1));
            if (claims.Meta != null)
                json["meta"] = claims.Meta;
            foreach (var member in claims.Extra)
                json[member.Key] = member.Value;
            return json;
        }

        private static GoldenEnvelope.Input GoldenEnvelopeInput(Dictionary<string, object> fields)
        {
            var input = new GoldenEnvelope.Input();
            foreach (var member in fields)
            {
                if (member.Value == null)
                    continue;
                switch (member.Key)
                {
                    case "account":
                        input.Account = Str(member.Value, "account");
                        break;
                    case "id":
                        input.Id = Str(member.Value, "id");
                        break;
                    case "until":
                        input.Until = Int(member.Value, "until");
                        break;
                    default:
                        throw new InputError(member.Key + " is not an input of golden-envelope");
                }
            }

            return input;
        }

        private static Dictionary<string, object> GoldenEnvelopeClaimsJson(GoldenEnvelope.Claims claims)
        {
            var json = new Dictionary<string, object>();
            json["v"] = claims.V;
            if (claims.Account != null)
                json["account"] = claims.Account;
            if (claims.Id != null)
                json["id"] = claims.Id;
            json["until"] = claims.Until;
            foreach (var member in claims.Extra)
                json[member.Key] = member.Value;
            return json;
        }

        private static GoldenLines.Input GoldenLinesInput(Dictionary<string, object> fields)
        {
            var input = new GoldenLines.Input();
            foreach (var member in fields)
            {
                if (member.Value == null)
                    continue;
                switch (member.Key)
                {
                    case "host":
                        input.Host = Str(member.Value, "host");
                        break;
                    case "path":
                        input.Path = Str(member.Value, "path");
                        break;
                    case "time":
                        input.Time = Int(member.Value, "time");
                        break;
                    case "user":
                        input.User = Str(member.Value, "user");
                        break;
                    case "groups":
                        input.Groups = (IList<long>)Items(member.Value, "groups", (item1, at1) => Int(item1, at1));
                        break;
                    case "display":
                        input.Display = Str(member.Value, "display");
                        break;
                    default:
                        throw new InputError(member.Key + " is not an input of golden-lines");
                }
            }

            return input;
        }

        private static Dictionary<string, object> GoldenLinesClaimsJson(GoldenLines.Claims claims)
        {
            var json = new Dictionary<string, object>();
            if (claims.Host != null)
                json["host"] = claims.Host;
            if (claims.Path != null)
                json["path"] = claims.Path;
            json["time"] = claims.Time;
            if (claims.User != null)
                json["user"] = claims.User;
            if (claims.Groups != null)
                json["groups"] = ItemsJson(claims.Groups, item1 => item1);
            if (claims.Display != null)
                json["display"] = claims.Display;
            return json;
        }

        private static string Str(object value, string where) => value as string ?? throw new InputError(where + ": expected a string");

        private static long Int(object value, string where) => value is long integer ? integer : throw new InputError(where + ": expected an integer");

        private static bool Bool(object value, string where) => value is bool flag ? flag : throw new InputError(where + ": expected a boolean");

        private static IDictionary<string, object> Obj(object value, string where) => Members(value, where);

        private static Dictionary<string, object> Members(object value, string where) =>
            value as Dictionary<string, object> ?? throw new InputError(where + ": expected an object");

        private static List<T> Items<T>(object value, string where, Func<object, string, T> item)
        {
            var items = value as List<object> ?? throw new InputError(where + ": expected an array");
            var result = new List<T>();
            for (var i = 0; i < items.Count; i++)
                result.Add(item(items[i], where + "[" + i + "]"));
            return result;
        }

        private static List<object> ItemsJson<T>(IEnumerable<T> items, Func<T, object> item)
        {
            var result = new List<object>();
            foreach (var each in items)
                result.Add(item(each));
            return result;
        }

        private static byte[] FromHex(string text)
        {
            var data = new byte[text.Length / 2];
            for (var i = 0; i < data.Length; i++)
                data[i] = byte.Parse(text.Substring(2 * i, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            return data;
        }

        // Writes the answer; nesting is unlimited here (the answer wraps values the SDK wrote).
        private static string Write(object value)
        {
            var json = new StringBuilder();
            Write(json, value);
            return json.ToString();
        }

        private static void Write(StringBuilder json, object value)
        {
            if (value == null)
                json.Append("null");
            else if (value is string text)
            {
                json.Append('"');
                foreach (var c in text)
                {
                    if (c == '"' || c == '\\')
                        json.Append('\\').Append(c);
                    else if (c < ' ')
                        json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else
                        json.Append(c);
                }

                json.Append('"');
            }
            else if (value is bool flag)
                json.Append(flag ? "true" : "false");
            else if (value is double real)
                json.Append(real.ToString("R", CultureInfo.InvariantCulture));
            else if (value is IDictionary<string, object> members)
            {
                json.Append('{');
                var first = true;
                foreach (var member in members)
                {
                    json.Append(first ? string.Empty : ",");
                    Write(json, member.Key);
                    json.Append(':');
                    Write(json, member.Value);
                    first = false;
                }

                json.Append('}');
            }
            else if (value is IEnumerable items)
            {
                json.Append('[');
                var first = true;
                foreach (var item in items)
                {
                    json.Append(first ? string.Empty : ",");
                    Write(json, item);
                    first = false;
                }

                json.Append(']');
            }
            else
                json.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
        }

        /// <summary>A request value the format's typed input cannot hold (invalid_input).</summary>
        private sealed class InputError : Exception
        {
            public InputError(string message)
                : base(message)
            {
            }
        }

        // A lenient reader for requests: numbers that are not integers in range become double
        // (the typed conversion refuses them as invalid_input); nesting is not limited.
        private sealed class Reader
        {
            private readonly string text;
            private int at;

            public Reader(string text)
            {
                this.text = text;
            }

            public object Document()
            {
                var value = Value();
                Space();
                return at == text.Length ? value : throw new FormatException("data after the request");
            }

            private void Space()
            {
                while (at < text.Length && char.IsWhiteSpace(text[at]))
                    at++;
            }

            private object Value()
            {
                Space();
                var c = text[at];
                if (c == '{')
                {
                    var members = new Dictionary<string, object>();
                    at++;
                    Space();
                    if (text[at] == '}')
                    {
                        at++;
                        return members;
                    }

                    while (true)
                    {
                        Space();
                        var key = (string)Value();
                        Space();
                        at++; // ':'
                        members[key] = Value();
                        Space();
                        if (text[at++] == '}')
                            return members;
                    }
                }

                if (c == '[')
                {
                    var items = new List<object>();
                    at++;
                    Space();
                    if (text[at] == ']')
                    {
                        at++;
                        return items;
                    }

                    while (true)
                    {
                        items.Add(Value());
                        Space();
                        if (text[at++] == ']')
                            return items;
                    }
                }

                if (c == '"')
                    return String();
                if (text.Substring(at).StartsWith("true", StringComparison.Ordinal))
                {
                    at += 4;
                    return true;
                }

                if (text.Substring(at).StartsWith("false", StringComparison.Ordinal))
                {
                    at += 5;
                    return false;
                }

                if (text.Substring(at).StartsWith("null", StringComparison.Ordinal))
                {
                    at += 4;
                    return null;
                }

                var start = at;
                while (at < text.Length && "+-0123456789.eE".IndexOf(text[at]) >= 0)
                    at++;
                var number = text.Substring(start, at - start);
                long integer;
                if (number.IndexOfAny(new[] { '.', 'e', 'E' }) < 0
                    && long.TryParse(number, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out integer))
                    return integer;
                return double.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture);
            }

            private string String()
            {
                var result = new StringBuilder();
                at++;
                while (text[at] != '"')
                {
                    if (text[at] != '\\')
                    {
                        result.Append(text[at++]);
                        continue;
                    }

                    var escape = text[at + 1];
                    at += 2;
                    if (escape == 'u')
                    {
                        result.Append((char)int.Parse(text.Substring(at, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                        at += 4;
                    }
                    else
                        result.Append(escape == 'b' ? '\b' : escape == 'f' ? '\f' : escape == 'n' ? '\n' : escape == 'r' ? '\r' : escape == 't' ? '\t' : escape);
                }

                at++;
                return result.ToString();
            }
        }
    }
}
