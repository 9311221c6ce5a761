// Code generated from spec/formats/; DO NOT EDIT.

// Command adapter is the embedseal conformance adapter for the Go SDK. It
// reads one JSON request per line on stdin and writes one JSON answer per
// line on stdout; see docs/design/generated-code.md.
package main

import (
	"bufio"
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/embedseal/embedseal-go/boldbiembedauthorize"
	"github.com/embedseal/embedseal-go/boldbiembedurl"
	"github.com/embedseal/embedseal-go/core"
	"github.com/embedseal/embedseal-go/embedsealv1"
	"github.com/embedseal/embedseal-go/lookersignedurl"
	"github.com/embedseal/embedseal-go/metabaseembed"
	"github.com/embedseal/embedseal-go/papermapiframe"
	"github.com/embedseal/embedseal-go/semaphortoken"
	"github.com/embedseal/embedseal-go/tinybirdjwt"
	"github.com/embedseal/embedseal-go/tooljetpat"
)

var asciiProfile = core.Profile{ItemSeparator: ",", KeySeparator: ":", ASCIIOnly: true}

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
			// ASCII only: readers that split lines on U+2028 and friends stay in step.
			text, encodeErr := encodeAnswer(answer)
			if encodeErr != nil {
				failed := core.NewObject()
				id, _ := answer.Get("id")
				failed.Set("id", id)
				failed.Set("ok", false)
				failed.Set("error", "adapter_error")
				failed.Set("detail", "unencodable answer: "+encodeErr.Error())
				text, _ = core.Encode(failed, asciiProfile)
			}
			out.WriteString(text + "\n")
			out.Flush()
		}
		if err != nil {
			return
		}
	}
}

// encodeAnswer writes the answer member by member, so the answer's own
// nesting does not count against the depth limit of the claims it carries.
func encodeAnswer(answer *core.Object) (string, error) {
	var text strings.Builder
	text.WriteString("{")
	for i, member := range answer.Members() {
		key, err := core.Encode(member.Key, asciiProfile)
		if err != nil {
			return "", err
		}
		value, err := core.Encode(member.Value, asciiProfile)
		if err != nil {
			return "", err
		}
		if i > 0 {
			text.WriteString(",")
		}
		text.WriteString(key + ":" + value)
	}
	text.WriteString("}")
	return text.String(), nil
}

// handle answers one request; stop is true for {"op": "stop"}.
func handle(line []byte) (answer *core.Object, stop bool) {
	answer = core.NewObject()
	defer func() {
		if r := recover(); r != nil {
			answer.Set("ok", false)
			answer.Set("error", "adapter_error")
			answer.Set("detail", fmt.Sprint(r))
		}
	}()
	v, err := parseJSON(line)
	request, ok := v.(*core.Object)
	if err != nil || !ok {
		answer.Set("ok", false)
		answer.Set("error", "adapter_error")
		answer.Set("detail", "the request is not a JSON object")
		return answer, false
	}
	id, _ := request.Get("id")
	answer.Set("id", id)
	op, _ := request.Get("op")
	if op == "stop" {
		return answer, true
	}
	if op == "start" {
		return hello(request, answer), false
	}
	format, _ := request.Get("format")
	secret, _ := request.Get("secret")
	now, _ := request.Get("now")
	secretText, _ := secret.(string)
	nowValue, _ := now.(int64)
	var result *core.Object
	switch op {
	case "sign":
		fields, _ := request.Get("fields")
		randomText, _ := request.Get("random")
		randomHex, _ := randomText.(string)
		random, hexErr := hex.DecodeString(randomHex)
		fieldObject, isObject := fields.(*core.Object)
		if hexErr != nil || !isObject {
			err = errors.New("bad request: fields or random")
			break
		}
		result, err = sign(fmt.Sprint(format), fieldObject, secretText, nowValue, random)
	case "verify":
		token, _ := request.Get("token")
		tokenText, _ := token.(string)
		result, err = verify(fmt.Sprint(format), tokenText, secretText, nowValue)
	case "exchange", "revoke":
		fields, _ := request.Get("fields")
		fieldObject, isObject := fields.(*core.Object)
		if fields == nil {
			fieldObject, isObject = core.NewObject(), true
		}
		if !isObject {
			err = errors.New("bad request: fields")
			break
		}
		opts := []core.CallOption{core.AtTime(time.Unix(nowValue, 0))}
		if base, _ := request.Get("base_url"); base != nil {
			opts = append(opts, core.WithBaseURL(fmt.Sprint(base)))
		}
		if timeout, ok := request.Get("timeout_ms"); ok {
			if ms, isInt := timeout.(int64); isInt {
				opts = append(opts, core.WithTimeout(time.Duration(ms)*time.Millisecond))
			}
		}
		if op == "exchange" {
			result, err = exchange(fmt.Sprint(format), fieldObject, secretText, opts)
		} else {
			token, _ := request.Get("token")
			tokenText, _ := token.(string)
			result, err = revoke(fmt.Sprint(format), fieldObject, tokenText, secretText, opts)
		}
	default:
		err = fmt.Errorf("unknown op %v", op)
	}
	var embedsealError *core.Error
	switch {
	case errors.As(err, &embedsealError):
		answer.Set("ok", false)
		answer.Set("error", string(embedsealError.Code))
		if embedsealError.RetryAfter != nil {
			answer.Set("retry_after", *embedsealError.RetryAfter)
		}
	case err != nil:
		answer.Set("ok", false)
		answer.Set("error", "adapter_error")
		answer.Set("detail", err.Error())
	default:
		for _, m := range result.Members() {
			answer.Set(m.Key, m.Value)
		}
	}
	return answer, false
}

// hello answers the protocol handshake {"op": "start", "protocol": 1}.
func hello(request, answer *core.Object) *core.Object {
	if protocol, _ := request.Get("protocol"); protocol != int64(1) {
		answer.Set("ok", false)
		answer.Set("error", "unsupported_protocol")
		answer.Set("detail", "speaks 1")
		return answer
	}
	answer.Set("ok", true)
	answer.Set("protocol", int64(1))
	answer.Set("language", "go")
	answer.Set("runtime", runtime.Version())
	answer.Set("formats", []any{
		"boldbi-embed-url",
		"embedseal-v1",
		"looker-signed-url",
		"metabase-embed",
		"papermap-iframe",
		"tinybird-jwt",
		"boldbi-embed-authorize",
		"semaphor-token",
		"tooljet-pat",
	})
	answer.Set("operations", []any{"sign", "verify", "exchange", "revoke"})
	return answer
}

func sign(format string, fields *core.Object, secret string, now int64, random []byte) (*core.Object, error) {
	opts := []core.Option{core.WithNow(time.Unix(now, 0)), core.WithRandom(bytes.NewReader(random))}
	answer := core.NewObject()
	answer.Set("ok", true)
	switch format {
	case "boldbi-embed-url":
		in, err := inputBoldbiEmbedURL(fields)
		if err != nil {
			// The key is checked before the input, as Sign does.
			if _, keyErr := boldbiembedurl.Sign(boldbiembedurl.Input{}, secret, opts...); isKeyError(keyErr) {
				return nil, keyErr
			}
			return nil, err
		}
		signed, err := boldbiembedurl.Sign(in, secret, opts...)
		if err != nil {
			return nil, err
		}
		answer.Set("url", signed.URL)
		answer.Set("signature", signed.Signature)
		answer.Set("response", signed.Response)
	case "embedseal-v1":
		in, err := inputEmbedsealV1(fields)
		if err != nil {
			// The key is checked before the input, as Sign does.
			if _, keyErr := embedsealv1.Sign(embedsealv1.Input{}, secret, opts...); isKeyError(keyErr) {
				return nil, keyErr
			}
			return nil, err
		}
		signed, err := embedsealv1.Sign(in, secret, opts...)
		if err != nil {
			return nil, err
		}
		answer.Set("token", signed.Token)
		answer.Set("url", signed.URL)
		answer.Set("signature", signed.Signature)
		answer.Set("response", signed.Response)
	case "looker-signed-url":
		in, err := inputLookerSignedURL(fields)
		if err != nil {
			// The key is checked before the input, as Sign does.
			if _, keyErr := lookersignedurl.Sign(lookersignedurl.Input{}, secret, opts...); isKeyError(keyErr) {
				return nil, keyErr
			}
			return nil, err
		}
		signed, err := lookersignedurl.Sign(in, secret, opts...)
		if err != nil {
			return nil, err
		}
		answer.Set("url", signed.URL)
		answer.Set("signature", signed.Signature)
		answer.Set("response", signed.Response)
	case "metabase-embed":
		in, err := inputMetabaseEmbed(fields)
		if err != nil {
			// The key is checked before the input, as Sign does.
			if _, keyErr := metabaseembed.Sign(metabaseembed.Input{}, secret, opts...); isKeyError(keyErr) {
				return nil, keyErr
			}
			return nil, err
		}
		signed, err := metabaseembed.Sign(in, secret, opts...)
		if err != nil {
			return nil, err
		}
		answer.Set("token", signed.Token)
		answer.Set("url", signed.URL)
		answer.Set("signature", signed.Signature)
		answer.Set("response", signed.Response)
	case "papermap-iframe":
		in, err := inputPapermapIframe(fields)
		if err != nil {
			// The key is checked before the input, as Sign does.
			if _, keyErr := papermapiframe.Sign(papermapiframe.Input{}, secret, opts...); isKeyError(keyErr) {
				return nil, keyErr
			}
			return nil, err
		}
		signed, err := papermapiframe.Sign(in, secret, opts...)
		if err != nil {
			return nil, err
		}
		answer.Set("token", signed.Token)
		answer.Set("url", signed.URL)
		answer.Set("signature", signed.Signature)
		answer.Set("response", signed.Response)
	case "tinybird-jwt":
		in, err := inputTinybirdJWT(fields)
		if err != nil {
			// The key is checked before the input, as Sign does.
			if _, keyErr := tinybirdjwt.Sign(tinybirdjwt.Input{}, secret, opts...); isKeyError(keyErr) {
				return nil, keyErr
			}
			return nil, err
		}
		signed, err := tinybirdjwt.Sign(in, secret, opts...)
		if err != nil {
			return nil, err
		}
		answer.Set("token", signed.Token)
		answer.Set("url", signed.URL)
		answer.Set("signature", signed.Signature)
		answer.Set("response", signed.Response)
	default:
		return nil, fmt.Errorf("unknown format %q", format)
	}
	return answer, nil
}

func verify(format, token, secret string, now int64) (*core.Object, error) {
	opts := []core.Option{core.WithNow(time.Unix(now, 0))}
	var raw *core.Object
	switch format {
	case "boldbi-embed-url":
		claims, err := boldbiembedurl.Verify(token, secret, opts...)
		if err != nil {
			return nil, err
		}
		raw = claims.Raw
	case "embedseal-v1":
		claims, err := embedsealv1.Verify(token, secret, opts...)
		if err != nil {
			return nil, err
		}
		raw = claims.Raw
	case "looker-signed-url":
		claims, err := lookersignedurl.Verify(token, secret, opts...)
		if err != nil {
			return nil, err
		}
		raw = claims.Raw
	case "metabase-embed":
		claims, err := metabaseembed.Verify(token, secret, opts...)
		if err != nil {
			return nil, err
		}
		raw = claims.Raw
	case "papermap-iframe":
		claims, err := papermapiframe.Verify(token, secret, opts...)
		if err != nil {
			return nil, err
		}
		raw = claims.Raw
	case "tinybird-jwt":
		claims, err := tinybirdjwt.Verify(token, secret, opts...)
		if err != nil {
			return nil, err
		}
		raw = claims.Raw
	default:
		return nil, fmt.Errorf("unknown format %q", format)
	}
	return core.NewObject(core.Member{Key: "ok", Value: true}, core.Member{Key: "claims", Value: raw}), nil
}

func exchange(format string, fields *core.Object, secret string, opts []core.CallOption) (*core.Object, error) {
	var r *core.Exchanged
	switch format {
	case "boldbi-embed-authorize":
		in, err := inputBoldbiEmbedAuthorize(fields)
		if err != nil {
			// The secret is checked before the input, as Exchange does.
			if keyErr := core.CheckCredential(secret, "secret"); keyErr != nil {
				return nil, keyErr
			}
			return nil, err
		}
		got, err := boldbiembedauthorize.Exchange(in, secret, opts...)
		if err != nil {
			return nil, err
		}
		r = &core.Exchanged{Token: got.Token, ExpiresAt: got.ExpiresAt, URL: got.URL, Response: got.Response}
	case "semaphor-token":
		in, err := inputSemaphorToken(fields)
		if err != nil {
			// The secret is checked before the input, as Exchange does.
			if keyErr := core.CheckCredential(secret, "secret"); keyErr != nil {
				return nil, keyErr
			}
			return nil, err
		}
		got, err := semaphortoken.Exchange(in, secret, opts...)
		if err != nil {
			return nil, err
		}
		r = &core.Exchanged{Token: got.Token, ExpiresAt: got.ExpiresAt, URL: got.URL, Response: got.Response}
	case "tooljet-pat":
		in, err := inputTooljetPat(fields)
		if err != nil {
			// The secret is checked before the input, as Exchange does.
			if keyErr := core.CheckCredential(secret, "secret"); keyErr != nil {
				return nil, keyErr
			}
			return nil, err
		}
		got, err := tooljetpat.Exchange(in, secret, opts...)
		if err != nil {
			return nil, err
		}
		r = &core.Exchanged{Token: got.Token, ExpiresAt: got.ExpiresAt, URL: got.URL, Response: got.Response}
	default:
		return nil, fmt.Errorf("unknown format %q", format)
	}
	result := core.NewObject()
	result.Set("token", r.Token)
	if r.ExpiresAt != nil {
		result.Set("expires_at", *r.ExpiresAt)
	} else {
		result.Set("expires_at", nil)
	}
	if r.URL != nil {
		result.Set("url", *r.URL)
	} else {
		result.Set("url", nil)
	}
	result.Set("response", r.Response)
	return core.NewObject(core.Member{Key: "ok", Value: true}, core.Member{Key: "result", Value: result}), nil
}

func revoke(format string, fields *core.Object, token, secret string, opts []core.CallOption) (*core.Object, error) {
	switch format {
	case "boldbi-embed-authorize":
		return nil, core.Errorf(core.CodeInvalidInput, "%s has no revocation call", format)
	case "semaphor-token":
		in, err := revokeInputSemaphorToken(fields)
		if err != nil {
			return nil, err
		}
		if err := semaphortoken.Revoke(in, token, opts...); err != nil {
			return nil, err
		}
	case "tooljet-pat":
		return nil, core.Errorf(core.CodeInvalidInput, "%s has no revocation call", format)
	default:
		return nil, fmt.Errorf("unknown format %q", format)
	}
	return core.NewObject(core.Member{Key: "ok", Value: true}), nil
}

func isKeyError(err error) bool {
	return errors.Is(err, core.ErrInvalidKey) || errors.Is(err, core.ErrWeakKey)
}

// inputBoldbiEmbedURL converts request fields to boldbiembedurl.Input, refusing unknown
// members and values of the wrong type with invalid_input.
func inputBoldbiEmbedURL(o *core.Object) (boldbiembedurl.Input, error) {
	var out boldbiembedurl.Input
	for _, member := range o.Members() {
		switch member.Key {
		case "dashboard_url", "embed_dashboard_id", "embed_user_email", "embed_timestamp", "embed_expirationtime":
		default:
			return out, core.Errorf(core.CodeInvalidInput, "%q is not a member", member.Key)
		}
	}
	if v, ok := o.Get("dashboard_url"); ok && v != nil {
		value, err := asString(v)
		if err != nil {
			return out, err
		}
		out.DashboardURL = value
	} else {
		return out, core.Errorf(core.CodeInvalidInput, "%s is required", "dashboard_url")
	}
	if v, ok := o.Get("embed_dashboard_id"); ok && v != nil {
		value, err := asString(v)
		if err != nil {
			return out, err
		}
		out.EmbedDashboardID = value
	} else {
		return out, core.Errorf(core.CodeInvalidInput, "%s is required", "embed_dashboard_id")
	}
	if v, ok := o.Get("embed_user_email"); ok && v != nil {
		value, err := asString(v)
		if err != nil {
			return out, err
		}
		out.EmbedUserEmail = value
	} else {
		return out, core.Errorf(core.CodeInvalidInput, "%s is required", "embed_user_email")
	}
	if v, ok := o.Get("embed_timestamp"); ok && v != nil {
		value, err := asInteger(v)
		if err != nil {
			return out, err
		}
		out.EmbedTimestamp = &value
	}
	if v, ok := o.Get("embed_expirationtime"); ok && v != nil {
		value, err := asInteger(v)
		if err != nil {
			return out, err
		}
		out.EmbedExpirationtime = &value
	}
	return out, nil
}

// inputEmbedsealV1 converts request fields to embedsealv1.Input, refusing unknown
// members and values of the wrong type with invalid_input.
func inputEmbedsealV1(o *core.Object) (embedsealv1.Input, error) {
	var out embedsealv1.Input
	for _, member := range o.Members() {
		switch member.Key {
		case "tenant", "dashboard", "exp", "params", "app_url":
		default:
			return out, core.Errorf(core.CodeInvalidInput, "%q is not a member", member.Key)
		}
	}
	if v, ok := o.Get("tenant"); ok && v != nil {
		value, err := asString(v)
		if err != nil {
			return out, err
		}
		out.Tenant = value
	} else {
		return out, core.Errorf(core.CodeInvalidInput, "%s is required", "tenant")
	}
	if v, ok := o.Get("dashboard"); ok && v != nil {
		value, err := asString(v)
		if err != nil {
			return out, err
		}
		out.Dashboard = value
	} else {
		return out, core.Errorf(core.CodeInvalidInput, "%s is required", "dashboard")
	}
	if v, ok := o.Get("exp"); ok && v != nil {
		value, err := asInteger(v)
		if err != nil {
			return out, err
		}
		out.Exp = &value
	}
	if v, ok := o.Get("params"); ok && v != nil {
		value, err := asObject(v)
		if err != nil {
			return out, err
		}
		out.Params = value
	}
	if v, ok := o.Get("app_url"); ok && v != nil {
		value, err := asString(v)
		if err != nil {
			return out, err
		}
		out.AppURL = value
	} else {
		return out, core.Errorf(core.CodeInvalidInput, "%s is required", "app_url")
	}
	return out, nil
}

// inputLookerSignedURL converts request fields to lookersignedurl.Input, refusing unknown
// members and values of the wrong type with invalid_input.
func inputLookerSignedURL(o *core.Object) (lookersignedurl.Input, error) {
	var out lookersignedurl.Input
	for _, member := range o.Members() {
		switch member.Key {
		case "host", "embed_url", "session_length", "external_user_id", "permissions", "models", "group_ids", "external_group_id", "user_attributes", "access_filters", "first_name", "last_name", "user_timezone", "force_logout_login":
		default:
			return out, core.Errorf(core.CodeInvalidInput, "%q is not a member", member.Key)
		}
	}
	if v, ok := o.Get("host"); ok && v != nil {
		value, err := asString(v)
		if err != nil {
			return out, err
		}
		out.Host = value
	} else {
		return out, core.Errorf(core.CodeInvalidInput, "%s is required", "host")
	}
	if v, ok := o.Get("embed_url"); ok && v != nil {
		value, err := asString(v)
		if err != nil {
			return out, err
		}
		out.EmbedURL = value
	} else {
		return out, core.Errorf(core.CodeInvalidInput, "%s is required", "embed_url")
	}
	if v, ok := o.Get("session_length"); ok && v != nil {
		value, err := asInteger(v)
		if err != nil {
			return out, err
		}
		out.SessionLength = &value
	}
	if v, ok := o.Get("external_user_id"); ok && v != nil {
		value, err := asString(v)
		if err != nil {
			return out, err
		}
		out.ExternalUserID = value
	} else {
		return out, core.Errorf(core.CodeInvalidInput, "%s is required", "external_user_id")
	}
	if v, ok := o.Get("permissions"); ok && v != nil {
		value, err := asList(v, asString)
		if err != nil {
			return out, err
		}
		out.Permissions = value
	} else {
		return out, core.Errorf(core.CodeInvalidInput, "%s is required", "permissions")
	}
	if v, ok := o.Get("models"); ok && v != nil {
		value, err := asList(v, asString)
		if err != nil {
			return out, err
		}
		out.Models = value
	} else {
		return out, core.Errorf(core.CodeInvalidInput, "%s is required", "models")
	}
	if v, ok := o.Get("group_ids"); ok && v != nil {
		value, err := asList(v, asInteger)
		if err != nil {
			return out, err
		}
		out.GroupIds = value
	}
	if v, ok := o.Get("external_group_id"); ok && v != nil {
		value, err := asString(v)
		if err != nil {
			return out, err
		}
		out.ExternalGroupID = &value
	}
	if v, ok := o.Get("user_attributes"); ok && v != nil {
		value, err := asObject(v)
		if err != nil {
			return out, err
		}
		out.UserAttributes = value
	}
	if v, ok := o.Get("access_filters"); ok && v != nil {
		value, err := asObject(v)
		if err != nil {
			return out, err
		}
		out.AccessFilters = value
	}
	if v, ok := o.Get("first_name"); ok && v != nil {
		value, err := asString(v)
		if err != nil {
			return out, err
		}
		out.FirstName = &value
	}
	if v, ok := o.Get("last_name"); ok && v != nil {
		value, err := asString(v)
		if err != nil {
			return out, err
		}
		out.LastName = &value
	}
	if v, ok := o.Get("user_timezone"); ok && v != nil {
		value, err := asString(v)
		if err != nil {
			return out, err
		}
		out.UserTimezone = &value
	}
	if v, ok := o.Get("force_logout_login"); ok && v != nil {
		value, err := asBoolean(v)
		if err != nil {
			return out, err
		}
		out.ForceLogoutLogin = &value
	}
	return out, nil
}

// inputMetabaseEmbed converts request fields to metabaseembed.Input, refusing unknown
// members and values of the wrong type with invalid_input.
func inputMetabaseEmbed(o *core.Object) (metabaseembed.Input, error) {
	var out metabaseembed.Input
	for _, member := range o.Members() {
		switch member.Key {
		case "resource", "params", "exp", "site_url":
		default:
			return out, core.Errorf(core.CodeInvalidInput, "%q is not a member", member.Key)
		}
	}
	if v, ok := o.Get("resource"); ok && v != nil {
		value, err := metabaseembedResource(v)
		if err != nil {
			return out, err
		}
		out.Resource = value
	} else {
		return out, core.Errorf(core.CodeInvalidInput, "%s is required", "resource")
	}
	if v, ok := o.Get("params"); ok && v != nil {
		value, err := asObject(v)
		if err != nil {
			return out, err
		}
		out.Params = value
	}
	if v, ok := o.Get("exp"); ok && v != nil {
		value, err := asInteger(v)
		if err != nil {
			return out, err
		}
		out.Exp = &value
	}
	if v, ok := o.Get("site_url"); ok && v != nil {
		value, err := asString(v)
		if err != nil {
			return out, err
		}
		out.SiteURL = value
	} else {
		return out, core.Errorf(core.CodeInvalidInput, "%s is required", "site_url")
	}
	return out, nil
}

func metabaseembedResource(v any) (metabaseembed.Resource, error) {
	var out metabaseembed.Resource
	o, ok := v.(*core.Object)
	if !ok {
		return out, core.Errorf(core.CodeInvalidInput, "expected an object")
	}
	for _, member := range o.Members() {
		switch member.Key {
		case "dashboard", "question":
		default:
			return out, core.Errorf(core.CodeInvalidInput, "%q is not a member", member.Key)
		}
	}
	if v, ok := o.Get("dashboard"); ok {
		value, err := asInteger(v)
		if err != nil {
			return out, err
		}
		out.Dashboard = &value
	}
	if v, ok := o.Get("question"); ok {
		value, err := asInteger(v)
		if err != nil {
			return out, err
		}
		out.Question = &value
	}
	return out, nil
}

// inputPapermapIframe converts request fields to papermapiframe.Input, refusing unknown
// members and values of the wrong type with invalid_input.
func inputPapermapIframe(o *core.Object) (papermapiframe.Input, error) {
	var out papermapiframe.Input
	for _, member := range o.Members() {
		switch member.Key {
		case "api_key_id", "workspace_id", "tenant_id", "dashboard_id", "valid_until":
		default:
			return out, core.Errorf(core.CodeInvalidInput, "%q is not a member", member.Key)
		}
	}
	if v, ok := o.Get("api_key_id"); ok && v != nil {
		value, err := asString(v)
		if err != nil {
			return out, err
		}
		out.APIKeyID = value
	} else {
		return out, core.Errorf(core.CodeInvalidInput, "%s is required", "api_key_id")
	}
	if v, ok := o.Get("workspace_id"); ok && v != nil {
		value, err := asString(v)
		if err != nil {
			return out, err
		}
		out.WorkspaceID = value
	} else {
		return out, core.Errorf(core.CodeInvalidInput, "%s is required", "workspace_id")
	}
	if v, ok := o.Get("tenant_id"); ok && v != nil {
		value, err := asString(v)
		if err != nil {
			return out, err
		}
		out.TenantID = value
	} else {
		return out, core.Errorf(core.CodeInvalidInput, "%s is required", "tenant_id")
	}
	if v, ok := o.Get("dashboard_id"); ok && v != nil {
		value, err := asString(v)
		if err != nil {
			return out, err
		}
		out.DashboardID = value
	} else {
		return out, core.Errorf(core.CodeInvalidInput, "%s is required", "dashboard_id")
	}
	if v, ok := o.Get("valid_until"); ok && v != nil {
		value, err := asInteger(v)
		if err != nil {
			return out, err
		}
		out.ValidUntil = &value
	}
	return out, nil
}

// inputTinybirdJWT converts request fields to tinybirdjwt.Input, refusing unknown
// members and values of the wrong type with invalid_input.
func inputTinybirdJWT(o *core.Object) (tinybirdjwt.Input, error) {
	var out tinybirdjwt.Input
	for _, member := range o.Members() {
		switch member.Key {
		case "workspace_id", "name", "exp", "scopes", "limits", "chart_url":
		default:
			return out, core.Errorf(core.CodeInvalidInput, "%q is not a member", member.Key)
		}
	}
	if v, ok := o.Get("workspace_id"); ok && v != nil {
		value, err := asString(v)
		if err != nil {
			return out, err
		}
		out.WorkspaceID = value
	} else {
		return out, core.Errorf(core.CodeInvalidInput, "%s is required", "workspace_id")
	}
	if v, ok := o.Get("name"); ok && v != nil {
		value, err := asString(v)
		if err != nil {
			return out, err
		}
		out.Name = value
	} else {
		return out, core.Errorf(core.CodeInvalidInput, "%s is required", "name")
	}
	if v, ok := o.Get("exp"); ok && v != nil {
		value, err := asInteger(v)
		if err != nil {
			return out, err
		}
		out.Exp = &value
	}
	if v, ok := o.Get("scopes"); ok && v != nil {
		value, err := asList(v, tinybirdjwtScope)
		if err != nil {
			return out, err
		}
		out.Scopes = value
	} else {
		return out, core.Errorf(core.CodeInvalidInput, "%s is required", "scopes")
	}
	if v, ok := o.Get("limits"); ok && v != nil {
		value, err := tinybirdjwtLimits(v)
		if err != nil {
			return out, err
		}
		out.Limits = &value
	}
	if v, ok := o.Get("chart_url"); ok && v != nil {
		value, err := asString(v)
		if err != nil {
			return out, err
		}
		out.ChartURL = value
	} else {
		return out, core.Errorf(core.CodeInvalidInput, "%s is required", "chart_url")
	}
	return out, nil
}

func tinybirdjwtScope(v any) (tinybirdjwt.Scope, error) {
	var out tinybirdjwt.Scope
	o, ok := v.(*core.Object)
	if !ok {
		return out, core.Errorf(core.CodeInvalidInput, "expected an object")
	}
	for _, member := range o.Members() {
		switch member.Key {
		case "type", "resource", "fixed_params", "filter":
		default:
			return out, core.Errorf(core.CodeInvalidInput, "%q is not a member", member.Key)
		}
	}
	if v, ok := o.Get("type"); ok {
		value, err := asString(v)
		if err != nil {
			return out, err
		}
		out.Type = value
	} else {
		return out, core.Errorf(core.CodeInvalidInput, "%s is required", "type")
	}
	if v, ok := o.Get("resource"); ok {
		value, err := asString(v)
		if err != nil {
			return out, err
		}
		out.Resource = value
	} else {
		return out, core.Errorf(core.CodeInvalidInput, "%s is required", "resource")
	}
	if v, ok := o.Get("fixed_params"); ok {
		value, err := asObject(v)
		if err != nil {
			return out, err
		}
		out.FixedParams = value
	}
	if v, ok := o.Get("filter"); ok {
		value, err := asString(v)
		if err != nil {
			return out, err
		}
		out.Filter = &value
	}
	return out, nil
}

func tinybirdjwtLimits(v any) (tinybirdjwt.Limits, error) {
	var out tinybirdjwt.Limits
	o, ok := v.(*core.Object)
	if !ok {
		return out, core.Errorf(core.CodeInvalidInput, "expected an object")
	}
	for _, member := range o.Members() {
		switch member.Key {
		case "rps":
		default:
			return out, core.Errorf(core.CodeInvalidInput, "%q is not a member", member.Key)
		}
	}
	if v, ok := o.Get("rps"); ok {
		value, err := asInteger(v)
		if err != nil {
			return out, err
		}
		out.RPS = value
	} else {
		return out, core.Errorf(core.CodeInvalidInput, "%s is required", "rps")
	}
	return out, nil
}

// inputBoldbiEmbedAuthorize converts request fields to boldbiembedauthorize.Input, refusing unknown
// members and values of the wrong type with invalid_input.
func inputBoldbiEmbedAuthorize(o *core.Object) (boldbiembedauthorize.Input, error) {
	var out boldbiembedauthorize.Input
	for _, member := range o.Members() {
		switch member.Key {
		case "serverurl", "siteidentifier", "email", "dashboard":
		default:
			return out, core.Errorf(core.CodeInvalidInput, "%q is not a member", member.Key)
		}
	}
	if v, ok := o.Get("serverurl"); ok && v != nil {
		value, err := asString(v)
		if err != nil {
			return out, err
		}
		out.Serverurl = value
	} else {
		return out, core.Errorf(core.CodeInvalidInput, "%s is required", "serverurl")
	}
	if v, ok := o.Get("siteidentifier"); ok && v != nil {
		value, err := asString(v)
		if err != nil {
			return out, err
		}
		out.Siteidentifier = value
	} else {
		return out, core.Errorf(core.CodeInvalidInput, "%s is required", "siteidentifier")
	}
	if v, ok := o.Get("email"); ok && v != nil {
		value, err := asString(v)
		if err != nil {
			return out, err
		}
		out.Email = value
	} else {
		return out, core.Errorf(core.CodeInvalidInput, "%s is required", "email")
	}
	if v, ok := o.Get("dashboard"); ok && v != nil {
		value, err := boldbiembedauthorizeDashboard(v)
		if err != nil {
			return out, err
		}
		out.Dashboard = &value
	}
	return out, nil
}

func boldbiembedauthorizeDashboard(v any) (boldbiembedauthorize.Dashboard, error) {
	var out boldbiembedauthorize.Dashboard
	o, ok := v.(*core.Object)
	if !ok {
		return out, core.Errorf(core.CodeInvalidInput, "expected an object")
	}
	for _, member := range o.Members() {
		switch member.Key {
		case "id":
		default:
			return out, core.Errorf(core.CodeInvalidInput, "%q is not a member", member.Key)
		}
	}
	if v, ok := o.Get("id"); ok {
		value, err := asString(v)
		if err != nil {
			return out, err
		}
		out.ID = value
	} else {
		return out, core.Errorf(core.CodeInvalidInput, "%s is required", "id")
	}
	return out, nil
}

// inputSemaphorToken converts request fields to semaphortoken.Input, refusing unknown
// members and values of the wrong type with invalid_input.
func inputSemaphorToken(o *core.Object) (semaphortoken.Input, error) {
	var out semaphortoken.Input
	for _, member := range o.Members() {
		switch member.Key {
		case "server_url", "dashboardId", "tokenExpiry", "endUserId", "params":
		default:
			return out, core.Errorf(core.CodeInvalidInput, "%q is not a member", member.Key)
		}
	}
	if v, ok := o.Get("server_url"); ok && v != nil {
		value, err := asString(v)
		if err != nil {
			return out, err
		}
		out.ServerURL = &value
	}
	if v, ok := o.Get("dashboardId"); ok && v != nil {
		value, err := asString(v)
		if err != nil {
			return out, err
		}
		out.DashboardID = value
	} else {
		return out, core.Errorf(core.CodeInvalidInput, "%s is required", "dashboardId")
	}
	if v, ok := o.Get("tokenExpiry"); ok && v != nil {
		value, err := asInteger(v)
		if err != nil {
			return out, err
		}
		out.TokenExpiry = &value
	}
	if v, ok := o.Get("endUserId"); ok && v != nil {
		value, err := asString(v)
		if err != nil {
			return out, err
		}
		out.EndUserID = &value
	}
	if v, ok := o.Get("params"); ok && v != nil {
		value, err := semaphortokenParams(v)
		if err != nil {
			return out, err
		}
		out.Params = &value
	}
	return out, nil
}

// revokeInputSemaphorToken takes the members the revocation URL uses; the others are
// ignored.
func revokeInputSemaphorToken(fields *core.Object) (semaphortoken.RevokeInput, error) {
	var out semaphortoken.RevokeInput
	o := core.NewObject()
	for _, member := range fields.Members() {
		switch member.Key {
		case "server_url":
			o.Set(member.Key, member.Value)
		}
	}
	for _, member := range o.Members() {
		switch member.Key {
		case "server_url":
		default:
			return out, core.Errorf(core.CodeInvalidInput, "%q is not a member", member.Key)
		}
	}
	if v, ok := o.Get("server_url"); ok && v != nil {
		value, err := asString(v)
		if err != nil {
			return out, err
		}
		out.ServerURL = &value
	}
	return out, nil
}

func semaphortokenCurrencyFormat(v any) (semaphortoken.CurrencyFormat, error) {
	var out semaphortoken.CurrencyFormat
	o, ok := v.(*core.Object)
	if !ok {
		return out, core.Errorf(core.CodeInvalidInput, "expected an object")
	}
	for _, member := range o.Members() {
		switch member.Key {
		case "locale", "currency":
		default:
			return out, core.Errorf(core.CodeInvalidInput, "%q is not a member", member.Key)
		}
	}
	if v, ok := o.Get("locale"); ok {
		value, err := asString(v)
		if err != nil {
			return out, err
		}
		out.Locale = value
	} else {
		return out, core.Errorf(core.CodeInvalidInput, "%s is required", "locale")
	}
	if v, ok := o.Get("currency"); ok {
		value, err := asString(v)
		if err != nil {
			return out, err
		}
		out.Currency = value
	} else {
		return out, core.Errorf(core.CodeInvalidInput, "%s is required", "currency")
	}
	return out, nil
}

func semaphortokenParams(v any) (semaphortoken.Params, error) {
	var out semaphortoken.Params
	o, ok := v.(*core.Object)
	if !ok {
		return out, core.Errorf(core.CodeInvalidInput, "expected an object")
	}
	for _, member := range o.Members() {
		switch member.Key {
		case "currencyFormat":
		default:
			return out, core.Errorf(core.CodeInvalidInput, "%q is not a member", member.Key)
		}
	}
	if v, ok := o.Get("currencyFormat"); ok {
		value, err := semaphortokenCurrencyFormat(v)
		if err != nil {
			return out, err
		}
		out.CurrencyFormat = &value
	}
	return out, nil
}

// inputTooljetPat converts request fields to tooljetpat.Input, refusing unknown
// members and values of the wrong type with invalid_input.
func inputTooljetPat(o *core.Object) (tooljetpat.Input, error) {
	var out tooljetpat.Input
	for _, member := range o.Members() {
		switch member.Key {
		case "server_url", "email", "appId", "sessionExpiry", "patExpiry":
		default:
			return out, core.Errorf(core.CodeInvalidInput, "%q is not a member", member.Key)
		}
	}
	if v, ok := o.Get("server_url"); ok && v != nil {
		value, err := asString(v)
		if err != nil {
			return out, err
		}
		out.ServerURL = value
	} else {
		return out, core.Errorf(core.CodeInvalidInput, "%s is required", "server_url")
	}
	if v, ok := o.Get("email"); ok && v != nil {
		value, err := asString(v)
		if err != nil {
			return out, err
		}
		out.Email = value
	} else {
		return out, core.Errorf(core.CodeInvalidInput, "%s is required", "email")
	}
	if v, ok := o.Get("appId"); ok && v != nil {
		value, err := asString(v)
		if err != nil {
			return out, err
		}
		out.AppID = value
	} else {
		return out, core.Errorf(core.CodeInvalidInput, "%s is required", "appId")
	}
	if v, ok := o.Get("sessionExpiry"); ok && v != nil {
		value, err := asInteger(v)
		if err != nil {
			return out, err
		}
		out.SessionExpiry = &value
	}
	if v, ok := o.Get("patExpiry"); ok && v != nil {
		value, err := asInteger(v)
		if err != nil {
			return out, err
		}
		out.PatExpiry = &value
	}
	return out, nil
}

func asString(v any) (string, error) {
	s, ok := v.(string)
	if !ok {
		return "", core.Errorf(core.CodeInvalidInput, "expected a string")
	}
	return s, nil
}

func asInteger(v any) (int64, error) {
	n, ok := v.(int64)
	if !ok {
		return 0, core.Errorf(core.CodeInvalidInput, "expected an integer")
	}
	return n, nil
}

func asBoolean(v any) (bool, error) {
	b, ok := v.(bool)
	if !ok {
		return false, core.Errorf(core.CodeInvalidInput, "expected a boolean")
	}
	return b, nil
}

func asObject(v any) (*core.Object, error) {
	o, ok := v.(*core.Object)
	if !ok {
		return nil, core.Errorf(core.CodeInvalidInput, "expected an object")
	}
	return o, nil
}

func asList[T any](v any, conv func(any) (T, error)) ([]T, error) {
	items, ok := v.([]any)
	if !ok {
		return nil, core.Errorf(core.CodeInvalidInput, "expected an array")
	}
	out := make([]T, len(items))
	for i, item := range items {
		value, err := conv(item)
		if err != nil {
			return nil, err
		}
		out[i] = value
	}
	return out, nil
}

// parseJSON reads a request leniently and in order: objects become
// *core.Object, integers int64, other numbers float64 (which the SDK
// refuses as input).
func parseJSON(data []byte) (any, error) {
	d := json.NewDecoder(bytes.NewReader(data))
	d.UseNumber()
	return readValue(d)
}

func readValue(d *json.Decoder) (any, error) {
	t, err := d.Token()
	if err != nil {
		return nil, err
	}
	switch t := t.(type) {
	case json.Delim:
		if t == '[' {
			items := []any{}
			for d.More() {
				v, err := readValue(d)
				if err != nil {
					return nil, err
				}
				items = append(items, v)
			}
			_, err := d.Token()
			return items, err
		}
		o := core.NewObject()
		for d.More() {
			k, err := d.Token()
			if err != nil {
				return nil, err
			}
			v, err := readValue(d)
			if err != nil {
				return nil, err
			}
			o.Set(k.(string), v)
		}
		_, err := d.Token()
		return o, err
	case json.Number:
		if !strings.ContainsAny(string(t), ".eE") {
			if n, err := strconv.ParseInt(string(t), 10, 64); err == nil {
				return n, nil
			}
		}
		f, _ := t.Float64()
		return f, nil
	default:
		return t, nil
	}
}

var _ = io.EOF
