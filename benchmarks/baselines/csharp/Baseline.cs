// Minimal hand-written versions of the three benchmarked formats, as a competent C# engineer
// writes them without embedseal on the floor the generated code targets (Mono 6.8: no
// System.Text.Json): System.Security.Cryptography, a StringBuilder JSON writer and a small JSON
// reader, the vendor's recipe, no generic checks. Each *Message returns the bytes the HMAC covers.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Bench
{
    public sealed class RefusedException : Exception
    {
        public RefusedException(string why) : base(why) { }
    }

    public sealed class TinybirdScope
    {
        public string Type;
        public string Resource;
        public IDictionary<string, object> FixedParams;
        public string Filter;
    }

    public sealed class TinybirdClaims
    {
        public string WorkspaceId;
        public string Name;
        public long Exp;
        public IList<TinybirdScope> Scopes;
    }

    public sealed class PapermapInput
    {
        public string ApiKeyId, WorkspaceId, TenantId, DashboardId;
        public long ValidUntil;
    }

    public sealed class LookerUser
    {
        public string Host, EmbedUrl, ExternalUserId, FirstName, LastName;
        public long SessionLength = 3600;
        public IList<string> Permissions, Models;
        public IList<long> GroupIds;
        public IDictionary<string, object> UserAttributes, AccessFilters;
    }

    public static class Baseline
    {
        static readonly UTF8Encoding Utf8 = new UTF8Encoding(false);

        public static byte[] Hmac256(byte[] key, byte[] data)
        {
            using (var mac = new HMACSHA256(key)) return mac.ComputeHash(data);
        }

        public static byte[] Hmac1(byte[] key, byte[] data)
        {
            using (var mac = new HMACSHA1(key)) return mac.ComputeHash(data);
        }

        static bool Equal(byte[] a, byte[] b)
        {
            if (a.Length != b.Length) return false;
            var diff = 0;
            for (var i = 0; i < a.Length; i++) diff |= a[i] ^ b[i];
            return diff == 0;
        }

        public static string Base64Url(byte[] bytes) =>
            Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        static byte[] FromBase64Url(string text)
        {
            var s = text.Replace('-', '+').Replace('_', '/');
            return Convert.FromBase64String(s.PadRight(s.Length + (4 - s.Length % 4) % 4, '='));
        }

        public static string Hex(byte[] bytes) => BitConverter.ToString(bytes).Replace("-", "").ToLowerInvariant();

        // -------------------------------------------------------- JSON, written and read

        static void Quote(StringBuilder o, string s, bool asciiOnly)
        {
            o.Append('"');
            foreach (var c in s)
            {
                switch (c)
                {
                    case '"': o.Append("\\\""); break;
                    case '\\': o.Append("\\\\"); break;
                    case '\n': o.Append("\\n"); break;
                    case '\r': o.Append("\\r"); break;
                    case '\t': o.Append("\\t"); break;
                    case '\b': o.Append("\\b"); break;
                    case '\f': o.Append("\\f"); break;
                    default:
                        if (c < 0x20 || (asciiOnly && c > 0x7e)) o.Append("\\u").Append(((int)c).ToString("x4"));
                        else o.Append(c);
                        break;
                }
            }
            o.Append('"');
        }

        static void Write(StringBuilder o, object v, bool asciiOnly)
        {
            if (v == null) o.Append("null");
            else if (v is string s) Quote(o, s, asciiOnly);
            else if (v is bool b) o.Append(b ? "true" : "false");
            else if (v is IDictionary<string, object> map)
            {
                o.Append('{');
                var comma = "";
                foreach (var e in map)
                {
                    Quote(o.Append(comma), e.Key, asciiOnly);
                    Write(o.Append(':'), e.Value, asciiOnly);
                    comma = ",";
                }
                o.Append('}');
            }
            else if (v is System.Collections.IEnumerable list)
            {
                o.Append('[');
                var comma = "";
                foreach (var item in list)
                {
                    Write(o.Append(comma), item, asciiOnly);
                    comma = ",";
                }
                o.Append(']');
            }
            else o.Append(Convert.ToString(v, CultureInfo.InvariantCulture));
        }

        public static string Json(object v, bool asciiOnly)
        {
            var o = new StringBuilder();
            Write(o, v, asciiOnly);
            return o.ToString();
        }

        /// <summary>A small recursive-descent JSON reader: objects, arrays, strings, integers, literals.</summary>
        sealed class Reader
        {
            readonly string text;
            int at;

            Reader(string text) { this.text = text; }

            public static object Parse(string text)
            {
                var r = new Reader(text);
                var v = r.Value();
                r.Space();
                if (r.at != text.Length) throw new RefusedException("trailing data");
                return v;
            }

            void Space()
            {
                while (at < text.Length && " \t\r\n".IndexOf(text[at]) >= 0) at++;
            }

            char Next()
            {
                if (at >= text.Length) throw new RefusedException("end of JSON");
                return text[at++];
            }

            object Value()
            {
                Space();
                var c = Next();
                if (c == '{')
                {
                    var map = new Dictionary<string, object>();
                    Space();
                    if (text[at] == '}') { at++; return map; }
                    do
                    {
                        Space();
                        if (Next() != '"') throw new RefusedException("key");
                        var key = Str();
                        Space();
                        if (Next() != ':') throw new RefusedException("colon");
                        map.Add(key, Value());
                        Space();
                    } while ((c = Next()) == ',');
                    if (c != '}') throw new RefusedException("object");
                    return map;
                }
                if (c == '[')
                {
                    var list = new List<object>();
                    Space();
                    if (text[at] == ']') { at++; return list; }
                    do
                    {
                        list.Add(Value());
                        Space();
                    } while ((c = Next()) == ',');
                    if (c != ']') throw new RefusedException("array");
                    return list;
                }
                if (c == '"') return Str();
                at--;
                foreach (var literal in new[] { "true", "false", "null" })
                {
                    if (string.CompareOrdinal(text, at, literal, 0, literal.Length) == 0)
                    {
                        at += literal.Length;
                        return literal == "null" ? null : (object)(literal == "true");
                    }
                }
                var start = at;
                while (at < text.Length && "-0123456789".IndexOf(text[at]) >= 0) at++;
                long n;
                if (!long.TryParse(text.Substring(start, at - start), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out n))
                    throw new RefusedException("number");
                return n;
            }

            string Str()
            {
                var o = new StringBuilder();
                while (true)
                {
                    var c = Next();
                    if (c == '"') return o.ToString();
                    if (c != '\\') { o.Append(c); continue; }
                    c = Next();
                    switch (c)
                    {
                        case 'n': o.Append('\n'); break;
                        case 't': o.Append('\t'); break;
                        case 'r': o.Append('\r'); break;
                        case 'b': o.Append('\b'); break;
                        case 'f': o.Append('\f'); break;
                        case 'u': o.Append((char)int.Parse(text.Substring(at, 4), NumberStyles.HexNumber)); at += 4; break;
                        default: o.Append(c); break;
                    }
                }
            }
        }

        static Dictionary<string, object> Object(byte[] json)
        {
            var map = Reader.Parse(Utf8.GetString(json)) as Dictionary<string, object>;
            if (map == null) throw new RefusedException("not an object");
            return map;
        }

        // -------------------------------------------------------- tinybird-jwt (PyJWT's bytes)

        const string TinybirdHeader = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"; // {"alg":"HS256","typ":"JWT"}

        public static byte[] TinybirdMessage(TinybirdClaims c)
        {
            var o = new StringBuilder("{\"workspace_id\":");
            Quote(o, c.WorkspaceId, true);
            Quote(o.Append(",\"name\":"), c.Name, true);
            o.Append(",\"exp\":").Append(c.Exp.ToString(CultureInfo.InvariantCulture)).Append(",\"scopes\":[");
            for (var i = 0; i < c.Scopes.Count; i++)
            {
                var s = c.Scopes[i];
                Quote(o.Append(i > 0 ? ",{\"type\":" : "{\"type\":"), s.Type, true);
                Quote(o.Append(",\"resource\":"), s.Resource, true);
                if (s.FixedParams != null) Write(o.Append(",\"fixed_params\":"), s.FixedParams, true);
                if (s.Filter != null) Quote(o.Append(",\"filter\":"), s.Filter, true);
                o.Append('}');
            }
            o.Append("]}");
            return Encoding.ASCII.GetBytes(TinybirdHeader + "." + Base64Url(Utf8.GetBytes(o.ToString())));
        }

        /// <summary>The token and the embed URL.</summary>
        public static string[] TinybirdSign(TinybirdClaims c, string chartUrl, string secret)
        {
            var signingInput = TinybirdMessage(c);
            var token = Encoding.ASCII.GetString(signingInput) + "." + Base64Url(Hmac256(Utf8.GetBytes(secret), signingInput));
            return new[] { token, chartUrl + "?token=" + Uri.EscapeDataString(token) };
        }

        public static Dictionary<string, object> TinybirdVerify(string token, string secret, long now)
        {
            var parts = token.Split('.');
            if (parts.Length != 3) throw new RefusedException("malformed");
            object alg;
            if (!Object(FromBase64Url(parts[0])).TryGetValue("alg", out alg) || (alg as string) != "HS256")
                throw new RefusedException("alg");
            var mac = Hmac256(Utf8.GetBytes(secret), Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]));
            if (!Equal(mac, FromBase64Url(parts[2]))) throw new RefusedException("signature");
            var claims = Object(FromBase64Url(parts[1]));
            object exp;
            if (!claims.TryGetValue("exp", out exp) || !(exp is long) || (long)exp <= now) throw new RefusedException("expired");
            return claims;
        }

        // -------------------------------------------------------- papermap-iframe (the seed)

        public static byte[] PapermapMessage(PapermapInput p) =>
            Utf8.GetBytes(p.WorkspaceId + p.ValidUntil.ToString(CultureInfo.InvariantCulture));

        /// <summary>The token and the embed URL; json.dumps' ", " and ": ", as the vendor's Python writes.</summary>
        public static string[] PapermapSign(PapermapInput p, string secret)
        {
            var mac = Hmac256(Utf8.GetBytes(secret), PapermapMessage(p));
            var o = new StringBuilder("{\"api_key_id\": ");
            Quote(o, p.ApiKeyId, true);
            Quote(o.Append(", \"workspace_id\": "), p.WorkspaceId, true);
            Quote(o.Append(", \"tenant_id\": "), p.TenantId, true);
            Quote(o.Append(", \"dashboard_id\": "), p.DashboardId, true);
            o.Append(", \"valid_until\": ").Append(p.ValidUntil.ToString(CultureInfo.InvariantCulture));
            o.Append(", \"signature\": \"").Append(Hex(mac)).Append("\"}");
            var token = Convert.ToBase64String(Utf8.GetBytes(o.ToString())).Replace('+', '-').Replace('/', '_');
            return new[] { token, "https://papermap.ai/embedded/dashboard?embedded-token=" + token };
        }

        public static Dictionary<string, object> PapermapVerify(string token, string secret, long now)
        {
            var claims = Object(FromBase64Url(token));
            object signature, validUntil, workspaceId;
            if (!claims.TryGetValue("signature", out signature) || !claims.TryGetValue("valid_until", out validUntil)
                || !claims.TryGetValue("workspace_id", out workspaceId) || !(validUntil is long))
                throw new RefusedException("malformed");
            claims.Remove("signature");
            var message = Utf8.GetBytes((string)workspaceId + ((long)validUntil).ToString(CultureInfo.InvariantCulture));
            var expected = Hex(Hmac256(Utf8.GetBytes(secret), message));
            if (!Equal(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(signature as string ?? "")))
                throw new RefusedException("signature");
            if ((long)validUntil <= now) throw new RefusedException("expired");
            return claims;
        }

        // -------------------------------------------------------- looker-signed-url (embed SDK)

        static readonly string[] LookerSigned =
        {
            "nonce", "time", "session_length", "external_user_id", "permissions", "models",
            "group_ids", "external_group_id", "user_attributes", "access_filters",
        };

        /// <summary>encodeURIComponent: Uri.EscapeDataString less its escapes of ! * ' ( ).</summary>
        static string UriComponent(string s) =>
            Uri.EscapeDataString(s).Replace("%21", "!").Replace("%2A", "*").Replace("%27", "'").Replace("%28", "(").Replace("%29", ")");

        static List<KeyValuePair<string, string>> LookerParams(LookerUser u, long now, byte[] nonce)
        {
            var p = new List<KeyValuePair<string, string>>();
            Action<string, string> add = (k, v) => p.Add(new KeyValuePair<string, string>(k, v));
            add("nonce", Json(Hex(nonce), false));
            add("time", now.ToString(CultureInfo.InvariantCulture));
            add("session_length", u.SessionLength.ToString(CultureInfo.InvariantCulture));
            add("external_user_id", Json(u.ExternalUserId, false));
            add("permissions", Json(u.Permissions, false));
            add("models", Json(u.Models, false));
            if (u.GroupIds != null) add("group_ids", Json(u.GroupIds, false));
            if (u.UserAttributes != null) add("user_attributes", Json(u.UserAttributes, false));
            add("access_filters", u.AccessFilters == null ? "{}" : Json(u.AccessFilters, false));
            if (u.FirstName != null) add("first_name", Json(u.FirstName, false));
            if (u.LastName != null) add("last_name", Json(u.LastName, false));
            return p;
        }

        static byte[] LookerString(string host, string path, IDictionary<string, string> texts)
        {
            var o = new StringBuilder(host).Append('\n').Append(path);
            foreach (var name in LookerSigned)
            {
                string v;
                if (texts.TryGetValue(name, out v)) o.Append('\n').Append(v);
            }
            return Utf8.GetBytes(o.ToString());
        }

        static Dictionary<string, string> Map(List<KeyValuePair<string, string>> pairs)
        {
            var map = new Dictionary<string, string>();
            foreach (var kv in pairs) map[kv.Key] = kv.Value;
            return map;
        }

        public static byte[] LookerMessage(LookerUser u, long now, byte[] nonce) =>
            LookerString(u.Host, "/login/embed/" + UriComponent(u.EmbedUrl), Map(LookerParams(u, now, nonce)));

        public static string LookerSign(LookerUser u, string secret, long now, byte[] nonce)
        {
            var path = "/login/embed/" + UriComponent(u.EmbedUrl);
            var p = LookerParams(u, now, nonce);
            var mac = Hmac1(Utf8.GetBytes(secret), LookerString(u.Host, path, Map(p)));
            p.Add(new KeyValuePair<string, string>("signature", Convert.ToBase64String(mac)));
            var url = new StringBuilder("https://").Append(u.Host).Append(path).Append('?');
            for (var i = 0; i < p.Count; i++)
                url.Append(i > 0 ? "&" : "").Append(p[i].Key).Append('=').Append(UriComponent(p[i].Value));
            return url.ToString();
        }

        public static Dictionary<string, object> LookerVerify(string url, string secret, long now)
        {
            var question = url.IndexOf('?');
            if (!url.StartsWith("https://", StringComparison.Ordinal) || question < 0) throw new RefusedException("malformed");
            var slash = url.IndexOf('/', 8);
            var host = url.Substring(8, slash - 8);
            var path = url.Substring(slash, question - slash);
            var texts = new Dictionary<string, string>();
            foreach (var pair in url.Substring(question + 1).Split('&'))
            {
                var equals = pair.IndexOf('=');
                texts[pair.Substring(0, equals)] = Uri.UnescapeDataString(pair.Substring(equals + 1));
            }
            string signature;
            if (!texts.TryGetValue("signature", out signature)) throw new RefusedException("malformed");
            texts.Remove("signature");
            if (!Equal(Hmac1(Utf8.GetBytes(secret), LookerString(host, path, texts)), Convert.FromBase64String(signature)))
                throw new RefusedException("signature");
            var claims = new Dictionary<string, object>
            {
                { "host", host },
                { "embed_url", Uri.UnescapeDataString(path.Substring("/login/embed/".Length)) },
            };
            foreach (var kv in texts) claims[kv.Key] = Reader.Parse(kv.Value);
            object time;
            if (!claims.TryGetValue("time", out time) || !(time is long) || Math.Abs((long)time - now) > 300)
                throw new RefusedException("time");
            return claims;
        }
    }
}
