// Code generated from spec/formats/sisense-jwt.yaml; DO NOT EDIT.

// Package sisensejwt signs and verifies the Sisense SSO JWT of Sisense (sisense-jwt). A JWS: the
// header {"alg": "HS256", "typ": "JWT"} and the payload (iat, sub, jti, exp) as JSON, each
// base64url without padding, then HMAC-SHA256 over "header.payload".
package sisensejwt

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"
)

// Input is what Sign signs (its URL fields only build the embed URL).
type Input struct {
	IAT        *int64  // When the token was issued; Sisense allows up to 5 minutes of clock skew. Optional: nil is now.
	Sub        string  // The user's email address or username in Sisense.
	JTI        *string // A unique token id; Sisense accepts each token once (replay protection). Optional: nil draws a random UUID.
	Exp        *int64  // Optional expiry (Unix seconds). Optional.
	SisenseURL string  // The Sisense server, without a trailing slash (https://analytics.example.com).
	ReturnTo   *string // The page to open after login, as Sisense passed it to the remote-login URL. Optional.
}

// Claims are what Verify returns: the verified token's members.
type Claims struct {
	IAT   int64          // When the token was issued; Sisense allows up to 5 minutes of clock skew.
	Sub   string         // The user's email address or username in Sisense.
	JTI   string         // A unique token id; Sisense accepts each token once (replay protection).
	Exp   *int64         // Optional expiry (Unix seconds). nil when absent.
	Extra map[string]any // the members this format does not declare, as received
}

// Signed is what Sign returns.
type Signed struct {
	Token     string // the signed token
	URL       string // the embed URL that carries it
	Signature string // the MAC, base64url-nopad
}

// Response is the answer in the shape Sisense's own samples return.
func (s Signed) Response() map[string]any {
	return map[string]any{
		"token": s.Token,
		"url":   s.URL,
	}
}

// Error is what Sign, EmbedURL and Verify return when they refuse: errors.Is(err, ErrExpired)
// tests its Code, the same in every language. Detail says what is wrong and where; it never
// holds the secret.
type Error struct{ Code, Detail string }

func (e *Error) Error() string { return "sisensejwt: " + e.Code + ": " + e.Detail }

// Is reports whether target is an *Error with the same Code.
func (e *Error) Is(target error) bool { t, ok := target.(*Error); return ok && t.Code == e.Code }

// The errors this package returns, by Code, for errors.Is.
var (
	ErrMalformed     = &Error{Code: "malformed"}
	ErrBadSignature  = &Error{Code: "bad_signature"}
	ErrAlgNotAllowed = &Error{Code: "alg_not_allowed"}
	ErrExpired       = &Error{Code: "expired"}
	ErrNotYetValid   = &Error{Code: "not_yet_valid"}
	ErrMissingClaim  = &Error{Code: "missing_claim"}
	ErrInvalidClaim  = &Error{Code: "invalid_claim"}
	ErrInvalidInput  = &Error{Code: "invalid_input"}
	ErrInvalidKey    = &Error{Code: "invalid_key"}
	ErrWeakKey       = &Error{Code: "weak_key"}
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

// Sign signs in with secret (its UTF-8 bytes are the key, at least 32 bytes) and returns the token, its embed URL and
// the vendor's response. Invalid input is ErrInvalidInput, a bad secret ErrInvalidKey or ErrWeakKey.
func Sign(in Input, secret []byte, opts ...Option) (Signed, error) {
	o := newOptions(opts)
	key, err := decodeSecret(secret)
	if err != nil {
		return Signed{}, err
	}
	iat := o.now
	if in.IAT != nil {
		iat = *in.IAT
	}
	var jti string
	if in.JTI != nil {
		jti = *in.JTI
	} else {
		jtiBytes := make([]byte, 16)
		if _, err := io.ReadFull(o.random, jtiBytes); err != nil {
			return Signed{}, &Error{Code: "invalid_input", Detail: "the random source ran out"}
		}
		jti = uuid(jtiBytes)
	}
	c := &checks{code: "invalid_input"}
	c.want(-maxSafe <= iat && iat <= maxSafe, "iat: beyond ±(2^53-1)")
	c.want(utf8.ValidString(in.Sub), "sub: not valid UTF-8")
	c.want(utf8.ValidString(jti), "jti: not valid UTF-8")
	if in.Exp != nil {
		c.want(-maxSafe <= *in.Exp && *in.Exp <= maxSafe, "exp: beyond ±(2^53-1)")
	}
	if c.err != nil {
		return Signed{}, c.err
	}
	p := make([]byte, 0, 256)
	p = strconv.AppendInt(append(p, `{"iat":`...), iat, 10)
	p = appendString(append(p, `,"sub":`...), in.Sub)
	p = appendString(append(p, `,"jti":`...), jti)
	if in.Exp != nil {
		p = strconv.AppendInt(append(p, `,"exp":`...), *in.Exp, 10)
	}
	p = append(p, '}')
	signingInput := "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + base64.RawURLEncoding.EncodeToString(p)
	mac := hmac.New(sha256.New, key)
	mac.Write([]byte(signingInput))
	signature := base64.RawURLEncoding.EncodeToString(mac.Sum(nil))
	token := signingInput + "." + signature
	// appendEscaped keeps every character this token can hold: the URL takes it unscanned.
	url, err := embedURL(token, in, false)
	if err != nil {
		return Signed{}, err
	}
	return Signed{Token: token, URL: url, Signature: signature}, nil
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
	c.want(utf8.ValidString(in.SisenseURL), "sisense_url: not valid UTF-8")
	if in.ReturnTo != nil {
		c.want(utf8.ValidString(*in.ReturnTo), "return_to: not valid UTF-8")
	}
	c.want(!strings.ContainsAny(in.SisenseURL, "?#"), "sisense_url: '?' and '#' cannot appear here")
	if c.err != nil {
		return "", c.err
	}
	u := make([]byte, 0, len(token)+128)
	u = append(u, in.SisenseURL...)
	u = append(u, "/jwt"...)
	u = append(u, "?jwt="...)
	if escape {
		u = appendEscaped(u, token)
	} else {
		u = append(u, token...)
	}
	if in.ReturnTo != nil {
		u = appendEscaped(append(u, "&return_to="...), *in.ReturnTo)
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
	if h["alg"] != "HS256" {
		return Claims{}, &Error{Code: "alg_not_allowed", Detail: "alg is not HS256"}
	}
	// RFC 7515 §4.1.11: this verifier understands no extension, so none may be critical.
	if _, critical := h["crit"]; critical {
		return Claims{}, &Error{Code: "malformed", Detail: "the header lists critical extensions"}
	}
	mac := hmac.New(sha256.New, key)
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
	out.IAT = c.integer(c.take(m, "iat", true))
	out.Sub = c.str(c.take(m, "sub", true))
	out.JTI = c.str(c.take(m, "jti", true))
	if v, ok := c.take(m, "exp", false); ok {
		value := c.integer(v, ok)
		out.Exp = &value
	}
	nbf, nbfOK := m["nbf"].(int64)
	_, carriesNBF := m["nbf"]
	c.want(nbfOK || !carriesNBF, "nbf: expected an integer (NumericDate)")
	out.Extra = m
	if c.err != nil {
		return Claims{}, c.err
	}
	if out.Exp != nil && *out.Exp <= o.now {
		return Claims{}, &Error{Code: "expired", Detail: "exp has passed"}
	}
	if out.IAT+300 <= o.now {
		return Claims{}, &Error{Code: "expired", Detail: "iat is too old"}
	}
	if out.IAT > o.now {
		return Claims{}, &Error{Code: "not_yet_valid", Detail: "iat is in the future"}
	}
	if nbfOK && nbf > o.now {
		return Claims{}, &Error{Code: "not_yet_valid", Detail: "nbf is in the future"}
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

func (c *checks) integer(v any, ok bool) int64 {
	x, isType := v.(int64)
	c.want(isType || !ok, c.name+": expected an integer")
	return x
}

func (c *checks) str(v any, ok bool) string {
	x, isType := v.(string)
	c.want(isType || !ok, c.name+": expected a string")
	return x
}

// decodeSecret returns the HMAC key: the secret's text, its UTF-8 bytes are the key, at least 32 bytes.
func decodeSecret(secret []byte) ([]byte, error) {
	key := secret
	switch {
	case !utf8.Valid(key):
		return nil, &Error{Code: "invalid_key", Detail: "the secret is not UTF-8"}
	case len(key) == 0:
		return nil, &Error{Code: "invalid_key", Detail: "the secret is empty"}
	case len(key) < 32:
		return nil, &Error{Code: "weak_key", Detail: "the key is shorter than 32 bytes"}
	}
	return key, nil
}

// decodeBase64URLNoPad reads s as canonical base64url-nopad: the one spelling its encoder writes.
func decodeBase64URLNoPad(s string) ([]byte, bool) {
	b, err := base64.RawURLEncoding.Strict().DecodeString(s)
	return b, err == nil && !strings.ContainsAny(s, "\r\n")
}

// uuid writes 16 random bytes as an RFC 9562 version 4 UUID.
func uuid(b []byte) string {
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	h := hex.EncodeToString(b[:16])
	return h[:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:]
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
