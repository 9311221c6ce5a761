// The C# driver of `nox -s bench`: the published files (compiled with it), the baseline and the
// raw HMAC; no JWT library (NuGet is not a registry served here).
//
// Usage: mono driver.exe ROUNDS BATCH_MS; prints the lines of the protocol in
// benchmarks/speed.py. CPU time: clock_gettime(CLOCK_PROCESS_CPUTIME_ID) through libc, after a
// warm-up (Mono's JIT compiles on first call).
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using Bench;
using Embedseal;

public static class Driver
{
    [StructLayout(LayoutKind.Sequential)]
    struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    static extern int ClockGettime(int clock, out Timespec time);

    const int ProcessCpuTime = 2; // CLOCK_PROCESS_CPUTIME_ID

    sealed class Series
    {
        public string Format, Op, Impl;
        public Func<object> Fn;
    }

    static object sink;

    static long CpuNanos()
    {
        Timespec t;
        if (ClockGettime(ProcessCpuTime, out t) != 0) throw new InvalidOperationException("clock_gettime");
        return t.Seconds * 1000000000L + t.Nanoseconds;
    }

    static long Batch(Func<object> fn, long size)
    {
        var began = CpuNanos();
        for (long i = 0; i < size; i++) sink = fn();
        return CpuNanos() - began;
    }

    static long Calibrate(Func<object> fn, double batchMs)
    {
        var target = batchMs * 1e6;
        for (long size = 1; ; size *= 2)
        {
            var spent = Batch(fn, size);
            if (spent >= target / 4 || size >= 1 << 24) return Math.Max(1, (long)(size * target / Math.Max(spent, 1)));
        }
    }

    static void Measure(List<Series> all, int rounds, double batchMs)
    {
        var sizes = new long[all.Count];
        for (var pass = 0; pass < 3; pass++) // the first passes warm up
            for (var i = 0; i < all.Count; i++) sizes[i] = Calibrate(all[i].Fn, pass == 0 ? batchMs * 5 : batchMs);
        var results = new double[all.Count, rounds];
        for (var round = 0; round < rounds; round++)
            for (var step = 0; step < all.Count; step++)
            {
                var i = (step + round) % all.Count;
                results[i, round] = (double)Batch(all[i].Fn, sizes[i]) / sizes[i];
            }
        for (var i = 0; i < all.Count; i++)
        {
            var line = new StringBuilder("cpu " + all[i].Format + " " + all[i].Op + " " + all[i].Impl);
            for (var r = 0; r < rounds; r++) line.Append(' ').Append(results[i, r].ToString("F1", CultureInfo.InvariantCulture));
            Console.WriteLine(line);
        }
    }

    static void Same(string format, string what, string generated, string other)
    {
        if (generated != other)
        {
            Console.Error.WriteLine(format + ": the " + what + " differs from the generated code's:\n" + other + "\n" + generated);
            Environment.Exit(2);
        }
    }

    public static void Main(string[] args)
    {
        var rounds = int.Parse(args[0], CultureInfo.InvariantCulture);
        var batchMs = double.Parse(args[1], CultureInfo.InvariantCulture);
        Console.WriteLine("clock process CPU time (clock_gettime CLOCK_PROCESS_CPUTIME_ID)");
        Console.WriteLine("lib tinybird-jwt none");
        var all = new List<Series>();
        Action<string, string, string, Func<object>> add = (f, o, i, fn) => all.Add(new Series { Format = f, Op = o, Impl = i, Fn = fn });
        const long now = 1700000000L;
        var utf8 = new UTF8Encoding(false);

        // tinybird-jwt
        const string tbSecret = "p.eyJ1IjogIjdmOTRhNzM4LTRmMjAtNDljZi04ZWJlLTgwNDZjNjQ3ZjQ5YiIsICJpZCI6ICJhZG1pbiJ9.sig";
        const string chartUrl = "https://app.tinybird.co/gcp/europe-west3/endpoints/sales_by_city/charts/4d21283f-b85c-4ed5-8341-e2625f0e3080";
        var fixedParams = new Dictionary<string, object> { { "org_id", "org-123" } };
        var tbIn = new TinybirdJwt.Input
        {
            WorkspaceId = "1f484a32-6966-4f63-9312-aadad64d3e12",
            Name = "charts_token",
            Scopes = new List<TinybirdJwt.Scope>
            {
                new TinybirdJwt.Scope { Type = "PIPES:READ", Resource = "t_b9427fe2bcd543d1a8923d18c094e8c1", FixedParams = fixedParams },
            },
            ChartUrl = chartUrl,
        };
        var tbAt = new TinybirdJwt.SignOptions { Now = now };
        var tbVerifyAt = new TinybirdJwt.VerifyOptions { Now = now };
        var tbBase = new TinybirdClaims
        {
            WorkspaceId = tbIn.WorkspaceId,
            Name = tbIn.Name,
            Exp = now + 3600,
            Scopes = new List<TinybirdScope> { new TinybirdScope { Type = "PIPES:READ", Resource = "t_b9427fe2bcd543d1a8923d18c094e8c1", FixedParams = fixedParams } },
        };
        var signed = TinybirdJwt.Sign(tbIn, tbSecret, tbAt);
        Console.WriteLine("out tinybird-jwt token " + signed.Token);
        Console.WriteLine("out tinybird-jwt url " + signed.Url);
        var pair = Baseline.TinybirdSign(tbBase, chartUrl, tbSecret);
        Same("tinybird-jwt", "baseline's token and URL", signed.Token + " " + signed.Url, pair[0] + " " + pair[1]);
        Same("tinybird-jwt", "baseline's exp", TinybirdJwt.Verify(signed.Token, tbSecret, tbVerifyAt).Exp.ToString(CultureInfo.InvariantCulture),
            Baseline.TinybirdVerify(signed.Token, tbSecret, now)["exp"].ToString());
        var tbKey = utf8.GetBytes(tbSecret);
        var tbMessage = Baseline.TinybirdMessage(tbBase);
        Same("tinybird-jwt", "raw HMAC", signed.Signature, Baseline.Base64Url(Baseline.Hmac256(tbKey, tbMessage)));
        var token = signed.Token;
        add("tinybird-jwt", "sign", "generated", () => TinybirdJwt.Sign(tbIn, tbSecret, tbAt));
        add("tinybird-jwt", "sign", "baseline", () => Baseline.TinybirdSign(tbBase, chartUrl, tbSecret));
        add("tinybird-jwt", "verify", "generated", () => TinybirdJwt.Verify(token, tbSecret, tbVerifyAt));
        add("tinybird-jwt", "verify", "baseline", () => Baseline.TinybirdVerify(token, tbSecret, now));
        add("tinybird-jwt", "mac", "hmac", () => Baseline.Hmac256(tbKey, tbMessage));

        // papermap-iframe
        const string pmSecret = "sk_live_3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e";
        var pmIn = new PapermapIframe.Input { ApiKeyId = "ak_7d2f9c1e", WorkspaceId = "workspace-456", TenantId = "org-123", DashboardId = "dashboard-789" };
        var pmAt = new PapermapIframe.SignOptions { Now = now };
        var pmVerifyAt = new PapermapIframe.VerifyOptions { Now = now };
        var pmBase = new PapermapInput { ApiKeyId = "ak_7d2f9c1e", WorkspaceId = "workspace-456", TenantId = "org-123", DashboardId = "dashboard-789", ValidUntil = now + 3600 };
        var pmSigned = PapermapIframe.Sign(pmIn, pmSecret, pmAt);
        Console.WriteLine("out papermap-iframe token " + pmSigned.Token);
        Console.WriteLine("out papermap-iframe url " + pmSigned.Url);
        pair = Baseline.PapermapSign(pmBase, pmSecret);
        Same("papermap-iframe", "baseline's token and URL", pmSigned.Token + " " + pmSigned.Url, pair[0] + " " + pair[1]);
        Same("papermap-iframe", "baseline's valid_until", PapermapIframe.Verify(pmSigned.Token, pmSecret, pmVerifyAt).ValidUntil.ToString(CultureInfo.InvariantCulture),
            Baseline.PapermapVerify(pmSigned.Token, pmSecret, now)["valid_until"].ToString());
        var pmKey = utf8.GetBytes(pmSecret);
        var pmMessage = Baseline.PapermapMessage(pmBase);
        Same("papermap-iframe", "raw HMAC", pmSigned.Signature, Baseline.Hex(Baseline.Hmac256(pmKey, pmMessage)));
        var pmToken = pmSigned.Token;
        add("papermap-iframe", "sign", "generated", () => PapermapIframe.Sign(pmIn, pmSecret, pmAt));
        add("papermap-iframe", "sign", "baseline", () => Baseline.PapermapSign(pmBase, pmSecret));
        add("papermap-iframe", "verify", "generated", () => PapermapIframe.Verify(pmToken, pmSecret, pmVerifyAt));
        add("papermap-iframe", "verify", "baseline", () => Baseline.PapermapVerify(pmToken, pmSecret, now));
        add("papermap-iframe", "mac", "hmac", () => Baseline.Hmac256(pmKey, pmMessage));

        // looker-signed-url
        const string lkSecret = "looker-embed-secret-7f3a9c";
        var nonce = Enumerable.Range(0, 16).Select(i => Convert.ToByte("b6afdff4129e63a696ecbc979c71ac7b".Substring(i * 2, 2), 16)).ToArray();
        var lkIn = new LookerSignedUrl.Input
        {
            Host = "example.looker.com",
            EmbedUrl = "/embed/dashboards/1?embed_domain=https://app.example.com&sdk=2",
            ExternalUserId = "user-42",
            Permissions = new List<string> { "access_data", "see_user_dashboards" },
            Models = new List<string> { "thelook" },
            GroupIds = new List<long> { 4, 3 },
            UserAttributes = new Dictionary<string, object> { { "locale", "en_US" } },
            FirstName = "Zoë",
            LastName = "Ångström",
        };
        var lkAt = new LookerSignedUrl.SignOptions { Now = now, RandomBytes = count => nonce.Take(count).ToArray() };
        var lkVerifyAt = new LookerSignedUrl.VerifyOptions { Now = now };
        var lkBase = new LookerUser
        {
            Host = lkIn.Host, EmbedUrl = lkIn.EmbedUrl, ExternalUserId = lkIn.ExternalUserId, Permissions = lkIn.Permissions,
            Models = lkIn.Models, GroupIds = lkIn.GroupIds, UserAttributes = lkIn.UserAttributes, FirstName = "Zoë", LastName = "Ångström",
        };
        var lkSigned = LookerSignedUrl.Sign(lkIn, lkSecret, lkAt);
        Console.WriteLine("out looker-signed-url url " + lkSigned.Url);
        Same("looker-signed-url", "baseline's URL", lkSigned.Url, Baseline.LookerSign(lkBase, lkSecret, now, nonce));
        Same("looker-signed-url", "baseline's time", LookerSignedUrl.Verify(lkSigned.Url, lkSecret, lkVerifyAt).Time.ToString(CultureInfo.InvariantCulture),
            Baseline.LookerVerify(lkSigned.Url, lkSecret, now)["time"].ToString());
        var lkKey = utf8.GetBytes(lkSecret);
        var lkMessage = Baseline.LookerMessage(lkBase, now, nonce);
        Same("looker-signed-url", "raw HMAC", lkSigned.Signature, Convert.ToBase64String(Baseline.Hmac1(lkKey, lkMessage)));
        var lkUrl = lkSigned.Url;
        add("looker-signed-url", "sign", "generated", () => LookerSignedUrl.Sign(lkIn, lkSecret, lkAt));
        add("looker-signed-url", "sign", "baseline", () => Baseline.LookerSign(lkBase, lkSecret, now, nonce));
        add("looker-signed-url", "verify", "generated", () => LookerSignedUrl.Verify(lkUrl, lkSecret, lkVerifyAt));
        add("looker-signed-url", "verify", "baseline", () => Baseline.LookerVerify(lkUrl, lkSecret, now));
        add("looker-signed-url", "mac", "hmac", () => Baseline.Hmac1(lkKey, lkMessage));
        Measure(all, rounds, batchMs);
        GC.KeepAlive(sink);
    }
}
