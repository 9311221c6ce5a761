// Code generated from tests/golden/specs/golden-claims.yaml; DO NOT EDIT.

// Package goldenclaims signs and verifies the Golden claims fixture of embedseal tests
// (golden-claims). A JWS: the header {"alg": "HS512", "typ": "JWT"} plus kid and the payload
// (http://example.com/is_root, :nonce, class, type, iat, exp, items, meta) as JSON, each base64url
// without padding, then HMAC-SHA512 over "header.payload".
package goldenclaims

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha512"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"
)

// Input is what Sign signs (its URL fields only build the embed URL).
type Input struct {
	HTTPExampleComIsRoot *bool          // The http://example.com/is_root input. Optional.
	Nonce                *string        // The :nonce input. Optional: nil draws 8 random bytes (hex).
	Class                string         // The class input. One of "gold", "silver".
	Type                 *int64         // The type input. At least 0 and at most 10. Optional: nil is 3.
	IAT                  *int64         // The iat input. Optional: nil is now.
	Exp                  *int64         // The exp input. Optional: nil is now + 300 s.
	Kid                  string         // The kid input. At most 32 characters.
	Items                []Item         // The items input.
	Meta                 map[string]any // The meta input. Optional.
	Base                 string         // The base input.
}

// Item is one element of items.
type Item struct {
	ID    int64          // The id member.
	Tags  []string       // The tags member. Optional.
	Extra map[string]any // Verify: the members this format does not declare, as received (Sign refuses any)
}

// Claims are what Verify returns: the verified token's members.
type Claims struct {
	HTTPExampleComIsRoot *bool          // The http://example.com/is_root claim. nil when absent.
	Nonce                string         // The :nonce claim.
	Class                string         // The class claim. One of "gold", "silver".
	Type                 int64          // The type claim. At least 0 and at most 10.
	IAT                  int64          // The iat claim.
	Exp                  int64          // The exp claim.
	Kid                  string         // The kid claim. At most 32 characters.
	Items                []Item         // The items claim.
	Meta                 map[string]any // The meta claim. nil when absent.
	Extra                map[string]any // the members this format does not declare, as received
}

// Signed is what Sign returns.
type Signed struct {
	Token     string // the signed token
	URL       string // the embed URL that carries it
	Signature string // the MAC, base64url-nopad
	ExpiresAt int64  // exp, as signed
}

// Response is the answer in the shape embedseal tests's own samples return.
func (s Signed) Response() map[string]any {
	return map[string]any{
		"token":      s.Token,
		"url":        s.URL,
		"expires_at": s.ExpiresAt,
	}
}

// Error is what Sign, EmbedURL and Verify return when they refuse: errors.Is(err, ErrExpired)
// tests its Code, the same in every language. Detail says what is wrong and where; it never
// holds the secret.
type Error struct{ Code, Detail string }

func (e *Error) Error() string { return "goldenclaims: " + e.Code + ": " + e.Detail }

// Is reports whether target is an *Error with the same Code.
func (e *Error) Is(target error) bool { t, ok := target.(*Error); return ok && t.Code == e.Code }

// The errors this package returns, by Code, for errors.Is.
var (
	ErrMalformed       = &Error{Code: "malformed"}
	ErrBadSignature    = &Error{Code: "bad_signature"}
	ErrAlgNotAllowed   = &Error{Code: "alg_not_allowed"}
	ErrExpired         = &Error{Code: "expired"}
	ErrNotYetValid     = &Error{Code: "not_yet_valid"}
	ErrLifetimeTooLong = &Error{Code: "lifetime_too_long"}
	ErrMissingClaim    = &Error{Code: "missing_claim"}
	ErrInvalidClaim    = &Error{Code: "invalid_claim"}
	ErrInvalidInput    = &Error{Code: "invalid_input"}
	ErrInvalidKey      = &Error{Code: "invalid_key"}
	ErrWeakKey         = &Error{Code: "weak_key"}
)

// Option changes one call: WithNow, WithRandom.
type Option func(*options)

type options struct {
	now    int64
	random io.Reader
}

// WithNow makes the call act as if the time were t (by default it is time.Now()).
func WithNow(t time.Time) Option { return func(o *options) { o.now = t.Unix() } }

// WithRandom makes Sign draw its random values from r (by default crypto/rand.Reader).
func WithRandom(r io.Reader) Option { return func(o *options) { o.random = r } }

func newOptions(opts []Option) options {
	o := options{now: time.Now().Unix(), random: rand.Reader}
	for _, opt := range opts {
		opt(&o)
	}
	return o
}

// --8<-- [start:sign]

// Sign signs in with secret (hex text of the key, at least 16 bytes) and returns the token, its embed URL and
// the vendor's response. Invalid input is ErrInvalidInput, a bad secret ErrInvalidKey or ErrWeakKey.
func Sign(in Input, secret []byte, opts ...Option) (Signed, error) {
	o := newOptions(opts)
	key, err := decodeSecret(secret)
	if err != nil {
		return Signed{}, err
	}
	var nonce string
	if in.Nonce != nil {
		nonce = *in.Nonce
	} else {
		nonceBytes := make([]byte, 8)
		if _, err := io.ReadFull(o.random, nonceBytes); err != nil {
			return Signed{}, &Error{Code: "invalid_input", Detail: "the random source ran out"}
		}
		nonce = hex.EncodeToString(nonceBytes)
	}
	typeValue := int64(3)
	if in.Type != nil {
		typeValue = *in.Type
	}
	iat := o.now
	if in.IAT != nil {
		iat = *in.IAT
	}
	exp := o.now + 300
	if in.Exp != nil {
		exp = *in.Exp
	}
	c := &checks{code: "invalid_input"}
	c.want(utf8.ValidString(nonce), ":nonce: not valid UTF-8")
	c.want(in.Class == "gold" || in.Class == "silver", "class: not one of the allowed values")
	c.want(typeValue >= 0, "type: below 0")
	c.want(typeValue <= 10, "type: above 10")
	c.want(-maxSafe <= iat && iat <= maxSafe, "iat: beyond ±(2^53-1)")
	c.want(-maxSafe <= exp && exp <= maxSafe, "exp: beyond ±(2^53-1)")
	c.want(utf8.ValidString(in.Kid), "kid: not valid UTF-8")
	c.want(utf8.RuneCountInString(in.Kid) <= 32, "kid: longer than 32 characters")
	for _, v := range in.Items {
		v.check(c, 3)
	}
	c.json(in.Meta, 2, "meta")
	if c.err != nil {
		return Signed{}, c.err
	}
	h := make([]byte, 0, 64)
	h = appendString(append(h, `{"alg":"HS512","kid":`...), in.Kid)
	h = append(h, `,"typ":"JWT"}`...)
	p := make([]byte, 0, 256)
	p = appendString(append(p, `{":nonce":`...), nonce)
	p = appendString(append(p, `,"class":`...), in.Class)
	p = strconv.AppendInt(append(p, `,"exp":`...), exp, 10)
	if in.HTTPExampleComIsRoot != nil {
		p = strconv.AppendBool(append(p, `,"http://example.com/is_root":`...), *in.HTTPExampleComIsRoot)
	}
	p = strconv.AppendInt(append(p, `,"iat":`...), iat, 10)
	p = appendItems(append(p, `,"items":`...), in.Items)
	if in.Meta != nil {
		p = appendJSON(append(p, `,"meta":`...), in.Meta)
	}
	p = strconv.AppendInt(append(p, `,"type":`...), typeValue, 10)
	p = append(p, '}')
	signingInput := base64.RawURLEncoding.EncodeToString(h) + "." + base64.RawURLEncoding.EncodeToString(p)
	mac := hmac.New(sha512.New, key)
	mac.Write([]byte(signingInput))
	signature := base64.RawURLEncoding.EncodeToString(mac.Sum(nil))
	token := signingInput + "." + signature
	// appendEscaped keeps every character this token can hold: the URL takes it unscanned.
	url, err := embedURL(token, in, false)
	if err != nil {
		return Signed{}, err
	}
	return Signed{Token: token, URL: url, Signature: signature, ExpiresAt: exp}, nil
}

// --8<-- [end:sign]

// --8<-- [start:url]

// EmbedURL returns the embed URL that carries token (from Sign, or from a cache), built from the
// URL fields of in. The token is percent-encoded, as one from a cache may hold any character.
func EmbedURL(token string, in Input) (string, error) {
	return embedURL(token, in, true)
}

// embedURL is EmbedURL; escape false puts token into the URL unscanned, for Sign, whose tokens
// hold only characters appendEscaped keeps.
func embedURL(token string, in Input, escape bool) (string, error) {
	c := &checks{code: "invalid_input"}
	c.want(utf8.ValidString(in.Base), "base: not valid UTF-8")
	c.want(!strings.ContainsAny(in.Base, "?#"), "base: '?' and '#' cannot appear here")
	if c.err != nil {
		return "", c.err
	}
	u := make([]byte, 0, len(token)+128)
	u = append(u, in.Base...)
	u = append(u, "/view"...)
	u = append(u, "?jwt="...)
	if escape {
		u = appendEscaped(u, token)
	} else {
		u = append(u, token...)
	}
	return string(u), nil
}

// --8<-- [end:url]

// --8<-- [start:verify]

// Verify checks token with secret and returns its claims, or an *Error whose Code says why it
// was refused (ErrExpired, ErrBadSignature, ...).
// It also checks the token's nbf, registered by RFC 7519, whenever the token carries it.
func Verify(token string, secret []byte, opts ...Option) (Claims, error) {
	o := newOptions(opts)
	key, err := decodeSecret(secret)
	if err != nil {
		return Claims{}, err
	}
	parts := strings.Split(token, ".")
	if len(parts) != 3 {
		return Claims{}, &Error{Code: "malformed", Detail: "a JWS has 3 segments"}
	}
	header, headerOK := decodeBase64URLNoPad(parts[0])
	payload, payloadOK := decodeBase64URLNoPad(parts[1])
	signature, signatureOK := decodeBase64URLNoPad(parts[2])
	if !headerOK || !payloadOK || !signatureOK {
		return Claims{}, &Error{Code: "malformed", Detail: "a segment is not canonical base64url"}
	}
	h, err := parseObject(string(header), "the header")
	if err != nil {
		return Claims{}, err
	}
	if h["alg"] != "HS512" {
		return Claims{}, &Error{Code: "alg_not_allowed", Detail: "alg is not HS512"}
	}
	// RFC 7515 §4.1.11: this verifier understands no extension, so none may be critical.
	if _, critical := h["crit"]; critical {
		return Claims{}, &Error{Code: "malformed", Detail: "the header lists critical extensions"}
	}
	mac := hmac.New(sha512.New, key)
	mac.Write([]byte(token[:len(parts[0])+1+len(parts[1])]))
	if !hmac.Equal(mac.Sum(nil), signature) {
		return Claims{}, &Error{Code: "bad_signature", Detail: "the signature does not match"}
	}
	m, err := parseObject(string(payload), "the payload")
	if err != nil {
		return Claims{}, err
	}
	c := &checks{code: "invalid_claim"}
	var out Claims
	if v, ok := c.take(m, "http://example.com/is_root", false); ok {
		value := c.boolean(v, ok)
		out.HTTPExampleComIsRoot = &value
	}
	out.Nonce = c.str(c.take(m, ":nonce", true))
	out.Class = c.str(c.take(m, "class", true))
	c.want(out.Class == "gold" || out.Class == "silver", "class: not one of the allowed values")
	out.Type = c.integer(c.take(m, "type", true))
	c.want(out.Type >= 0, "type: below 0")
	c.want(out.Type <= 10, "type: above 10")
	out.IAT = c.integer(c.take(m, "iat", true))
	out.Exp = c.integer(c.take(m, "exp", true))
	out.Items = c.itemList(c.take(m, "items", true))
	out.Meta = c.object(c.take(m, "meta", false))
	out.Kid = c.str(c.take(h, "kid", true))
	c.want(utf8.RuneCountInString(out.Kid) <= 32, "kid: longer than 32 characters")
	nbf, nbfOK := m["nbf"].(int64)
	_, carriesNBF := m["nbf"]
	c.want(nbfOK || !carriesNBF, "nbf: expected an integer (NumericDate)")
	out.Extra = m
	if c.err != nil {
		return Claims{}, c.err
	}
	if out.Exp+5 <= o.now {
		return Claims{}, &Error{Code: "expired", Detail: "exp has passed"}
	}
	if out.IAT-5 > o.now {
		return Claims{}, &Error{Code: "not_yet_valid", Detail: "iat is in the future"}
	}
	if nbfOK && nbf-5 > o.now {
		return Claims{}, &Error{Code: "not_yet_valid", Detail: "nbf is in the future"}
	}
	if out.Exp-600 > out.IAT {
		return Claims{}, &Error{Code: "lifetime_too_long", Detail: "lives longer than 600s"}
	}
	return out, nil
}

// --8<-- [end:verify]

const maxSafe = 1<<53 - 1 // the largest integer every JSON implementation reads exactly

// checks keeps the first failed check; code is how a failure is reported (invalid_input when
// signing, invalid_claim when verifying).
type checks struct {
	code string
	name string // the member being read
	err  error
}

func (c *checks) want(ok bool, detail string) {
	if !ok && c.err == nil {
		c.err = &Error{Code: c.code, Detail: detail}
	}
}

// take removes member name from m (what stays is Extra); a required member must be there.
func (c *checks) take(m map[string]any, name string, required bool) (any, bool) {
	v, ok := m[name]
	delete(m, name)
	if !ok && required && c.err == nil {
		c.err = &Error{Code: "missing_claim", Detail: name + " is required"}
	}
	c.name = name
	return v, ok
}

func (c *checks) boolean(v any, ok bool) bool {
	x, isType := v.(bool)
	c.want(isType || !ok, c.name+": expected a boolean")
	return x
}

func (c *checks) str(v any, ok bool) string {
	x, isType := v.(string)
	c.want(isType || !ok, c.name+": expected a string")
	return x
}

func (c *checks) integer(v any, ok bool) int64 {
	x, isType := v.(int64)
	c.want(isType || !ok, c.name+": expected an integer")
	return x
}

func (c *checks) strList(v any, ok bool) []string {
	items, isArray := v.([]any)
	c.want(isArray || !ok, c.name+": expected an array")
	if !isArray {
		return nil
	}
	name, out := c.name, make([]string, len(items))
	for i, item := range items {
		out[i] = c.str(item, true)
		c.name = name
	}
	return out
}

func (c *checks) item(v any, ok bool) Item {
	m, isObject := v.(map[string]any)
	c.want(isObject || !ok, c.name+": expected an object")
	var out Item
	out.ID = c.integer(c.take(m, "id", true))
	out.Tags = c.strList(c.take(m, "tags", false))
	out.Extra = m
	return out
}

func (c *checks) itemList(v any, ok bool) []Item {
	items, isArray := v.([]any)
	c.want(isArray || !ok, c.name+": expected an array")
	if !isArray {
		return nil
	}
	name, out := c.name, make([]Item, len(items))
	for i, item := range items {
		out[i] = c.item(item, true)
		c.name = name
	}
	return out
}

func (c *checks) object(v any, ok bool) map[string]any {
	x, isType := v.(map[string]any)
	c.want(isType || !ok, c.name+": expected an object")
	return x
}

// check reports what the types cannot say about a Item (at nesting level depth).
func (x Item) check(c *checks, depth int) {
	c.want(-maxSafe <= x.ID && x.ID <= maxSafe, "id: beyond ±(2^53-1)")
	for _, v := range x.Tags {
		c.want(utf8.ValidString(v), "tags[]: not valid UTF-8")
	}
	c.want(len(x.Extra) == 0, "Item: undeclared members cannot be signed")
}

// appendJSON appends x as JSON.
func (x Item) appendJSON(b []byte) []byte {
	b = strconv.AppendInt(append(b, `{"id":`...), x.ID, 10)
	if x.Tags != nil {
		b = appendStrings(append(b, `,"tags":`...), x.Tags)
	}
	return append(b, '}')
}

// json checks a free JSON value at nesting level depth: nil, bool, string (UTF-8), int,
// int64 or json.Number (integers within ±(2^53-1)), []any, []string or map[string]any,
// nested at most 64 deep. Floats are refused: a verifier reads integers only.
func (c *checks) json(v any, depth int, where string) {
	if c.err != nil {
		return
	}
	switch v := v.(type) {
	case nil, bool:
	case string:
		c.want(utf8.ValidString(v), where+": not valid UTF-8")
	case int:
		c.want(-maxSafe <= int64(v) && int64(v) <= maxSafe, where+": beyond ±(2^53-1)")
	case int64:
		c.want(-maxSafe <= v && v <= maxSafe, where+": beyond ±(2^53-1)")
	case json.Number:
		n, err := v.Int64()
		c.want(err == nil && -maxSafe <= n && n <= maxSafe, where+": not an integer within ±(2^53-1)")
	case []string:
		c.want(depth <= 64, where+": nested deeper than 64")
		for _, item := range v {
			c.want(utf8.ValidString(item), where+": not valid UTF-8")
		}
	case []any:
		c.want(depth <= 64, where+": nested deeper than 64")
		for _, item := range v {
			c.json(item, depth+1, where)
		}
	case map[string]any:
		c.want(depth <= 64, where+": nested deeper than 64")
		for key, item := range v {
			c.want(utf8.ValidString(key), where+": a key is not valid UTF-8")
			c.json(item, depth+1, where)
		}
	case float32, float64:
		c.want(false, where+": a float; only integers can be signed")
	default:
		c.want(false, where+": not a JSON value")
	}
}

// decodeSecret returns the HMAC key: the secret's text, hex text of the key, at least 16 bytes.
func decodeSecret(secret []byte) ([]byte, error) {
	key := make([]byte, hex.DecodedLen(len(secret)))
	_, err := hex.Decode(key, secret)
	switch {
	case err != nil:
		return nil, &Error{Code: "invalid_key", Detail: "the secret is not valid hex"}
	case len(key) == 0:
		return nil, &Error{Code: "invalid_key", Detail: "the secret is empty"}
	case len(key) < 16:
		return nil, &Error{Code: "weak_key", Detail: "the key is shorter than 16 bytes"}
	}
	return key, nil
}

// decodeBase64URLNoPad reads s as canonical base64url-nopad: the one spelling its encoder writes.
func decodeBase64URLNoPad(s string) ([]byte, bool) {
	b, err := base64.RawURLEncoding.Strict().DecodeString(s)
	return b, err == nil && !strings.ContainsAny(s, "\r\n")
}

// appendString appends s as a JSON string, exactly as Python's json.dumps writes it with ensure_ascii (every code point past U+007E as \uXXXX).
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	done := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= ' ' && c < 0x7f && c != '"' && c != '\\' {
			i++
			continue
		}
		r, size := rune(c), 1
		if c >= 0x80 {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		b = append(b, s[done:i]...)
		if k := strings.IndexByte("\"\\\b\f\n\r\t", c); k >= 0 {
			b = append(b, '\\', `"\bfnrt`[k])
		} else if r > 0xffff {
			hi, lo := utf16.EncodeRune(r)
			b = appendEscape(appendEscape(b, hi), lo)
		} else {
			b = appendEscape(b, r)
		}
		i += size
		done = i
	}
	return append(append(b, s[done:]...), '"')
}

func appendEscape(b []byte, r rune) []byte {
	const hex = "0123456789abcdef"
	return append(b, '\\', 'u', hex[r>>12&15], hex[r>>8&15], hex[r>>4&15], hex[r&15])
}

func appendStrings(b []byte, items []string) []byte {
	b = append(b, '[')
	for i, v := range items {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, v)
	}
	return append(b, ']')
}

func appendItems(b []byte, items []Item) []byte {
	b = append(b, '[')
	for i, v := range items {
		if i > 0 {
			b = append(b, ',')
		}
		b = v.appendJSON(b)
	}
	return append(b, ']')
}

// appendJSON appends v (checked by checks.json) as JSON. Map keys are sorted, as encoding/json
// sorts them: a Go map has no order of its own.
func appendJSON(b []byte, v any) []byte {
	switch v := v.(type) {
	case bool:
		return strconv.AppendBool(b, v)
	case string:
		return appendString(b, v)
	case int:
		return strconv.AppendInt(b, int64(v), 10)
	case int64:
		return strconv.AppendInt(b, v, 10)
	case json.Number:
		n, _ := v.Int64()
		return strconv.AppendInt(b, n, 10)
	case []string:
		b = append(b, '[')
		for i, s := range v {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendString(b, s)
		}
		return append(b, ']')
	case []any:
		b = append(b, '[')
		for i, item := range v {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendJSON(b, item)
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
			b = append(appendString(b, k), ":"...)
			b = appendJSON(b, v[k])
		}
		return append(b, '}')
	}
	return append(b, "null"...)
}

// parseObject reads data as one JSON object, strictly: see parseJSON.
func parseObject(data string, what string) (map[string]any, error) {
	v, err := parseJSON(data)
	m, isObject := v.(map[string]any)
	if err == nil && !isObject {
		err = &Error{Code: "malformed", Detail: what + " is not a JSON object"}
	}
	return m, err
}

// parseJSON reads one JSON document (objects as map[string]any, arrays as []any, integers as
// int64), refusing what two parsers could read differently: invalid UTF-8, lone surrogates,
// duplicate keys, fractions, exponents, leading zeros, -0, integers beyond ±(2^53-1), nesting
// deeper than 64, and anything after the value.
func parseJSON(data string) (any, error) {
	p := parser{data: data}
	if !utf8.ValidString(data) {
		p.fail()
	}
	v := p.value(1)
	if p.space(); p.i < len(data) {
		p.fail()
	}
	return v, p.err
}

type parser struct {
	data string
	i    int
	err  error
}

func (p *parser) fail() {
	if p.err == nil {
		p.err = &Error{Code: "malformed", Detail: "not strict JSON at byte " + strconv.Itoa(p.i)}
	}
}

func (p *parser) space() {
	for p.i < len(p.data) && (p.data[p.i] == ' ' || p.data[p.i] == '\t' || p.data[p.i] == '\n' || p.data[p.i] == '\r') {
		p.i++
	}
}

// next consumes c, after white space, if it comes next.
func (p *parser) next(c byte) bool {
	p.space()
	if p.i < len(p.data) && p.data[p.i] == c {
		p.i++
		return true
	}
	return false
}

func (p *parser) value(depth int) any {
	p.space()
	if p.err != nil || p.i == len(p.data) {
		p.fail()
		return nil
	}
	switch c := p.data[p.i]; {
	case (c == '{' || c == '[') && depth > 64:
		p.fail()
	case c == '{':
		p.i++
		m := map[string]any{}
		for first := true; p.err == nil && !p.next('}'); first = false {
			if !first && !p.next(',') || !p.next('"') {
				p.fail()
				break
			}
			key := p.text()
			if _, repeated := m[key]; repeated || !p.next(':') {
				p.fail()
				break
			}
			m[key] = p.value(depth + 1)
		}
		return m
	case c == '[':
		p.i++
		items := []any{}
		for first := true; p.err == nil && !p.next(']'); first = false {
			if !first && !p.next(',') {
				p.fail()
				break
			}
			items = append(items, p.value(depth+1))
		}
		return items
	case c == '"':
		p.i++
		return p.text()
	case c == '-' || '0' <= c && c <= '9':
		return p.number()
	case p.literal("true"):
		return true
	case p.literal("false"):
		return false
	case !p.literal("null"):
		p.fail()
	}
	return nil
}

func (p *parser) literal(text string) bool {
	if strings.HasPrefix(p.data[p.i:], text) {
		p.i += len(text)
		return true
	}
	return false
}

// number reads an integer: no fraction, no exponent, no leading zero, no -0, within ±(2^53-1).
func (p *parser) number() any {
	negative := p.data[p.i] == '-'
	if negative {
		p.i++
	}
	start, n := p.i, int64(0)
	for ; p.i < len(p.data) && '0' <= p.data[p.i] && p.data[p.i] <= '9' && p.i-start < 17; p.i++ {
		n = n*10 + int64(p.data[p.i]-'0')
	}
	more := p.i < len(p.data) && strings.IndexByte(".eE0123456789", p.data[p.i]) >= 0
	if p.i == start || more || p.data[start] == '0' && (p.i > start+1 || negative) || n > maxSafe {
		p.fail()
	}
	if negative {
		return -n
	}
	return n
}

// text reads a string's rest (after its opening quote), escapes decoded.
func (p *parser) text() string {
	start := p.i
	for p.i < len(p.data) && p.data[p.i] != '"' && p.data[p.i] != '\\' && p.data[p.i] >= ' ' {
		p.i++
	}
	if p.i < len(p.data) && p.data[p.i] == '"' {
		p.i++
		return p.data[start : p.i-1]
	}
	b := append([]byte(nil), p.data[start:p.i]...)
	for p.err == nil {
		switch c := p.at(); {
		case c == '"':
			p.i++
			return string(b)
		case c == '\\' && p.i+1 < len(p.data):
			p.i += 2
			if k := strings.IndexByte(`"\/bfnrt`, p.data[p.i-1]); k >= 0 {
				b = append(b, "\"\\/\b\f\n\r\t"[k])
				break
			}
			r := p.hex4(p.data[p.i-1] == 'u')
			if 0xd800 <= r && r < 0xdc00 { // a high surrogate: its low half must follow
				low := rune(-1)
				if p.at() == '\\' && p.i+1 < len(p.data) && p.data[p.i+1] == 'u' {
					p.i += 2
					low = p.hex4(true)
				}
				if low < 0xdc00 || low > 0xdfff {
					p.fail()
				}
				r = utf16.DecodeRune(r, low)
			} else if r < 0 || utf16.IsSurrogate(r) {
				p.fail()
			}
			b = utf8.AppendRune(b, r)
		case c >= ' ':
			b = append(b, c)
			p.i++
		default:
			p.fail()
		}
	}
	return ""
}

func (p *parser) at() byte {
	if p.i < len(p.data) {
		return p.data[p.i]
	}
	return 0
}

// hex4 reads the four hex digits of a \u escape (-1 when they are not).
func (p *parser) hex4(escape bool) rune {
	if !escape || p.i+4 > len(p.data) {
		return -1
	}
	n, err := strconv.ParseUint(p.data[p.i:p.i+4], 16, 16)
	if err != nil {
		return -1
	}
	p.i += 4
	return rune(n)
}

// appendEscaped appends s percent-encoded: ASCII letters and digits and - _ . ~ stay,
// a space is %20, every other byte is %XX (uppercase).
func appendEscaped(b []byte, s string) []byte {
	const hex = "0123456789ABCDEF"
	done := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', c == '-', c == '.', c == '_', c == '~':
			continue
		case c == ' ':
			b = append(append(b, s[done:i]...), "%20"...)
		default:
			b = append(append(b, s[done:i]...), '%', hex[c>>4], hex[c&15])
		}
		done = i + 1
	}
	return append(b, s[done:]...)
}
