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

	"github.com/embedseal/embedseal-go/core"
	"github.com/embedseal/embedseal-go/goldenclaims"
	"github.com/embedseal/embedseal-go/goldenenvelope"
	"github.com/embedseal/embedseal-go/goldenlines"
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
	default:
		err = fmt.Errorf("unknown op %v", op)
	}
	var embedsealError *core.Error
	switch {
	case errors.As(err, &embedsealError):
		answer.Set("ok", false)
		answer.Set("error", string(embedsealError.Code))
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
		"golden-claims",
		"golden-envelope",
		"golden-lines",
	})
	answer.Set("operations", []any{"sign", "verify"})
	return answer
}

func sign(format string, fields *core.Object, secret string, now int64, random []byte) (*core.Object, error) {
	opts := []core.Option{core.WithNow(time.Unix(now, 0)), core.WithRandom(bytes.NewReader(random))}
	answer := core.NewObject()
	answer.Set("ok", true)
	switch format {
	case "golden-claims":
		in, err := inputGoldenClaims(fields)
		if err != nil {
			// The key is checked before the input, as Sign does.
			if _, keyErr := goldenclaims.Sign(goldenclaims.Input{}, secret, opts...); isKeyError(keyErr) {
				return nil, keyErr
			}
			return nil, err
		}
		signed, err := goldenclaims.Sign(in, secret, opts...)
		if err != nil {
			return nil, err
		}
		answer.Set("token", signed.Token)
		answer.Set("url", signed.URL)
		answer.Set("signature", signed.Signature)
		answer.Set("response", signed.Response)
	case "golden-envelope":
		in, err := inputGoldenEnvelope(fields)
		if err != nil {
			// The key is checked before the input, as Sign does.
			if _, keyErr := goldenenvelope.Sign(goldenenvelope.Input{}, secret, opts...); isKeyError(keyErr) {
				return nil, keyErr
			}
			return nil, err
		}
		signed, err := goldenenvelope.Sign(in, secret, opts...)
		if err != nil {
			return nil, err
		}
		answer.Set("token", signed.Token)
		answer.Set("url", signed.URL)
		answer.Set("signature", signed.Signature)
		answer.Set("response", signed.Response)
	case "golden-lines":
		in, err := inputGoldenLines(fields)
		if err != nil {
			// The key is checked before the input, as Sign does.
			if _, keyErr := goldenlines.Sign(goldenlines.Input{}, secret, opts...); isKeyError(keyErr) {
				return nil, keyErr
			}
			return nil, err
		}
		signed, err := goldenlines.Sign(in, secret, opts...)
		if err != nil {
			return nil, err
		}
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
	case "golden-claims":
		claims, err := goldenclaims.Verify(token, secret, opts...)
		if err != nil {
			return nil, err
		}
		raw = claims.Raw
	case "golden-envelope":
		claims, err := goldenenvelope.Verify(token, secret, opts...)
		if err != nil {
			return nil, err
		}
		raw = claims.Raw
	case "golden-lines":
		claims, err := goldenlines.Verify(token, secret, opts...)
		if err != nil {
			return nil, err
		}
		raw = claims.Raw
	default:
		return nil, fmt.Errorf("unknown format %q", format)
	}
	return core.NewObject(core.Member{Key: "ok", Value: true}, core.Member{Key: "claims", Value: raw}), nil
}

func isKeyError(err error) bool {
	return errors.Is(err, core.ErrInvalidKey) || errors.Is(err, core.ErrWeakKey)
}

// inputGoldenClaims converts request fields to goldenclaims.Input, refusing unknown
// members and values of the wrong type with invalid_input.
func inputGoldenClaims(o *core.Object) (goldenclaims.Input, error) {
	var out goldenclaims.Input
	for _, member := range o.Members() {
		switch member.Key {
		case "http://example.com/is_root", "class", "type", "exp", "kid", "items", "meta", "base":
		default:
			return out, core.Errorf(core.CodeInvalidInput, "%q is not a member", member.Key)
		}
	}
	if v, ok := o.Get("http://example.com/is_root"); ok && v != nil {
		value, err := asBoolean(v)
		if err != nil {
			return out, err
		}
		out.HTTPExampleComIsRoot = &value
	}
	if v, ok := o.Get("class"); ok && v != nil {
		value, err := asString(v)
		if err != nil {
			return out, err
		}
		out.Class = value
	} else {
		return out, core.Errorf(core.CodeInvalidInput, "%s is required", "class")
	}
	if v, ok := o.Get("type"); ok && v != nil {
		value, err := asInteger(v)
		if err != nil {
			return out, err
		}
		out.Type = &value
	}
	if v, ok := o.Get("exp"); ok && v != nil {
		value, err := asInteger(v)
		if err != nil {
			return out, err
		}
		out.Exp = &value
	}
	if v, ok := o.Get("kid"); ok && v != nil {
		value, err := asString(v)
		if err != nil {
			return out, err
		}
		out.Kid = value
	} else {
		return out, core.Errorf(core.CodeInvalidInput, "%s is required", "kid")
	}
	if v, ok := o.Get("items"); ok && v != nil {
		value, err := asList(v, goldenclaimsItem)
		if err != nil {
			return out, err
		}
		out.Items = value
	} else {
		return out, core.Errorf(core.CodeInvalidInput, "%s is required", "items")
	}
	if v, ok := o.Get("meta"); ok && v != nil {
		value, err := asObject(v)
		if err != nil {
			return out, err
		}
		out.Meta = value
	}
	if v, ok := o.Get("base"); ok && v != nil {
		value, err := asString(v)
		if err != nil {
			return out, err
		}
		out.Base = value
	} else {
		return out, core.Errorf(core.CodeInvalidInput, "%s is required", "base")
	}
	return out, nil
}

func goldenclaimsItem(v any) (goldenclaims.Item, error) {
	var out goldenclaims.Item
	o, ok := v.(*core.Object)
	if !ok {
		return out, core.Errorf(core.CodeInvalidInput, "expected an object")
	}
	for _, member := range o.Members() {
		switch member.Key {
		case "id", "tags":
		default:
			return out, core.Errorf(core.CodeInvalidInput, "%q is not a member", member.Key)
		}
	}
	if v, ok := o.Get("id"); ok {
		value, err := asInteger(v)
		if err != nil {
			return out, err
		}
		out.ID = value
	} else {
		return out, core.Errorf(core.CodeInvalidInput, "%s is required", "id")
	}
	if v, ok := o.Get("tags"); ok {
		value, err := asList(v, asString)
		if err != nil {
			return out, err
		}
		out.Tags = value
	}
	return out, nil
}

// inputGoldenEnvelope converts request fields to goldenenvelope.Input, refusing unknown
// members and values of the wrong type with invalid_input.
func inputGoldenEnvelope(o *core.Object) (goldenenvelope.Input, error) {
	var out goldenenvelope.Input
	for _, member := range o.Members() {
		switch member.Key {
		case "account", "until":
		default:
			return out, core.Errorf(core.CodeInvalidInput, "%q is not a member", member.Key)
		}
	}
	if v, ok := o.Get("account"); ok && v != nil {
		value, err := asString(v)
		if err != nil {
			return out, err
		}
		out.Account = value
	} else {
		return out, core.Errorf(core.CodeInvalidInput, "%s is required", "account")
	}
	if v, ok := o.Get("until"); ok && v != nil {
		value, err := asInteger(v)
		if err != nil {
			return out, err
		}
		out.Until = &value
	}
	return out, nil
}

// inputGoldenLines converts request fields to goldenlines.Input, refusing unknown
// members and values of the wrong type with invalid_input.
func inputGoldenLines(o *core.Object) (goldenlines.Input, error) {
	var out goldenlines.Input
	for _, member := range o.Members() {
		switch member.Key {
		case "host", "path", "user", "groups", "display":
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
	if v, ok := o.Get("path"); ok && v != nil {
		value, err := asString(v)
		if err != nil {
			return out, err
		}
		out.Path = value
	} else {
		return out, core.Errorf(core.CodeInvalidInput, "%s is required", "path")
	}
	if v, ok := o.Get("user"); ok && v != nil {
		value, err := asString(v)
		if err != nil {
			return out, err
		}
		out.User = value
	} else {
		return out, core.Errorf(core.CodeInvalidInput, "%s is required", "user")
	}
	if v, ok := o.Get("groups"); ok && v != nil {
		value, err := asList(v, asInteger)
		if err != nil {
			return out, err
		}
		out.Groups = value
	}
	if v, ok := o.Get("display"); ok && v != nil {
		value, err := asString(v)
		if err != nil {
			return out, err
		}
		out.Display = &value
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
