// Code generated from spec/formats/ — do not edit.

import io.embedseal.boldbiembedurl.BoldbiEmbedUrl;
import io.embedseal.embedsealv1.EmbedsealV1;
import io.embedseal.lightdashembed.LightdashEmbed;
import io.embedseal.lookersignedurl.LookerSignedUrl;
import io.embedseal.metabaseembed.MetabaseEmbed;
import io.embedseal.papermapiframe.PapermapIframe;
import io.embedseal.sigmajwt.SigmaJwt;
import io.embedseal.sigmasignedurl.SigmaSignedUrl;
import io.embedseal.sisensejwt.SisenseJwt;
import io.embedseal.tableauconnectedapp.TableauConnectedApp;
import io.embedseal.tinybirdjwt.TinybirdJwt;
import io.embedseal.boldbiembedauthorize.BoldbiEmbedAuthorize;
import io.embedseal.semaphortoken.SemaphorToken;
import io.embedseal.tooljetpat.TooljetPat;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The conformance adapter: reads one JSON request per line on stdin and writes one JSON answer
 * per line on stdout (conformance/protocol/), calling each format's own class.
 */
public final class Adapter {
    /** The protocol version this adapter speaks. */
    private static final long PROTOCOL = 1L;

    /** Every format this SDK implements. */
    private static final List<Object> FORMATS =
            List.of("boldbi-embed-url", "embedseal-v1", "lightdash-embed", "looker-signed-url", "metabase-embed", "papermap-iframe", "sigma-jwt", "sigma-signed-url", "sisense-jwt", "tableau-connected-app", "tinybird-jwt", "boldbi-embed-authorize", "semaphor-token", "tooljet-pat");

    private Adapter() {}

    /** A request value the format's types cannot take: answered as invalid_input. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /** Hands out the request's random bytes in order, then fails (as the reference does). */
    private static final class FixedRandom extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final byte[] data;
        private int offset;

        FixedRandom(byte[] data) {
            this.data = data;
        }

        @Override
        public void nextBytes(byte[] bytes) {
            if (data.length - offset < bytes.length) {
                throw new Refused("random: needs " + bytes.length + " more bytes");
            }
            System.arraycopy(data, offset, bytes, 0, bytes.length);
            offset += bytes.length;
        }
    }

    /**
     * Serves requests until {@code {"op": "stop"}} or the end of input.
     *
     * @param args unused
     * @throws IOException if stdin cannot be read
     */
    public static void main(String[] args) throws IOException {
        BufferedReader in =
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            Map<String, Object> answer = new LinkedHashMap<>();
            try {
                Map<String, Object> request = object(new LenientJson(line).document(), "request");
                answer.put("id", request.get("id"));
                if ("stop".equals(request.get("op"))) {
                    return;
                }
                if ("start".equals(request.get("op"))) {
                    answer.putAll(hello(request));
                } else {
                    Map<String, Object> result = handle(request);
                    answer.put("ok", true);
                    answer.putAll(result);
                }
            } catch (Refused e) {
                answer.put("ok", false);
                answer.put("error", "invalid_input");
            } catch (Failure e) {
                answer.put("ok", false);
                answer.put("error", e.code);
                if (e.retryAfter != null) {
                    answer.put("retry_after", e.retryAfter);
                }
            } catch (RuntimeException e) {
                answer.put("ok", false);
                answer.put("error", "adapter_error");
                answer.put("detail", String.valueOf(e));
            }
            out.println(write(answer));
        }
    }

    /** A format's refusal, by its shared code. */
    private static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        private final String code;
        private final Long retryAfter;

        Failure(Enum<?> code, Long retryAfter) {
            super(code.name());
            this.code = code.name().toLowerCase(java.util.Locale.ROOT);
            this.retryAfter = retryAfter;
        }
    }

    /** The answer to the protocol handshake {@code {"op": "start", "protocol": 1}}. */
    private static Map<String, Object> hello(Map<String, Object> request) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (!(request.get("protocol") instanceof Long protocol) || protocol != PROTOCOL) {
            out.put("ok", false);
            out.put("error", "unsupported_protocol");
            out.put("detail", "speaks " + PROTOCOL);
            return out;
        }
        out.put("ok", true);
        out.put("protocol", PROTOCOL);
        out.put("language", "java");
        out.put("runtime", "Java " + System.getProperty("java.version"));
        out.put("formats", FORMATS);
        out.put("operations", List.of("sign", "verify", "exchange", "revoke"));
        return out;
    }

    private static Map<String, Object> handle(Map<String, Object> request) throws Failure {
        String format = (String) request.get("format");
        String op = (String) request.get("op");
        String secret = request.get("secret") instanceof String text ? text : "";
        long now =
                request.get("now") instanceof Long number
                        ? number
                        : System.currentTimeMillis() / 1000L;
        String token = request.get("token") instanceof String text ? text : "";
        Object fields = request.getOrDefault("fields", Map.of());
        String randomHex = request.get("random") instanceof String text ? text : "";
        Map<String, Object> out = new LinkedHashMap<>();
        switch (format) {
            case "boldbi-embed-url" -> {
                BoldbiEmbedUrl.Options options = new BoldbiEmbedUrl.Options().now(now).random(new FixedRandom(HexFormat.of().parseHex(randomHex)));
                try {
                    if (op.equals("verify")) {
                        out.put("claims", boldbiembedurlJson(BoldbiEmbedUrl.verify(token, secret, options)));
                        return out;
                    }
                    try {
                        BoldbiEmbedUrl.verify("", secret, options); // the key is checked before the inputs
                    } catch (BoldbiEmbedUrl.EmbedException e) {
                        if (e.code() != BoldbiEmbedUrl.ErrorCode.MALFORMED) {
                            throw e;
                        }
                    }
                    BoldbiEmbedUrl.Signed signed = BoldbiEmbedUrl.sign(boldbiembedurlInput(fields), secret, options);
                    out.put("url", signed.url());
                    out.put("signature", signed.signature());
                    Map<String, Object> response = new LinkedHashMap<>();
                    put(response, "url", signed.url());
                    put(response, "signature", signed.signature());
                    out.put("response", response);
                    return out;
                } catch (BoldbiEmbedUrl.EmbedException e) {
                    throw new Failure(e.code(), null);
                }
            }
            case "embedseal-v1" -> {
                EmbedsealV1.Options options = new EmbedsealV1.Options().now(now).random(new FixedRandom(HexFormat.of().parseHex(randomHex)));
                try {
                    if (op.equals("verify")) {
                        out.put("claims", embedsealv1Json(EmbedsealV1.verify(token, secret, options)));
                        return out;
                    }
                    try {
                        EmbedsealV1.verify("", secret, options); // the key is checked before the inputs
                    } catch (EmbedsealV1.EmbedException e) {
                        if (e.code() != EmbedsealV1.ErrorCode.MALFORMED) {
                            throw e;
                        }
                    }
                    EmbedsealV1.Signed signed = EmbedsealV1.sign(embedsealv1Input(fields), secret, options);
                    out.put("token", signed.token());
                    out.put("url", signed.url());
                    out.put("signature", signed.signature());
                    Map<String, Object> response = new LinkedHashMap<>();
                    put(response, "token", signed.token());
                    put(response, "url", signed.url());
                    put(response, "expires_at", signed.expiresAt());
                    out.put("response", response);
                    return out;
                } catch (EmbedsealV1.EmbedException e) {
                    throw new Failure(e.code(), null);
                }
            }
            case "lightdash-embed" -> {
                LightdashEmbed.Options options = new LightdashEmbed.Options().now(now);
                try {
                    if (op.equals("verify")) {
                        out.put("claims", lightdashembedJson(LightdashEmbed.verify(token, secret, options)));
                        return out;
                    }
                    try {
                        LightdashEmbed.verify("", secret, options); // the key is checked before the inputs
                    } catch (LightdashEmbed.EmbedException e) {
                        if (e.code() != LightdashEmbed.ErrorCode.MALFORMED) {
                            throw e;
                        }
                    }
                    LightdashEmbed.Signed signed = LightdashEmbed.sign(lightdashembedInput(fields), secret, options);
                    out.put("token", signed.token());
                    out.put("url", signed.url());
                    out.put("signature", signed.signature());
                    Map<String, Object> response = new LinkedHashMap<>();
                    put(response, "token", signed.token());
                    put(response, "url", signed.url());
                    put(response, "expires_at", signed.expiresAt());
                    out.put("response", response);
                    return out;
                } catch (LightdashEmbed.EmbedException e) {
                    throw new Failure(e.code(), null);
                }
            }
            case "looker-signed-url" -> {
                LookerSignedUrl.Options options = new LookerSignedUrl.Options().now(now).random(new FixedRandom(HexFormat.of().parseHex(randomHex)));
                try {
                    if (op.equals("verify")) {
                        out.put("claims", lookersignedurlJson(LookerSignedUrl.verify(token, secret, options)));
                        return out;
                    }
                    try {
                        LookerSignedUrl.verify("", secret, options); // the key is checked before the inputs
                    } catch (LookerSignedUrl.EmbedException e) {
                        if (e.code() != LookerSignedUrl.ErrorCode.MALFORMED) {
                            throw e;
                        }
                    }
                    LookerSignedUrl.Signed signed = LookerSignedUrl.sign(lookersignedurlInput(fields), secret, options);
                    out.put("url", signed.url());
                    out.put("signature", signed.signature());
                    Map<String, Object> response = new LinkedHashMap<>();
                    put(response, "url", signed.url());
                    out.put("response", response);
                    return out;
                } catch (LookerSignedUrl.EmbedException e) {
                    throw new Failure(e.code(), null);
                }
            }
            case "metabase-embed" -> {
                MetabaseEmbed.Options options = new MetabaseEmbed.Options().now(now);
                try {
                    if (op.equals("verify")) {
                        out.put("claims", metabaseembedJson(MetabaseEmbed.verify(token, secret, options)));
                        return out;
                    }
                    try {
                        MetabaseEmbed.verify("", secret, options); // the key is checked before the inputs
                    } catch (MetabaseEmbed.EmbedException e) {
                        if (e.code() != MetabaseEmbed.ErrorCode.MALFORMED) {
                            throw e;
                        }
                    }
                    MetabaseEmbed.Signed signed = MetabaseEmbed.sign(metabaseembedInput(fields), secret, options);
                    out.put("token", signed.token());
                    out.put("url", signed.url());
                    out.put("signature", signed.signature());
                    Map<String, Object> response = new LinkedHashMap<>();
                    put(response, "token", signed.token());
                    put(response, "url", signed.url());
                    put(response, "expires_at", signed.expiresAt());
                    out.put("response", response);
                    return out;
                } catch (MetabaseEmbed.EmbedException e) {
                    throw new Failure(e.code(), null);
                }
            }
            case "papermap-iframe" -> {
                PapermapIframe.Options options = new PapermapIframe.Options().now(now);
                try {
                    if (op.equals("verify")) {
                        out.put("claims", papermapiframeJson(PapermapIframe.verify(token, secret, options)));
                        return out;
                    }
                    try {
                        PapermapIframe.verify("", secret, options); // the key is checked before the inputs
                    } catch (PapermapIframe.EmbedException e) {
                        if (e.code() != PapermapIframe.ErrorCode.MALFORMED) {
                            throw e;
                        }
                    }
                    PapermapIframe.Signed signed = PapermapIframe.sign(papermapiframeInput(fields), secret, options);
                    out.put("token", signed.token());
                    out.put("url", signed.url());
                    out.put("signature", signed.signature());
                    Map<String, Object> response = new LinkedHashMap<>();
                    put(response, "token", signed.token());
                    put(response, "dashboard_id", signed.dashboardId());
                    put(response, "expires_at", signed.expiresAt());
                    out.put("response", response);
                    return out;
                } catch (PapermapIframe.EmbedException e) {
                    throw new Failure(e.code(), null);
                }
            }
            case "sigma-jwt" -> {
                SigmaJwt.Options options = new SigmaJwt.Options().now(now).random(new FixedRandom(HexFormat.of().parseHex(randomHex)));
                try {
                    if (op.equals("verify")) {
                        out.put("claims", sigmajwtJson(SigmaJwt.verify(token, secret, options)));
                        return out;
                    }
                    try {
                        SigmaJwt.verify("", secret, options); // the key is checked before the inputs
                    } catch (SigmaJwt.EmbedException e) {
                        if (e.code() != SigmaJwt.ErrorCode.MALFORMED) {
                            throw e;
                        }
                    }
                    SigmaJwt.Signed signed = SigmaJwt.sign(sigmajwtInput(fields), secret, options);
                    out.put("token", signed.token());
                    out.put("url", signed.url());
                    out.put("signature", signed.signature());
                    Map<String, Object> response = new LinkedHashMap<>();
                    put(response, "token", signed.token());
                    put(response, "url", signed.url());
                    put(response, "expires_at", signed.expiresAt());
                    out.put("response", response);
                    return out;
                } catch (SigmaJwt.EmbedException e) {
                    throw new Failure(e.code(), null);
                }
            }
            case "sigma-signed-url" -> {
                SigmaSignedUrl.Options options = new SigmaSignedUrl.Options().now(now).random(new FixedRandom(HexFormat.of().parseHex(randomHex)));
                try {
                    if (op.equals("verify")) {
                        out.put("claims", sigmasignedurlJson(SigmaSignedUrl.verify(token, secret, options)));
                        return out;
                    }
                    try {
                        SigmaSignedUrl.verify("", secret, options); // the key is checked before the inputs
                    } catch (SigmaSignedUrl.EmbedException e) {
                        if (e.code() != SigmaSignedUrl.ErrorCode.MALFORMED) {
                            throw e;
                        }
                    }
                    SigmaSignedUrl.Signed signed = SigmaSignedUrl.sign(sigmasignedurlInput(fields), secret, options);
                    out.put("url", signed.url());
                    out.put("signature", signed.signature());
                    Map<String, Object> response = new LinkedHashMap<>();
                    put(response, "url", signed.url());
                    out.put("response", response);
                    return out;
                } catch (SigmaSignedUrl.EmbedException e) {
                    throw new Failure(e.code(), null);
                }
            }
            case "sisense-jwt" -> {
                SisenseJwt.Options options = new SisenseJwt.Options().now(now).random(new FixedRandom(HexFormat.of().parseHex(randomHex)));
                try {
                    if (op.equals("verify")) {
                        out.put("claims", sisensejwtJson(SisenseJwt.verify(token, secret, options)));
                        return out;
                    }
                    try {
                        SisenseJwt.verify("", secret, options); // the key is checked before the inputs
                    } catch (SisenseJwt.EmbedException e) {
                        if (e.code() != SisenseJwt.ErrorCode.MALFORMED) {
                            throw e;
                        }
                    }
                    SisenseJwt.Signed signed = SisenseJwt.sign(sisensejwtInput(fields), secret, options);
                    out.put("token", signed.token());
                    out.put("url", signed.url());
                    out.put("signature", signed.signature());
                    Map<String, Object> response = new LinkedHashMap<>();
                    put(response, "token", signed.token());
                    put(response, "url", signed.url());
                    out.put("response", response);
                    return out;
                } catch (SisenseJwt.EmbedException e) {
                    throw new Failure(e.code(), null);
                }
            }
            case "tableau-connected-app" -> {
                TableauConnectedApp.Options options = new TableauConnectedApp.Options().now(now).random(new FixedRandom(HexFormat.of().parseHex(randomHex)));
                try {
                    if (op.equals("verify")) {
                        out.put("claims", tableauconnectedappJson(TableauConnectedApp.verify(token, secret, options)));
                        return out;
                    }
                    try {
                        TableauConnectedApp.verify("", secret, options); // the key is checked before the inputs
                    } catch (TableauConnectedApp.EmbedException e) {
                        if (e.code() != TableauConnectedApp.ErrorCode.MALFORMED) {
                            throw e;
                        }
                    }
                    TableauConnectedApp.Signed signed = TableauConnectedApp.sign(tableauconnectedappInput(fields), secret, options);
                    out.put("token", signed.token());
                    out.put("url", null);
                    out.put("signature", signed.signature());
                    Map<String, Object> response = new LinkedHashMap<>();
                    put(response, "token", signed.token());
                    put(response, "expires_at", signed.expiresAt());
                    out.put("response", response);
                    return out;
                } catch (TableauConnectedApp.EmbedException e) {
                    throw new Failure(e.code(), null);
                }
            }
            case "tinybird-jwt" -> {
                TinybirdJwt.Options options = new TinybirdJwt.Options().now(now);
                try {
                    if (op.equals("verify")) {
                        out.put("claims", tinybirdjwtJson(TinybirdJwt.verify(token, secret, options)));
                        return out;
                    }
                    try {
                        TinybirdJwt.verify("", secret, options); // the key is checked before the inputs
                    } catch (TinybirdJwt.EmbedException e) {
                        if (e.code() != TinybirdJwt.ErrorCode.MALFORMED) {
                            throw e;
                        }
                    }
                    TinybirdJwt.Signed signed = TinybirdJwt.sign(tinybirdjwtInput(fields), secret, options);
                    out.put("token", signed.token());
                    out.put("url", signed.url());
                    out.put("signature", signed.signature());
                    Map<String, Object> response = new LinkedHashMap<>();
                    put(response, "token", signed.token());
                    put(response, "expires_at", signed.expiresAt());
                    out.put("response", response);
                    return out;
                } catch (TinybirdJwt.EmbedException e) {
                    throw new Failure(e.code(), null);
                }
            }
            case "boldbi-embed-authorize" -> {
                BoldbiEmbedAuthorize.Options options = new BoldbiEmbedAuthorize.Options().now(now);
                if (request.get("base_url") instanceof String base) {
                    options.baseUrl(base);
                }
                if (request.get("timeout_ms") instanceof Long timeout) {
                    options.timeoutMs(timeout);
                }
                try {
                    if (op.equals("revoke")) {
                        throw new Refused("no revocation call");
                    }
                    if (secret.isEmpty() || secret.matches("(?s).*[\r\n\0].*")) {
                        throw new Failure(BoldbiEmbedAuthorize.ErrorCode.INVALID_KEY, null); // checked first
                    }
                    BoldbiEmbedAuthorize.Result result = BoldbiEmbedAuthorize.exchange(boldbiembedauthorizeInput(fields), secret, options);
                    Map<String, Object> json = new LinkedHashMap<>();
                    json.put("token", result.token());
                    json.put("expires_at", result.expiresAt());
                    json.put("url", result.url());
                    json.put("response", result.response());
                    out.put("result", json);
                    return out;
                } catch (BoldbiEmbedAuthorize.EmbedException e) {
                    throw new Failure(e.code(), e.retryAfter());
                }
            }
            case "semaphor-token" -> {
                SemaphorToken.Options options = new SemaphorToken.Options().now(now);
                if (request.get("base_url") instanceof String base) {
                    options.baseUrl(base);
                }
                if (request.get("timeout_ms") instanceof Long timeout) {
                    options.timeoutMs(timeout);
                }
                try {
                    if (op.equals("revoke")) {
                        SemaphorToken.revoke(semaphortokenRevokeInput(fields), token, options);
                        return out;
                    }
                    if (secret.isEmpty() || secret.matches("(?s).*[\r\n\0].*")) {
                        throw new Failure(SemaphorToken.ErrorCode.INVALID_KEY, null); // checked first
                    }
                    SemaphorToken.Result result = SemaphorToken.exchange(semaphortokenInput(fields), secret, options);
                    Map<String, Object> json = new LinkedHashMap<>();
                    json.put("token", result.token());
                    json.put("expires_at", result.expiresAt());
                    json.put("url", result.url());
                    json.put("response", result.response());
                    out.put("result", json);
                    return out;
                } catch (SemaphorToken.EmbedException e) {
                    throw new Failure(e.code(), e.retryAfter());
                }
            }
            case "tooljet-pat" -> {
                TooljetPat.Options options = new TooljetPat.Options().now(now);
                if (request.get("base_url") instanceof String base) {
                    options.baseUrl(base);
                }
                if (request.get("timeout_ms") instanceof Long timeout) {
                    options.timeoutMs(timeout);
                }
                try {
                    if (op.equals("revoke")) {
                        throw new Refused("no revocation call");
                    }
                    if (secret.isEmpty() || secret.matches("(?s).*[\r\n\0].*")) {
                        throw new Failure(TooljetPat.ErrorCode.INVALID_KEY, null); // checked first
                    }
                    TooljetPat.Result result = TooljetPat.exchange(tooljetpatInput(fields), secret, options);
                    Map<String, Object> json = new LinkedHashMap<>();
                    json.put("token", result.token());
                    json.put("expires_at", result.expiresAt());
                    json.put("url", result.url());
                    json.put("response", result.response());
                    out.put("result", json);
                    return out;
                } catch (TooljetPat.EmbedException e) {
                    throw new Failure(e.code(), e.retryAfter());
                }
            }
            default -> throw new IllegalArgumentException("unknown format " + format);
        }
    }

    private static BoldbiEmbedUrl.Input boldbiembedurlInput(Object json) {
        Map<String, Object> fields = object(json, "BoldbiEmbedUrl.Input");
        known(fields, List.of("dashboard_url", "embed_nonce", "embed_dashboard_id", "embed_user_email", "embed_timestamp", "embed_expirationtime"));
        BoldbiEmbedUrl.Input.Builder builder = new BoldbiEmbedUrl.Input.Builder();
        if (fields.get("dashboard_url") != null) {
            builder.dashboardUrl(string(fields.get("dashboard_url"), "dashboard_url"));
        }
        if (fields.get("embed_nonce") != null) {
            builder.embedNonce(string(fields.get("embed_nonce"), "embed_nonce"));
        }
        if (fields.get("embed_dashboard_id") != null) {
            builder.embedDashboardId(string(fields.get("embed_dashboard_id"), "embed_dashboard_id"));
        }
        if (fields.get("embed_user_email") != null) {
            builder.embedUserEmail(string(fields.get("embed_user_email"), "embed_user_email"));
        }
        if (fields.get("embed_timestamp") != null) {
            builder.embedTimestamp(integer(fields.get("embed_timestamp"), "embed_timestamp"));
        }
        if (fields.get("embed_expirationtime") != null) {
            builder.embedExpirationtime(integer(fields.get("embed_expirationtime"), "embed_expirationtime"));
        }
        return builder.build();
    }


    private static Map<String, Object> boldbiembedurlJson(BoldbiEmbedUrl.Claims claims) {
        Map<String, Object> out = new LinkedHashMap<>();
        put(out, "dashboard_url", claims.dashboardUrl());
        put(out, "embed_nonce", claims.embedNonce());
        put(out, "embed_dashboard_id", claims.embedDashboardId());
        put(out, "embed_user_email", claims.embedUserEmail());
        put(out, "embed_timestamp", claims.embedTimestamp());
        put(out, "embed_expirationtime", claims.embedExpirationtime());
        return out;
    }

    private static EmbedsealV1.Input embedsealv1Input(Object json) {
        Map<String, Object> fields = object(json, "EmbedsealV1.Input");
        known(fields, List.of("tenant", "dashboard", "iat", "exp", "jti", "params", "app_url"));
        EmbedsealV1.Input.Builder builder = new EmbedsealV1.Input.Builder();
        if (fields.get("tenant") != null) {
            builder.tenant(string(fields.get("tenant"), "tenant"));
        }
        if (fields.get("dashboard") != null) {
            builder.dashboard(string(fields.get("dashboard"), "dashboard"));
        }
        if (fields.get("iat") != null) {
            builder.iat(integer(fields.get("iat"), "iat"));
        }
        if (fields.get("exp") != null) {
            builder.exp(integer(fields.get("exp"), "exp"));
        }
        if (fields.get("jti") != null) {
            builder.jti(string(fields.get("jti"), "jti"));
        }
        if (fields.get("params") != null) {
            builder.params(object(fields.get("params"), "params"));
        }
        if (fields.get("app_url") != null) {
            builder.appUrl(string(fields.get("app_url"), "app_url"));
        }
        return builder.build();
    }


    private static Map<String, Object> embedsealv1Json(EmbedsealV1.Claims claims) {
        Map<String, Object> out = new LinkedHashMap<>();
        put(out, "tenant", claims.tenant());
        put(out, "dashboard", claims.dashboard());
        put(out, "iat", claims.iat());
        put(out, "exp", claims.exp());
        put(out, "jti", claims.jti());
        put(out, "params", claims.params());
        out.putAll(claims.extra());
        return out;
    }

    private static LightdashEmbed.Input lightdashembedInput(Object json) {
        Map<String, Object> fields = object(json, "LightdashEmbed.Input");
        known(fields, List.of("content", "user", "userAttributes", "iat", "exp", "site_url"));
        LightdashEmbed.Input.Builder builder = new LightdashEmbed.Input.Builder();
        if (fields.get("content") != null) {
            builder.content(lightdashembedContent(fields.get("content")));
        }
        if (fields.get("user") != null) {
            builder.user(lightdashembedUser(fields.get("user")));
        }
        if (fields.get("userAttributes") != null) {
            builder.userAttributes(object(fields.get("userAttributes"), "userAttributes"));
        }
        if (fields.get("iat") != null) {
            builder.iat(integer(fields.get("iat"), "iat"));
        }
        if (fields.get("exp") != null) {
            builder.exp(integer(fields.get("exp"), "exp"));
        }
        if (fields.get("site_url") != null) {
            builder.siteUrl(string(fields.get("site_url"), "site_url"));
        }
        return builder.build();
    }


    private static Map<String, Object> lightdashembedJson(LightdashEmbed.Claims claims) {
        Map<String, Object> out = new LinkedHashMap<>();
        put(out, "content", lightdashembedContentJson(claims.content()));
        put(out, "user", lightdashembedUserJson(claims.user()));
        put(out, "userAttributes", claims.userAttributes());
        put(out, "iat", claims.iat());
        put(out, "exp", claims.exp());
        out.putAll(claims.extra());
        return out;
    }

    private static LightdashEmbed.DashboardFiltersInteractivity lightdashembedDashboardFiltersInteractivity(Object json) {
        Map<String, Object> fields = object(json, "LightdashEmbed.DashboardFiltersInteractivity");
        known(fields, List.of("enabled", "allowedFilters"));
        LightdashEmbed.DashboardFiltersInteractivity.Builder builder = new LightdashEmbed.DashboardFiltersInteractivity.Builder();
        if (fields.containsKey("enabled")) {
            builder.enabled(fields.get("enabled"));
        }
        if (fields.containsKey("allowedFilters")) {
            builder.allowedFilters(list(fields.get("allowedFilters"), "allowedFilters", item -> string(item, "allowedFilters")));
        }
        return builder.build();
    }


    private static Map<String, Object> lightdashembedDashboardFiltersInteractivityJson(LightdashEmbed.DashboardFiltersInteractivity value) {
        if (value == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        put(out, "enabled", value.enabled());
        put(out, "allowedFilters", value.allowedFilters());
        out.putAll(value.extra());
        return out;
    }

    private static LightdashEmbed.ParameterInteractivity lightdashembedParameterInteractivity(Object json) {
        Map<String, Object> fields = object(json, "LightdashEmbed.ParameterInteractivity");
        known(fields, List.of("enabled"));
        LightdashEmbed.ParameterInteractivity.Builder builder = new LightdashEmbed.ParameterInteractivity.Builder();
        if (fields.containsKey("enabled")) {
            builder.enabled(bool(fields.get("enabled"), "enabled"));
        }
        return builder.build();
    }


    private static Map<String, Object> lightdashembedParameterInteractivityJson(LightdashEmbed.ParameterInteractivity value) {
        if (value == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        put(out, "enabled", value.enabled());
        out.putAll(value.extra());
        return out;
    }

    private static LightdashEmbed.Content lightdashembedContent(Object json) {
        Map<String, Object> fields = object(json, "LightdashEmbed.Content");
        known(fields, List.of("type", "projectUuid", "dashboardUuid", "dashboardFiltersInteractivity", "parameterInteractivity", "canExportCsv", "canExportImages", "canExportPagePdf", "canDateZoom", "canExplore", "canViewUnderlyingData"));
        LightdashEmbed.Content.Builder builder = new LightdashEmbed.Content.Builder();
        if (fields.containsKey("type")) {
            builder.type(string(fields.get("type"), "type"));
        }
        if (fields.containsKey("projectUuid")) {
            builder.projectUuid(string(fields.get("projectUuid"), "projectUuid"));
        }
        if (fields.containsKey("dashboardUuid")) {
            builder.dashboardUuid(string(fields.get("dashboardUuid"), "dashboardUuid"));
        }
        if (fields.containsKey("dashboardFiltersInteractivity")) {
            builder.dashboardFiltersInteractivity(lightdashembedDashboardFiltersInteractivity(fields.get("dashboardFiltersInteractivity")));
        }
        if (fields.containsKey("parameterInteractivity")) {
            builder.parameterInteractivity(lightdashembedParameterInteractivity(fields.get("parameterInteractivity")));
        }
        if (fields.containsKey("canExportCsv")) {
            builder.canExportCsv(bool(fields.get("canExportCsv"), "canExportCsv"));
        }
        if (fields.containsKey("canExportImages")) {
            builder.canExportImages(bool(fields.get("canExportImages"), "canExportImages"));
        }
        if (fields.containsKey("canExportPagePdf")) {
            builder.canExportPagePdf(bool(fields.get("canExportPagePdf"), "canExportPagePdf"));
        }
        if (fields.containsKey("canDateZoom")) {
            builder.canDateZoom(bool(fields.get("canDateZoom"), "canDateZoom"));
        }
        if (fields.containsKey("canExplore")) {
            builder.canExplore(bool(fields.get("canExplore"), "canExplore"));
        }
        if (fields.containsKey("canViewUnderlyingData")) {
            builder.canViewUnderlyingData(bool(fields.get("canViewUnderlyingData"), "canViewUnderlyingData"));
        }
        return builder.build();
    }


    private static Map<String, Object> lightdashembedContentJson(LightdashEmbed.Content value) {
        if (value == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        put(out, "type", value.type());
        put(out, "projectUuid", value.projectUuid());
        put(out, "dashboardUuid", value.dashboardUuid());
        put(out, "dashboardFiltersInteractivity", lightdashembedDashboardFiltersInteractivityJson(value.dashboardFiltersInteractivity()));
        put(out, "parameterInteractivity", lightdashembedParameterInteractivityJson(value.parameterInteractivity()));
        put(out, "canExportCsv", value.canExportCsv());
        put(out, "canExportImages", value.canExportImages());
        put(out, "canExportPagePdf", value.canExportPagePdf());
        put(out, "canDateZoom", value.canDateZoom());
        put(out, "canExplore", value.canExplore());
        put(out, "canViewUnderlyingData", value.canViewUnderlyingData());
        out.putAll(value.extra());
        return out;
    }

    private static LightdashEmbed.User lightdashembedUser(Object json) {
        Map<String, Object> fields = object(json, "LightdashEmbed.User");
        known(fields, List.of("externalId", "email"));
        LightdashEmbed.User.Builder builder = new LightdashEmbed.User.Builder();
        if (fields.containsKey("externalId")) {
            builder.externalId(string(fields.get("externalId"), "externalId"));
        }
        if (fields.containsKey("email")) {
            builder.email(string(fields.get("email"), "email"));
        }
        return builder.build();
    }


    private static Map<String, Object> lightdashembedUserJson(LightdashEmbed.User value) {
        if (value == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        put(out, "externalId", value.externalId());
        put(out, "email", value.email());
        out.putAll(value.extra());
        return out;
    }

    private static LookerSignedUrl.Input lookersignedurlInput(Object json) {
        Map<String, Object> fields = object(json, "LookerSignedUrl.Input");
        known(fields, List.of("host", "embed_url", "nonce", "time", "session_length", "external_user_id", "permissions", "models", "group_ids", "external_group_id", "user_attributes", "access_filters", "first_name", "last_name", "user_timezone", "force_logout_login"));
        LookerSignedUrl.Input.Builder builder = new LookerSignedUrl.Input.Builder();
        if (fields.get("host") != null) {
            builder.host(string(fields.get("host"), "host"));
        }
        if (fields.get("embed_url") != null) {
            builder.embedUrl(string(fields.get("embed_url"), "embed_url"));
        }
        if (fields.get("nonce") != null) {
            builder.nonce(string(fields.get("nonce"), "nonce"));
        }
        if (fields.get("time") != null) {
            builder.time(integer(fields.get("time"), "time"));
        }
        if (fields.get("session_length") != null) {
            builder.sessionLength(integer(fields.get("session_length"), "session_length"));
        }
        if (fields.get("external_user_id") != null) {
            builder.externalUserId(string(fields.get("external_user_id"), "external_user_id"));
        }
        if (fields.get("permissions") != null) {
            builder.permissions(list(fields.get("permissions"), "permissions", item -> string(item, "permissions")));
        }
        if (fields.get("models") != null) {
            builder.models(list(fields.get("models"), "models", item -> string(item, "models")));
        }
        if (fields.get("group_ids") != null) {
            builder.groupIds(list(fields.get("group_ids"), "group_ids", item -> integer(item, "group_ids")));
        }
        if (fields.get("external_group_id") != null) {
            builder.externalGroupId(string(fields.get("external_group_id"), "external_group_id"));
        }
        if (fields.get("user_attributes") != null) {
            builder.userAttributes(object(fields.get("user_attributes"), "user_attributes"));
        }
        if (fields.get("access_filters") != null) {
            builder.accessFilters(object(fields.get("access_filters"), "access_filters"));
        }
        if (fields.get("first_name") != null) {
            builder.firstName(string(fields.get("first_name"), "first_name"));
        }
        if (fields.get("last_name") != null) {
            builder.lastName(string(fields.get("last_name"), "last_name"));
        }
        if (fields.get("user_timezone") != null) {
            builder.userTimezone(string(fields.get("user_timezone"), "user_timezone"));
        }
        if (fields.get("force_logout_login") != null) {
            builder.forceLogoutLogin(bool(fields.get("force_logout_login"), "force_logout_login"));
        }
        return builder.build();
    }


    private static Map<String, Object> lookersignedurlJson(LookerSignedUrl.Claims claims) {
        Map<String, Object> out = new LinkedHashMap<>();
        put(out, "host", claims.host());
        put(out, "embed_url", claims.embedUrl());
        put(out, "nonce", claims.nonce());
        put(out, "time", claims.time());
        put(out, "session_length", claims.sessionLength());
        put(out, "external_user_id", claims.externalUserId());
        put(out, "permissions", claims.permissions());
        put(out, "models", claims.models());
        put(out, "group_ids", claims.groupIds());
        put(out, "external_group_id", claims.externalGroupId());
        put(out, "user_attributes", claims.userAttributes());
        put(out, "access_filters", claims.accessFilters());
        put(out, "first_name", claims.firstName());
        put(out, "last_name", claims.lastName());
        put(out, "user_timezone", claims.userTimezone());
        put(out, "force_logout_login", claims.forceLogoutLogin());
        return out;
    }

    private static MetabaseEmbed.Input metabaseembedInput(Object json) {
        Map<String, Object> fields = object(json, "MetabaseEmbed.Input");
        known(fields, List.of("resource", "params", "exp", "site_url"));
        MetabaseEmbed.Input.Builder builder = new MetabaseEmbed.Input.Builder();
        if (fields.get("resource") != null) {
            builder.resource(metabaseembedResource(fields.get("resource")));
        }
        if (fields.get("params") != null) {
            builder.params(object(fields.get("params"), "params"));
        }
        if (fields.get("exp") != null) {
            builder.exp(integer(fields.get("exp"), "exp"));
        }
        if (fields.get("site_url") != null) {
            builder.siteUrl(string(fields.get("site_url"), "site_url"));
        }
        return builder.build();
    }


    private static Map<String, Object> metabaseembedJson(MetabaseEmbed.Claims claims) {
        Map<String, Object> out = new LinkedHashMap<>();
        put(out, "resource", metabaseembedResourceJson(claims.resource()));
        put(out, "params", claims.params());
        put(out, "exp", claims.exp());
        out.putAll(claims.extra());
        return out;
    }

    private static MetabaseEmbed.Resource metabaseembedResource(Object json) {
        Map<String, Object> fields = object(json, "MetabaseEmbed.Resource");
        known(fields, List.of("dashboard", "question"));
        MetabaseEmbed.Resource.Builder builder = new MetabaseEmbed.Resource.Builder();
        if (fields.containsKey("dashboard")) {
            builder.dashboard(integer(fields.get("dashboard"), "dashboard"));
        }
        if (fields.containsKey("question")) {
            builder.question(integer(fields.get("question"), "question"));
        }
        return builder.build();
    }


    private static Map<String, Object> metabaseembedResourceJson(MetabaseEmbed.Resource value) {
        if (value == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        put(out, "dashboard", value.dashboard());
        put(out, "question", value.question());
        out.putAll(value.extra());
        return out;
    }

    private static PapermapIframe.Input papermapiframeInput(Object json) {
        Map<String, Object> fields = object(json, "PapermapIframe.Input");
        known(fields, List.of("api_key_id", "workspace_id", "tenant_id", "dashboard_id", "valid_until"));
        PapermapIframe.Input.Builder builder = new PapermapIframe.Input.Builder();
        if (fields.get("api_key_id") != null) {
            builder.apiKeyId(string(fields.get("api_key_id"), "api_key_id"));
        }
        if (fields.get("workspace_id") != null) {
            builder.workspaceId(string(fields.get("workspace_id"), "workspace_id"));
        }
        if (fields.get("tenant_id") != null) {
            builder.tenantId(string(fields.get("tenant_id"), "tenant_id"));
        }
        if (fields.get("dashboard_id") != null) {
            builder.dashboardId(string(fields.get("dashboard_id"), "dashboard_id"));
        }
        if (fields.get("valid_until") != null) {
            builder.validUntil(integer(fields.get("valid_until"), "valid_until"));
        }
        return builder.build();
    }


    private static Map<String, Object> papermapiframeJson(PapermapIframe.Claims claims) {
        Map<String, Object> out = new LinkedHashMap<>();
        put(out, "api_key_id", claims.apiKeyId());
        put(out, "workspace_id", claims.workspaceId());
        put(out, "tenant_id", claims.tenantId());
        put(out, "dashboard_id", claims.dashboardId());
        put(out, "valid_until", claims.validUntil());
        out.putAll(claims.extra());
        return out;
    }

    private static SigmaJwt.Input sigmajwtInput(Object json) {
        Map<String, Object> fields = object(json, "SigmaJwt.Input");
        known(fields, List.of("kid", "sub", "iss", "jti", "iat", "exp", "account_type", "teams", "user_attributes", "first_name", "last_name", "eval_connection_id", "workbook_url", ":embed"));
        SigmaJwt.Input.Builder builder = new SigmaJwt.Input.Builder();
        if (fields.get("kid") != null) {
            builder.kid(string(fields.get("kid"), "kid"));
        }
        if (fields.get("sub") != null) {
            builder.sub(string(fields.get("sub"), "sub"));
        }
        if (fields.get("iss") != null) {
            builder.iss(string(fields.get("iss"), "iss"));
        }
        if (fields.get("jti") != null) {
            builder.jti(string(fields.get("jti"), "jti"));
        }
        if (fields.get("iat") != null) {
            builder.iat(integer(fields.get("iat"), "iat"));
        }
        if (fields.get("exp") != null) {
            builder.exp(integer(fields.get("exp"), "exp"));
        }
        if (fields.get("account_type") != null) {
            builder.accountType(string(fields.get("account_type"), "account_type"));
        }
        if (fields.get("teams") != null) {
            builder.teams(list(fields.get("teams"), "teams", item -> string(item, "teams")));
        }
        if (fields.get("user_attributes") != null) {
            builder.userAttributes(object(fields.get("user_attributes"), "user_attributes"));
        }
        if (fields.get("first_name") != null) {
            builder.firstName(string(fields.get("first_name"), "first_name"));
        }
        if (fields.get("last_name") != null) {
            builder.lastName(string(fields.get("last_name"), "last_name"));
        }
        if (fields.get("eval_connection_id") != null) {
            builder.evalConnectionId(string(fields.get("eval_connection_id"), "eval_connection_id"));
        }
        if (fields.get("workbook_url") != null) {
            builder.workbookUrl(string(fields.get("workbook_url"), "workbook_url"));
        }
        if (fields.get(":embed") != null) {
            builder.embed(string(fields.get(":embed"), ":embed"));
        }
        return builder.build();
    }


    private static Map<String, Object> sigmajwtJson(SigmaJwt.Claims claims) {
        Map<String, Object> out = new LinkedHashMap<>();
        put(out, "sub", claims.sub());
        put(out, "iss", claims.iss());
        put(out, "jti", claims.jti());
        put(out, "iat", claims.iat());
        put(out, "exp", claims.exp());
        put(out, "account_type", claims.accountType());
        put(out, "teams", claims.teams());
        put(out, "user_attributes", claims.userAttributes());
        put(out, "first_name", claims.firstName());
        put(out, "last_name", claims.lastName());
        put(out, "eval_connection_id", claims.evalConnectionId());
        put(out, "kid", claims.kid());
        out.putAll(claims.extra());
        return out;
    }

    private static SigmaSignedUrl.Input sigmasignedurlInput(Object json) {
        Map<String, Object> fields = object(json, "SigmaSignedUrl.Input");
        known(fields, List.of("embed_path", ":nonce", ":email", ":external_user_id", ":client_id", ":time", ":session_length", ":external_user_team", ":account_type", "user_attributes"));
        SigmaSignedUrl.Input.Builder builder = new SigmaSignedUrl.Input.Builder();
        if (fields.get("embed_path") != null) {
            builder.embedPath(string(fields.get("embed_path"), "embed_path"));
        }
        if (fields.get(":nonce") != null) {
            builder.nonce(string(fields.get(":nonce"), ":nonce"));
        }
        if (fields.get(":email") != null) {
            builder.email(string(fields.get(":email"), ":email"));
        }
        if (fields.get(":external_user_id") != null) {
            builder.externalUserId(string(fields.get(":external_user_id"), ":external_user_id"));
        }
        if (fields.get(":client_id") != null) {
            builder.clientId(string(fields.get(":client_id"), ":client_id"));
        }
        if (fields.get(":time") != null) {
            builder.time(integer(fields.get(":time"), ":time"));
        }
        if (fields.get(":session_length") != null) {
            builder.sessionLength(integer(fields.get(":session_length"), ":session_length"));
        }
        if (fields.get(":external_user_team") != null) {
            builder.externalUserTeam(string(fields.get(":external_user_team"), ":external_user_team"));
        }
        if (fields.get(":account_type") != null) {
            builder.accountType(string(fields.get(":account_type"), ":account_type"));
        }
        if (fields.get("user_attributes") != null) {
            builder.userAttributes(texts(fields.get("user_attributes"), "user_attributes"));
        }
        return builder.build();
    }


    private static Map<String, Object> sigmasignedurlJson(SigmaSignedUrl.Claims claims) {
        Map<String, Object> out = new LinkedHashMap<>();
        put(out, "embed_path", claims.embedPath());
        put(out, ":nonce", claims.nonce());
        put(out, ":email", claims.email());
        put(out, ":external_user_id", claims.externalUserId());
        put(out, ":client_id", claims.clientId());
        put(out, ":time", claims.time());
        put(out, ":session_length", claims.sessionLength());
        put(out, ":mode", claims.mode());
        put(out, ":external_user_team", claims.externalUserTeam());
        put(out, ":account_type", claims.accountType());
        put(out, "user_attributes", claims.userAttributes());
        return out;
    }

    private static SisenseJwt.Input sisensejwtInput(Object json) {
        Map<String, Object> fields = object(json, "SisenseJwt.Input");
        known(fields, List.of("iat", "sub", "jti", "exp", "sisense_url", "return_to"));
        SisenseJwt.Input.Builder builder = new SisenseJwt.Input.Builder();
        if (fields.get("iat") != null) {
            builder.iat(integer(fields.get("iat"), "iat"));
        }
        if (fields.get("sub") != null) {
            builder.sub(string(fields.get("sub"), "sub"));
        }
        if (fields.get("jti") != null) {
            builder.jti(string(fields.get("jti"), "jti"));
        }
        if (fields.get("exp") != null) {
            builder.exp(integer(fields.get("exp"), "exp"));
        }
        if (fields.get("sisense_url") != null) {
            builder.sisenseUrl(string(fields.get("sisense_url"), "sisense_url"));
        }
        if (fields.get("return_to") != null) {
            builder.returnTo(string(fields.get("return_to"), "return_to"));
        }
        return builder.build();
    }


    private static Map<String, Object> sisensejwtJson(SisenseJwt.Claims claims) {
        Map<String, Object> out = new LinkedHashMap<>();
        put(out, "iat", claims.iat());
        put(out, "sub", claims.sub());
        put(out, "jti", claims.jti());
        put(out, "exp", claims.exp());
        out.putAll(claims.extra());
        return out;
    }

    private static TableauConnectedApp.Input tableauconnectedappInput(Object json) {
        Map<String, Object> fields = object(json, "TableauConnectedApp.Input");
        known(fields, List.of("iss", "exp", "jti", "sub", "scp", "kid", "attributes"));
        TableauConnectedApp.Input.Builder builder = new TableauConnectedApp.Input.Builder();
        if (fields.get("iss") != null) {
            builder.iss(string(fields.get("iss"), "iss"));
        }
        if (fields.get("exp") != null) {
            builder.exp(integer(fields.get("exp"), "exp"));
        }
        if (fields.get("jti") != null) {
            builder.jti(string(fields.get("jti"), "jti"));
        }
        if (fields.get("sub") != null) {
            builder.sub(string(fields.get("sub"), "sub"));
        }
        if (fields.get("scp") != null) {
            builder.scp(list(fields.get("scp"), "scp", item -> string(item, "scp")));
        }
        if (fields.get("kid") != null) {
            builder.kid(string(fields.get("kid"), "kid"));
        }
        if (fields.get("attributes") != null) {
            builder.attributes(object(fields.get("attributes"), "attributes"));
        }
        return builder.build();
    }


    private static Map<String, Object> tableauconnectedappJson(TableauConnectedApp.Claims claims) {
        Map<String, Object> out = new LinkedHashMap<>();
        put(out, "iss", claims.iss());
        put(out, "exp", claims.exp());
        put(out, "jti", claims.jti());
        put(out, "aud", claims.aud());
        put(out, "sub", claims.sub());
        put(out, "scp", claims.scp());
        put(out, "kid", claims.kid());
        out.putAll(claims.extra());
        return out;
    }

    private static TinybirdJwt.Input tinybirdjwtInput(Object json) {
        Map<String, Object> fields = object(json, "TinybirdJwt.Input");
        known(fields, List.of("workspace_id", "name", "exp", "scopes", "limits", "chart_url"));
        TinybirdJwt.Input.Builder builder = new TinybirdJwt.Input.Builder();
        if (fields.get("workspace_id") != null) {
            builder.workspaceId(string(fields.get("workspace_id"), "workspace_id"));
        }
        if (fields.get("name") != null) {
            builder.name(string(fields.get("name"), "name"));
        }
        if (fields.get("exp") != null) {
            builder.exp(integer(fields.get("exp"), "exp"));
        }
        if (fields.get("scopes") != null) {
            builder.scopes(list(fields.get("scopes"), "scopes", item -> tinybirdjwtScope(item)));
        }
        if (fields.get("limits") != null) {
            builder.limits(tinybirdjwtLimits(fields.get("limits")));
        }
        if (fields.get("chart_url") != null) {
            builder.chartUrl(string(fields.get("chart_url"), "chart_url"));
        }
        return builder.build();
    }


    private static Map<String, Object> tinybirdjwtJson(TinybirdJwt.Claims claims) {
        Map<String, Object> out = new LinkedHashMap<>();
        put(out, "workspace_id", claims.workspaceId());
        put(out, "name", claims.name());
        put(out, "exp", claims.exp());
        put(out, "scopes", claims.scopes() == null ? null : claims.scopes().stream().map(Adapter::tinybirdjwtScopeJson).toList());
        put(out, "limits", tinybirdjwtLimitsJson(claims.limits()));
        out.putAll(claims.extra());
        return out;
    }

    private static TinybirdJwt.Scope tinybirdjwtScope(Object json) {
        Map<String, Object> fields = object(json, "TinybirdJwt.Scope");
        known(fields, List.of("type", "resource", "fixed_params", "filter"));
        TinybirdJwt.Scope.Builder builder = new TinybirdJwt.Scope.Builder();
        if (fields.containsKey("type")) {
            builder.type(string(fields.get("type"), "type"));
        }
        if (fields.containsKey("resource")) {
            builder.resource(string(fields.get("resource"), "resource"));
        }
        if (fields.containsKey("fixed_params")) {
            builder.fixedParams(object(fields.get("fixed_params"), "fixed_params"));
        }
        if (fields.containsKey("filter")) {
            builder.filter(string(fields.get("filter"), "filter"));
        }
        return builder.build();
    }


    private static Map<String, Object> tinybirdjwtScopeJson(TinybirdJwt.Scope value) {
        if (value == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        put(out, "type", value.type());
        put(out, "resource", value.resource());
        put(out, "fixed_params", value.fixedParams());
        put(out, "filter", value.filter());
        out.putAll(value.extra());
        return out;
    }

    private static TinybirdJwt.Limits tinybirdjwtLimits(Object json) {
        Map<String, Object> fields = object(json, "TinybirdJwt.Limits");
        known(fields, List.of("rps"));
        TinybirdJwt.Limits.Builder builder = new TinybirdJwt.Limits.Builder();
        if (fields.containsKey("rps")) {
            builder.rps(integer(fields.get("rps"), "rps"));
        }
        return builder.build();
    }


    private static Map<String, Object> tinybirdjwtLimitsJson(TinybirdJwt.Limits value) {
        if (value == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        put(out, "rps", value.rps());
        out.putAll(value.extra());
        return out;
    }

    private static BoldbiEmbedAuthorize.Input boldbiembedauthorizeInput(Object json) {
        Map<String, Object> fields = object(json, "BoldbiEmbedAuthorize.Input");
        known(fields, List.of("serverurl", "siteidentifier", "email", "dashboard"));
        BoldbiEmbedAuthorize.Input.Builder builder = new BoldbiEmbedAuthorize.Input.Builder();
        if (fields.get("serverurl") != null) {
            builder.serverurl(string(fields.get("serverurl"), "serverurl"));
        }
        if (fields.get("siteidentifier") != null) {
            builder.siteidentifier(string(fields.get("siteidentifier"), "siteidentifier"));
        }
        if (fields.get("email") != null) {
            builder.email(string(fields.get("email"), "email"));
        }
        if (fields.get("dashboard") != null) {
            builder.dashboard(boldbiembedauthorizeDashboard(fields.get("dashboard")));
        }
        return builder.build();
    }


    private static BoldbiEmbedAuthorize.Dashboard boldbiembedauthorizeDashboard(Object json) {
        Map<String, Object> fields = object(json, "BoldbiEmbedAuthorize.Dashboard");
        known(fields, List.of("id"));
        BoldbiEmbedAuthorize.Dashboard.Builder builder = new BoldbiEmbedAuthorize.Dashboard.Builder();
        if (fields.containsKey("id")) {
            builder.id(string(fields.get("id"), "id"));
        }
        return builder.build();
    }


    private static SemaphorToken.Input semaphortokenInput(Object json) {
        Map<String, Object> fields = object(json, "SemaphorToken.Input");
        known(fields, List.of("server_url", "dashboardId", "tokenExpiry", "endUserId", "params"));
        SemaphorToken.Input.Builder builder = new SemaphorToken.Input.Builder();
        if (fields.get("server_url") != null) {
            builder.serverUrl(string(fields.get("server_url"), "server_url"));
        }
        if (fields.get("dashboardId") != null) {
            builder.dashboardId(string(fields.get("dashboardId"), "dashboardId"));
        }
        if (fields.get("tokenExpiry") != null) {
            builder.tokenExpiry(integer(fields.get("tokenExpiry"), "tokenExpiry"));
        }
        if (fields.get("endUserId") != null) {
            builder.endUserId(string(fields.get("endUserId"), "endUserId"));
        }
        if (fields.get("params") != null) {
            builder.params(semaphortokenParams(fields.get("params")));
        }
        return builder.build();
    }


    private static SemaphorToken.RevokeInput semaphortokenRevokeInput(Object json) {
        Map<String, Object> fields = object(json, "fields");
        SemaphorToken.RevokeInput.Builder builder = new SemaphorToken.RevokeInput.Builder();
        if (fields.get("server_url") != null) {
            builder.serverUrl(string(fields.get("server_url"), "server_url"));
        }
        return builder.build();
    }

    private static SemaphorToken.CurrencyFormat semaphortokenCurrencyFormat(Object json) {
        Map<String, Object> fields = object(json, "SemaphorToken.CurrencyFormat");
        known(fields, List.of("locale", "currency"));
        SemaphorToken.CurrencyFormat.Builder builder = new SemaphorToken.CurrencyFormat.Builder();
        if (fields.containsKey("locale")) {
            builder.locale(string(fields.get("locale"), "locale"));
        }
        if (fields.containsKey("currency")) {
            builder.currency(string(fields.get("currency"), "currency"));
        }
        return builder.build();
    }


    private static SemaphorToken.Params semaphortokenParams(Object json) {
        Map<String, Object> fields = object(json, "SemaphorToken.Params");
        known(fields, List.of("currencyFormat"));
        SemaphorToken.Params.Builder builder = new SemaphorToken.Params.Builder();
        if (fields.containsKey("currencyFormat")) {
            builder.currencyFormat(semaphortokenCurrencyFormat(fields.get("currencyFormat")));
        }
        return builder.build();
    }


    private static TooljetPat.Input tooljetpatInput(Object json) {
        Map<String, Object> fields = object(json, "TooljetPat.Input");
        known(fields, List.of("server_url", "email", "appId", "sessionExpiry", "patExpiry"));
        TooljetPat.Input.Builder builder = new TooljetPat.Input.Builder();
        if (fields.get("server_url") != null) {
            builder.serverUrl(string(fields.get("server_url"), "server_url"));
        }
        if (fields.get("email") != null) {
            builder.email(string(fields.get("email"), "email"));
        }
        if (fields.get("appId") != null) {
            builder.appId(string(fields.get("appId"), "appId"));
        }
        if (fields.get("sessionExpiry") != null) {
            builder.sessionExpiry(integer(fields.get("sessionExpiry"), "sessionExpiry"));
        }
        if (fields.get("patExpiry") != null) {
            builder.patExpiry(integer(fields.get("patExpiry"), "patExpiry"));
        }
        return builder.build();
    }


    private static void put(Map<String, Object> out, String name, Object value) {
        if (value != null) {
            out.put(name, value);
        }
    }

    private static void known(Map<String, Object> fields, List<String> names) {
        for (String name : fields.keySet()) {
            if (!names.contains(name)) {
                throw new Refused("unknown member " + name);
            }
        }
    }

    private static String string(Object value, String where) {
        if (value instanceof String text) {
            return text;
        }
        throw new Refused(where + ": expected a string");
    }

    private static Long integer(Object value, String where) {
        if (value instanceof Long number) {
            return number;
        }
        throw new Refused(where + ": expected an integer within 64 bits");
    }

    private static Boolean bool(Object value, String where) {
        if (value instanceof Boolean flag) {
            return flag;
        }
        throw new Refused(where + ": expected a boolean");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value, String where) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new Refused(where + ": expected an object");
    }

    /** A JSON object of strings as a map; a null value is passed on, for sign to refuse. */
    private static Map<String, String> texts(Object value, String where) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Map.Entry<String, Object> member : object(value, where).entrySet()) {
            Object text = member.getValue();
            texts.put(member.getKey(), text == null ? null : string(text, where));
        }
        return texts;
    }

    private static <T> List<T> list(Object value, String where, Function<Object, T> item) {
        if (!(value instanceof List<?> items)) {
            throw new Refused(where + ": expected an array");
        }
        List<T> out = new ArrayList<>();
        for (Object each : items) {
            out.add(item.apply(each));
        }
        return out;
    }

    /** Writes JSON compactly (no depth limit: claims may nest as deep as the SDK accepts). */
    private static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value);
        return out.toString();
    }

    private static void write(StringBuilder out, Object value) {
        if (value == null || value instanceof Boolean || value instanceof Long) {
            out.append(value);
        } else if (value instanceof Integer number) {
            out.append(number.longValue());
        } else if (value instanceof String text) {
            out.append('"');
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"' || c == '\\') {
                    out.append('\\').append(c);
                } else if (c < 0x20) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            out.append('"');
        } else if (value instanceof Map<?, ?> map) {
            String separator = "";
            out.append('{');
            for (Map.Entry<?, ?> member : map.entrySet()) {
                out.append(separator);
                write(out, String.valueOf(member.getKey()));
                out.append(':');
                write(out, member.getValue());
                separator = ",";
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            String separator = "";
            out.append('[');
            for (Object item : list) {
                out.append(separator);
                write(out, item);
                separator = ",";
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("cannot write " + value.getClass());
        }
    }

    /** JSON as Python reads it: floats and big integers kept, so the SDK can refuse them. */
    private static final class LenientJson {
        private final String text;
        private int pos;

        LenientJson(String text) {
            this.text = text;
        }

        Object document() {
            Object value = value();
            space();
            if (pos != text.length()) {
                throw new IllegalArgumentException("trailing data in request");
            }
            return value;
        }

        private Object value() {
            space();
            char c = text.charAt(pos);
            if (c == '{') {
                pos++;
                Map<String, Object> object = new LinkedHashMap<>();
                space();
                if (text.charAt(pos) == '}') {
                    pos++;
                    return object;
                }
                while (true) {
                    space();
                    String key = string();
                    space();
                    expect(':');
                    object.put(key, value());
                    space();
                    if (text.charAt(pos++) == '}') {
                        return object;
                    }
                }
            } else if (c == '[') {
                pos++;
                List<Object> array = new ArrayList<>();
                space();
                if (text.charAt(pos) == ']') {
                    pos++;
                    return array;
                }
                while (true) {
                    array.add(value());
                    space();
                    if (text.charAt(pos++) == ']') {
                        return array;
                    }
                }
            } else if (c == '"') {
                return string();
            } else if (text.startsWith("true", pos)) {
                pos += 4;
                return Boolean.TRUE;
            } else if (text.startsWith("false", pos)) {
                pos += 5;
                return Boolean.FALSE;
            } else if (text.startsWith("null", pos)) {
                pos += 4;
                return null;
            }
            int start = pos;
            while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
                pos++;
            }
            String number = text.substring(start, pos);
            if (number.contains(".") || number.contains("e") || number.contains("E")) {
                return Double.valueOf(number);
            }
            BigInteger big = new BigInteger(number);
            return big.bitLength() < 64 ? (Object) big.longValue() : big;
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                char c = text.charAt(pos++);
                if (c == '"') {
                    return out.toString();
                } else if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char e = text.charAt(pos++);
                switch (e) {
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                        pos += 4;
                    }
                    default -> out.append(e);
                }
            }
        }

        private void expect(char c) {
            if (text.charAt(pos++) != c) {
                throw new IllegalArgumentException("expected '" + c + "' in request");
            }
        }

        private void space() {
            while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
                pos++;
            }
        }
    }
}
