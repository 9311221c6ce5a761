// Code generated from spec/formats/ — do not edit.

using System;
using System.IO;
using System.Text;
using Embedseal.Runtime;

namespace Embedseal.Adapter
{
    /// <summary>
    /// The conformance adapter: one JSON request per line on standard input, one JSON answer per
    /// line on standard output.
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
                {
                    continue;
                }

                var answer = new JsonObject();
                try
                {
                    var request = (JsonObject)Json.ParseLenient(line);
                    answer.Add("id", request.TryGetValue("id", out var id) ? id : null);
                    if ((string)request["op"] == "stop")
                    {
                        return 0;
                    }

                    if ((string)request["op"] == "start")
                    {
                        Hello(request, answer);
                    }
                    else
                    {
                        Handle(request, answer);
                    }
                }
                catch (EmbedsealException error)
                {
                    answer["ok"] = false;
                    answer["error"] = error.WireName;
                    if (error.RetryAfter != null)
                    {
                        answer["retry_after"] = error.RetryAfter.Value;
                    }
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

        /// <summary>Writes the answer member by member, so nesting counts from each value.</summary>
        private static string Write(JsonObject answer)
        {
            var members = new StringBuilder("{");
            foreach (var member in answer)
            {
                if (members.Length > 1)
                {
                    members.Append(',');
                }

                members.Append(Json.Encode(member.Key, JsonProfile.Compact)).Append(':');
                members.Append(Json.Encode(member.Value, JsonProfile.Compact));
            }

            return members.Append('}').ToString();
        }

        /// <summary>The answer to the protocol handshake <c>{"op": "start", "protocol": 1}</c>.</summary>
        private static void Hello(JsonObject request, JsonObject answer)
        {
            if (!request.TryGetValue("protocol", out var protocol) || !(protocol is long) || (long)protocol != 1L)
            {
                answer.Add("ok", false);
                answer.Add("error", "unsupported_protocol");
                answer.Add("detail", "speaks 1");
                return;
            }

            var mono = Type.GetType("Mono.Runtime");
            answer.Add("ok", true);
            answer.Add("protocol", 1L);
            answer.Add("language", "csharp");
            var display = mono == null ? null : mono.GetMethod(
                "GetDisplayName",
                System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static);
            answer.Add("runtime", display != null ? "Mono " + display.Invoke(null, null) : ".NET " + Environment.Version);
            answer.Add("formats", new System.Collections.Generic.List<object> { "boldbi-embed-url", "embedseal-v1", "looker-signed-url", "metabase-embed", "papermap-iframe", "tinybird-jwt", "boldbi-embed-authorize", "semaphor-token", "tooljet-pat" });
            answer.Add("operations", new System.Collections.Generic.List<object> { "sign", "verify", "exchange", "revoke" });
        }

        private static void Handle(JsonObject request, JsonObject answer)
        {
            var op = (string)request["op"];
            var format = (string)request["format"];
            if (op == "exchange" || op == "revoke")
            {
                Exchange(op, format, request, answer);
                return;
            }

            var secret = (string)request["secret"];
            var now = (long)request["now"];
            var sign = op == "sign";
            var fields = sign ? (JsonObject)request["fields"] : null;
            var random = sign && request.TryGetValue("random", out var hex) && hex != null
                ? RandomSource.FromBytes(Bytes.Decode(((string)hex).ToLowerInvariant(), ByteEncoding.Hex))
                : RandomSource.FromBytes(new byte[0]);
            var token = sign ? null : (string)request["token"];
            switch (format)
            {
                case "boldbi-embed-url":
                    if (sign)
                    {
                        var signed = BoldbiEmbedUrl.BoldbiEmbedUrl.Sign(BoldbiEmbedUrl.Input.FromJson(fields), secret, now, random);
                        answer.Add("ok", true);
                        answer.Add("url", signed.Url);
                        answer.Add("signature", signed.Signature);
                        answer.Add("response", signed.Response);
                    }
                    else
                    {
                        answer.Add("ok", true);
                        answer.Add("claims", BoldbiEmbedUrl.BoldbiEmbedUrl.Verify(token, secret, now).ToJson());
                    }

                    break;
                case "embedseal-v1":
                    if (sign)
                    {
                        var signed = EmbedsealV1.EmbedsealV1.Sign(EmbedsealV1.Input.FromJson(fields), secret, now, random);
                        answer.Add("ok", true);
                        answer.Add("token", signed.Token);
                        answer.Add("url", signed.Url);
                        answer.Add("signature", signed.Signature);
                        answer.Add("response", signed.Response);
                    }
                    else
                    {
                        answer.Add("ok", true);
                        answer.Add("claims", EmbedsealV1.EmbedsealV1.Verify(token, secret, now).ToJson());
                    }

                    break;
                case "looker-signed-url":
                    if (sign)
                    {
                        var signed = LookerSignedUrl.LookerSignedUrl.Sign(LookerSignedUrl.Input.FromJson(fields), secret, now, random);
                        answer.Add("ok", true);
                        answer.Add("url", signed.Url);
                        answer.Add("signature", signed.Signature);
                        answer.Add("response", signed.Response);
                    }
                    else
                    {
                        answer.Add("ok", true);
                        answer.Add("claims", LookerSignedUrl.LookerSignedUrl.Verify(token, secret, now).ToJson());
                    }

                    break;
                case "metabase-embed":
                    if (sign)
                    {
                        var signed = MetabaseEmbed.MetabaseEmbed.Sign(MetabaseEmbed.Input.FromJson(fields), secret, now, random);
                        answer.Add("ok", true);
                        answer.Add("token", signed.Token);
                        answer.Add("url", signed.Url);
                        answer.Add("signature", signed.Signature);
                        answer.Add("response", signed.Response);
                    }
                    else
                    {
                        answer.Add("ok", true);
                        answer.Add("claims", MetabaseEmbed.MetabaseEmbed.Verify(token, secret, now).ToJson());
                    }

                    break;
                case "papermap-iframe":
                    if (sign)
                    {
                        var signed = PapermapIframe.PapermapIframe.Sign(PapermapIframe.Input.FromJson(fields), secret, now, random);
                        answer.Add("ok", true);
                        answer.Add("token", signed.Token);
                        answer.Add("url", signed.Url);
                        answer.Add("signature", signed.Signature);
                        answer.Add("response", signed.Response);
                    }
                    else
                    {
                        answer.Add("ok", true);
                        answer.Add("claims", PapermapIframe.PapermapIframe.Verify(token, secret, now).ToJson());
                    }

                    break;
                case "tinybird-jwt":
                    if (sign)
                    {
                        var signed = TinybirdJwt.TinybirdJwt.Sign(TinybirdJwt.Input.FromJson(fields), secret, now, random);
                        answer.Add("ok", true);
                        answer.Add("token", signed.Token);
                        answer.Add("url", signed.Url);
                        answer.Add("signature", signed.Signature);
                        answer.Add("response", signed.Response);
                    }
                    else
                    {
                        answer.Add("ok", true);
                        answer.Add("claims", TinybirdJwt.TinybirdJwt.Verify(token, secret, now).ToJson());
                    }

                    break;
                default:
                    throw new ArgumentException("unknown format " + format);
            }
        }

        private static void Exchange(string op, string format, JsonObject request, JsonObject answer)
        {
            object value;
            var baseUrl = request.TryGetValue("base_url", out value) ? (string)value : null;
            var timeoutMs = request.TryGetValue("timeout_ms", out value) && value != null ? (long?)(long)value : null;
            var now = request.TryGetValue("now", out value) && value != null
                ? (long)value
                : DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            switch (format)
            {
                case "boldbi-embed-authorize":
                    if (op != "exchange")
                    {
                        throw new ArgumentException(format + " does not support " + op);
                    }

                    var exchanged1 = BoldbiEmbedAuthorize.BoldbiEmbedAuthorize.Exchange(
                        BoldbiEmbedAuthorize.Input.FromJson((JsonObject)request["fields"]), (string)request["secret"], now, baseUrl, timeoutMs);
                    answer.Add("ok", true);
                    answer.Add("result", new JsonObject
                    {
                        { "token", exchanged1.Token },
                        { "expires_at", exchanged1.ExpiresAt },
                        { "url", exchanged1.Url },
                        { "response", exchanged1.Response },
                    });
                    break;
                case "semaphor-token":
                    if (op == "revoke")
                    {
                        SemaphorToken.SemaphorToken.Revoke((string)request["token"], null, now, baseUrl, timeoutMs);
                        answer.Add("ok", true);
                        break;
                    }

                    if (op != "exchange")
                    {
                        throw new ArgumentException(format + " does not support " + op);
                    }

                    var exchanged2 = SemaphorToken.SemaphorToken.Exchange(
                        SemaphorToken.Input.FromJson((JsonObject)request["fields"]), (string)request["secret"], now, baseUrl, timeoutMs);
                    answer.Add("ok", true);
                    answer.Add("result", new JsonObject
                    {
                        { "token", exchanged2.Token },
                        { "expires_at", exchanged2.ExpiresAt },
                        { "url", exchanged2.Url },
                        { "response", exchanged2.Response },
                    });
                    break;
                case "tooljet-pat":
                    if (op != "exchange")
                    {
                        throw new ArgumentException(format + " does not support " + op);
                    }

                    var exchanged3 = TooljetPat.TooljetPat.Exchange(
                        TooljetPat.Input.FromJson((JsonObject)request["fields"]), (string)request["secret"], now, baseUrl, timeoutMs);
                    answer.Add("ok", true);
                    answer.Add("result", new JsonObject
                    {
                        { "token", exchanged3.Token },
                        { "expires_at", exchanged3.ExpiresAt },
                        { "url", exchanged3.Url },
                        { "response", exchanged3.Response },
                    });
                    break;
                default:
                    throw new ArgumentException("unknown format " + format);
            }
        }
    }
}
