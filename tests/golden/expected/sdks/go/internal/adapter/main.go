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

	"github.com/embedseal/embedseal-go/goldenclaims"
	"github.com/embedseal/embedseal-go/goldenenvelope"
	"github.com/embedseal/embedseal-go/goldenlines"
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
	answer["formats"] = []any{"golden-claims", "golden-envelope", "golden-lines"}
	answer["operations"] = []any{"sign", "verify"}
	return answer
}

// errorCode is the shared code of a format package's *Error (and Retry-After, when sent).
func errorCode(err error) (code string, retryAfter *int64, known bool) {
	var goldenclaimsError *goldenclaims.Error
	var goldenenvelopeError *goldenenvelope.Error
	var goldenlinesError *goldenlines.Error
	switch {
	case errors.As(err, &goldenclaimsError):
		return goldenclaimsError.Code, nil, true
	case errors.As(err, &goldenenvelopeError):
		return goldenenvelopeError.Code, nil, true
	case errors.As(err, &goldenlinesError):
		return goldenlinesError.Code, nil, true
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
	case "golden-claims":
		if _, err := goldenclaims.Verify("", []byte(secret)); isKeyError(err) {
			return nil, err
		}
		in, err := inputGoldenClaims(fields)
		if err != nil {
			return nil, err
		}
		signed, err := goldenclaims.Sign(in, []byte(secret), goldenclaims.WithNow(now), goldenclaims.WithRandom(bytes.NewReader(random)))
		if err != nil {
			return nil, err
		}
		return map[string]any{"token": signed.Token, "url": signed.URL, "signature": signed.Signature, "response": signed.Response()}, nil
	case "golden-envelope":
		if _, err := goldenenvelope.Verify("", []byte(secret)); isKeyError(err) {
			return nil, err
		}
		in, err := inputGoldenEnvelope(fields)
		if err != nil {
			return nil, err
		}
		signed, err := goldenenvelope.Sign(in, []byte(secret), goldenenvelope.WithNow(now), goldenenvelope.WithRandom(bytes.NewReader(random)))
		if err != nil {
			return nil, err
		}
		return map[string]any{"token": signed.Token, "url": signed.URL, "signature": signed.Signature, "response": signed.Response()}, nil
	case "golden-lines":
		if _, err := goldenlines.Verify("", []byte(secret)); isKeyError(err) {
			return nil, err
		}
		in, err := inputGoldenLines(fields)
		if err != nil {
			return nil, err
		}
		signed, err := goldenlines.Sign(in, []byte(secret), goldenlines.WithNow(now))
		if err != nil {
			return nil, err
		}
		return map[string]any{"url": signed.URL, "signature": signed.Signature, "response": signed.Response()}, nil
	}
	return nil, fmt.Errorf("unknown format %q", format)
}

func verify(format, token, secret string, now time.Time) (map[string]any, error) {
	switch format {
	case "golden-claims":
		claims, err := goldenclaims.Verify(token, []byte(secret), goldenclaims.WithNow(now))
		if err != nil {
			return nil, err
		}
		return map[string]any{"claims": claimsGoldenClaims(claims)}, nil
	case "golden-envelope":
		claims, err := goldenenvelope.Verify(token, []byte(secret), goldenenvelope.WithNow(now))
		if err != nil {
			return nil, err
		}
		return map[string]any{"claims": claimsGoldenEnvelope(claims)}, nil
	case "golden-lines":
		claims, err := goldenlines.Verify(token, []byte(secret), goldenlines.WithNow(now))
		if err != nil {
			return nil, err
		}
		return map[string]any{"claims": claimsGoldenLines(claims)}, nil
	}
	return nil, fmt.Errorf("unknown format %q", format)
}

func inputGoldenClaims(m map[string]any) (goldenclaims.Input, error) {
	c := &converter{}
	for name := range m {
		switch name {
		case "http://example.com/is_root", ":nonce", "class", "type", "iat", "exp", "kid", "items", "meta", "base":
		default:
			c.fail(name + " is not an input")
		}
	}
	var out goldenclaims.Input
	if v, ok := c.member(m, "http://example.com/is_root", false, true); ok {
		value := c.boolean(v, ok)
		out.HTTPExampleComIsRoot = &value
	}
	if v, ok := c.member(m, ":nonce", false, true); ok {
		value := c.str(v, ok)
		out.Nonce = &value
	}
	out.Class = c.str(c.member(m, "class", true, true))
	if v, ok := c.member(m, "type", false, true); ok {
		value := c.integer(v, ok)
		out.Type = &value
	}
	if v, ok := c.member(m, "iat", false, true); ok {
		value := c.integer(v, ok)
		out.IAT = &value
	}
	if v, ok := c.member(m, "exp", false, true); ok {
		value := c.integer(v, ok)
		out.Exp = &value
	}
	out.Kid = c.str(c.member(m, "kid", true, true))
	out.Items = c.goldenclaimsItemList(c.member(m, "items", true, true))
	if v, ok := c.member(m, "meta", false, true); ok {
		out.Meta = c.object(v, ok)
	}
	out.Base = c.str(c.member(m, "base", true, true))
	return out, c.err
}

func (c *converter) goldenclaimsItem(v any, present bool) goldenclaims.Item {
	var out goldenclaims.Item
	m, ok := v.(map[string]any)
	if !ok {
		if present {
			c.fail("expected an object")
		}
		return out
	}
	for name := range m {
		switch name {
		case "id", "tags":
		default:
			c.fail(name + " is not a member")
		}
	}
	out.ID = c.integer(c.member(m, "id", true, false))
	if v, ok := c.member(m, "tags", false, false); ok {
		out.Tags = c.strList(v, ok)
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

func (c *converter) goldenclaimsItemList(v any, present bool) []goldenclaims.Item {
	items, ok := v.([]any)
	if !ok {
		if present {
			c.fail("expected an array")
		}
		return nil
	}
	out := make([]goldenclaims.Item, len(items))
	for i, item := range items {
		out[i] = c.goldenclaimsItem(item, true)
	}
	return out
}

func claimsGoldenClaims(claims goldenclaims.Claims) map[string]any {
	m := map[string]any{}
	for k, v := range claims.Extra {
		m[k] = v
	}
	if claims.HTTPExampleComIsRoot != nil {
		m["http://example.com/is_root"] = *claims.HTTPExampleComIsRoot
	}
	m[":nonce"] = claims.Nonce
	m["class"] = claims.Class
	m["type"] = claims.Type
	m["iat"] = claims.IAT
	m["exp"] = claims.Exp
	m["kid"] = claims.Kid
	m["items"] = each(len(claims.Items), func(i int) any { item := claims.Items[i]; return jsonGoldenClaimsItem(item) })
	if claims.Meta != nil {
		m["meta"] = claims.Meta
	}
	return m
}

func jsonGoldenClaimsItem(x goldenclaims.Item) map[string]any {
	m := map[string]any{}
	for k, v := range x.Extra {
		m[k] = v
	}
	m["id"] = x.ID
	if x.Tags != nil {
		m["tags"] = x.Tags
	}
	return m
}

func inputGoldenEnvelope(m map[string]any) (goldenenvelope.Input, error) {
	c := &converter{}
	for name := range m {
		switch name {
		case "account", "id", "until":
		default:
			c.fail(name + " is not an input")
		}
	}
	var out goldenenvelope.Input
	out.Account = c.str(c.member(m, "account", true, true))
	if v, ok := c.member(m, "id", false, true); ok {
		value := c.str(v, ok)
		out.ID = &value
	}
	if v, ok := c.member(m, "until", false, true); ok {
		value := c.integer(v, ok)
		out.Until = &value
	}
	return out, c.err
}

func claimsGoldenEnvelope(claims goldenenvelope.Claims) map[string]any {
	m := map[string]any{}
	for k, v := range claims.Extra {
		m[k] = v
	}
	m["v"] = claims.V
	m["account"] = claims.Account
	m["id"] = claims.ID
	m["until"] = claims.Until
	return m
}

func inputGoldenLines(m map[string]any) (goldenlines.Input, error) {
	c := &converter{}
	for name := range m {
		switch name {
		case "host", "path", "time", "user", "groups", "display":
		default:
			c.fail(name + " is not an input")
		}
	}
	var out goldenlines.Input
	out.Host = c.str(c.member(m, "host", true, true))
	out.Path = c.str(c.member(m, "path", true, true))
	if v, ok := c.member(m, "time", false, true); ok {
		value := c.integer(v, ok)
		out.Time = &value
	}
	out.User = c.str(c.member(m, "user", true, true))
	if v, ok := c.member(m, "groups", false, true); ok {
		out.Groups = c.integerList(v, ok)
	}
	if v, ok := c.member(m, "display", false, true); ok {
		value := c.str(v, ok)
		out.Display = &value
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

func claimsGoldenLines(claims goldenlines.Claims) map[string]any {
	m := map[string]any{}
	m["host"] = claims.Host
	m["path"] = claims.Path
	m["time"] = claims.Time
	m["user"] = claims.User
	if claims.Groups != nil {
		m["groups"] = claims.Groups
	}
	if claims.Display != nil {
		m["display"] = *claims.Display
	}
	return m
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
