// Code generated from spec/formats/; DO NOT EDIT.

// Command adapter is the conformance adapter of the Go SDK (not part of its API). It
// reads one JSON request per line on stdin and writes one JSON answer per line on stdout
// (protocol v1, conformance/protocol/); it converts the request's fields to each format's Input,
// refusing what the types cannot hold as invalid_input, and calls only the format packages.
package main

import (
	"bufio"
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/embedseal/embedseal-go/boldbiembedauthorize"
	"github.com/embedseal/embedseal-go/boldbiembedurl"
	"github.com/embedseal/embedseal-go/embedsealv1"
	"github.com/embedseal/embedseal-go/lightdashembed"
	"github.com/embedseal/embedseal-go/lookersignedurl"
	"github.com/embedseal/embedseal-go/metabaseembed"
	"github.com/embedseal/embedseal-go/papermapiframe"
	"github.com/embedseal/embedseal-go/semaphortoken"
	"github.com/embedseal/embedseal-go/sigmajwt"
	"github.com/embedseal/embedseal-go/sigmasignedurl"
	"github.com/embedseal/embedseal-go/sisensejwt"
	"github.com/embedseal/embedseal-go/tableauconnectedapp"
	"github.com/embedseal/embedseal-go/tinybirdjwt"
	"github.com/embedseal/embedseal-go/tooljetpat"
)

func main() {
	in := bufio.NewReader(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for {
		line, err := in.ReadBytes('\n')
		if len(bytes.TrimSpace(line)) > 0 {
			answer, stop := handle(line)
			if stop {
				return
			}
			out.Write(encodeAnswer(answer))
			out.WriteByte('\n')
			out.Flush()
		}
		if err != nil {
			return
		}
	}
}

// handle answers one request; stop is true for {"op": "stop"}.
func handle(line []byte) (answer map[string]any, stop bool) {
	answer = map[string]any{}
	defer func() {
		if r := recover(); r != nil {
			answer["ok"], answer["error"], answer["detail"] = false, "adapter_error", fmt.Sprint(r)
		}
	}()
	var request map[string]any
	if json.Valid(line) {
		request, _ = readJSON(line).(map[string]any)
	}
	if request == nil {
		answer["ok"], answer["error"], answer["detail"] = false, "adapter_error", "the request is not a JSON object"
		return answer, false
	}
	answer["id"] = request["id"]
	op, _ := request["op"].(string)
	format, _ := request["format"].(string)
	secret, _ := request["secret"].(string)
	now, _ := request["now"].(json.Number)
	seconds, _ := now.Int64()
	fields, _ := request["fields"].(map[string]any)
	var result map[string]any
	var err error
	switch op {
	case "stop":
		return answer, true
	case "start":
		return hello(request, answer), false
	case "sign":
		random, hexErr := hex.DecodeString(fmt.Sprint(request["random"]))
		if hexErr != nil {
			random = nil
		}
		result, err = sign(format, fields, secret, time.Unix(seconds, 0), random)
	case "verify":
		token, _ := request["token"].(string)
		result, err = verify(format, token, secret, time.Unix(seconds, 0))
	case "exchange", "revoke":
		call := callOptions{now: time.Unix(seconds, 0)}
		call.baseURL, _ = request["base_url"].(string)
		if ms, ok := request["timeout_ms"].(json.Number); ok {
			n, _ := ms.Int64()
			call.timeout = time.Duration(n) * time.Millisecond
		}
		if op == "exchange" {
			result, err = exchange(format, fields, secret, call)
		} else {
			token, _ := request["token"].(string)
			result, err = revoke(format, fields, token, secret, call)
		}
	default:
		err = fmt.Errorf("unknown op %q", op)
	}
	if err != nil {
		code, retryAfter, known := errorCode(err)
		answer["ok"], answer["error"] = false, code
		if !known {
			answer["error"], answer["detail"] = "adapter_error", err.Error()
		}
		if retryAfter != nil {
			answer["retry_after"] = *retryAfter
		}
		return answer, false
	}
	answer["ok"] = true
	for k, v := range result {
		answer[k] = v
	}
	return answer, false
}

// hello answers the protocol handshake {"op": "start", "protocol": 1}.
func hello(request, answer map[string]any) map[string]any {
	if request["protocol"] != json.Number("1") {
		answer["ok"], answer["error"], answer["detail"] = false, "unsupported_protocol", "speaks 1"
		return answer
	}
	answer["ok"], answer["protocol"], answer["language"], answer["runtime"] = true, 1, "go", runtime.Version()
	answer["formats"] = []any{"boldbi-embed-url", "embedseal-v1", "lightdash-embed", "looker-signed-url", "metabase-embed", "papermap-iframe", "sigma-jwt", "sigma-signed-url", "sisense-jwt", "tableau-connected-app", "tinybird-jwt", "boldbi-embed-authorize", "semaphor-token", "tooljet-pat"}
	answer["operations"] = []any{"sign", "verify", "exchange", "revoke"}
	return answer
}

// errorCode is the shared code of a format package's *Error (and Retry-After, when sent).
func errorCode(err error) (code string, retryAfter *int64, known bool) {
	var boldbiembedurlError *boldbiembedurl.Error
	var embedsealv1Error *embedsealv1.Error
	var lightdashembedError *lightdashembed.Error
	var lookersignedurlError *lookersignedurl.Error
	var metabaseembedError *metabaseembed.Error
	var papermapiframeError *papermapiframe.Error
	var sigmajwtError *sigmajwt.Error
	var sigmasignedurlError *sigmasignedurl.Error
	var sisensejwtError *sisensejwt.Error
	var tableauconnectedappError *tableauconnectedapp.Error
	var tinybirdjwtError *tinybirdjwt.Error
	var boldbiembedauthorizeError *boldbiembedauthorize.Error
	var semaphortokenError *semaphortoken.Error
	var tooljetpatError *tooljetpat.Error
	switch {
	case errors.As(err, &boldbiembedurlError):
		return boldbiembedurlError.Code, nil, true
	case errors.As(err, &embedsealv1Error):
		return embedsealv1Error.Code, nil, true
	case errors.As(err, &lightdashembedError):
		return lightdashembedError.Code, nil, true
	case errors.As(err, &lookersignedurlError):
		return lookersignedurlError.Code, nil, true
	case errors.As(err, &metabaseembedError):
		return metabaseembedError.Code, nil, true
	case errors.As(err, &papermapiframeError):
		return papermapiframeError.Code, nil, true
	case errors.As(err, &sigmajwtError):
		return sigmajwtError.Code, nil, true
	case errors.As(err, &sigmasignedurlError):
		return sigmasignedurlError.Code, nil, true
	case errors.As(err, &sisensejwtError):
		return sisensejwtError.Code, nil, true
	case errors.As(err, &tableauconnectedappError):
		return tableauconnectedappError.Code, nil, true
	case errors.As(err, &tinybirdjwtError):
		return tinybirdjwtError.Code, nil, true
	case errors.As(err, &boldbiembedauthorizeError):
		return boldbiembedauthorizeError.Code, boldbiembedauthorizeError.RetryAfter, true
	case errors.As(err, &semaphortokenError):
		return semaphortokenError.Code, semaphortokenError.RetryAfter, true
	case errors.As(err, &tooljetpatError):
		return tooljetpatError.Code, tooljetpatError.RetryAfter, true
	case errors.As(err, new(*inputError)):
		return "invalid_input", nil, true
	}
	return "", nil, false
}

// inputError is a request field the format's types cannot hold (its answer is invalid_input).
type inputError struct{ detail string }

func (e *inputError) Error() string { return e.detail }

func invalid(detail string) error { return &inputError{detail} }

// isKeyError reports a refused secret: the adapter checks the key before the fields, as the
// format's own Sign does.
func isKeyError(err error) bool {
	code, _, _ := errorCode(err)
	return code == "invalid_key" || code == "weak_key"
}

func sign(format string, fields map[string]any, secret string, now time.Time, random []byte) (map[string]any, error) {
	switch format {
	case "boldbi-embed-url":
		if _, err := boldbiembedurl.Verify("", []byte(secret)); isKeyError(err) {
			return nil, err
		}
		in, err := inputBoldbiEmbedURL(fields)
		if err != nil {
			return nil, err
		}
		signed, err := boldbiembedurl.Sign(in, []byte(secret), boldbiembedurl.WithNow(now), boldbiembedurl.WithRandom(bytes.NewReader(random)))
		if err != nil {
			return nil, err
		}
		return map[string]any{"url": signed.URL, "signature": signed.Signature, "response": signed.Response()}, nil
	case "embedseal-v1":
		if _, err := embedsealv1.Verify("", []byte(secret)); isKeyError(err) {
			return nil, err
		}
		in, err := inputEmbedsealV1(fields)
		if err != nil {
			return nil, err
		}
		signed, err := embedsealv1.Sign(in, []byte(secret), embedsealv1.WithNow(now), embedsealv1.WithRandom(bytes.NewReader(random)))
		if err != nil {
			return nil, err
		}
		return map[string]any{"token": signed.Token, "url": signed.URL, "signature": signed.Signature, "response": signed.Response()}, nil
	case "lightdash-embed":
		if _, err := lightdashembed.Verify("", []byte(secret)); isKeyError(err) {
			return nil, err
		}
		in, err := inputLightdashEmbed(fields)
		if err != nil {
			return nil, err
		}
		signed, err := lightdashembed.Sign(in, []byte(secret), lightdashembed.WithNow(now))
		if err != nil {
			return nil, err
		}
		return map[string]any{"token": signed.Token, "url": signed.URL, "signature": signed.Signature, "response": signed.Response()}, nil
	case "looker-signed-url":
		if _, err := lookersignedurl.Verify("", []byte(secret)); isKeyError(err) {
			return nil, err
		}
		in, err := inputLookerSignedURL(fields)
		if err != nil {
			return nil, err
		}
		signed, err := lookersignedurl.Sign(in, []byte(secret), lookersignedurl.WithNow(now), lookersignedurl.WithRandom(bytes.NewReader(random)))
		if err != nil {
			return nil, err
		}
		return map[string]any{"url": signed.URL, "signature": signed.Signature, "response": signed.Response()}, nil
	case "metabase-embed":
		if _, err := metabaseembed.Verify("", []byte(secret)); isKeyError(err) {
			return nil, err
		}
		in, err := inputMetabaseEmbed(fields)
		if err != nil {
			return nil, err
		}
		signed, err := metabaseembed.Sign(in, []byte(secret), metabaseembed.WithNow(now))
		if err != nil {
			return nil, err
		}
		return map[string]any{"token": signed.Token, "url": signed.URL, "signature": signed.Signature, "response": signed.Response()}, nil
	case "papermap-iframe":
		if _, err := papermapiframe.Verify("", []byte(secret)); isKeyError(err) {
			return nil, err
		}
		in, err := inputPapermapIframe(fields)
		if err != nil {
			return nil, err
		}
		signed, err := papermapiframe.Sign(in, []byte(secret), papermapiframe.WithNow(now))
		if err != nil {
			return nil, err
		}
		return map[string]any{"token": signed.Token, "url": signed.URL, "signature": signed.Signature, "response": signed.Response()}, nil
	case "sigma-jwt":
		if _, err := sigmajwt.Verify("", []byte(secret)); isKeyError(err) {
			return nil, err
		}
		in, err := inputSigmaJWT(fields)
		if err != nil {
			return nil, err
		}
		signed, err := sigmajwt.Sign(in, []byte(secret), sigmajwt.WithNow(now), sigmajwt.WithRandom(bytes.NewReader(random)))
		if err != nil {
			return nil, err
		}
		return map[string]any{"token": signed.Token, "url": signed.URL, "signature": signed.Signature, "response": signed.Response()}, nil
	case "sigma-signed-url":
		if _, err := sigmasignedurl.Verify("", []byte(secret)); isKeyError(err) {
			return nil, err
		}
		in, err := inputSigmaSignedURL(fields)
		if err != nil {
			return nil, err
		}
		signed, err := sigmasignedurl.Sign(in, []byte(secret), sigmasignedurl.WithNow(now), sigmasignedurl.WithRandom(bytes.NewReader(random)))
		if err != nil {
			return nil, err
		}
		return map[string]any{"url": signed.URL, "signature": signed.Signature, "response": signed.Response()}, nil
	case "sisense-jwt":
		if _, err := sisensejwt.Verify("", []byte(secret)); isKeyError(err) {
			return nil, err
		}
		in, err := inputSisenseJWT(fields)
		if err != nil {
			return nil, err
		}
		signed, err := sisensejwt.Sign(in, []byte(secret), sisensejwt.WithNow(now), sisensejwt.WithRandom(bytes.NewReader(random)))
		if err != nil {
			return nil, err
		}
		return map[string]any{"token": signed.Token, "url": signed.URL, "signature": signed.Signature, "response": signed.Response()}, nil
	case "tableau-connected-app":
		if _, err := tableauconnectedapp.Verify("", []byte(secret)); isKeyError(err) {
			return nil, err
		}
		in, err := inputTableauConnectedApp(fields)
		if err != nil {
			return nil, err
		}
		signed, err := tableauconnectedapp.Sign(in, []byte(secret), tableauconnectedapp.WithNow(now), tableauconnectedapp.WithRandom(bytes.NewReader(random)))
		if err != nil {
			return nil, err
		}
		return map[string]any{"token": signed.Token, "url": nil, "signature": signed.Signature, "response": signed.Response()}, nil
	case "tinybird-jwt":
		if _, err := tinybirdjwt.Verify("", []byte(secret)); isKeyError(err) {
			return nil, err
		}
		in, err := inputTinybirdJWT(fields)
		if err != nil {
			return nil, err
		}
		signed, err := tinybirdjwt.Sign(in, []byte(secret), tinybirdjwt.WithNow(now))
		if err != nil {
			return nil, err
		}
		return map[string]any{"token": signed.Token, "url": signed.URL, "signature": signed.Signature, "response": signed.Response()}, nil
	}
	return nil, fmt.Errorf("unknown format %q", format)
}

func verify(format, token, secret string, now time.Time) (map[string]any, error) {
	switch format {
	case "boldbi-embed-url":
		claims, err := boldbiembedurl.Verify(token, []byte(secret), boldbiembedurl.WithNow(now))
		if err != nil {
			return nil, err
		}
		return map[string]any{"claims": claimsBoldbiEmbedURL(claims)}, nil
	case "embedseal-v1":
		claims, err := embedsealv1.Verify(token, []byte(secret), embedsealv1.WithNow(now))
		if err != nil {
			return nil, err
		}
		return map[string]any{"claims": claimsEmbedsealV1(claims)}, nil
	case "lightdash-embed":
		claims, err := lightdashembed.Verify(token, []byte(secret), lightdashembed.WithNow(now))
		if err != nil {
			return nil, err
		}
		return map[string]any{"claims": claimsLightdashEmbed(claims)}, nil
	case "looker-signed-url":
		claims, err := lookersignedurl.Verify(token, []byte(secret), lookersignedurl.WithNow(now))
		if err != nil {
			return nil, err
		}
		return map[string]any{"claims": claimsLookerSignedURL(claims)}, nil
	case "metabase-embed":
		claims, err := metabaseembed.Verify(token, []byte(secret), metabaseembed.WithNow(now))
		if err != nil {
			return nil, err
		}
		return map[string]any{"claims": claimsMetabaseEmbed(claims)}, nil
	case "papermap-iframe":
		claims, err := papermapiframe.Verify(token, []byte(secret), papermapiframe.WithNow(now))
		if err != nil {
			return nil, err
		}
		return map[string]any{"claims": claimsPapermapIframe(claims)}, nil
	case "sigma-jwt":
		claims, err := sigmajwt.Verify(token, []byte(secret), sigmajwt.WithNow(now))
		if err != nil {
			return nil, err
		}
		return map[string]any{"claims": claimsSigmaJWT(claims)}, nil
	case "sigma-signed-url":
		claims, err := sigmasignedurl.Verify(token, []byte(secret), sigmasignedurl.WithNow(now))
		if err != nil {
			return nil, err
		}
		return map[string]any{"claims": claimsSigmaSignedURL(claims)}, nil
	case "sisense-jwt":
		claims, err := sisensejwt.Verify(token, []byte(secret), sisensejwt.WithNow(now))
		if err != nil {
			return nil, err
		}
		return map[string]any{"claims": claimsSisenseJWT(claims)}, nil
	case "tableau-connected-app":
		claims, err := tableauconnectedapp.Verify(token, []byte(secret), tableauconnectedapp.WithNow(now))
		if err != nil {
			return nil, err
		}
		return map[string]any{"claims": claimsTableauConnectedApp(claims)}, nil
	case "tinybird-jwt":
		claims, err := tinybirdjwt.Verify(token, []byte(secret), tinybirdjwt.WithNow(now))
		if err != nil {
			return nil, err
		}
		return map[string]any{"claims": claimsTinybirdJWT(claims)}, nil
	}
	return nil, fmt.Errorf("unknown format %q", format)
}

// callOptions are what an exchange or revoke request sets besides its fields.
type callOptions struct {
	now     time.Time
	baseURL string
	timeout time.Duration
}

// secretRefused mirrors the exchange packages' first check (an empty secret, one that is not
// UTF-8, or one holding a line break or NUL), so a request with bad fields and a bad secret is
// answered invalid_key without sending anything.
func secretRefused(secret string) bool {
	return secret == "" || strings.ContainsAny(secret, "\r\n\x00") || !utf8.ValidString(secret)
}

func exchange(format string, fields map[string]any, secret string, call callOptions) (map[string]any, error) {
	switch format {
	case "boldbi-embed-authorize":
		in, err := inputBoldbiEmbedAuthorize(fields)
		if err != nil && !secretRefused(secret) {
			return nil, err
		}
		opts := []boldbiembedauthorize.Option{boldbiembedauthorize.WithNow(call.now)}
		if call.baseURL != "" {
			opts = append(opts, boldbiembedauthorize.WithBaseURL(call.baseURL))
		}
		if call.timeout > 0 {
			opts = append(opts, boldbiembedauthorize.WithTimeout(call.timeout))
		}
		r, err := boldbiembedauthorize.Exchange(in, secret, opts...)
		if err != nil {
			return nil, err
		}
		return map[string]any{"result": map[string]any{"token": r.Token, "expires_at": optional(r.ExpiresAt), "url": optionalText(r.URL), "response": r.Response}}, nil
	case "semaphor-token":
		in, err := inputSemaphorToken(fields)
		if err != nil && !secretRefused(secret) {
			return nil, err
		}
		opts := []semaphortoken.Option{semaphortoken.WithNow(call.now)}
		if call.baseURL != "" {
			opts = append(opts, semaphortoken.WithBaseURL(call.baseURL))
		}
		if call.timeout > 0 {
			opts = append(opts, semaphortoken.WithTimeout(call.timeout))
		}
		r, err := semaphortoken.Exchange(in, secret, opts...)
		if err != nil {
			return nil, err
		}
		return map[string]any{"result": map[string]any{"token": r.Token, "expires_at": optional(r.ExpiresAt), "url": optionalText(r.URL), "response": r.Response}}, nil
	case "tooljet-pat":
		in, err := inputTooljetPat(fields)
		if err != nil && !secretRefused(secret) {
			return nil, err
		}
		opts := []tooljetpat.Option{tooljetpat.WithNow(call.now)}
		if call.baseURL != "" {
			opts = append(opts, tooljetpat.WithBaseURL(call.baseURL))
		}
		if call.timeout > 0 {
			opts = append(opts, tooljetpat.WithTimeout(call.timeout))
		}
		r, err := tooljetpat.Exchange(in, secret, opts...)
		if err != nil {
			return nil, err
		}
		return map[string]any{"result": map[string]any{"token": r.Token, "expires_at": optional(r.ExpiresAt), "url": optionalText(r.URL), "response": r.Response}}, nil
	}
	return nil, fmt.Errorf("unknown format %q", format)
}

func revoke(format string, fields map[string]any, token, secret string, call callOptions) (map[string]any, error) {
	switch format {
	case "boldbi-embed-authorize":
		return nil, invalid(format + " has no revocation call")
	case "semaphor-token":
		in, err := revokeInputSemaphorToken(fields)
		if err != nil {
			return nil, err
		}
		opts := []semaphortoken.Option{semaphortoken.WithNow(call.now)}
		if call.baseURL != "" {
			opts = append(opts, semaphortoken.WithBaseURL(call.baseURL))
		}
		if call.timeout > 0 {
			opts = append(opts, semaphortoken.WithTimeout(call.timeout))
		}
		if err := semaphortoken.Revoke(in, token, opts...); err != nil {
			return nil, err
		}
		return map[string]any{}, nil
	case "tooljet-pat":
		return nil, invalid(format + " has no revocation call")
	}
	return nil, fmt.Errorf("unknown format %q", format)
}

func optional(n *int64) any {
	if n == nil {
		return nil
	}
	return *n
}

func optionalText(s *string) any {
	if s == nil {
		return nil
	}
	return *s
}

func inputBoldbiEmbedURL(m map[string]any) (boldbiembedurl.Input, error) {
	c := &converter{}
	for name := range m {
		switch name {
		case "dashboard_url", "embed_nonce", "embed_dashboard_id", "embed_user_email", "embed_timestamp", "embed_expirationtime":
		default:
			c.fail(name + " is not an input")
		}
	}
	var out boldbiembedurl.Input
	out.DashboardURL = c.str(c.member(m, "dashboard_url", true, true))
	if v, ok := c.member(m, "embed_nonce", false, true); ok {
		value := c.str(v, ok)
		out.EmbedNonce = &value
	}
	out.EmbedDashboardID = c.str(c.member(m, "embed_dashboard_id", true, true))
	out.EmbedUserEmail = c.str(c.member(m, "embed_user_email", true, true))
	if v, ok := c.member(m, "embed_timestamp", false, true); ok {
		value := c.integer(v, ok)
		out.EmbedTimestamp = &value
	}
	if v, ok := c.member(m, "embed_expirationtime", false, true); ok {
		value := c.integer(v, ok)
		out.EmbedExpirationtime = &value
	}
	return out, c.err
}

func claimsBoldbiEmbedURL(claims boldbiembedurl.Claims) map[string]any {
	m := map[string]any{}
	m["dashboard_url"] = claims.DashboardURL
	m["embed_nonce"] = claims.EmbedNonce
	m["embed_dashboard_id"] = claims.EmbedDashboardID
	m["embed_user_email"] = claims.EmbedUserEmail
	if claims.EmbedTimestamp != nil {
		m["embed_timestamp"] = *claims.EmbedTimestamp
	}
	if claims.EmbedExpirationtime != nil {
		m["embed_expirationtime"] = *claims.EmbedExpirationtime
	}
	return m
}

func inputEmbedsealV1(m map[string]any) (embedsealv1.Input, error) {
	c := &converter{}
	for name := range m {
		switch name {
		case "tenant", "dashboard", "iat", "exp", "jti", "params", "app_url":
		default:
			c.fail(name + " is not an input")
		}
	}
	var out embedsealv1.Input
	out.Tenant = c.str(c.member(m, "tenant", true, true))
	out.Dashboard = c.str(c.member(m, "dashboard", true, true))
	if v, ok := c.member(m, "iat", false, true); ok {
		value := c.integer(v, ok)
		out.IAT = &value
	}
	if v, ok := c.member(m, "exp", false, true); ok {
		value := c.integer(v, ok)
		out.Exp = &value
	}
	if v, ok := c.member(m, "jti", false, true); ok {
		value := c.str(v, ok)
		out.JTI = &value
	}
	if v, ok := c.member(m, "params", false, true); ok {
		out.Params = c.object(v, ok)
	}
	out.AppURL = c.str(c.member(m, "app_url", true, true))
	return out, c.err
}

func claimsEmbedsealV1(claims embedsealv1.Claims) map[string]any {
	m := map[string]any{}
	for k, v := range claims.Extra {
		m[k] = v
	}
	m["tenant"] = claims.Tenant
	m["dashboard"] = claims.Dashboard
	m["iat"] = claims.IAT
	m["exp"] = claims.Exp
	m["jti"] = claims.JTI
	m["params"] = claims.Params
	return m
}

func inputLightdashEmbed(m map[string]any) (lightdashembed.Input, error) {
	c := &converter{}
	for name := range m {
		switch name {
		case "content", "user", "userAttributes", "iat", "exp", "site_url":
		default:
			c.fail(name + " is not an input")
		}
	}
	var out lightdashembed.Input
	out.Content = c.lightdashembedContent(c.member(m, "content", true, true))
	if v, ok := c.member(m, "user", false, true); ok {
		value := c.lightdashembedUser(v, ok)
		out.User = &value
	}
	if v, ok := c.member(m, "userAttributes", false, true); ok {
		out.UserAttributes = c.object(v, ok)
	}
	if v, ok := c.member(m, "iat", false, true); ok {
		value := c.integer(v, ok)
		out.IAT = &value
	}
	if v, ok := c.member(m, "exp", false, true); ok {
		value := c.integer(v, ok)
		out.Exp = &value
	}
	out.SiteURL = c.str(c.member(m, "site_url", true, true))
	return out, c.err
}

func (c *converter) lightdashembedDashboardFiltersInteractivity(v any, present bool) lightdashembed.DashboardFiltersInteractivity {
	var out lightdashembed.DashboardFiltersInteractivity
	m, ok := v.(map[string]any)
	if !ok {
		if present {
			c.fail("expected an object")
		}
		return out
	}
	for name := range m {
		switch name {
		case "enabled", "allowedFilters":
		default:
			c.fail(name + " is not a member")
		}
	}
	out.Enabled = c.union(c.member(m, "enabled", true, false))
	if v, ok := c.member(m, "allowedFilters", false, false); ok {
		out.AllowedFilters = c.strList(v, ok)
	}
	return out
}

func (c *converter) lightdashembedParameterInteractivity(v any, present bool) lightdashembed.ParameterInteractivity {
	var out lightdashembed.ParameterInteractivity
	m, ok := v.(map[string]any)
	if !ok {
		if present {
			c.fail("expected an object")
		}
		return out
	}
	for name := range m {
		switch name {
		case "enabled":
		default:
			c.fail(name + " is not a member")
		}
	}
	out.Enabled = c.boolean(c.member(m, "enabled", true, false))
	return out
}

func (c *converter) lightdashembedContent(v any, present bool) lightdashembed.Content {
	var out lightdashembed.Content
	m, ok := v.(map[string]any)
	if !ok {
		if present {
			c.fail("expected an object")
		}
		return out
	}
	for name := range m {
		switch name {
		case "type", "projectUuid", "dashboardUuid", "dashboardFiltersInteractivity", "parameterInteractivity", "canExportCsv", "canExportImages", "canExportPagePdf", "canDateZoom", "canExplore", "canViewUnderlyingData":
		default:
			c.fail(name + " is not a member")
		}
	}
	out.Type = c.str(c.member(m, "type", true, false))
	out.ProjectUUID = c.str(c.member(m, "projectUuid", true, false))
	out.DashboardUUID = c.str(c.member(m, "dashboardUuid", true, false))
	if v, ok := c.member(m, "dashboardFiltersInteractivity", false, false); ok {
		value := c.lightdashembedDashboardFiltersInteractivity(v, ok)
		out.DashboardFiltersInteractivity = &value
	}
	if v, ok := c.member(m, "parameterInteractivity", false, false); ok {
		value := c.lightdashembedParameterInteractivity(v, ok)
		out.ParameterInteractivity = &value
	}
	if v, ok := c.member(m, "canExportCsv", false, false); ok {
		value := c.boolean(v, ok)
		out.CanExportCsv = &value
	}
	if v, ok := c.member(m, "canExportImages", false, false); ok {
		value := c.boolean(v, ok)
		out.CanExportImages = &value
	}
	if v, ok := c.member(m, "canExportPagePdf", false, false); ok {
		value := c.boolean(v, ok)
		out.CanExportPagePdf = &value
	}
	if v, ok := c.member(m, "canDateZoom", false, false); ok {
		value := c.boolean(v, ok)
		out.CanDateZoom = &value
	}
	if v, ok := c.member(m, "canExplore", false, false); ok {
		value := c.boolean(v, ok)
		out.CanExplore = &value
	}
	if v, ok := c.member(m, "canViewUnderlyingData", false, false); ok {
		value := c.boolean(v, ok)
		out.CanViewUnderlyingData = &value
	}
	return out
}

func (c *converter) lightdashembedUser(v any, present bool) lightdashembed.User {
	var out lightdashembed.User
	m, ok := v.(map[string]any)
	if !ok {
		if present {
			c.fail("expected an object")
		}
		return out
	}
	for name := range m {
		switch name {
		case "externalId", "email":
		default:
			c.fail(name + " is not a member")
		}
	}
	if v, ok := c.member(m, "externalId", false, false); ok {
		value := c.str(v, ok)
		out.ExternalID = &value
	}
	if v, ok := c.member(m, "email", false, false); ok {
		value := c.str(v, ok)
		out.Email = &value
	}
	return out
}

func (c *converter) strList(v any, present bool) []string {
	items, ok := v.([]any)
	if !ok {
		if present {
			c.fail("expected an array")
		}
		return nil
	}
	out := make([]string, len(items))
	for i, item := range items {
		out[i] = c.str(item, true)
	}
	return out
}

func claimsLightdashEmbed(claims lightdashembed.Claims) map[string]any {
	m := map[string]any{}
	for k, v := range claims.Extra {
		m[k] = v
	}
	m["content"] = jsonLightdashEmbedContent(claims.Content)
	if claims.User != nil {
		m["user"] = jsonLightdashEmbedUser(*claims.User)
	}
	if claims.UserAttributes != nil {
		m["userAttributes"] = claims.UserAttributes
	}
	m["iat"] = claims.IAT
	m["exp"] = claims.Exp
	return m
}

func jsonLightdashEmbedDashboardFiltersInteractivity(x lightdashembed.DashboardFiltersInteractivity) map[string]any {
	m := map[string]any{}
	for k, v := range x.Extra {
		m[k] = v
	}
	m["enabled"] = x.Enabled
	if x.AllowedFilters != nil {
		m["allowedFilters"] = x.AllowedFilters
	}
	return m
}

func jsonLightdashEmbedParameterInteractivity(x lightdashembed.ParameterInteractivity) map[string]any {
	m := map[string]any{}
	for k, v := range x.Extra {
		m[k] = v
	}
	m["enabled"] = x.Enabled
	return m
}

func jsonLightdashEmbedContent(x lightdashembed.Content) map[string]any {
	m := map[string]any{}
	for k, v := range x.Extra {
		m[k] = v
	}
	m["type"] = x.Type
	m["projectUuid"] = x.ProjectUUID
	m["dashboardUuid"] = x.DashboardUUID
	if x.DashboardFiltersInteractivity != nil {
		m["dashboardFiltersInteractivity"] = jsonLightdashEmbedDashboardFiltersInteractivity(*x.DashboardFiltersInteractivity)
	}
	if x.ParameterInteractivity != nil {
		m["parameterInteractivity"] = jsonLightdashEmbedParameterInteractivity(*x.ParameterInteractivity)
	}
	if x.CanExportCsv != nil {
		m["canExportCsv"] = *x.CanExportCsv
	}
	if x.CanExportImages != nil {
		m["canExportImages"] = *x.CanExportImages
	}
	if x.CanExportPagePdf != nil {
		m["canExportPagePdf"] = *x.CanExportPagePdf
	}
	if x.CanDateZoom != nil {
		m["canDateZoom"] = *x.CanDateZoom
	}
	if x.CanExplore != nil {
		m["canExplore"] = *x.CanExplore
	}
	if x.CanViewUnderlyingData != nil {
		m["canViewUnderlyingData"] = *x.CanViewUnderlyingData
	}
	return m
}

func jsonLightdashEmbedUser(x lightdashembed.User) map[string]any {
	m := map[string]any{}
	for k, v := range x.Extra {
		m[k] = v
	}
	if x.ExternalID != nil {
		m["externalId"] = *x.ExternalID
	}
	if x.Email != nil {
		m["email"] = *x.Email
	}
	return m
}

func inputLookerSignedURL(m map[string]any) (lookersignedurl.Input, error) {
	c := &converter{}
	for name := range m {
		switch name {
		case "host", "embed_url", "nonce", "time", "session_length", "external_user_id", "permissions", "models", "group_ids", "external_group_id", "user_attributes", "access_filters", "first_name", "last_name", "user_timezone", "force_logout_login":
		default:
			c.fail(name + " is not an input")
		}
	}
	var out lookersignedurl.Input
	out.Host = c.str(c.member(m, "host", true, true))
	out.EmbedURL = c.str(c.member(m, "embed_url", true, true))
	if v, ok := c.member(m, "nonce", false, true); ok {
		value := c.str(v, ok)
		out.Nonce = &value
	}
	if v, ok := c.member(m, "time", false, true); ok {
		value := c.integer(v, ok)
		out.Time = &value
	}
	if v, ok := c.member(m, "session_length", false, true); ok {
		value := c.integer(v, ok)
		out.SessionLength = &value
	}
	out.ExternalUserID = c.str(c.member(m, "external_user_id", true, true))
	out.Permissions = c.strList(c.member(m, "permissions", true, true))
	out.Models = c.strList(c.member(m, "models", true, true))
	if v, ok := c.member(m, "group_ids", false, true); ok {
		out.GroupIDs = c.integerList(v, ok)
	}
	if v, ok := c.member(m, "external_group_id", false, true); ok {
		value := c.str(v, ok)
		out.ExternalGroupID = &value
	}
	if v, ok := c.member(m, "user_attributes", false, true); ok {
		out.UserAttributes = c.object(v, ok)
	}
	if v, ok := c.member(m, "access_filters", false, true); ok {
		out.AccessFilters = c.object(v, ok)
	}
	if v, ok := c.member(m, "first_name", false, true); ok {
		value := c.str(v, ok)
		out.FirstName = &value
	}
	if v, ok := c.member(m, "last_name", false, true); ok {
		value := c.str(v, ok)
		out.LastName = &value
	}
	if v, ok := c.member(m, "user_timezone", false, true); ok {
		value := c.str(v, ok)
		out.UserTimezone = &value
	}
	if v, ok := c.member(m, "force_logout_login", false, true); ok {
		value := c.boolean(v, ok)
		out.ForceLogoutLogin = &value
	}
	return out, c.err
}

func (c *converter) integerList(v any, present bool) []int64 {
	items, ok := v.([]any)
	if !ok {
		if present {
			c.fail("expected an array")
		}
		return nil
	}
	out := make([]int64, len(items))
	for i, item := range items {
		out[i] = c.integer(item, true)
	}
	return out
}

func claimsLookerSignedURL(claims lookersignedurl.Claims) map[string]any {
	m := map[string]any{}
	m["host"] = claims.Host
	m["embed_url"] = claims.EmbedURL
	m["nonce"] = claims.Nonce
	m["time"] = claims.Time
	m["session_length"] = claims.SessionLength
	m["external_user_id"] = claims.ExternalUserID
	m["permissions"] = claims.Permissions
	m["models"] = claims.Models
	if claims.GroupIDs != nil {
		m["group_ids"] = claims.GroupIDs
	}
	if claims.ExternalGroupID != nil {
		m["external_group_id"] = *claims.ExternalGroupID
	}
	if claims.UserAttributes != nil {
		m["user_attributes"] = claims.UserAttributes
	}
	m["access_filters"] = claims.AccessFilters
	if claims.FirstName != nil {
		m["first_name"] = *claims.FirstName
	}
	if claims.LastName != nil {
		m["last_name"] = *claims.LastName
	}
	if claims.UserTimezone != nil {
		m["user_timezone"] = *claims.UserTimezone
	}
	if claims.ForceLogoutLogin != nil {
		m["force_logout_login"] = *claims.ForceLogoutLogin
	}
	return m
}

func inputMetabaseEmbed(m map[string]any) (metabaseembed.Input, error) {
	c := &converter{}
	for name := range m {
		switch name {
		case "resource", "params", "exp", "site_url":
		default:
			c.fail(name + " is not an input")
		}
	}
	var out metabaseembed.Input
	out.Resource = c.metabaseembedResource(c.member(m, "resource", true, true))
	if v, ok := c.member(m, "params", false, true); ok {
		out.Params = c.object(v, ok)
	}
	if v, ok := c.member(m, "exp", false, true); ok {
		value := c.integer(v, ok)
		out.Exp = &value
	}
	out.SiteURL = c.str(c.member(m, "site_url", true, true))
	return out, c.err
}

func (c *converter) metabaseembedResource(v any, present bool) metabaseembed.Resource {
	var out metabaseembed.Resource
	m, ok := v.(map[string]any)
	if !ok {
		if present {
			c.fail("expected an object")
		}
		return out
	}
	for name := range m {
		switch name {
		case "dashboard", "question":
		default:
			c.fail(name + " is not a member")
		}
	}
	if v, ok := c.member(m, "dashboard", false, false); ok {
		value := c.integer(v, ok)
		out.Dashboard = &value
	}
	if v, ok := c.member(m, "question", false, false); ok {
		value := c.integer(v, ok)
		out.Question = &value
	}
	return out
}

func claimsMetabaseEmbed(claims metabaseembed.Claims) map[string]any {
	m := map[string]any{}
	for k, v := range claims.Extra {
		m[k] = v
	}
	m["resource"] = jsonMetabaseEmbedResource(claims.Resource)
	m["params"] = claims.Params
	if claims.Exp != nil {
		m["exp"] = *claims.Exp
	}
	return m
}

func jsonMetabaseEmbedResource(x metabaseembed.Resource) map[string]any {
	m := map[string]any{}
	for k, v := range x.Extra {
		m[k] = v
	}
	if x.Dashboard != nil {
		m["dashboard"] = *x.Dashboard
	}
	if x.Question != nil {
		m["question"] = *x.Question
	}
	return m
}

func inputPapermapIframe(m map[string]any) (papermapiframe.Input, error) {
	c := &converter{}
	for name := range m {
		switch name {
		case "api_key_id", "workspace_id", "tenant_id", "dashboard_id", "valid_until":
		default:
			c.fail(name + " is not an input")
		}
	}
	var out papermapiframe.Input
	out.APIKeyID = c.str(c.member(m, "api_key_id", true, true))
	out.WorkspaceID = c.str(c.member(m, "workspace_id", true, true))
	out.TenantID = c.str(c.member(m, "tenant_id", true, true))
	out.DashboardID = c.str(c.member(m, "dashboard_id", true, true))
	if v, ok := c.member(m, "valid_until", false, true); ok {
		value := c.integer(v, ok)
		out.ValidUntil = &value
	}
	return out, c.err
}

func claimsPapermapIframe(claims papermapiframe.Claims) map[string]any {
	m := map[string]any{}
	for k, v := range claims.Extra {
		m[k] = v
	}
	m["api_key_id"] = claims.APIKeyID
	m["workspace_id"] = claims.WorkspaceID
	m["tenant_id"] = claims.TenantID
	m["dashboard_id"] = claims.DashboardID
	m["valid_until"] = claims.ValidUntil
	return m
}

func inputSigmaJWT(m map[string]any) (sigmajwt.Input, error) {
	c := &converter{}
	for name := range m {
		switch name {
		case "kid", "sub", "iss", "jti", "iat", "exp", "account_type", "teams", "user_attributes", "first_name", "last_name", "eval_connection_id", "workbook_url", ":embed":
		default:
			c.fail(name + " is not an input")
		}
	}
	var out sigmajwt.Input
	out.Kid = c.str(c.member(m, "kid", true, true))
	out.Sub = c.str(c.member(m, "sub", true, true))
	if v, ok := c.member(m, "iss", false, true); ok {
		value := c.str(v, ok)
		out.Iss = &value
	}
	if v, ok := c.member(m, "jti", false, true); ok {
		value := c.str(v, ok)
		out.JTI = &value
	}
	if v, ok := c.member(m, "iat", false, true); ok {
		value := c.integer(v, ok)
		out.IAT = &value
	}
	if v, ok := c.member(m, "exp", false, true); ok {
		value := c.integer(v, ok)
		out.Exp = &value
	}
	if v, ok := c.member(m, "account_type", false, true); ok {
		value := c.str(v, ok)
		out.AccountType = &value
	}
	if v, ok := c.member(m, "teams", false, true); ok {
		out.Teams = c.strList(v, ok)
	}
	if v, ok := c.member(m, "user_attributes", false, true); ok {
		out.UserAttributes = c.object(v, ok)
	}
	if v, ok := c.member(m, "first_name", false, true); ok {
		value := c.str(v, ok)
		out.FirstName = &value
	}
	if v, ok := c.member(m, "last_name", false, true); ok {
		value := c.str(v, ok)
		out.LastName = &value
	}
	if v, ok := c.member(m, "eval_connection_id", false, true); ok {
		value := c.str(v, ok)
		out.EvalConnectionID = &value
	}
	out.WorkbookURL = c.str(c.member(m, "workbook_url", true, true))
	if v, ok := c.member(m, ":embed", false, true); ok {
		value := c.str(v, ok)
		out.Embed = &value
	}
	return out, c.err
}

func claimsSigmaJWT(claims sigmajwt.Claims) map[string]any {
	m := map[string]any{}
	for k, v := range claims.Extra {
		m[k] = v
	}
	m["kid"] = claims.Kid
	m["sub"] = claims.Sub
	if claims.Iss != nil {
		m["iss"] = *claims.Iss
	}
	m["jti"] = claims.JTI
	m["iat"] = claims.IAT
	m["exp"] = claims.Exp
	if claims.AccountType != nil {
		m["account_type"] = *claims.AccountType
	}
	if claims.Teams != nil {
		m["teams"] = claims.Teams
	}
	if claims.UserAttributes != nil {
		m["user_attributes"] = claims.UserAttributes
	}
	if claims.FirstName != nil {
		m["first_name"] = *claims.FirstName
	}
	if claims.LastName != nil {
		m["last_name"] = *claims.LastName
	}
	if claims.EvalConnectionID != nil {
		m["eval_connection_id"] = *claims.EvalConnectionID
	}
	return m
}

func inputSigmaSignedURL(m map[string]any) (sigmasignedurl.Input, error) {
	c := &converter{}
	for name := range m {
		switch name {
		case "embed_path", ":nonce", ":email", ":external_user_id", ":client_id", ":time", ":session_length", ":external_user_team", ":account_type", "user_attributes":
		default:
			c.fail(name + " is not an input")
		}
	}
	var out sigmasignedurl.Input
	out.EmbedPath = c.str(c.member(m, "embed_path", true, true))
	if v, ok := c.member(m, ":nonce", false, true); ok {
		value := c.str(v, ok)
		out.Nonce = &value
	}
	out.Email = c.str(c.member(m, ":email", true, true))
	out.ExternalUserID = c.str(c.member(m, ":external_user_id", true, true))
	out.ClientID = c.str(c.member(m, ":client_id", true, true))
	if v, ok := c.member(m, ":time", false, true); ok {
		value := c.integer(v, ok)
		out.Time = &value
	}
	if v, ok := c.member(m, ":session_length", false, true); ok {
		value := c.integer(v, ok)
		out.SessionLength = &value
	}
	out.ExternalUserTeam = c.str(c.member(m, ":external_user_team", true, true))
	if v, ok := c.member(m, ":account_type", false, true); ok {
		value := c.str(v, ok)
		out.AccountType = &value
	}
	if v, ok := c.member(m, "user_attributes", false, true); ok {
		out.UserAttributes = c.strMap(v, ok)
	}
	return out, c.err
}

func (c *converter) strMap(v any, present bool) map[string]string {
	m, ok := v.(map[string]any)
	if !ok {
		if present {
			c.fail("expected an object")
		}
		return nil
	}
	out := make(map[string]string, len(m))
	for k, item := range m {
		out[k] = c.str(item, true)
	}
	return out
}

func claimsSigmaSignedURL(claims sigmasignedurl.Claims) map[string]any {
	m := map[string]any{}
	m["embed_path"] = claims.EmbedPath
	m[":nonce"] = claims.Nonce
	m[":email"] = claims.Email
	m[":external_user_id"] = claims.ExternalUserID
	m[":client_id"] = claims.ClientID
	m[":time"] = claims.Time
	m[":session_length"] = claims.SessionLength
	m[":mode"] = claims.Mode
	m[":external_user_team"] = claims.ExternalUserTeam
	if claims.AccountType != nil {
		m[":account_type"] = *claims.AccountType
	}
	if claims.UserAttributes != nil {
		m["user_attributes"] = claims.UserAttributes
	}
	return m
}

func inputSisenseJWT(m map[string]any) (sisensejwt.Input, error) {
	c := &converter{}
	for name := range m {
		switch name {
		case "iat", "sub", "jti", "exp", "sisense_url", "return_to":
		default:
			c.fail(name + " is not an input")
		}
	}
	var out sisensejwt.Input
	if v, ok := c.member(m, "iat", false, true); ok {
		value := c.integer(v, ok)
		out.IAT = &value
	}
	out.Sub = c.str(c.member(m, "sub", true, true))
	if v, ok := c.member(m, "jti", false, true); ok {
		value := c.str(v, ok)
		out.JTI = &value
	}
	if v, ok := c.member(m, "exp", false, true); ok {
		value := c.integer(v, ok)
		out.Exp = &value
	}
	out.SisenseURL = c.str(c.member(m, "sisense_url", true, true))
	if v, ok := c.member(m, "return_to", false, true); ok {
		value := c.str(v, ok)
		out.ReturnTo = &value
	}
	return out, c.err
}

func claimsSisenseJWT(claims sisensejwt.Claims) map[string]any {
	m := map[string]any{}
	for k, v := range claims.Extra {
		m[k] = v
	}
	m["iat"] = claims.IAT
	m["sub"] = claims.Sub
	m["jti"] = claims.JTI
	if claims.Exp != nil {
		m["exp"] = *claims.Exp
	}
	return m
}

func inputTableauConnectedApp(m map[string]any) (tableauconnectedapp.Input, error) {
	c := &converter{}
	for name := range m {
		switch name {
		case "iss", "exp", "jti", "sub", "scp", "kid", "attributes":
		default:
			c.fail(name + " is not an input")
		}
	}
	var out tableauconnectedapp.Input
	out.Iss = c.str(c.member(m, "iss", true, true))
	if v, ok := c.member(m, "exp", false, true); ok {
		value := c.integer(v, ok)
		out.Exp = &value
	}
	if v, ok := c.member(m, "jti", false, true); ok {
		value := c.str(v, ok)
		out.JTI = &value
	}
	out.Sub = c.str(c.member(m, "sub", true, true))
	out.Scp = c.strList(c.member(m, "scp", true, true))
	out.Kid = c.str(c.member(m, "kid", true, true))
	if v, ok := c.member(m, "attributes", false, true); ok {
		out.Attributes = c.object(v, ok)
	}
	return out, c.err
}

func claimsTableauConnectedApp(claims tableauconnectedapp.Claims) map[string]any {
	m := map[string]any{}
	for k, v := range claims.Extra {
		m[k] = v
	}
	m["iss"] = claims.Iss
	m["exp"] = claims.Exp
	m["jti"] = claims.JTI
	m["aud"] = claims.Aud
	m["sub"] = claims.Sub
	m["scp"] = claims.Scp
	m["kid"] = claims.Kid
	return m
}

func inputTinybirdJWT(m map[string]any) (tinybirdjwt.Input, error) {
	c := &converter{}
	for name := range m {
		switch name {
		case "workspace_id", "name", "exp", "scopes", "limits", "chart_url":
		default:
			c.fail(name + " is not an input")
		}
	}
	var out tinybirdjwt.Input
	out.WorkspaceID = c.str(c.member(m, "workspace_id", true, true))
	out.Name = c.str(c.member(m, "name", true, true))
	if v, ok := c.member(m, "exp", false, true); ok {
		value := c.integer(v, ok)
		out.Exp = &value
	}
	out.Scopes = c.tinybirdjwtScopeList(c.member(m, "scopes", true, true))
	if v, ok := c.member(m, "limits", false, true); ok {
		value := c.tinybirdjwtLimits(v, ok)
		out.Limits = &value
	}
	out.ChartURL = c.str(c.member(m, "chart_url", true, true))
	return out, c.err
}

func (c *converter) tinybirdjwtScope(v any, present bool) tinybirdjwt.Scope {
	var out tinybirdjwt.Scope
	m, ok := v.(map[string]any)
	if !ok {
		if present {
			c.fail("expected an object")
		}
		return out
	}
	for name := range m {
		switch name {
		case "type", "resource", "fixed_params", "filter":
		default:
			c.fail(name + " is not a member")
		}
	}
	out.Type = c.str(c.member(m, "type", true, false))
	out.Resource = c.str(c.member(m, "resource", true, false))
	if v, ok := c.member(m, "fixed_params", false, false); ok {
		out.FixedParams = c.object(v, ok)
	}
	if v, ok := c.member(m, "filter", false, false); ok {
		value := c.str(v, ok)
		out.Filter = &value
	}
	return out
}

func (c *converter) tinybirdjwtLimits(v any, present bool) tinybirdjwt.Limits {
	var out tinybirdjwt.Limits
	m, ok := v.(map[string]any)
	if !ok {
		if present {
			c.fail("expected an object")
		}
		return out
	}
	for name := range m {
		switch name {
		case "rps":
		default:
			c.fail(name + " is not a member")
		}
	}
	out.RPS = c.integer(c.member(m, "rps", true, false))
	return out
}

func (c *converter) tinybirdjwtScopeList(v any, present bool) []tinybirdjwt.Scope {
	items, ok := v.([]any)
	if !ok {
		if present {
			c.fail("expected an array")
		}
		return nil
	}
	out := make([]tinybirdjwt.Scope, len(items))
	for i, item := range items {
		out[i] = c.tinybirdjwtScope(item, true)
	}
	return out
}

func claimsTinybirdJWT(claims tinybirdjwt.Claims) map[string]any {
	m := map[string]any{}
	for k, v := range claims.Extra {
		m[k] = v
	}
	m["workspace_id"] = claims.WorkspaceID
	m["name"] = claims.Name
	m["exp"] = claims.Exp
	m["scopes"] = each(len(claims.Scopes), func(i int) any { item := claims.Scopes[i]; return jsonTinybirdJWTScope(item) })
	if claims.Limits != nil {
		m["limits"] = jsonTinybirdJWTLimits(*claims.Limits)
	}
	return m
}

func jsonTinybirdJWTScope(x tinybirdjwt.Scope) map[string]any {
	m := map[string]any{}
	for k, v := range x.Extra {
		m[k] = v
	}
	m["type"] = x.Type
	m["resource"] = x.Resource
	if x.FixedParams != nil {
		m["fixed_params"] = x.FixedParams
	}
	if x.Filter != nil {
		m["filter"] = *x.Filter
	}
	return m
}

func jsonTinybirdJWTLimits(x tinybirdjwt.Limits) map[string]any {
	m := map[string]any{}
	for k, v := range x.Extra {
		m[k] = v
	}
	m["rps"] = x.RPS
	return m
}

func inputBoldbiEmbedAuthorize(m map[string]any) (boldbiembedauthorize.Input, error) {
	c := &converter{}
	for name := range m {
		switch name {
		case "serverurl", "siteidentifier", "email", "dashboard":
		default:
			c.fail(name + " is not an input")
		}
	}
	var out boldbiembedauthorize.Input
	out.Serverurl = c.str(c.member(m, "serverurl", true, true))
	out.Siteidentifier = c.str(c.member(m, "siteidentifier", true, true))
	out.Email = c.str(c.member(m, "email", true, true))
	if v, ok := c.member(m, "dashboard", false, true); ok {
		value := c.boldbiembedauthorizeDashboard(v, ok)
		out.Dashboard = &value
	}
	return out, c.err
}

func (c *converter) boldbiembedauthorizeDashboard(v any, present bool) boldbiembedauthorize.Dashboard {
	var out boldbiembedauthorize.Dashboard
	m, ok := v.(map[string]any)
	if !ok {
		if present {
			c.fail("expected an object")
		}
		return out
	}
	for name := range m {
		switch name {
		case "id":
		default:
			c.fail(name + " is not a member")
		}
	}
	out.ID = c.str(c.member(m, "id", true, false))
	return out
}

func inputSemaphorToken(m map[string]any) (semaphortoken.Input, error) {
	c := &converter{}
	for name := range m {
		switch name {
		case "server_url", "dashboardId", "tokenExpiry", "endUserId", "params":
		default:
			c.fail(name + " is not an input")
		}
	}
	var out semaphortoken.Input
	if v, ok := c.member(m, "server_url", false, true); ok {
		value := c.str(v, ok)
		out.ServerURL = &value
	}
	out.DashboardID = c.str(c.member(m, "dashboardId", true, true))
	if v, ok := c.member(m, "tokenExpiry", false, true); ok {
		value := c.integer(v, ok)
		out.TokenExpiry = &value
	}
	if v, ok := c.member(m, "endUserId", false, true); ok {
		value := c.str(v, ok)
		out.EndUserID = &value
	}
	if v, ok := c.member(m, "params", false, true); ok {
		value := c.semaphortokenParams(v, ok)
		out.Params = &value
	}
	return out, c.err
}

func revokeInputSemaphorToken(m map[string]any) (semaphortoken.RevokeInput, error) {
	c := &converter{}
	var out semaphortoken.RevokeInput
	if v, ok := c.member(m, "server_url", false, true); ok {
		value := c.str(v, ok)
		out.ServerURL = &value
	}
	return out, c.err
}

func (c *converter) semaphortokenCurrencyFormat(v any, present bool) semaphortoken.CurrencyFormat {
	var out semaphortoken.CurrencyFormat
	m, ok := v.(map[string]any)
	if !ok {
		if present {
			c.fail("expected an object")
		}
		return out
	}
	for name := range m {
		switch name {
		case "locale", "currency":
		default:
			c.fail(name + " is not a member")
		}
	}
	out.Locale = c.str(c.member(m, "locale", true, false))
	out.Currency = c.str(c.member(m, "currency", true, false))
	return out
}

func (c *converter) semaphortokenParams(v any, present bool) semaphortoken.Params {
	var out semaphortoken.Params
	m, ok := v.(map[string]any)
	if !ok {
		if present {
			c.fail("expected an object")
		}
		return out
	}
	for name := range m {
		switch name {
		case "currencyFormat":
		default:
			c.fail(name + " is not a member")
		}
	}
	if v, ok := c.member(m, "currencyFormat", false, false); ok {
		value := c.semaphortokenCurrencyFormat(v, ok)
		out.CurrencyFormat = &value
	}
	return out
}

func inputTooljetPat(m map[string]any) (tooljetpat.Input, error) {
	c := &converter{}
	for name := range m {
		switch name {
		case "server_url", "email", "appId", "sessionExpiry", "patExpiry":
		default:
			c.fail(name + " is not an input")
		}
	}
	var out tooljetpat.Input
	out.ServerURL = c.str(c.member(m, "server_url", true, true))
	out.Email = c.str(c.member(m, "email", true, true))
	out.AppID = c.str(c.member(m, "appId", true, true))
	if v, ok := c.member(m, "sessionExpiry", false, true); ok {
		value := c.integer(v, ok)
		out.SessionExpiry = &value
	}
	if v, ok := c.member(m, "patExpiry", false, true); ok {
		value := c.integer(v, ok)
		out.PatExpiry = &value
	}
	return out, c.err
}

// readJSON reads data, valid JSON, as the requests' values: objects as map[string]any, arrays
// as []any, numbers as json.Number, strings as WTF-8. encoding/json would turn a lone surrogate
// escape into U+FFFD, a valid character; kept as its three bytes, which are not UTF-8, it
// reaches the format packages as text they refuse, as the reference refuses it.
func readJSON(data []byte) any {
	r := jsonReader{data: data}
	return r.value()
}

type jsonReader struct {
	data []byte
	i    int
}

// peek skips white space and returns the byte after it.
func (r *jsonReader) peek() byte {
	for strings.IndexByte(" \t\r\n", r.data[r.i]) >= 0 {
		r.i++
	}
	return r.data[r.i]
}

// skip consumes a comma after a member or an item (the JSON is valid: the container goes on).
func (r *jsonReader) skip(comma byte) {
	if r.peek() == comma {
		r.i++
	}
}

func (r *jsonReader) value() any {
	c := r.peek()
	r.i++
	switch c {
	case '{':
		m := map[string]any{}
		for r.peek() != '}' {
			r.i++ // the key's opening quote
			key := r.text()
			r.peek()
			r.i++ // the colon
			m[key] = r.value()
			r.skip(',')
		}
		r.i++
		return m
	case '[':
		items := []any{}
		for r.peek() != ']' {
			items = append(items, r.value())
			r.skip(',')
		}
		r.i++
		return items
	case '"':
		return r.text()
	case 't':
		r.i += 3
		return true
	case 'f':
		r.i += 4
		return false
	case 'n':
		r.i += 3
		return nil
	}
	start := r.i - 1
	for r.i < len(r.data) && strings.IndexByte("+-.0123456789Ee", r.data[r.i]) >= 0 {
		r.i++
	}
	return json.Number(r.data[start:r.i])
}

// text reads a string's rest, after its opening quote.
func (r *jsonReader) text() string {
	var b []byte
	for {
		c := r.data[r.i]
		r.i++
		switch {
		case c == '"':
			return string(b)
		case c != '\\':
			b = append(b, c)
		case r.data[r.i] != 'u':
			b = append(b, "\"\\/\b\f\n\r\t"[strings.IndexByte(`"\/bfnrt`, r.data[r.i])])
			r.i++
		default:
			u := r.hex4()
			if 0xd800 <= u && u < 0xdc00 && bytes.HasPrefix(r.data[r.i:], []byte(`\u`)) {
				r.i++
				if low := r.hex4(); 0xdc00 <= low && low < 0xe000 {
					b = utf8.AppendRune(b, utf16.DecodeRune(u, low))
					continue
				}
				r.i -= 6 // not a low half: the high one is lone, and that escape is read next
			}
			if utf16.IsSurrogate(u) {
				b = append(b, 0xe0|byte(u>>12), 0x80|byte(u>>6)&0x3f, 0x80|byte(u)&0x3f)
			} else {
				b = utf8.AppendRune(b, u)
			}
		}
	}
}

// hex4 reads the u and the four hex digits of a \u escape.
func (r *jsonReader) hex4() rune {
	n, _ := strconv.ParseUint(string(r.data[r.i+1:r.i+5]), 16, 16)
	r.i += 5
	return rune(n)
}

// converter keeps the first request value a format's types cannot hold.
type converter struct{ err error }

func (c *converter) fail(detail string) {
	if c.err == nil {
		c.err = invalid(detail)
	}
}

// member is m[name]; at the top level a null is an absent input (the reference's rule).
func (c *converter) member(m map[string]any, name string, required, nullIsAbsent bool) (any, bool) {
	v, ok := m[name]
	if ok && v == nil && nullIsAbsent {
		ok = false
	}
	if !ok && required {
		c.fail(name + " is required")
	}
	return v, ok
}

func (c *converter) str(v any, present bool) string {
	s, ok := v.(string)
	if !ok && present {
		c.fail("expected a string")
	}
	return s
}

// integer takes JSON integers only: 1.5, 2.0 and 1e3 are floats, refused.
func (c *converter) integer(v any, present bool) int64 {
	n, ok := v.(json.Number)
	i, err := n.Int64()
	if (!ok || err != nil) && present {
		c.fail("expected an integer")
	}
	return i
}

func (c *converter) boolean(v any, present bool) bool {
	b, ok := v.(bool)
	if !ok && present {
		c.fail("expected a boolean")
	}
	return b
}

// object passes a free JSON object on as decoded (numbers as json.Number, for the format's own
// checks to refuse floats).
func (c *converter) object(v any, present bool) map[string]any {
	m, ok := v.(map[string]any)
	if !ok && present {
		c.fail("expected an object")
	}
	return m
}

// union passes a union's value on for the format's own checks (a JSON integer as an int64, any
// other value as decoded); a null is refused, as a nil any is no value at all.
func (c *converter) union(v any, present bool) any {
	if n, isNumber := v.(json.Number); isNumber {
		if i, err := n.Int64(); err == nil {
			return i
		}
	}
	if v == nil && present {
		c.fail("expected a value, not null")
	}
	return v
}

func each(n int, item func(int) any) []any {
	out := make([]any, n)
	for i := range out {
		out[i] = item(i)
	}
	return out
}

// encodeAnswer writes an answer as compact ASCII-only JSON (readers that split lines on U+2028
// stay in step), a string's WTF-8 surrogates as their escapes. Values nested any depth are
// written: verified claims may be 64 deep.
func encodeAnswer(answer map[string]any) []byte {
	return appendAnswer(make([]byte, 0, 256), answer)
}

func appendAnswer(b []byte, v any) []byte {
	switch v := v.(type) {
	case nil:
		return append(b, "null"...)
	case bool:
		return strconv.AppendBool(b, v)
	case int:
		return strconv.AppendInt(b, int64(v), 10)
	case int64:
		return strconv.AppendInt(b, v, 10)
	case json.Number:
		return append(b, v...)
	case string:
		b = append(b, '"')
		for i := 0; i < len(v); {
			r, size := utf8.DecodeRuneInString(v[i:])
			if size == 1 && v[i] == 0xed && i+2 < len(v) && v[i+1]&0xe0 == 0xa0 { // a surrogate, as readJSON keeps it
				r, size = 0xd000|rune(v[i+1]&0x3f)<<6|rune(v[i+2]&0x3f), 3
			}
			i += size
			switch {
			case r == '"' || r == '\\':
				b = append(b, '\\', byte(r))
			case r >= ' ' && r < 0x7f:
				b = append(b, byte(r))
			case r > 0xffff:
				hi, lo := utf16.EncodeRune(r)
				b = append(b, fmt.Sprintf(`\u%04x\u%04x`, hi, lo)...)
			default:
				b = append(b, fmt.Sprintf(`\u%04x`, r)...)
			}
		}
		return append(b, '"')
	case []string:
		return appendAnswer(b, each(len(v), func(i int) any { return v[i] }))
	case []int64:
		return appendAnswer(b, each(len(v), func(i int) any { return v[i] }))
	case []bool:
		return appendAnswer(b, each(len(v), func(i int) any { return v[i] }))
	case map[string]string:
		m := make(map[string]any, len(v))
		for k, s := range v {
			m[k] = s
		}
		return appendAnswer(b, m)
	case []any:
		b = append(b, '[')
		for i, item := range v {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendAnswer(b, item)
		}
		return append(b, ']')
	case map[string]any:
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		b = append(b, '{')
		for i, k := range keys {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(appendAnswer(b, k), ':')
			b = appendAnswer(b, v[k])
		}
		return append(b, '}')
	}
	return appendAnswer(b, fmt.Sprintf("unwritable %T", v))
}
