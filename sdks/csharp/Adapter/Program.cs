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
            answer["formats"] = new List<object> { "boldbi-embed-url", "embedseal-v1", "lightdash-embed", "looker-signed-url", "metabase-embed", "papermap-iframe", "sigma-jwt", "sigma-signed-url", "sisense-jwt", "tableau-connected-app", "tinybird-jwt", "boldbi-embed-authorize", "semaphor-token", "tooljet-pat" };
            answer["operations"] = new List<object> { "sign", "verify", "exchange", "revoke" };
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
                case "boldbi-embed-url":
                    if (op == "sign")
                    {
                        CheckKey(() => BoldbiEmbedUrl.Verify(string.Empty, secret));
                        var signed = BoldbiEmbedUrl.Sign(BoldbiEmbedUrlInput(Fields(request)), secret, new BoldbiEmbedUrl.SignOptions { Now = now, RandomBytes = randomBytes });
                        answer["ok"] = true;
                        answer["url"] = signed.Url;
                        answer["signature"] = signed.Signature;
                        answer["response"] = signed.Response;
                    }
                    else if (op == "verify")
                    {
                        answer["claims"] = BoldbiEmbedUrlClaimsJson(BoldbiEmbedUrl.Verify((string)request["token"], secret, new BoldbiEmbedUrl.VerifyOptions { Now = now }));
                        answer["ok"] = true;
                    }
                    else
                        throw new ArgumentException(format + " does not support " + op);
                    break;
                case "embedseal-v1":
                    if (op == "sign")
                    {
                        CheckKey(() => EmbedsealV1.Verify(string.Empty, secret));
                        var signed = EmbedsealV1.Sign(EmbedsealV1Input(Fields(request)), secret, new EmbedsealV1.SignOptions { Now = now, RandomBytes = randomBytes });
                        answer["ok"] = true;
                        answer["token"] = signed.Token;
                        answer["url"] = signed.Url;
                        answer["signature"] = signed.Signature;
                        answer["response"] = signed.Response;
                    }
                    else if (op == "verify")
                    {
                        answer["claims"] = EmbedsealV1ClaimsJson(EmbedsealV1.Verify((string)request["token"], secret, new EmbedsealV1.VerifyOptions { Now = now }));
                        answer["ok"] = true;
                    }
                    else
                        throw new ArgumentException(format + " does not support " + op);
                    break;
                case "lightdash-embed":
                    if (op == "sign")
                    {
                        CheckKey(() => LightdashEmbed.Verify(string.Empty, secret));
                        var signed = LightdashEmbed.Sign(LightdashEmbedInput(Fields(request)), secret, new LightdashEmbed.SignOptions { Now = now });
                        answer["ok"] = true;
                        answer["token"] = signed.Token;
                        answer["url"] = signed.Url;
                        answer["signature"] = signed.Signature;
                        answer["response"] = signed.Response;
                    }
                    else if (op == "verify")
                    {
                        answer["claims"] = LightdashEmbedClaimsJson(LightdashEmbed.Verify((string)request["token"], secret, new LightdashEmbed.VerifyOptions { Now = now }));
                        answer["ok"] = true;
                    }
                    else
                        throw new ArgumentException(format + " does not support " + op);
                    break;
                case "looker-signed-url":
                    if (op == "sign")
                    {
                        CheckKey(() => LookerSignedUrl.Verify(string.Empty, secret));
                        var signed = LookerSignedUrl.Sign(LookerSignedUrlInput(Fields(request)), secret, new LookerSignedUrl.SignOptions { Now = now, RandomBytes = randomBytes });
                        answer["ok"] = true;
                        answer["url"] = signed.Url;
                        answer["signature"] = signed.Signature;
                        answer["response"] = signed.Response;
                    }
                    else if (op == "verify")
                    {
                        answer["claims"] = LookerSignedUrlClaimsJson(LookerSignedUrl.Verify((string)request["token"], secret, new LookerSignedUrl.VerifyOptions { Now = now }));
                        answer["ok"] = true;
                    }
                    else
                        throw new ArgumentException(format + " does not support " + op);
                    break;
                case "metabase-embed":
                    if (op == "sign")
                    {
                        CheckKey(() => MetabaseEmbed.Verify(string.Empty, secret));
                        var signed = MetabaseEmbed.Sign(MetabaseEmbedInput(Fields(request)), secret, new MetabaseEmbed.SignOptions { Now = now });
                        answer["ok"] = true;
                        answer["token"] = signed.Token;
                        answer["url"] = signed.Url;
                        answer["signature"] = signed.Signature;
                        answer["response"] = signed.Response;
                    }
                    else if (op == "verify")
                    {
                        answer["claims"] = MetabaseEmbedClaimsJson(MetabaseEmbed.Verify((string)request["token"], secret, new MetabaseEmbed.VerifyOptions { Now = now }));
                        answer["ok"] = true;
                    }
                    else
                        throw new ArgumentException(format + " does not support " + op);
                    break;
                case "papermap-iframe":
                    if (op == "sign")
                    {
                        CheckKey(() => PapermapIframe.Verify(string.Empty, secret));
                        var signed = PapermapIframe.Sign(PapermapIframeInput(Fields(request)), secret, new PapermapIframe.SignOptions { Now = now });
                        answer["ok"] = true;
                        answer["token"] = signed.Token;
                        answer["url"] = signed.Url;
                        answer["signature"] = signed.Signature;
                        answer["response"] = signed.Response;
                    }
                    else if (op == "verify")
                    {
                        answer["claims"] = PapermapIframeClaimsJson(PapermapIframe.Verify((string)request["token"], secret, new PapermapIframe.VerifyOptions { Now = now }));
                        answer["ok"] = true;
                    }
                    else
                        throw new ArgumentException(format + " does not support " + op);
                    break;
                case "sigma-jwt":
                    if (op == "sign")
                    {
                        CheckKey(() => SigmaJwt.Verify(string.Empty, secret));
                        var signed = SigmaJwt.Sign(SigmaJwtInput(Fields(request)), secret, new SigmaJwt.SignOptions { Now = now, RandomBytes = randomBytes });
                        answer["ok"] = true;
                        answer["token"] = signed.Token;
                        answer["url"] = signed.Url;
                        answer["signature"] = signed.Signature;
                        answer["response"] = signed.Response;
                    }
                    else if (op == "verify")
                    {
                        answer["claims"] = SigmaJwtClaimsJson(SigmaJwt.Verify((string)request["token"], secret, new SigmaJwt.VerifyOptions { Now = now }));
                        answer["ok"] = true;
                    }
                    else
                        throw new ArgumentException(format + " does not support " + op);
                    break;
                case "sigma-signed-url":
                    if (op == "sign")
                    {
                        CheckKey(() => SigmaSignedUrl.Verify(string.Empty, secret));
                        var signed = SigmaSignedUrl.Sign(SigmaSignedUrlInput(Fields(request)), secret, new SigmaSignedUrl.SignOptions { Now = now, RandomBytes = randomBytes });
                        answer["ok"] = true;
                        answer["url"] = signed.Url;
                        answer["signature"] = signed.Signature;
                        answer["response"] = signed.Response;
                    }
                    else if (op == "verify")
                    {
                        answer["claims"] = SigmaSignedUrlClaimsJson(SigmaSignedUrl.Verify((string)request["token"], secret, new SigmaSignedUrl.VerifyOptions { Now = now }));
                        answer["ok"] = true;
                    }
                    else
                        throw new ArgumentException(format + " does not support " + op);
                    break;
                case "sisense-jwt":
                    if (op == "sign")
                    {
                        CheckKey(() => SisenseJwt.Verify(string.Empty, secret));
                        var signed = SisenseJwt.Sign(SisenseJwtInput(Fields(request)), secret, new SisenseJwt.SignOptions { Now = now, RandomBytes = randomBytes });
                        answer["ok"] = true;
                        answer["token"] = signed.Token;
                        answer["url"] = signed.Url;
                        answer["signature"] = signed.Signature;
                        answer["response"] = signed.Response;
                    }
                    else if (op == "verify")
                    {
                        answer["claims"] = SisenseJwtClaimsJson(SisenseJwt.Verify((string)request["token"], secret, new SisenseJwt.VerifyOptions { Now = now }));
                        answer["ok"] = true;
                    }
                    else
                        throw new ArgumentException(format + " does not support " + op);
                    break;
                case "tableau-connected-app":
                    if (op == "sign")
                    {
                        CheckKey(() => TableauConnectedApp.Verify(string.Empty, secret));
                        var signed = TableauConnectedApp.Sign(TableauConnectedAppInput(Fields(request)), secret, new TableauConnectedApp.SignOptions { Now = now, RandomBytes = randomBytes });
                        answer["ok"] = true;
                        answer["token"] = signed.Token;
                        answer["url"] = null;
                        answer["signature"] = signed.Signature;
                        answer["response"] = signed.Response;
                    }
                    else if (op == "verify")
                    {
                        answer["claims"] = TableauConnectedAppClaimsJson(TableauConnectedApp.Verify((string)request["token"], secret, new TableauConnectedApp.VerifyOptions { Now = now }));
                        answer["ok"] = true;
                    }
                    else
                        throw new ArgumentException(format + " does not support " + op);
                    break;
                case "tinybird-jwt":
                    if (op == "sign")
                    {
                        CheckKey(() => TinybirdJwt.Verify(string.Empty, secret));
                        var signed = TinybirdJwt.Sign(TinybirdJwtInput(Fields(request)), secret, new TinybirdJwt.SignOptions { Now = now });
                        answer["ok"] = true;
                        answer["token"] = signed.Token;
                        answer["url"] = signed.Url;
                        answer["signature"] = signed.Signature;
                        answer["response"] = signed.Response;
                    }
                    else if (op == "verify")
                    {
                        answer["claims"] = TinybirdJwtClaimsJson(TinybirdJwt.Verify((string)request["token"], secret, new TinybirdJwt.VerifyOptions { Now = now }));
                        answer["ok"] = true;
                    }
                    else
                        throw new ArgumentException(format + " does not support " + op);
                    break;
                case "boldbi-embed-authorize":
                    BoldbiEmbedAuthorizeExchange(op, request, answer, secret, now);
                    break;
                case "semaphor-token":
                    SemaphorTokenExchange(op, request, answer, secret, now);
                    break;
                case "tooljet-pat":
                    TooljetPatExchange(op, request, answer, secret, now);
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

        private static BoldbiEmbedUrl.Input BoldbiEmbedUrlInput(Dictionary<string, object> fields)
        {
            var input = new BoldbiEmbedUrl.Input();
            foreach (var member in fields)
            {
                if (member.Value == null)
                    continue;
                switch (member.Key)
                {
                    case "dashboard_url":
                        input.DashboardUrl = Str(member.Value, "dashboard_url");
                        break;
                    case "embed_nonce":
                        input.EmbedNonce = Str(member.Value, "embed_nonce");
                        break;
                    case "embed_dashboard_id":
                        input.EmbedDashboardId = Str(member.Value, "embed_dashboard_id");
                        break;
                    case "embed_user_email":
                        input.EmbedUserEmail = Str(member.Value, "embed_user_email");
                        break;
                    case "embed_timestamp":
                        input.EmbedTimestamp = Int(member.Value, "embed_timestamp");
                        break;
                    case "embed_expirationtime":
                        input.EmbedExpirationtime = Int(member.Value, "embed_expirationtime");
                        break;
                    default:
                        throw new InputError(member.Key + " is not an input of boldbi-embed-url");
                }
            }

            return input;
        }

        private static Dictionary<string, object> BoldbiEmbedUrlClaimsJson(BoldbiEmbedUrl.Claims claims)
        {
            var json = new Dictionary<string, object>();
            if (claims.DashboardUrl != null)
                json["dashboard_url"] = claims.DashboardUrl;
            if (claims.EmbedNonce != null)
                json["embed_nonce"] = claims.EmbedNonce;
            if (claims.EmbedDashboardId != null)
                json["embed_dashboard_id"] = claims.EmbedDashboardId;
            if (claims.EmbedUserEmail != null)
                json["embed_user_email"] = claims.EmbedUserEmail;
            if (claims.EmbedTimestamp != null)
                json["embed_timestamp"] = claims.EmbedTimestamp;
            if (claims.EmbedExpirationtime != null)
                json["embed_expirationtime"] = claims.EmbedExpirationtime;
            return json;
        }

        private static EmbedsealV1.Input EmbedsealV1Input(Dictionary<string, object> fields)
        {
            var input = new EmbedsealV1.Input();
            foreach (var member in fields)
            {
                if (member.Value == null)
                    continue;
                switch (member.Key)
                {
                    case "tenant":
                        input.Tenant = Str(member.Value, "tenant");
                        break;
                    case "dashboard":
                        input.Dashboard = Str(member.Value, "dashboard");
                        break;
                    case "iat":
                        input.Iat = Int(member.Value, "iat");
                        break;
                    case "exp":
                        input.Exp = Int(member.Value, "exp");
                        break;
                    case "jti":
                        input.Jti = Str(member.Value, "jti");
                        break;
                    case "params":
                        input.Params = Obj(member.Value, "params");
                        break;
                    case "app_url":
                        input.AppUrl = Str(member.Value, "app_url");
                        break;
                    default:
                        throw new InputError(member.Key + " is not an input of embedseal-v1");
                }
            }

            return input;
        }

        private static Dictionary<string, object> EmbedsealV1ClaimsJson(EmbedsealV1.Claims claims)
        {
            var json = new Dictionary<string, object>();
            if (claims.Tenant != null)
                json["tenant"] = claims.Tenant;
            if (claims.Dashboard != null)
                json["dashboard"] = claims.Dashboard;
            json["iat"] = claims.Iat;
            json["exp"] = claims.Exp;
            if (claims.Jti != null)
                json["jti"] = claims.Jti;
            if (claims.Params != null)
                json["params"] = claims.Params;
            foreach (var member in claims.Extra)
                json[member.Key] = member.Value;
            return json;
        }

        private static LightdashEmbed.Input LightdashEmbedInput(Dictionary<string, object> fields)
        {
            var input = new LightdashEmbed.Input();
            foreach (var member in fields)
            {
                if (member.Value == null)
                    continue;
                switch (member.Key)
                {
                    case "content":
                        input.Content = LightdashEmbedContent(member.Value, "content");
                        break;
                    case "user":
                        input.User = LightdashEmbedUser(member.Value, "user");
                        break;
                    case "userAttributes":
                        input.UserAttributes = Obj(member.Value, "userAttributes");
                        break;
                    case "iat":
                        input.Iat = Int(member.Value, "iat");
                        break;
                    case "exp":
                        input.Exp = Int(member.Value, "exp");
                        break;
                    case "site_url":
                        input.SiteUrl = Str(member.Value, "site_url");
                        break;
                    default:
                        throw new InputError(member.Key + " is not an input of lightdash-embed");
                }
            }

            return input;
        }

        private static LightdashEmbed.DashboardFiltersInteractivity LightdashEmbedDashboardFiltersInteractivity(object json, string where)
        {
            var result = new LightdashEmbed.DashboardFiltersInteractivity();
            foreach (var member in Members(json, where))
            {
                switch (member.Key)
                {
                    case "enabled":
                        result.Enabled = member.Value;
                        break;
                    case "allowedFilters":
                        result.AllowedFilters = (IList<string>)Items(member.Value, where + "." + member.Key, (item1, at1) => Str(item1, at1));
                        break;
                    default:
                        result.Extra.Add(member.Key, member.Value); // the format refuses it
                        break;
                }
            }

            return result;
        }

        private static Dictionary<string, object> LightdashEmbedDashboardFiltersInteractivityJson(LightdashEmbed.DashboardFiltersInteractivity value)
        {
            var json = new Dictionary<string, object>();
            if (value.Enabled != null)
                json["enabled"] = value.Enabled;
            if (value.AllowedFilters != null)
                json["allowedFilters"] = ItemsJson(value.AllowedFilters, item1 => item1);
            foreach (var member in value.Extra)
                json[member.Key] = member.Value;
            return json;
        }

        private static LightdashEmbed.ParameterInteractivity LightdashEmbedParameterInteractivity(object json, string where)
        {
            var result = new LightdashEmbed.ParameterInteractivity();
            foreach (var member in Members(json, where))
            {
                switch (member.Key)
                {
                    case "enabled":
                        result.Enabled = Bool(member.Value, where + "." + member.Key);
                        break;
                    default:
                        result.Extra.Add(member.Key, member.Value); // the format refuses it
                        break;
                }
            }

            return result;
        }

        private static Dictionary<string, object> LightdashEmbedParameterInteractivityJson(LightdashEmbed.ParameterInteractivity value)
        {
            var json = new Dictionary<string, object>();
            if (value.Enabled != null)
                json["enabled"] = value.Enabled;
            foreach (var member in value.Extra)
                json[member.Key] = member.Value;
            return json;
        }

        private static LightdashEmbed.Content LightdashEmbedContent(object json, string where)
        {
            var result = new LightdashEmbed.Content();
            foreach (var member in Members(json, where))
            {
                switch (member.Key)
                {
                    case "type":
                        result.Type = Str(member.Value, where + "." + member.Key);
                        break;
                    case "projectUuid":
                        result.ProjectUuid = Str(member.Value, where + "." + member.Key);
                        break;
                    case "dashboardUuid":
                        result.DashboardUuid = Str(member.Value, where + "." + member.Key);
                        break;
                    case "dashboardFiltersInteractivity":
                        result.DashboardFiltersInteractivity = LightdashEmbedDashboardFiltersInteractivity(member.Value, where + "." + member.Key);
                        break;
                    case "parameterInteractivity":
                        result.ParameterInteractivity = LightdashEmbedParameterInteractivity(member.Value, where + "." + member.Key);
                        break;
                    case "canExportCsv":
                        result.CanExportCsv = Bool(member.Value, where + "." + member.Key);
                        break;
                    case "canExportImages":
                        result.CanExportImages = Bool(member.Value, where + "." + member.Key);
                        break;
                    case "canExportPagePdf":
                        result.CanExportPagePdf = Bool(member.Value, where + "." + member.Key);
                        break;
                    case "canDateZoom":
                        result.CanDateZoom = Bool(member.Value, where + "." + member.Key);
                        break;
                    case "canExplore":
                        result.CanExplore = Bool(member.Value, where + "." + member.Key);
                        break;
                    case "canViewUnderlyingData":
                        result.CanViewUnderlyingData = Bool(member.Value, where + "." + member.Key);
                        break;
                    default:
                        result.Extra.Add(member.Key, member.Value); // the format refuses it
                        break;
                }
            }

            return result;
        }

        private static Dictionary<string, object> LightdashEmbedContentJson(LightdashEmbed.Content value)
        {
            var json = new Dictionary<string, object>();
            if (value.Type != null)
                json["type"] = value.Type;
            if (value.ProjectUuid != null)
                json["projectUuid"] = value.ProjectUuid;
            if (value.DashboardUuid != null)
                json["dashboardUuid"] = value.DashboardUuid;
            if (value.DashboardFiltersInteractivity != null)
                json["dashboardFiltersInteractivity"] = LightdashEmbedDashboardFiltersInteractivityJson(value.DashboardFiltersInteractivity);
            if (value.ParameterInteractivity != null)
                json["parameterInteractivity"] = LightdashEmbedParameterInteractivityJson(value.ParameterInteractivity);
            if (value.CanExportCsv != null)
                json["canExportCsv"] = value.CanExportCsv;
            if (value.CanExportImages != null)
                json["canExportImages"] = value.CanExportImages;
            if (value.CanExportPagePdf != null)
                json["canExportPagePdf"] = value.CanExportPagePdf;
            if (value.CanDateZoom != null)
                json["canDateZoom"] = value.CanDateZoom;
            if (value.CanExplore != null)
                json["canExplore"] = value.CanExplore;
            if (value.CanViewUnderlyingData != null)
                json["canViewUnderlyingData"] = value.CanViewUnderlyingData;
            foreach (var member in value.Extra)
                json[member.Key] = member.Value;
            return json;
        }

        private static LightdashEmbed.User LightdashEmbedUser(object json, string where)
        {
            var result = new LightdashEmbed.User();
            foreach (var member in Members(json, where))
            {
                switch (member.Key)
                {
                    case "externalId":
                        result.ExternalId = Str(member.Value, where + "." + member.Key);
                        break;
                    case "email":
                        result.Email = Str(member.Value, where + "." + member.Key);
                        break;
                    default:
                        result.Extra.Add(member.Key, member.Value); // the format refuses it
                        break;
                }
            }

            return result;
        }

        private static Dictionary<string, object> LightdashEmbedUserJson(LightdashEmbed.User value)
        {
            var json = new Dictionary<string, object>();
            if (value.ExternalId != null)
                json["externalId"] = value.ExternalId;
            if (value.Email != null)
                json["email"] = value.Email;
            foreach (var member in value.Extra)
                json[member.Key] = member.Value;
            return json;
        }

        private static Dictionary<string, object> LightdashEmbedClaimsJson(LightdashEmbed.Claims claims)
        {
            var json = new Dictionary<string, object>();
            if (claims.Content != null)
                json["content"] = LightdashEmbedContentJson(claims.Content);
            if (claims.User != null)
                json["user"] = LightdashEmbedUserJson(claims.User);
            if (claims.UserAttributes != null)
                json["userAttributes"] = claims.UserAttributes;
            json["iat"] = claims.Iat;
            json["exp"] = claims.Exp;
            foreach (var member in claims.Extra)
                json[member.Key] = member.Value;
            return json;
        }

        private static LookerSignedUrl.Input LookerSignedUrlInput(Dictionary<string, object> fields)
        {
            var input = new LookerSignedUrl.Input();
            foreach (var member in fields)
            {
                if (member.Value == null)
                    continue;
                switch (member.Key)
                {
                    case "host":
                        input.Host = Str(member.Value, "host");
                        break;
                    case "embed_url":
                        input.EmbedUrl = Str(member.Value, "embed_url");
                        break;
                    case "nonce":
                        input.Nonce = Str(member.Value, "nonce");
                        break;
                    case "time":
                        input.Time = Int(member.Value, "time");
                        break;
                    case "session_length":
                        input.SessionLength = Int(member.Value, "session_length");
                        break;
                    case "external_user_id":
                        input.ExternalUserId = Str(member.Value, "external_user_id");
                        break;
                    case "permissions":
                        input.Permissions = (IList<string>)Items(member.Value, "permissions", (item1, at1) => Str(item1, at1));
                        break;
                    case "models":
                        input.Models = (IList<string>)Items(member.Value, "models", (item1, at1) => Str(item1, at1));
                        break;
                    case "group_ids":
                        input.GroupIds = (IList<long>)Items(member.Value, "group_ids", (item1, at1) => Int(item1, at1));
                        break;
                    case "external_group_id":
                        input.ExternalGroupId = Str(member.Value, "external_group_id");
                        break;
                    case "user_attributes":
                        input.UserAttributes = Obj(member.Value, "user_attributes");
                        break;
                    case "access_filters":
                        input.AccessFilters = Obj(member.Value, "access_filters");
                        break;
                    case "first_name":
                        input.FirstName = Str(member.Value, "first_name");
                        break;
                    case "last_name":
                        input.LastName = Str(member.Value, "last_name");
                        break;
                    case "user_timezone":
                        input.UserTimezone = Str(member.Value, "user_timezone");
                        break;
                    case "force_logout_login":
                        input.ForceLogoutLogin = Bool(member.Value, "force_logout_login");
                        break;
                    default:
                        throw new InputError(member.Key + " is not an input of looker-signed-url");
                }
            }

            return input;
        }

        private static Dictionary<string, object> LookerSignedUrlClaimsJson(LookerSignedUrl.Claims claims)
        {
            var json = new Dictionary<string, object>();
            if (claims.Host != null)
                json["host"] = claims.Host;
            if (claims.EmbedUrl != null)
                json["embed_url"] = claims.EmbedUrl;
            if (claims.Nonce != null)
                json["nonce"] = claims.Nonce;
            json["time"] = claims.Time;
            json["session_length"] = claims.SessionLength;
            if (claims.ExternalUserId != null)
                json["external_user_id"] = claims.ExternalUserId;
            if (claims.Permissions != null)
                json["permissions"] = ItemsJson(claims.Permissions, item1 => item1);
            if (claims.Models != null)
                json["models"] = ItemsJson(claims.Models, item1 => item1);
            if (claims.GroupIds != null)
                json["group_ids"] = ItemsJson(claims.GroupIds, item1 => item1);
            if (claims.ExternalGroupId != null)
                json["external_group_id"] = claims.ExternalGroupId;
            if (claims.UserAttributes != null)
                json["user_attributes"] = claims.UserAttributes;
            if (claims.AccessFilters != null)
                json["access_filters"] = claims.AccessFilters;
            if (claims.FirstName != null)
                json["first_name"] = claims.FirstName;
            if (claims.LastName != null)
                json["last_name"] = claims.LastName;
            if (claims.UserTimezone != null)
                json["user_timezone"] = claims.UserTimezone;
            if (claims.ForceLogoutLogin != null)
                json["force_logout_login"] = claims.ForceLogoutLogin;
            return json;
        }

        private static MetabaseEmbed.Input MetabaseEmbedInput(Dictionary<string, object> fields)
        {
            var input = new MetabaseEmbed.Input();
            foreach (var member in fields)
            {
                if (member.Value == null)
                    continue;
                switch (member.Key)
                {
                    case "resource":
                        input.Resource = MetabaseEmbedResource(member.Value, "resource");
                        break;
                    case "params":
                        input.Params = Obj(member.Value, "params");
                        break;
                    case "exp":
                        input.Exp = Int(member.Value, "exp");
                        break;
                    case "site_url":
                        input.SiteUrl = Str(member.Value, "site_url");
                        break;
                    default:
                        throw new InputError(member.Key + " is not an input of metabase-embed");
                }
            }

            return input;
        }

        private static MetabaseEmbed.Resource MetabaseEmbedResource(object json, string where)
        {
            var result = new MetabaseEmbed.Resource();
            foreach (var member in Members(json, where))
            {
                switch (member.Key)
                {
                    case "dashboard":
                        result.Dashboard = Int(member.Value, where + "." + member.Key);
                        break;
                    case "question":
                        result.Question = Int(member.Value, where + "." + member.Key);
                        break;
                    default:
                        result.Extra.Add(member.Key, member.Value); // the format refuses it
                        break;
                }
            }

            return result;
        }

        private static Dictionary<string, object> MetabaseEmbedResourceJson(MetabaseEmbed.Resource value)
        {
            var json = new Dictionary<string, object>();
            if (value.Dashboard != null)
                json["dashboard"] = value.Dashboard;
            if (value.Question != null)
                json["question"] = value.Question;
            foreach (var member in value.Extra)
                json[member.Key] = member.Value;
            return json;
        }

        private static Dictionary<string, object> MetabaseEmbedClaimsJson(MetabaseEmbed.Claims claims)
        {
            var json = new Dictionary<string, object>();
            if (claims.Resource != null)
                json["resource"] = MetabaseEmbedResourceJson(claims.Resource);
            if (claims.Params != null)
                json["params"] = claims.Params;
            if (claims.Exp != null)
                json["exp"] = claims.Exp;
            foreach (var member in claims.Extra)
                json[member.Key] = member.Value;
            return json;
        }

        private static PapermapIframe.Input PapermapIframeInput(Dictionary<string, object> fields)
        {
            var input = new PapermapIframe.Input();
            foreach (var member in fields)
            {
                if (member.Value == null)
                    continue;
                switch (member.Key)
                {
                    case "api_key_id":
                        input.ApiKeyId = Str(member.Value, "api_key_id");
                        break;
                    case "workspace_id":
                        input.WorkspaceId = Str(member.Value, "workspace_id");
                        break;
                    case "tenant_id":
                        input.TenantId = Str(member.Value, "tenant_id");
                        break;
                    case "dashboard_id":
                        input.DashboardId = Str(member.Value, "dashboard_id");
                        break;
                    case "valid_until":
                        input.ValidUntil = Int(member.Value, "valid_until");
                        break;
                    default:
                        throw new InputError(member.Key + " is not an input of papermap-iframe");
                }
            }

            return input;
        }

        private static Dictionary<string, object> PapermapIframeClaimsJson(PapermapIframe.Claims claims)
        {
            var json = new Dictionary<string, object>();
            if (claims.ApiKeyId != null)
                json["api_key_id"] = claims.ApiKeyId;
            if (claims.WorkspaceId != null)
                json["workspace_id"] = claims.WorkspaceId;
            if (claims.TenantId != null)
                json["tenant_id"] = claims.TenantId;
            if (claims.DashboardId != null)
                json["dashboard_id"] = claims.DashboardId;
            json["valid_until"] = claims.ValidUntil;
            foreach (var member in claims.Extra)
                json[member.Key] = member.Value;
            return json;
        }

        private static SigmaJwt.Input SigmaJwtInput(Dictionary<string, object> fields)
        {
            var input = new SigmaJwt.Input();
            foreach (var member in fields)
            {
                if (member.Value == null)
                    continue;
                switch (member.Key)
                {
                    case "kid":
                        input.Kid = Str(member.Value, "kid");
                        break;
                    case "sub":
                        input.Sub = Str(member.Value, "sub");
                        break;
                    case "iss":
                        input.Iss = Str(member.Value, "iss");
                        break;
                    case "jti":
                        input.Jti = Str(member.Value, "jti");
                        break;
                    case "iat":
                        input.Iat = Int(member.Value, "iat");
                        break;
                    case "exp":
                        input.Exp = Int(member.Value, "exp");
                        break;
                    case "account_type":
                        input.AccountType = Str(member.Value, "account_type");
                        break;
                    case "teams":
                        input.Teams = (IList<string>)Items(member.Value, "teams", (item1, at1) => Str(item1, at1));
                        break;
                    case "user_attributes":
                        input.UserAttributes = Obj(member.Value, "user_attributes");
                        break;
                    case "first_name":
                        input.FirstName = Str(member.Value, "first_name");
                        break;
                    case "last_name":
                        input.LastName = Str(member.Value, "last_name");
                        break;
                    case "eval_connection_id":
                        input.EvalConnectionId = Str(member.Value, "eval_connection_id");
                        break;
                    case "workbook_url":
                        input.WorkbookUrl = Str(member.Value, "workbook_url");
                        break;
                    case ":embed":
                        input.Embed = Str(member.Value, ":embed");
                        break;
                    default:
                        throw new InputError(member.Key + " is not an input of sigma-jwt");
                }
            }

            return input;
        }

        private static Dictionary<string, object> SigmaJwtClaimsJson(SigmaJwt.Claims claims)
        {
            var json = new Dictionary<string, object>();
            if (claims.Kid != null)
                json["kid"] = claims.Kid;
            if (claims.Sub != null)
                json["sub"] = claims.Sub;
            if (claims.Iss != null)
                json["iss"] = claims.Iss;
            if (claims.Jti != null)
                json["jti"] = claims.Jti;
            json["iat"] = claims.Iat;
            json["exp"] = claims.Exp;
            if (claims.AccountType != null)
                json["account_type"] = claims.AccountType;
            if (claims.Teams != null)
                json["teams"] = ItemsJson(claims.Teams, item1 => item1);
            if (claims.UserAttributes != null)
                json["user_attributes"] = claims.UserAttributes;
            if (claims.FirstName != null)
                json["first_name"] = claims.FirstName;
            if (claims.LastName != null)
                json["last_name"] = claims.LastName;
            if (claims.EvalConnectionId != null)
                json["eval_connection_id"] = claims.EvalConnectionId;
            foreach (var member in claims.Extra)
                json[member.Key] = member.Value;
            return json;
        }

        private static SigmaSignedUrl.Input SigmaSignedUrlInput(Dictionary<string, object> fields)
        {
            var input = new SigmaSignedUrl.Input();
            foreach (var member in fields)
            {
                if (member.Value == null)
                    continue;
                switch (member.Key)
                {
                    case "embed_path":
                        input.EmbedPath = Str(member.Value, "embed_path");
                        break;
                    case ":nonce":
                        input.Nonce = Str(member.Value, ":nonce");
                        break;
                    case ":email":
                        input.Email = Str(member.Value, ":email");
                        break;
                    case ":external_user_id":
                        input.ExternalUserId = Str(member.Value, ":external_user_id");
                        break;
                    case ":client_id":
                        input.ClientId = Str(member.Value, ":client_id");
                        break;
                    case ":time":
                        input.Time = Int(member.Value, ":time");
                        break;
                    case ":session_length":
                        input.SessionLength = Int(member.Value, ":session_length");
                        break;
                    case ":external_user_team":
                        input.ExternalUserTeam = Str(member.Value, ":external_user_team");
                        break;
                    case ":account_type":
                        input.AccountType = Str(member.Value, ":account_type");
                        break;
                    case "user_attributes":
                        input.UserAttributes = Texts(member.Value, "user_attributes");
                        break;
                    default:
                        throw new InputError(member.Key + " is not an input of sigma-signed-url");
                }
            }

            return input;
        }

        private static Dictionary<string, object> SigmaSignedUrlClaimsJson(SigmaSignedUrl.Claims claims)
        {
            var json = new Dictionary<string, object>();
            if (claims.EmbedPath != null)
                json["embed_path"] = claims.EmbedPath;
            if (claims.Nonce != null)
                json[":nonce"] = claims.Nonce;
            if (claims.Email != null)
                json[":email"] = claims.Email;
            if (claims.ExternalUserId != null)
                json[":external_user_id"] = claims.ExternalUserId;
            if (claims.ClientId != null)
                json[":client_id"] = claims.ClientId;
            json[":time"] = claims.Time;
            json[":session_length"] = claims.SessionLength;
            if (claims.Mode != null)
                json[":mode"] = claims.Mode;
            if (claims.ExternalUserTeam != null)
                json[":external_user_team"] = claims.ExternalUserTeam;
            if (claims.AccountType != null)
                json[":account_type"] = claims.AccountType;
            if (claims.UserAttributes != null)
                json["user_attributes"] = TextsJson(claims.UserAttributes);
            return json;
        }

        private static SisenseJwt.Input SisenseJwtInput(Dictionary<string, object> fields)
        {
            var input = new SisenseJwt.Input();
            foreach (var member in fields)
            {
                if (member.Value == null)
                    continue;
                switch (member.Key)
                {
                    case "iat":
                        input.Iat = Int(member.Value, "iat");
                        break;
                    case "sub":
                        input.Sub = Str(member.Value, "sub");
                        break;
                    case "jti":
                        input.Jti = Str(member.Value, "jti");
                        break;
                    case "exp":
                        input.Exp = Int(member.Value, "exp");
                        break;
                    case "sisense_url":
                        input.SisenseUrl = Str(member.Value, "sisense_url");
                        break;
                    case "return_to":
                        input.ReturnTo = Str(member.Value, "return_to");
                        break;
                    default:
                        throw new InputError(member.Key + " is not an input of sisense-jwt");
                }
            }

            return input;
        }

        private static Dictionary<string, object> SisenseJwtClaimsJson(SisenseJwt.Claims claims)
        {
            var json = new Dictionary<string, object>();
            json["iat"] = claims.Iat;
            if (claims.Sub != null)
                json["sub"] = claims.Sub;
            if (claims.Jti != null)
                json["jti"] = claims.Jti;
            if (claims.Exp != null)
                json["exp"] = claims.Exp;
            foreach (var member in claims.Extra)
                json[member.Key] = member.Value;
            return json;
        }

        private static TableauConnectedApp.Input TableauConnectedAppInput(Dictionary<string, object> fields)
        {
            var input = new TableauConnectedApp.Input();
            foreach (var member in fields)
            {
                if (member.Value == null)
                    continue;
                switch (member.Key)
                {
                    case "iss":
                        input.Iss = Str(member.Value, "iss");
                        break;
                    case "exp":
                        input.Exp = Int(member.Value, "exp");
                        break;
                    case "jti":
                        input.Jti = Str(member.Value, "jti");
                        break;
                    case "sub":
                        input.Sub = Str(member.Value, "sub");
                        break;
                    case "scp":
                        input.Scp = (IList<string>)Items(member.Value, "scp", (item1, at1) => Str(item1, at1));
                        break;
                    case "kid":
                        input.Kid = Str(member.Value, "kid");
                        break;
                    case "attributes":
                        input.Attributes = Obj(member.Value, "attributes");
                        break;
                    default:
                        throw new InputError(member.Key + " is not an input of tableau-connected-app");
                }
            }

            return input;
        }

        private static Dictionary<string, object> TableauConnectedAppClaimsJson(TableauConnectedApp.Claims claims)
        {
            var json = new Dictionary<string, object>();
            if (claims.Iss != null)
                json["iss"] = claims.Iss;
            json["exp"] = claims.Exp;
            if (claims.Jti != null)
                json["jti"] = claims.Jti;
            if (claims.Aud != null)
                json["aud"] = claims.Aud;
            if (claims.Sub != null)
                json["sub"] = claims.Sub;
            if (claims.Scp != null)
                json["scp"] = ItemsJson(claims.Scp, item1 => item1);
            if (claims.Kid != null)
                json["kid"] = claims.Kid;
            foreach (var member in claims.Extra)
                json[member.Key] = member.Value;
            return json;
        }

        private static TinybirdJwt.Input TinybirdJwtInput(Dictionary<string, object> fields)
        {
            var input = new TinybirdJwt.Input();
            foreach (var member in fields)
            {
                if (member.Value == null)
                    continue;
                switch (member.Key)
                {
                    case "workspace_id":
                        input.WorkspaceId = Str(member.Value, "workspace_id");
                        break;
                    case "name":
                        input.Name = Str(member.Value, "name");
                        break;
                    case "exp":
                        input.Exp = Int(member.Value, "exp");
                        break;
                    case "scopes":
                        input.Scopes = (IList<TinybirdJwt.Scope>)Items(member.Value, "scopes", (item1, at1) => TinybirdJwtScope(item1, at1));
                        break;
                    case "limits":
                        input.Limits = TinybirdJwtLimits(member.Value, "limits");
                        break;
                    case "chart_url":
                        input.ChartUrl = Str(member.Value, "chart_url");
                        break;
                    default:
                        throw new InputError(member.Key + " is not an input of tinybird-jwt");
                }
            }

            return input;
        }

        private static TinybirdJwt.Scope TinybirdJwtScope(object json, string where)
        {
            var result = new TinybirdJwt.Scope();
            foreach (var member in Members(json, where))
            {
                switch (member.Key)
                {
                    case "type":
                        result.Type = Str(member.Value, where + "." + member.Key);
                        break;
                    case "resource":
                        result.Resource = Str(member.Value, where + "." + member.Key);
                        break;
                    case "fixed_params":
                        result.FixedParams = Obj(member.Value, where + "." + member.Key);
                        break;
                    case "filter":
                        result.Filter = Str(member.Value, where + "." + member.Key);
                        break;
                    default:
                        result.Extra.Add(member.Key, member.Value); // the format refuses it
                        break;
                }
            }

            return result;
        }

        private static Dictionary<string, object> TinybirdJwtScopeJson(TinybirdJwt.Scope value)
        {
            var json = new Dictionary<string, object>();
            if (value.Type != null)
                json["type"] = value.Type;
            if (value.Resource != null)
                json["resource"] = value.Resource;
            if (value.FixedParams != null)
                json["fixed_params"] = value.FixedParams;
            if (value.Filter != null)
                json["filter"] = value.Filter;
            foreach (var member in value.Extra)
                json[member.Key] = member.Value;
            return json;
        }

        private static TinybirdJwt.Limits TinybirdJwtLimits(object json, string where)
        {
            var result = new TinybirdJwt.Limits();
            foreach (var member in Members(json, where))
            {
                switch (member.Key)
                {
                    case "rps":
                        result.Rps = Int(member.Value, where + "." + member.Key);
                        break;
                    default:
                        result.Extra.Add(member.Key, member.Value); // the format refuses it
                        break;
                }
            }

            return result;
        }

        private static Dictionary<string, object> TinybirdJwtLimitsJson(TinybirdJwt.Limits value)
        {
            var json = new Dictionary<string, object>();
            if (value.Rps != null)
                json["rps"] = value.Rps;
            foreach (var member in value.Extra)
                json[member.Key] = member.Value;
            return json;
        }

        private static Dictionary<string, object> TinybirdJwtClaimsJson(TinybirdJwt.Claims claims)
        {
            var json = new Dictionary<string, object>();
            if (claims.WorkspaceId != null)
                json["workspace_id"] = claims.WorkspaceId;
            if (claims.Name != null)
                json["name"] = claims.Name;
            json["exp"] = claims.Exp;
            if (claims.Scopes != null)
                json["scopes"] = ItemsJson(claims.Scopes, item1 => TinybirdJwtScopeJson(item1));
            if (claims.Limits != null)
                json["limits"] = TinybirdJwtLimitsJson(claims.Limits);
            foreach (var member in claims.Extra)
                json[member.Key] = member.Value;
            return json;
        }

        private static BoldbiEmbedAuthorize.Input BoldbiEmbedAuthorizeInput(Dictionary<string, object> fields)
        {
            var input = new BoldbiEmbedAuthorize.Input();
            foreach (var member in fields)
            {
                if (member.Value == null)
                    continue;
                switch (member.Key)
                {
                    case "serverurl":
                        input.Serverurl = Str(member.Value, "serverurl");
                        break;
                    case "siteidentifier":
                        input.Siteidentifier = Str(member.Value, "siteidentifier");
                        break;
                    case "email":
                        input.Email = Str(member.Value, "email");
                        break;
                    case "dashboard":
                        input.Dashboard = BoldbiEmbedAuthorizeDashboard(member.Value, "dashboard");
                        break;
                    default:
                        throw new InputError(member.Key + " is not an input of boldbi-embed-authorize");
                }
            }

            return input;
        }

        private static BoldbiEmbedAuthorize.Dashboard BoldbiEmbedAuthorizeDashboard(object json, string where)
        {
            var result = new BoldbiEmbedAuthorize.Dashboard();
            foreach (var member in Members(json, where))
            {
                switch (member.Key)
                {
                    case "id":
                        result.Id = Str(member.Value, where + "." + member.Key);
                        break;
                    default:
                        result.Extra.Add(member.Key, member.Value); // the format refuses it
                        break;
                }
            }

            return result;
        }

        private static Dictionary<string, object> BoldbiEmbedAuthorizeDashboardJson(BoldbiEmbedAuthorize.Dashboard value)
        {
            var json = new Dictionary<string, object>();
            if (value.Id != null)
                json["id"] = value.Id;
            foreach (var member in value.Extra)
                json[member.Key] = member.Value;
            return json;
        }

        private static SemaphorToken.Input SemaphorTokenInput(Dictionary<string, object> fields)
        {
            var input = new SemaphorToken.Input();
            foreach (var member in fields)
            {
                if (member.Value == null)
                    continue;
                switch (member.Key)
                {
                    case "server_url":
                        input.ServerUrl = Str(member.Value, "server_url");
                        break;
                    case "dashboardId":
                        input.DashboardId = Str(member.Value, "dashboardId");
                        break;
                    case "tokenExpiry":
                        input.TokenExpiry = Int(member.Value, "tokenExpiry");
                        break;
                    case "endUserId":
                        input.EndUserId = Str(member.Value, "endUserId");
                        break;
                    case "params":
                        input.Params = SemaphorTokenParams(member.Value, "params");
                        break;
                    default:
                        throw new InputError(member.Key + " is not an input of semaphor-token");
                }
            }

            return input;
        }

        private static SemaphorToken.CurrencyFormat SemaphorTokenCurrencyFormat(object json, string where)
        {
            var result = new SemaphorToken.CurrencyFormat();
            foreach (var member in Members(json, where))
            {
                switch (member.Key)
                {
                    case "locale":
                        result.Locale = Str(member.Value, where + "." + member.Key);
                        break;
                    case "currency":
                        result.Currency = Str(member.Value, where + "." + member.Key);
                        break;
                    default:
                        result.Extra.Add(member.Key, member.Value); // the format refuses it
                        break;
                }
            }

            return result;
        }

        private static Dictionary<string, object> SemaphorTokenCurrencyFormatJson(SemaphorToken.CurrencyFormat value)
        {
            var json = new Dictionary<string, object>();
            if (value.Locale != null)
                json["locale"] = value.Locale;
            if (value.Currency != null)
                json["currency"] = value.Currency;
            foreach (var member in value.Extra)
                json[member.Key] = member.Value;
            return json;
        }

        private static SemaphorToken.Params SemaphorTokenParams(object json, string where)
        {
            var result = new SemaphorToken.Params();
            foreach (var member in Members(json, where))
            {
                switch (member.Key)
                {
                    case "currencyFormat":
                        result.CurrencyFormat = SemaphorTokenCurrencyFormat(member.Value, where + "." + member.Key);
                        break;
                    default:
                        result.Extra.Add(member.Key, member.Value); // the format refuses it
                        break;
                }
            }

            return result;
        }

        private static Dictionary<string, object> SemaphorTokenParamsJson(SemaphorToken.Params value)
        {
            var json = new Dictionary<string, object>();
            if (value.CurrencyFormat != null)
                json["currencyFormat"] = SemaphorTokenCurrencyFormatJson(value.CurrencyFormat);
            foreach (var member in value.Extra)
                json[member.Key] = member.Value;
            return json;
        }

        private static TooljetPat.Input TooljetPatInput(Dictionary<string, object> fields)
        {
            var input = new TooljetPat.Input();
            foreach (var member in fields)
            {
                if (member.Value == null)
                    continue;
                switch (member.Key)
                {
                    case "server_url":
                        input.ServerUrl = Str(member.Value, "server_url");
                        break;
                    case "email":
                        input.Email = Str(member.Value, "email");
                        break;
                    case "appId":
                        input.AppId = Str(member.Value, "appId");
                        break;
                    case "sessionExpiry":
                        input.SessionExpiry = Int(member.Value, "sessionExpiry");
                        break;
                    case "patExpiry":
                        input.PatExpiry = Int(member.Value, "patExpiry");
                        break;
                    default:
                        throw new InputError(member.Key + " is not an input of tooljet-pat");
                }
            }

            return input;
        }

        private static void BoldbiEmbedAuthorizeExchange(string op, Dictionary<string, object> request, Dictionary<string, object> answer, string secret, long? now)
        {
            object value;
            var options = new BoldbiEmbedAuthorize.ExchangeOptions
            {
                Now = now,
                BaseUrl = request.TryGetValue("base_url", out value) ? (string)value : null,
                Timeout = request.TryGetValue("timeout_ms", out value) && value != null ? TimeSpan.FromMilliseconds((long)value) : (TimeSpan?)null,
            };
            if (op != "exchange")
                throw new ArgumentException("boldbi-embed-authorize does not support " + op);
            try
            {
                BoldbiEmbedAuthorize.ExchangeAsync(null, secret).GetAwaiter().GetResult(); // the key is checked first
            }
            catch (ArgumentNullException)
            {
            }

            var exchanged = BoldbiEmbedAuthorize.ExchangeAsync(BoldbiEmbedAuthorizeInput(Fields(request)), secret, options).GetAwaiter().GetResult();
            answer["ok"] = true;
            answer["result"] = new Dictionary<string, object>
            {
                { "token", exchanged.Token },
                { "expires_at", exchanged.ExpiresAt },
                { "url", exchanged.Url },
                { "response", exchanged.Response },
            };
        }

        private static void SemaphorTokenExchange(string op, Dictionary<string, object> request, Dictionary<string, object> answer, string secret, long? now)
        {
            object value;
            var options = new SemaphorToken.ExchangeOptions
            {
                Now = now,
                BaseUrl = request.TryGetValue("base_url", out value) ? (string)value : null,
                Timeout = request.TryGetValue("timeout_ms", out value) && value != null ? TimeSpan.FromMilliseconds((long)value) : (TimeSpan?)null,
            };
            if (op == "revoke")
            {
                SemaphorToken.RevokeAsync((string)request["token"], null, options).GetAwaiter().GetResult();
                answer["ok"] = true;
                return;
            }

            if (op != "exchange")
                throw new ArgumentException("semaphor-token does not support " + op);
            try
            {
                SemaphorToken.ExchangeAsync(null, secret).GetAwaiter().GetResult(); // the key is checked first
            }
            catch (ArgumentNullException)
            {
            }

            var exchanged = SemaphorToken.ExchangeAsync(SemaphorTokenInput(Fields(request)), secret, options).GetAwaiter().GetResult();
            answer["ok"] = true;
            answer["result"] = new Dictionary<string, object>
            {
                { "token", exchanged.Token },
                { "expires_at", exchanged.ExpiresAt },
                { "url", exchanged.Url },
                { "response", exchanged.Response },
            };
        }

        private static void TooljetPatExchange(string op, Dictionary<string, object> request, Dictionary<string, object> answer, string secret, long? now)
        {
            object value;
            var options = new TooljetPat.ExchangeOptions
            {
                Now = now,
                BaseUrl = request.TryGetValue("base_url", out value) ? (string)value : null,
                Timeout = request.TryGetValue("timeout_ms", out value) && value != null ? TimeSpan.FromMilliseconds((long)value) : (TimeSpan?)null,
            };
            if (op != "exchange")
                throw new ArgumentException("tooljet-pat does not support " + op);
            try
            {
                TooljetPat.ExchangeAsync(null, secret).GetAwaiter().GetResult(); // the key is checked first
            }
            catch (ArgumentNullException)
            {
            }

            var exchanged = TooljetPat.ExchangeAsync(TooljetPatInput(Fields(request)), secret, options).GetAwaiter().GetResult();
            answer["ok"] = true;
            answer["result"] = new Dictionary<string, object>
            {
                { "token", exchanged.Token },
                { "expires_at", exchanged.ExpiresAt },
                { "url", exchanged.Url },
                { "response", exchanged.Response },
            };
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

        // A JSON object of texts as a map; a null value is passed on, for the format to refuse.
        private static Dictionary<string, string> Texts(object value, string where)
        {
            var texts = new Dictionary<string, string>();
            foreach (var member in Members(value, where))
                texts.Add(member.Key, member.Value == null ? null : Str(member.Value, where + "." + member.Key));
            return texts;
        }

        private static Dictionary<string, object> TextsJson(IReadOnlyDictionary<string, string> texts)
        {
            var json = new Dictionary<string, object>();
            foreach (var entry in texts)
                json.Add(entry.Key, entry.Value);
            return json;
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
