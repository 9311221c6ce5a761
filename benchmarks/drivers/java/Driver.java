package bench;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.embedseal.LookerSignedUrl;
import io.embedseal.PapermapIframe;
import io.embedseal.TinybirdJwt;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Java driver of {@code nox -s bench}: the published files (compiled from src/gen/), the
 * baseline, the raw HMAC and nimbus-jose-jwt. Usage: {@code java bench.Driver ROUNDS BATCH_MS};
 * prints the lines of the protocol in benchmarks/speed.py. CPU time: the thread's
 * (ThreadMXBean; the process clock the JVM offers ticks too coarsely), after a warm-up that
 * lets the JIT compile every series.
 */
public final class Driver {
    private Driver() {}

    interface Op {
        Object run() throws Exception;
    }

    record Series(String format, String op, String impl, Op fn) {}

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    static Object sink;

    static long batch(Op fn, long size) throws Exception {
        long began = THREADS.getCurrentThreadCpuTime();
        for (long i = 0; i < size; i++) {
            sink = fn.run();
        }
        return THREADS.getCurrentThreadCpuTime() - began;
    }

    static long calibrate(Op fn, double batchMs) throws Exception {
        double target = batchMs * 1e6;
        for (long size = 1; ; size *= 2) {
            long spent = batch(fn, size);
            if (spent >= target / 4 || size >= 1 << 24) {
                return Math.max(1, (long) (size * target / Math.max(spent, 1)));
            }
        }
    }

    static void measure(List<Series> all, int rounds, double batchMs) throws Exception {
        long[] sizes = new long[all.size()];
        for (int pass = 0; pass < 3; pass++) { // the first passes warm the JIT up
            for (int i = 0; i < all.size(); i++) {
                sizes[i] = calibrate(all.get(i).fn(), pass == 0 ? batchMs * 10 : batchMs);
            }
        }
        double[][] results = new double[all.size()][rounds];
        for (int round = 0; round < rounds; round++) {
            for (int step = 0; step < all.size(); step++) {
                int i = (step + round) % all.size();
                results[i][round] = (double) batch(all.get(i).fn(), sizes[i]) / sizes[i];
            }
        }
        for (int i = 0; i < all.size(); i++) {
            Series s = all.get(i);
            StringBuilder line = new StringBuilder("cpu " + s.format() + " " + s.op() + " " + s.impl());
            for (double v : results[i]) {
                line.append(String.format(" %.1f", v));
            }
            System.out.println(line);
        }
    }

    static void same(String format, String what, Object generated, Object other) {
        if (!Objects.deepEquals(generated, other)) {
            System.err.println(format + ": the " + what + " differs from the generated code's:\n" + other + "\n" + generated);
            System.exit(2);
        }
    }

    /** Hands out the example's random bytes, so that the nonce is the vectors'. */
    static final class Fixed extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final byte[] bytes;

        Fixed(byte[] bytes) {
            this.bytes = bytes.clone();
        }

        @Override
        public void nextBytes(byte[] out) {
            System.arraycopy(bytes, 0, out, 0, out.length);
        }
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        double batchMs = Double.parseDouble(args[1]);
        System.out.println("clock thread CPU time (ThreadMXBean.getCurrentThreadCpuTime)");
        List<Series> all = new ArrayList<>();
        long now = 1700000000L;

        // tinybird-jwt
        String tbSecret = "p.eyJ1IjogIjdmOTRhNzM4LTRmMjAtNDljZi04ZWJlLTgwNDZjNjQ3ZjQ5YiIsICJpZCI6ICJhZG1pbiJ9.sig";
        String chartUrl = "https://app.tinybird.co/gcp/europe-west3/endpoints/sales_by_city/charts/4d21283f-b85c-4ed5-8341-e2625f0e3080";
        Map<String, Object> fixedParams = new LinkedHashMap<>(Map.of("org_id", "org-123"));
        TinybirdJwt.Input tbIn = new TinybirdJwt.Input.Builder()
                .workspaceId("1f484a32-6966-4f63-9312-aadad64d3e12")
                .name("charts_token")
                .scopes(List.of(new TinybirdJwt.Scope.Builder()
                        .type("PIPES:READ")
                        .resource("t_b9427fe2bcd543d1a8923d18c094e8c1")
                        .fixedParams(fixedParams)
                        .build()))
                .chartUrl(chartUrl)
                .build();
        TinybirdJwt.Options tbAt = new TinybirdJwt.Options().now(now);
        Baseline.TinybirdClaims tbBase = new Baseline.TinybirdClaims("1f484a32-6966-4f63-9312-aadad64d3e12",
                "charts_token", now + 3600,
                List.of(new Baseline.TinybirdScope("PIPES:READ", "t_b9427fe2bcd543d1a8923d18c094e8c1", fixedParams, null)));
        TinybirdJwt.Signed signed = TinybirdJwt.sign(tbIn, tbSecret, tbAt);
        System.out.println("out tinybird-jwt token " + signed.token());
        System.out.println("out tinybird-jwt url " + signed.url());
        same("tinybird-jwt", "baseline's token and URL", new String[] {signed.token(), signed.url()},
                Baseline.tinybirdSign(tbBase, chartUrl, tbSecret));
        same("tinybird-jwt", "baseline's exp", TinybirdJwt.verify(signed.token(), tbSecret, tbAt).exp(),
                Baseline.tinybirdVerify(signed.token(), tbSecret, now).get("exp"));
        byte[] tbKey = tbSecret.getBytes(StandardCharsets.UTF_8);
        byte[] tbMessage = Baseline.tinybirdMessage(tbBase);
        same("tinybird-jwt", "raw HMAC", signed.signature(),
                Base64.getUrlEncoder().withoutPadding().encodeToString(Baseline.hmac("HmacSHA256", tbKey, tbMessage)));
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("type", "PIPES:READ");
        scope.put("resource", "t_b9427fe2bcd543d1a8923d18c094e8c1");
        scope.put("fixed_params", fixedParams);
        Op libSign = () -> {
            JWTClaimsSet claims = new JWTClaimsSet.Builder()
                    .claim("workspace_id", "1f484a32-6966-4f63-9312-aadad64d3e12")
                    .claim("name", "charts_token")
                    .expirationTime(new Date((now + 3600) * 1000))
                    .claim("scopes", List.of(scope))
                    .build();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new MACSigner(tbKey));
            return jwt.serialize();
        };
        String token = signed.token();
        Op libVerify = () -> {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(new MACVerifier(tbKey))) {
                throw new JOSEException("refused");
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            if (claims.getExpirationTime().getTime() / 1000 <= now) {
                throw new JOSEException("expired");
            }
            return claims;
        };
        String libToken = (String) libSign.run();
        libVerify.run();
        String jar = Path.of(SignedJWT.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .getFileName().toString().replaceAll("^nimbus-jose-jwt-|\\.jar$", "");
        System.out.println("lib tinybird-jwt nimbus-jose-jwt " + jar);
        if (!libToken.equals(signed.token())) {
            String[] parts = libToken.split("\\.");
            Base64.Decoder decoder = Base64.getUrlDecoder();
            System.out.println("note tinybird-jwt: nimbus-jose-jwt orders the members its own way (timed all the same): "
                    + new String(decoder.decode(parts[0]), StandardCharsets.UTF_8) + "."
                    + new String(decoder.decode(parts[1]), StandardCharsets.UTF_8));
        }
        all.add(new Series("tinybird-jwt", "sign", "generated", () -> TinybirdJwt.sign(tbIn, tbSecret, tbAt)));
        all.add(new Series("tinybird-jwt", "sign", "baseline", () -> Baseline.tinybirdSign(tbBase, chartUrl, tbSecret)));
        all.add(new Series("tinybird-jwt", "sign", "jwt", libSign));
        all.add(new Series("tinybird-jwt", "verify", "generated", () -> TinybirdJwt.verify(token, tbSecret, tbAt)));
        all.add(new Series("tinybird-jwt", "verify", "baseline", () -> Baseline.tinybirdVerify(token, tbSecret, now)));
        all.add(new Series("tinybird-jwt", "verify", "jwt", libVerify));
        all.add(new Series("tinybird-jwt", "mac", "hmac", () -> Baseline.hmac("HmacSHA256", tbKey, tbMessage)));

        // papermap-iframe
        String pmSecret = "sk_live_3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e";
        PapermapIframe.Input pmIn = new PapermapIframe.Input.Builder()
                .apiKeyId("ak_7d2f9c1e").workspaceId("workspace-456").tenantId("org-123").dashboardId("dashboard-789")
                .build();
        PapermapIframe.Options pmAt = new PapermapIframe.Options().now(now);
        Baseline.PapermapInput pmBase = new Baseline.PapermapInput("ak_7d2f9c1e", "workspace-456", "org-123",
                "dashboard-789", now + 3600);
        PapermapIframe.Signed pmSigned = PapermapIframe.sign(pmIn, pmSecret, pmAt);
        System.out.println("out papermap-iframe token " + pmSigned.token());
        System.out.println("out papermap-iframe url " + pmSigned.url());
        same("papermap-iframe", "baseline's token and URL", new String[] {pmSigned.token(), pmSigned.url()},
                Baseline.papermapSign(pmBase, pmSecret));
        same("papermap-iframe", "baseline's valid_until", PapermapIframe.verify(pmSigned.token(), pmSecret, pmAt).validUntil(),
                Baseline.papermapVerify(pmSigned.token(), pmSecret, now).get("valid_until"));
        byte[] pmKey = pmSecret.getBytes(StandardCharsets.UTF_8);
        byte[] pmMessage = Baseline.papermapMessage(pmBase);
        same("papermap-iframe", "raw HMAC", pmSigned.signature(),
                HexFormat.of().formatHex(Baseline.hmac("HmacSHA256", pmKey, pmMessage)));
        String pmToken = pmSigned.token();
        all.add(new Series("papermap-iframe", "sign", "generated", () -> PapermapIframe.sign(pmIn, pmSecret, pmAt)));
        all.add(new Series("papermap-iframe", "sign", "baseline", () -> Baseline.papermapSign(pmBase, pmSecret)));
        all.add(new Series("papermap-iframe", "verify", "generated", () -> PapermapIframe.verify(pmToken, pmSecret, pmAt)));
        all.add(new Series("papermap-iframe", "verify", "baseline", () -> Baseline.papermapVerify(pmToken, pmSecret, now)));
        all.add(new Series("papermap-iframe", "mac", "hmac", () -> Baseline.hmac("HmacSHA256", pmKey, pmMessage)));

        // looker-signed-url
        String lkSecret = "looker-embed-secret-7f3a9c";
        byte[] nonce = HexFormat.of().parseHex("b6afdff4129e63a696ecbc979c71ac7b");
        LookerSignedUrl.Input lkIn = new LookerSignedUrl.Input.Builder()
                .host("example.looker.com")
                .embedUrl("/embed/dashboards/1?embed_domain=https://app.example.com&sdk=2")
                .externalUserId("user-42")
                .permissions(List.of("access_data", "see_user_dashboards"))
                .models(List.of("thelook"))
                .groupIds(List.of(4L, 3L))
                .userAttributes(Map.of("locale", "en_US"))
                .firstName("Zoë")
                .lastName("Ångström")
                .build();
        LookerSignedUrl.Options lkAt = new LookerSignedUrl.Options().now(now).random(new Fixed(nonce));
        Baseline.LookerUser lkBase = new Baseline.LookerUser("example.looker.com",
                "/embed/dashboards/1?embed_domain=https://app.example.com&sdk=2", 3600, "user-42",
                List.of("access_data", "see_user_dashboards"), List.of("thelook"), List.of(4L, 3L),
                Map.of("locale", "en_US"), null, "Zoë", "Ångström");
        LookerSignedUrl.Signed lkSigned = LookerSignedUrl.sign(lkIn, lkSecret, lkAt);
        System.out.println("out looker-signed-url url " + lkSigned.url());
        same("looker-signed-url", "baseline's URL", lkSigned.url(), Baseline.lookerSign(lkBase, lkSecret, now, nonce));
        same("looker-signed-url", "baseline's time", LookerSignedUrl.verify(lkSigned.url(), lkSecret, lkAt).time(),
                Baseline.lookerVerify(lkSigned.url(), lkSecret, now).get("time"));
        byte[] lkKey = lkSecret.getBytes(StandardCharsets.UTF_8);
        byte[] lkMessage = Baseline.lookerMessage(lkBase, now, nonce);
        same("looker-signed-url", "raw HMAC", lkSigned.signature(),
                Base64.getEncoder().encodeToString(Baseline.hmac("HmacSHA1", lkKey, lkMessage)));
        String lkUrl = lkSigned.url();
        all.add(new Series("looker-signed-url", "sign", "generated", () -> LookerSignedUrl.sign(lkIn, lkSecret, lkAt)));
        all.add(new Series("looker-signed-url", "sign", "baseline", () -> Baseline.lookerSign(lkBase, lkSecret, now, nonce)));
        all.add(new Series("looker-signed-url", "verify", "generated", () -> LookerSignedUrl.verify(lkUrl, lkSecret, lkAt)));
        all.add(new Series("looker-signed-url", "verify", "baseline", () -> Baseline.lookerVerify(lkUrl, lkSecret, now)));
        all.add(new Series("looker-signed-url", "mac", "hmac", () -> Baseline.hmac("HmacSHA1", lkKey, lkMessage)));
        measure(all, rounds, batchMs);
    }
}
