// Code generated from tests/golden/specs/golden-lines.yaml; DO NOT EDIT.

// Package goldenlines signs and verifies the Golden lines fixture of embedseal tests
// (golden-lines). HMAC-SHA256 over host, "/e/" + path (percent), time (json), user (json) and
// groups (json) joined by "\n", base64url; the signature ends the query string.
package goldenlines

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"
)

// Input is what Sign signs.
type Input struct {
	Host    string  // The host input.
	Path    string  // The path input.
	Time    *int64  // The time input. Optional: nil is now.
	User    string  // The user input. At most 64 characters.
	Groups  []int64 // The groups input. Optional.
	Display *string // The display input. Optional.
}

// Claims are what Verify returns: the verified URL's values.
type Claims struct {
	Host    string  // The host claim.
	Path    string  // The path claim.
	Time    int64   // The time claim.
	User    string  // The user claim. At most 64 characters.
	Groups  []int64 // The groups claim. nil when absent.
	Display *string // The display claim. nil when absent.
}

// Signed is what Sign returns.
type Signed struct {
	URL       string // the signed embed URL
	Signature string // the MAC, base64url
}

// Response is the answer in the shape embedseal tests's own samples return.
func (s Signed) Response() map[string]any {
	return map[string]any{
		"url": s.URL,
	}
}

// Error is what Sign and Verify return when they refuse: errors.Is(err, ErrExpired)
// tests its Code, the same in every language. Detail says what is wrong and where; it never
// holds the secret.
type Error struct{ Code, Detail string }

func (e *Error) Error() string { return "goldenlines: " + e.Code + ": " + e.Detail }

// Is reports whether target is an *Error with the same Code.
func (e *Error) Is(target error) bool { t, ok := target.(*Error); return ok && t.Code == e.Code }

// The errors this package returns, by Code, for errors.Is.
var (
	ErrMalformed    = &Error{Code: "malformed"}
	ErrBadSignature = &Error{Code: "bad_signature"}
	ErrExpired      = &Error{Code: "expired"}
	ErrNotYetValid  = &Error{Code: "not_yet_valid"}
	ErrMissingClaim = &Error{Code: "missing_claim"}
	ErrInvalidClaim = &Error{Code: "invalid_claim"}
	ErrInvalidInput = &Error{Code: "invalid_input"}
	ErrInvalidKey   = &Error{Code: "invalid_key"}
	ErrWeakKey      = &Error{Code: "weak_key"}
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

// Sign signs in with secret (base64 text of the key, at least 16 bytes) and returns the signed embed URL and the
// vendor's response. Invalid input is ErrInvalidInput, a bad secret ErrInvalidKey or ErrWeakKey.
func Sign(in Input, secret []byte, opts ...Option) (Signed, error) {
	o := newOptions(opts)
	key, err := decodeSecret(secret)
	if err != nil {
		return Signed{}, err
	}
	timeValue := o.now
	if in.Time != nil {
		timeValue = *in.Time
	}
	c := &checks{code: "invalid_input"}
	c.want(utf8.ValidString(in.Host), "host: not valid UTF-8")
	c.want(utf8.ValidString(in.Path), "path: not valid UTF-8")
	c.want(-maxSafe <= timeValue && timeValue <= maxSafe, "time: beyond ±(2^53-1)")
	c.want(utf8.ValidString(in.User), "user: not valid UTF-8")
	c.want(utf8.RuneCountInString(in.User) <= 64, "user: longer than 64 characters")
	for _, v := range in.Groups {
		c.want(-maxSafe <= v && v <= maxSafe, "groups[]: beyond ±(2^53-1)")
	}
	if in.Display != nil {
		c.want(utf8.ValidString(*in.Display), "display: not valid UTF-8")
	}
	c.want(!strings.ContainsAny(in.Host, "?#"), "host: '?' and '#' cannot appear here")
	if c.err != nil {
		return Signed{}, c.err
	}
	msg := make([]byte, 0, 512)
	msg = append(msg, in.Host...)
	msg = appendEscaped(append(msg, "\n/e/"...), in.Path)
	msg = strconv.AppendInt(append(msg, '\n'), timeValue, 10)
	msg = appendString(append(msg, '\n'), in.User)
	if in.Groups != nil {
		msg = appendInts(append(msg, '\n'), in.Groups)
	}
	mac := hmac.New(sha256.New, key)
	mac.Write(msg)
	signature := base64.URLEncoding.EncodeToString(mac.Sum(nil))
	// --8<-- [start:url]
	u := make([]byte, 0, len(msg)+512)
	u = append(append(u, "https://"...), in.Host...)
	u = appendEscaped(append(u, "/e/"...), in.Path)
	u = appendEscaped(append(u, "?time="...), strconv.FormatInt(timeValue, 10))
	u = appendEscaped(append(u, "&user="...), string(appendString(nil, in.User)))
	if in.Groups != nil {
		u = appendEscaped(append(u, "&groups="...), string(appendInts(nil, in.Groups)))
	}
	if in.Display != nil {
		u = appendEscaped(append(u, "&display="...), *in.Display)
	}
	u = appendEscaped(append(u, "&sig="...), signature)
	// --8<-- [end:url]
	return Signed{URL: string(u), Signature: signature}, nil
}

// --8<-- [end:sign]

// --8<-- [start:verify]

// Verify checks a signed URL with secret and returns its values, or an *Error whose Code says
// why it was refused (ErrExpired, ErrBadSignature, ...). The MAC covers the URL's text as
// received.
func Verify(rawURL string, secret []byte, opts ...Option) (Claims, error) {
	o := newOptions(opts)
	key, err := decodeSecret(secret)
	if err != nil {
		return Claims{}, err
	}
	beforeFragment, _, _ := strings.Cut(rawURL, "#")
	base, query, _ := strings.Cut(beforeFragment, "?")
	rest, ok := base, true
	ok = ok && strings.HasPrefix(rest, "https://")
	rest = strings.TrimPrefix(rest, "https://")
	hostRaw, after, cut := strings.Cut(rest, "/e/")
	rest, ok = after, ok && cut
	pathRaw := rest
	pathText, decoded := unescape(pathRaw)
	ok = ok && decoded
	if !ok {
		return Claims{}, &Error{Code: "malformed", Detail: "the URL does not match https://{host}/e/{path}"}
	}
	q, err := readQuery(query)
	if err != nil {
		return Claims{}, err
	}
	signature, ok := decodeBase64URL(q["sig"])
	if !ok {
		return Claims{}, &Error{Code: "malformed", Detail: "the signature is not canonical base64url"}
	}
	msg := make([]byte, 0, len(rawURL))
	msg = append(msg, hostRaw...)
	msg = append(append(msg, "\n/e/"...), pathRaw...)
	for _, name := range [...]string{"time", "user", "groups"} {
		if t, found := q[name]; found {
			msg = append(append(msg, '\n'), t...)
		}
	}
	mac := hmac.New(sha256.New, key)
	mac.Write(msg)
	if !hmac.Equal(mac.Sum(nil), signature) {
		return Claims{}, &Error{Code: "bad_signature", Detail: "the signature does not match"}
	}
	m := map[string]any{}
	m["host"] = hostRaw
	m["path"] = pathText
	if t, found := q["time"]; found {
		n, isInteger := integerText(t)
		if !isInteger {
			return Claims{}, &Error{Code: "invalid_claim", Detail: "time: not an integer"}
		}
		m["time"] = n
	}
	for _, name := range [...]string{"user", "groups"} {
		if t, found := q[name]; found {
			v, err := parseJSON(t)
			if err != nil {
				return Claims{}, err
			}
			m[name] = v
		}
	}
	if t, found := q["display"]; found {
		m["display"] = t
	}
	c := &checks{code: "invalid_claim"}
	var out Claims
	out.Host = c.str(c.take(m, "host", true))
	out.Path = c.str(c.take(m, "path", true))
	out.Time = c.integer(c.take(m, "time", true))
	out.User = c.str(c.take(m, "user", true))
	c.want(utf8.RuneCountInString(out.User) <= 64, "user: longer than 64 characters")
	out.Groups = c.integerList(c.take(m, "groups", false))
	if v, ok := c.take(m, "display", false); ok {
		value := c.str(v, ok)
		out.Display = &value
	}
	if c.err != nil {
		return Claims{}, c.err
	}
	if out.Time+120+10 <= o.now {
		return Claims{}, &Error{Code: "expired", Detail: "time is too old"}
	}
	if out.Time-10 > o.now {
		return Claims{}, &Error{Code: "not_yet_valid", Detail: "time is in the future"}
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

func (c *checks) integerList(v any, ok bool) []int64 {
	items, isArray := v.([]any)
	c.want(isArray || !ok, c.name+": expected an array")
	if !isArray {
		return nil
	}
	name, out := c.name, make([]int64, len(items))
	for i, item := range items {
		out[i] = c.integer(item, true)
		c.name = name
	}
	return out
}

// decodeSecret returns the HMAC key: the secret's text, base64 text of the key, at least 16 bytes.
func decodeSecret(secret []byte) ([]byte, error) {
	// Padding complete; encoding/base64 would skip line breaks, so they are refused here.
	enc := base64.StdEncoding
	key := make([]byte, enc.DecodedLen(len(secret)))
	n, err := enc.Decode(key, secret)
	key = key[:n]
	if bytes.ContainsAny(secret, "\r\n") {
		err = base64.CorruptInputError(0)
	}
	switch {
	case err != nil:
		return nil, &Error{Code: "invalid_key", Detail: "the secret is not valid base64"}
	case len(key) == 0:
		return nil, &Error{Code: "invalid_key", Detail: "the secret is empty"}
	case len(key) < 16:
		return nil, &Error{Code: "weak_key", Detail: "the key is shorter than 16 bytes"}
	}
	return key, nil
}

// decodeBase64URL reads s as canonical base64url: the one spelling its encoder writes.
func decodeBase64URL(s string) ([]byte, bool) {
	b, err := base64.URLEncoding.Strict().DecodeString(s)
	return b, err == nil && !strings.ContainsAny(s, "\r\n")
}

// readQuery percent-decodes a signed URL's query by name, as the vendor's server reads it: only
// these parameters, in any order, each at most once, with "sig" among them; anything else is
// malformed.
func readQuery(query string) (map[string]string, error) {
	got := make(map[string]string, 5)
	for _, item := range strings.Split(query, "&") {
		rawName, rawValue, hasValue := strings.Cut(item, "=")
		name, nameOK := unescape(rawName)
		value, valueOK := unescape(rawValue)
		switch name {
		case "time", "user", "groups", "display", "sig":
		default:
			return nil, &Error{Code: "malformed", Detail: "unexpected query item " + strconv.Quote(rawName)}
		}
		if _, repeated := got[name]; repeated || !hasValue || !nameOK || !valueOK {
			return nil, &Error{Code: "malformed", Detail: "repeated or undecodable query item " + strconv.Quote(rawName)}
		}
		got[name] = value
	}
	if _, signed := got["sig"]; !signed {
		return nil, &Error{Code: "malformed", Detail: "the query has no sig"}
	}
	return got, nil
}

// unescape percent-decodes s ('+' stays '+'); a stray '%' or bytes that are not UTF-8 fail.
func unescape(s string) (string, bool) {
	t, err := url.PathUnescape(s)
	return t, err == nil && utf8.ValidString(t)
}

// integerText reads an integer as a signed URL writes it: decimal, no '+', no leading zero.
func integerText(s string) (int64, bool) {
	n, err := strconv.ParseInt(s, 10, 64)
	return n, err == nil && strconv.FormatInt(n, 10) == s && -maxSafe <= n && n <= maxSafe
}

// appendString appends s as a JSON string, exactly as Python's json.dumps writes it (non-ASCII as UTF-8).
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	done := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= ' ' && c != '"' && c != '\\' {
			i++
			continue
		}
		r, size := rune(c), 1
		b = append(b, s[done:i]...)
		if k := strings.IndexByte("\"\\\b\f\n\r\t", c); k >= 0 {
			b = append(b, '\\', `"\bfnrt`[k])
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

func appendInts(b []byte, items []int64) []byte {
	b = append(b, '[')
	for i, v := range items {
		if i > 0 {
			b = append(b, ", "...)
		}
		b = strconv.AppendInt(b, v, 10)
	}
	return append(b, ']')
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
// a space is +, every other byte is %XX (uppercase).
func appendEscaped(b []byte, s string) []byte {
	const hex = "0123456789ABCDEF"
	done := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', c == '-', c == '.', c == '_', c == '~':
			continue
		case c == ' ':
			b = append(append(b, s[done:i]...), "+"...)
		default:
			b = append(append(b, s[done:i]...), '%', hex[c>>4], hex[c&15])
		}
		done = i + 1
	}
	return append(b, s[done:]...)
}
