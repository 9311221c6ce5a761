// Code generated from spec/formats/papermap-iframe.yaml; DO NOT EDIT.

// Package papermapiframe signs and verifies the Papermap iframe token of Papermap
// (papermap-iframe). HMAC-SHA256 over workspace_id and valid_until, hex; the token is the JSON
// object (api_key_id, workspace_id, tenant_id, dashboard_id, valid_until, signature), base64url.
package papermapiframe

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"
)

// Input is what Sign signs.
type Input struct {
	APIKeyID    string // Your Papermap API key identifier (ak_…), the same for every token.
	WorkspaceID string // The Papermap workspace that holds the dashboard.
	TenantID    string // Your customer (tenant) the dashboard is shown to.
	DashboardID string // The tenant's dashboard.
	ValidUntil  *int64 // When the token stops working (Unix seconds); one hour from now by default. Optional: nil is now + 3600 s.
}

// Claims are what Verify returns: the verified token's members.
type Claims struct {
	APIKeyID    string         // Your Papermap API key identifier (ak_…), the same for every token.
	WorkspaceID string         // The Papermap workspace that holds the dashboard.
	TenantID    string         // Your customer (tenant) the dashboard is shown to.
	DashboardID string         // The tenant's dashboard.
	ValidUntil  int64          // When the token stops working (Unix seconds); one hour from now by default.
	Extra       map[string]any // the members this format does not declare, as received
}

// Signed is what Sign returns.
type Signed struct {
	Token       string // the signed token
	URL         string // the embed URL that carries it
	Signature   string // the MAC, hex
	DashboardID string // dashboard_id, as signed
	ExpiresAt   int64  // valid_until, as signed
}

// Response is the answer in the shape Papermap's own samples return.
func (s Signed) Response() map[string]any {
	return map[string]any{
		"token":        s.Token,
		"dashboard_id": s.DashboardID,
		"expires_at":   s.ExpiresAt,
	}
}

// Error is what Sign, EmbedURL and Verify return when they refuse: errors.Is(err, ErrExpired)
// tests its Code, the same in every language. Detail says what is wrong and where; it never
// holds the secret.
type Error struct{ Code, Detail string }

func (e *Error) Error() string { return "papermapiframe: " + e.Code + ": " + e.Detail }

// Is reports whether target is an *Error with the same Code.
func (e *Error) Is(target error) bool { t, ok := target.(*Error); return ok && t.Code == e.Code }

// The errors this package returns, by Code, for errors.Is.
var (
	ErrMalformed    = &Error{Code: "malformed"}
	ErrBadSignature = &Error{Code: "bad_signature"}
	ErrExpired      = &Error{Code: "expired"}
	ErrMissingClaim = &Error{Code: "missing_claim"}
	ErrInvalidClaim = &Error{Code: "invalid_claim"}
	ErrInvalidInput = &Error{Code: "invalid_input"}
	ErrInvalidKey   = &Error{Code: "invalid_key"}
)

// Option changes one call: WithNow.
type Option func(*options)

type options struct{ now int64 }

// WithNow makes the call act as if the time were t (by default it is time.Now()).
func WithNow(t time.Time) Option { return func(o *options) { o.now = t.Unix() } }

func newOptions(opts []Option) options {
	o := options{now: time.Now().Unix()}
	for _, opt := range opts {
		opt(&o)
	}
	return o
}

// --8<-- [start:sign]

// Sign signs in with secret (its UTF-8 bytes are the key) and returns the token, its embed URL and
// the vendor's response. Invalid input is ErrInvalidInput, a bad secret ErrInvalidKey.
func Sign(in Input, secret []byte, opts ...Option) (Signed, error) {
	o := newOptions(opts)
	if len(secret) == 0 || !utf8.Valid(secret) {
		return Signed{}, &Error{Code: "invalid_key", Detail: "the secret is empty or not UTF-8"}
	}
	validUntil := o.now + 3600
	if in.ValidUntil != nil {
		validUntil = *in.ValidUntil
	}
	c := &checks{code: "invalid_input"}
	c.want(utf8.ValidString(in.APIKeyID), "api_key_id: not valid UTF-8")
	c.want(utf8.ValidString(in.WorkspaceID), "workspace_id: not valid UTF-8")
	c.want(utf8.ValidString(in.TenantID), "tenant_id: not valid UTF-8")
	c.want(utf8.ValidString(in.DashboardID), "dashboard_id: not valid UTF-8")
	c.want(-maxSafe <= validUntil && validUntil <= maxSafe, "valid_until: beyond ±(2^53-1)")
	if c.err != nil {
		return Signed{}, c.err
	}
	msg := make([]byte, 0, 128)
	msg = append(msg, in.WorkspaceID...)
	msg = strconv.AppendInt(msg, validUntil, 10)
	mac := hmac.New(sha256.New, secret)
	mac.Write(msg)
	signature := hex.EncodeToString(mac.Sum(nil))
	b := make([]byte, 0, 256)
	b = appendString(append(b, `{"api_key_id": `...), in.APIKeyID)
	b = appendString(append(b, `, "workspace_id": `...), in.WorkspaceID)
	b = appendString(append(b, `, "tenant_id": `...), in.TenantID)
	b = appendString(append(b, `, "dashboard_id": `...), in.DashboardID)
	b = strconv.AppendInt(append(b, `, "valid_until": `...), validUntil, 10)
	b = appendString(append(b, `, "signature": `...), signature)
	b = append(b, '}')
	token := base64.URLEncoding.EncodeToString(b)
	// appendEscaped keeps every character this token can hold: the URL takes it unscanned.
	url, err := embedURL(token, in, false)
	if err != nil {
		return Signed{}, err
	}
	return Signed{Token: token, URL: url, Signature: signature, DashboardID: in.DashboardID, ExpiresAt: validUntil}, nil
}

// --8<-- [end:sign]

// --8<-- [start:url]

// EmbedURL returns the embed URL that carries token (from Sign, or from a cache). The token is
// percent-encoded, as one from a cache may hold any character.
func EmbedURL(token string, in Input) (string, error) {
	return embedURL(token, in, true)
}

// embedURL is EmbedURL; escape false puts token into the URL unscanned, for Sign, whose tokens
// hold only characters appendEscaped keeps.
func embedURL(token string, in Input, escape bool) (string, error) {
	u := make([]byte, 0, len(token)+128)
	u = append(u, "https://papermap.ai/embedded/dashboard"...)
	u = append(u, "?embedded-token="...)
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
func Verify(token string, secret []byte, opts ...Option) (Claims, error) {
	o := newOptions(opts)
	if len(secret) == 0 || !utf8.Valid(secret) {
		return Claims{}, &Error{Code: "invalid_key", Detail: "the secret is empty or not UTF-8"}
	}
	data, ok := decodeBase64URL(token)
	if !ok {
		return Claims{}, &Error{Code: "malformed", Detail: "the token is not canonical base64url"}
	}
	m, err := parseObject(string(data), "the token")
	if err != nil {
		return Claims{}, err
	}
	c := &checks{code: "invalid_claim"}
	var out Claims
	out.APIKeyID = c.str(c.take(m, "api_key_id", true))
	out.WorkspaceID = c.str(c.take(m, "workspace_id", true))
	out.TenantID = c.str(c.take(m, "tenant_id", true))
	out.DashboardID = c.str(c.take(m, "dashboard_id", true))
	out.ValidUntil = c.integer(c.take(m, "valid_until", true))
	signatureText := c.str(c.take(m, "signature", true))
	out.Extra = m
	if c.err != nil {
		return Claims{}, c.err
	}
	signature, ok := decodeHex(signatureText)
	if !ok {
		return Claims{}, &Error{Code: "malformed", Detail: "signature is not canonical hex"}
	}
	msg := make([]byte, 0, 128)
	msg = append(msg, out.WorkspaceID...)
	msg = strconv.AppendInt(msg, out.ValidUntil, 10)
	mac := hmac.New(sha256.New, secret)
	mac.Write(msg)
	if !hmac.Equal(mac.Sum(nil), signature) {
		return Claims{}, &Error{Code: "bad_signature", Detail: "the signature does not match"}
	}
	if out.ValidUntil <= o.now {
		return Claims{}, &Error{Code: "expired", Detail: "valid_until has passed"}
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

// decodeBase64URL reads s as canonical base64url: the one spelling its encoder writes.
func decodeBase64URL(s string) ([]byte, bool) {
	b, err := base64.URLEncoding.Strict().DecodeString(s)
	return b, err == nil && !strings.ContainsAny(s, "\r\n")
}

// decodeHex reads s as canonical hex: the one spelling its encoder writes.
func decodeHex(s string) ([]byte, bool) {
	b, err := hex.DecodeString(s)
	return b, err == nil && strings.ToLower(s) == s
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

// appendEscaped appends s percent-encoded: ASCII letters and digits and - _ . ~ = stay,
// a space is %20, every other byte is %XX (uppercase).
func appendEscaped(b []byte, s string) []byte {
	const hex = "0123456789ABCDEF"
	done := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', c == '-', c == '.', c == '=', c == '_', c == '~':
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
