// The Go driver of `nox -s bench`: the published files (one package per format, as pasted),
// the baseline (baseline.go), the raw HMAC and golang-jwt, timed in one process.
//
// Usage: ./driver ROUNDS BATCH_MS; prints the lines of the protocol in benchmarks/speed.py.
// CPU time: getrusage(RUSAGE_SELF), user + system: the process, the GC's threads included.
package main

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"hash"
	"os"
	"reflect"
	"runtime/debug"
	"strconv"
	"syscall"
	"time"

	"bench/lookersignedurl"
	"bench/papermapiframe"
	"bench/tinybirdjwt"

	"github.com/golang-jwt/jwt/v5"
)

type series struct {
	format, op, impl string
	fn               func()
}

func cpuNanos() int64 {
	var usage syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &usage); err != nil {
		panic(err)
	}
	return usage.Utime.Nano() + usage.Stime.Nano()
}

func batch(fn func(), size int) int64 {
	began := cpuNanos()
	for i := 0; i < size; i++ {
		fn()
	}
	return cpuNanos() - began
}

func calibrate(fn func(), batchMS float64) int {
	target := batchMS * 1e6
	for size := 1; ; size *= 2 {
		spent := batch(fn, size)
		if float64(spent) >= target/4 || size >= 1<<24 {
			return max(1, int(float64(size)*target/float64(max(spent, 1))))
		}
	}
}

func measure(all []series, rounds int, batchMS float64) {
	sizes := make([]int, len(all))
	for pass := 0; pass < 2; pass++ { // the second pass runs warm
		for i, s := range all {
			sizes[i] = calibrate(s.fn, batchMS)
		}
	}
	results := make([][]float64, len(all))
	for round := 0; round < rounds; round++ {
		for step := range all {
			i := (step + round) % len(all)
			results[i] = append(results[i], float64(batch(all[i].fn, sizes[i]))/float64(sizes[i]))
		}
	}
	for i, s := range all {
		fmt.Print("cpu ", s.format, " ", s.op, " ", s.impl)
		for _, v := range results[i] {
			fmt.Printf(" %.1f", v)
		}
		fmt.Println()
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func same(format, what string, generated, other any) {
	if !reflect.DeepEqual(generated, other) {
		fmt.Fprintf(os.Stderr, "%s: the %s differs from the generated code's:\n%v\n%v\n", format, what, other, generated)
		os.Exit(2)
	}
}

func ptr[T any](v T) *T { return &v }

func macOf(h func() hash.Hash, key, message []byte) []byte {
	m := hmac.New(h, key)
	m.Write(message)
	return m.Sum(nil)
}

// tinybirdJWTClaims: golang-jwt's registered claims embedded where exp goes, so that the
// payload's members come in the format's order (workspace_id, name, exp, scopes).
type tinybirdJWTClaims struct {
	WorkspaceID string `json:"workspace_id"`
	Name        string `json:"name"`
	jwt.RegisteredClaims
	Scopes []tinybirdScope `json:"scopes"`
}

func main() {
	rounds := must(strconv.Atoi(os.Args[1]))
	batchMS := must(strconv.ParseFloat(os.Args[2], 64))
	fmt.Println("clock process CPU time (getrusage RUSAGE_SELF, user + system)")
	var all []series
	var sink any

	// tinybird-jwt
	const tbSecret = "p.eyJ1IjogIjdmOTRhNzM4LTRmMjAtNDljZi04ZWJlLTgwNDZjNjQ3ZjQ5YiIsICJpZCI6ICJhZG1pbiJ9.sig"
	const now = int64(1700000000)
	const chartURL = "https://app.tinybird.co/gcp/europe-west3/endpoints/sales_by_city/charts/4d21283f-b85c-4ed5-8341-e2625f0e3080"
	tbKey := []byte(tbSecret)
	at := tinybirdjwt.WithNow(time.Unix(now, 0))
	tbIn := tinybirdjwt.Input{
		WorkspaceID: "1f484a32-6966-4f63-9312-aadad64d3e12",
		Name:        "charts_token",
		Scopes: []tinybirdjwt.Scope{{
			Type:        "PIPES:READ",
			Resource:    "t_b9427fe2bcd543d1a8923d18c094e8c1",
			FixedParams: map[string]any{"org_id": "org-123"},
		}},
		ChartURL: chartURL,
	}
	tbScopes := []tinybirdScope{{Type: "PIPES:READ", Resource: "t_b9427fe2bcd543d1a8923d18c094e8c1",
		FixedParams: map[string]any{"org_id": "org-123"}}}
	tbBase := tinybirdClaims{WorkspaceID: tbIn.WorkspaceID, Name: tbIn.Name, Exp: now + 3600, Scopes: tbScopes}
	signed := must(tinybirdjwt.Sign(tbIn, tbKey, at))
	fmt.Println("out tinybird-jwt token", signed.Token)
	fmt.Println("out tinybird-jwt url", signed.URL)
	token, link := tinybirdSign(tbBase, chartURL, tbKey)
	same("tinybird-jwt", "baseline's token and URL", []string{signed.Token, signed.URL}, []string{token, link})
	claims := must(tinybirdjwt.Verify(signed.Token, tbKey, at))
	same("tinybird-jwt", "baseline's exp", claims.Exp, must(tinybirdVerify(signed.Token, tbKey, now)).Exp)
	tbMessage := tinybirdMessage(tbBase)
	same("tinybird-jwt", "raw HMAC", signed.Signature,
		base64.RawURLEncoding.EncodeToString(macOf(sha256.New, tbKey, tbMessage)))
	libClaims := tinybirdJWTClaims{WorkspaceID: tbBase.WorkspaceID, Name: tbBase.Name, Scopes: tbScopes,
		RegisteredClaims: jwt.RegisteredClaims{ExpiresAt: jwt.NewNumericDate(time.Unix(now+3600, 0))}}
	libSign := func() string {
		return must(jwt.NewWithClaims(jwt.SigningMethodHS256, libClaims).SignedString(tbKey))
	}
	same("tinybird-jwt", "golang-jwt token", signed.Token, libSign())
	keyFunc := func(*jwt.Token) (any, error) { return tbKey, nil }
	libVerify := func() *jwt.Token {
		return must(jwt.ParseWithClaims(signed.Token, &tinybirdJWTClaims{}, keyFunc,
			jwt.WithValidMethods([]string{"HS256"}), jwt.WithTimeFunc(func() time.Time { return time.Unix(now, 0) })))
	}
	libVerify()
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, dep := range info.Deps {
			if dep.Path == "github.com/golang-jwt/jwt/v5" {
				fmt.Println("lib tinybird-jwt golang-jwt", dep.Version)
			}
		}
	}
	all = append(all,
		series{"tinybird-jwt", "sign", "generated", func() { sink = must(tinybirdjwt.Sign(tbIn, tbKey, at)) }},
		series{"tinybird-jwt", "sign", "baseline", func() { sink, _ = tinybirdSign(tbBase, chartURL, tbKey) }},
		series{"tinybird-jwt", "sign", "jwt", func() { sink = libSign() }},
		series{"tinybird-jwt", "verify", "generated", func() { sink = must(tinybirdjwt.Verify(signed.Token, tbKey, at)) }},
		series{"tinybird-jwt", "verify", "baseline", func() { sink = must(tinybirdVerify(signed.Token, tbKey, now)) }},
		series{"tinybird-jwt", "verify", "jwt", func() { sink = libVerify() }},
		series{"tinybird-jwt", "mac", "hmac", func() { sink = macOf(sha256.New, tbKey, tbMessage) }},
	)

	// papermap-iframe
	pmKey := []byte("sk_live_3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e")
	pmAt := papermapiframe.WithNow(time.Unix(now, 0))
	pmIn := papermapiframe.Input{APIKeyID: "ak_7d2f9c1e", WorkspaceID: "workspace-456", TenantID: "org-123",
		DashboardID: "dashboard-789"}
	pmBase := papermapEnvelope{APIKeyID: "ak_7d2f9c1e", WorkspaceID: "workspace-456", TenantID: "org-123",
		DashboardID: "dashboard-789", ValidUntil: now + 3600}
	pmSigned := must(papermapiframe.Sign(pmIn, pmKey, pmAt))
	fmt.Println("out papermap-iframe token", pmSigned.Token)
	fmt.Println("out papermap-iframe url", pmSigned.URL)
	token, link = papermapSign(pmBase, pmKey)
	same("papermap-iframe", "baseline's token and URL", []string{pmSigned.Token, pmSigned.URL}, []string{token, link})
	same("papermap-iframe", "baseline's valid_until", must(papermapiframe.Verify(pmSigned.Token, pmKey, pmAt)).ValidUntil,
		must(papermapVerify(pmSigned.Token, pmKey, now)).ValidUntil)
	pmMessage := papermapMessage(pmBase)
	same("papermap-iframe", "raw HMAC", pmSigned.Signature, hex.EncodeToString(macOf(sha256.New, pmKey, pmMessage)))
	all = append(all,
		series{"papermap-iframe", "sign", "generated", func() { sink = must(papermapiframe.Sign(pmIn, pmKey, pmAt)) }},
		series{"papermap-iframe", "sign", "baseline", func() { sink, _ = papermapSign(pmBase, pmKey) }},
		series{"papermap-iframe", "verify", "generated", func() { sink = must(papermapiframe.Verify(pmSigned.Token, pmKey, pmAt)) }},
		series{"papermap-iframe", "verify", "baseline", func() { sink = must(papermapVerify(pmSigned.Token, pmKey, now)) }},
		series{"papermap-iframe", "mac", "hmac", func() { sink = macOf(sha256.New, pmKey, pmMessage) }},
	)

	// looker-signed-url
	lkKey := []byte("looker-embed-secret-7f3a9c")
	nonce := must(hex.DecodeString("b6afdff4129e63a696ecbc979c71ac7b"))
	lkAt := lookersignedurl.WithNow(time.Unix(now, 0))
	lkIn := lookersignedurl.Input{
		Host:           "example.looker.com",
		EmbedURL:       "/embed/dashboards/1?embed_domain=https://app.example.com&sdk=2",
		ExternalUserID: "user-42",
		Permissions:    []string{"access_data", "see_user_dashboards"},
		Models:         []string{"thelook"},
		GroupIDs:       []int64{4, 3},
		UserAttributes: map[string]any{"locale": "en_US"},
		FirstName:      ptr("Zoë"),
		LastName:       ptr("Ångström"),
	}
	lkBase := lookerUser{Host: lkIn.Host, EmbedURL: lkIn.EmbedURL, SessionLength: 3600,
		ExternalUserID: lkIn.ExternalUserID, Permissions: lkIn.Permissions, Models: lkIn.Models,
		GroupIDs: lkIn.GroupIDs, UserAttributes: lkIn.UserAttributes, FirstName: "Zoë", LastName: "Ångström"}
	lkSign := func() lookersignedurl.Signed {
		return must(lookersignedurl.Sign(lkIn, lkKey, lkAt, lookersignedurl.WithRandom(bytes.NewReader(nonce))))
	}
	lkSigned := lkSign()
	fmt.Println("out looker-signed-url url", lkSigned.URL)
	same("looker-signed-url", "baseline's URL", lkSigned.URL, lookerSign(lkBase, lkKey, now, nonce))
	same("looker-signed-url", "baseline's time", must(lookersignedurl.Verify(lkSigned.URL, lkKey, lkAt)).Time,
		int64(must(lookerVerify(lkSigned.URL, lkKey, now))["time"].(float64)))
	lkMessage := lookerMessage(lkBase, now, nonce)
	same("looker-signed-url", "raw HMAC", lkSigned.Signature,
		base64.StdEncoding.EncodeToString(macOf(sha1.New, lkKey, lkMessage)))
	all = append(all,
		series{"looker-signed-url", "sign", "generated", func() { sink = lkSign() }},
		series{"looker-signed-url", "sign", "baseline", func() { sink = lookerSign(lkBase, lkKey, now, nonce) }},
		series{"looker-signed-url", "verify", "generated", func() { sink = must(lookersignedurl.Verify(lkSigned.URL, lkKey, lkAt)) }},
		series{"looker-signed-url", "verify", "baseline", func() { sink = must(lookerVerify(lkSigned.URL, lkKey, now)) }},
		series{"looker-signed-url", "mac", "hmac", func() { sink = macOf(sha1.New, lkKey, lkMessage) }},
	)
	measure(all, rounds, batchMS)
	_ = sink
}
