// Code generated from spec/formats/boldbi-embed-url.yaml; DO NOT EDIT.

// Package boldbiembedurl signs and verifies the Bold BI signed embed URL (before v14.1) of Bold BI
// (boldbi-embed-url). HMAC-SHA256 over the query string before the signature parameter, base64;
// the signature ends the query string.
package boldbiembedurl

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"io"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Input is what Sign signs.
type Input struct {
	DashboardURL        string  // The dashboard's URL on your Bold BI server (where the signed query goes).
	EmbedNonce          *string // A random GUID. Optional: nil draws a random UUID.
	EmbedDashboardID    string  // The dashboard id.
	EmbedUserEmail      string  // Email of a Bold BI user allowed to see the dashboard.
	EmbedTimestamp      *int64  // Signing time; without it Bold BI accepts the URL forever. Optional: nil is now.
	EmbedExpirationtime *int64  // Seconds the URL stays valid (needs embed_timestamp). At least 86400 and at most 518400. Optional.
}

// Claims are what Verify returns: the verified URL's values.
type Claims struct {
	DashboardURL        string // The dashboard's URL on your Bold BI server (where the signed query goes).
	EmbedNonce          string // A random GUID.
	EmbedDashboardID    string // The dashboard id.
	EmbedUserEmail      string // Email of a Bold BI user allowed to see the dashboard.
	EmbedTimestamp      *int64 // Signing time; without it Bold BI accepts the URL forever. nil when absent.
	EmbedExpirationtime *int64 // Seconds the URL stays valid (needs embed_timestamp). At least 86400 and at most 518400. nil when absent.
}

// Signed is what Sign returns.
type Signed struct {
	URL       string // the signed embed URL
	Signature string // the MAC, base64
}

// Response is the answer in the shape Bold BI's own samples return.
func (s Signed) Response() map[string]any {
	return map[string]any{
		"url":       s.URL,
		"signature": s.Signature,
	}
}

// Error is what Sign and Verify return when they refuse: errors.Is(err, ErrExpired)
// tests its Code, the same in every language. Detail says what is wrong and where; it never
// holds the secret.
type Error struct{ Code, Detail string }

func (e *Error) Error() string { return "boldbiembedurl: " + e.Code + ": " + e.Detail }

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

// Sign signs in with secret (its UTF-8 bytes are the key) and returns the signed embed URL and the
// vendor's response. Invalid input is ErrInvalidInput, a bad secret ErrInvalidKey.
func Sign(in Input, secret []byte, opts ...Option) (Signed, error) {
	o := newOptions(opts)
	if len(secret) == 0 || !utf8.Valid(secret) {
		return Signed{}, &Error{Code: "invalid_key", Detail: "the secret is empty or not UTF-8"}
	}
	var embedNonce string
	if in.EmbedNonce != nil {
		embedNonce = *in.EmbedNonce
	} else {
		embedNonceBytes := make([]byte, 16)
		if _, err := io.ReadFull(o.random, embedNonceBytes); err != nil {
			return Signed{}, &Error{Code: "invalid_input", Detail: "the random source ran out"}
		}
		embedNonce = uuid(embedNonceBytes)
	}
	embedTimestamp := o.now
	if in.EmbedTimestamp != nil {
		embedTimestamp = *in.EmbedTimestamp
	}
	c := &checks{code: "invalid_input"}
	c.want(utf8.ValidString(in.DashboardURL), "dashboard_url: not valid UTF-8")
	c.want(utf8.ValidString(embedNonce), "embed_nonce: not valid UTF-8")
	c.want(utf8.ValidString(in.EmbedDashboardID), "embed_dashboard_id: not valid UTF-8")
	c.want(utf8.ValidString(in.EmbedUserEmail), "embed_user_email: not valid UTF-8")
	c.want(-maxSafe <= embedTimestamp && embedTimestamp <= maxSafe, "embed_timestamp: beyond ±(2^53-1)")
	if in.EmbedExpirationtime != nil {
		c.want(*in.EmbedExpirationtime >= 86400, "embed_expirationtime: below 86400")
		c.want(*in.EmbedExpirationtime <= 518400, "embed_expirationtime: above 518400")
	}
	c.want(!strings.ContainsAny(in.DashboardURL, "?#"), "dashboard_url: '?' and '#' cannot appear here")
	if c.err != nil {
		return Signed{}, c.err
	}
	q := make([]byte, 0, 256)
	q = appendEscaped(append(q, "embed_nonce="...), embedNonce)
	q = appendEscaped(append(q, "&embed_dashboard_id="...), in.EmbedDashboardID)
	q = appendEscaped(append(q, "&embed_user_email="...), in.EmbedUserEmail)
	q = appendEscaped(append(q, "&embed_timestamp="...), strconv.FormatInt(embedTimestamp, 10))
	if in.EmbedExpirationtime != nil {
		q = appendEscaped(append(q, "&embed_expirationtime="...), strconv.FormatInt(*in.EmbedExpirationtime, 10))
	}
	mac := hmac.New(sha256.New, secret)
	mac.Write(q)
	signature := base64.StdEncoding.EncodeToString(mac.Sum(nil))
	// --8<-- [start:url]
	u := make([]byte, 0, len(q)+256)
	u = append(u, in.DashboardURL...)
	u = append(u, '?')
	u = append(u, q...)
	u = append(u, "&embed_signature="...)
	u = appendEscaped(u, signature)
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
	if len(secret) == 0 || !utf8.Valid(secret) {
		return Claims{}, &Error{Code: "invalid_key", Detail: "the secret is empty or not UTF-8"}
	}
	beforeFragment, _, _ := strings.Cut(rawURL, "#")
	base, query, _ := strings.Cut(beforeFragment, "?")
	rest, ok := base, true
	dashboardURLRaw := rest
	if !ok {
		return Claims{}, &Error{Code: "malformed", Detail: "the URL does not match {dashboard_url}"}
	}
	q, err := readQuery(query)
	if err != nil {
		return Claims{}, err
	}
	signature, ok := decodeBase64(q["embed_signature"])
	if !ok {
		return Claims{}, &Error{Code: "malformed", Detail: "the signature is not canonical base64"}
	}
	msg := ""
	if end := strings.LastIndexByte(query, '&'); end >= 0 {
		msg = query[:end]
	}
	mac := hmac.New(sha256.New, secret)
	mac.Write([]byte(msg))
	if !hmac.Equal(mac.Sum(nil), signature) {
		return Claims{}, &Error{Code: "bad_signature", Detail: "the signature does not match"}
	}
	m := map[string]any{}
	m["dashboard_url"] = dashboardURLRaw
	if t, found := q["embed_nonce"]; found {
		m["embed_nonce"] = t
	}
	if t, found := q["embed_dashboard_id"]; found {
		m["embed_dashboard_id"] = t
	}
	if t, found := q["embed_user_email"]; found {
		m["embed_user_email"] = t
	}
	if t, found := q["embed_timestamp"]; found {
		n, isInteger := integerText(t)
		if !isInteger {
			return Claims{}, &Error{Code: "invalid_claim", Detail: "embed_timestamp: not an integer"}
		}
		m["embed_timestamp"] = n
	}
	if t, found := q["embed_expirationtime"]; found {
		n, isInteger := integerText(t)
		if !isInteger {
			return Claims{}, &Error{Code: "invalid_claim", Detail: "embed_expirationtime: not an integer"}
		}
		m["embed_expirationtime"] = n
	}
	c := &checks{code: "invalid_claim"}
	var out Claims
	out.DashboardURL = c.str(c.take(m, "dashboard_url", true))
	out.EmbedNonce = c.str(c.take(m, "embed_nonce", true))
	out.EmbedDashboardID = c.str(c.take(m, "embed_dashboard_id", true))
	out.EmbedUserEmail = c.str(c.take(m, "embed_user_email", true))
	if v, ok := c.take(m, "embed_timestamp", false); ok {
		value := c.integer(v, ok)
		out.EmbedTimestamp = &value
	}
	if v, ok := c.take(m, "embed_expirationtime", false); ok {
		value := c.integer(v, ok)
		c.want(value >= 86400, "embed_expirationtime: below 86400")
		c.want(value <= 518400, "embed_expirationtime: above 518400")
		out.EmbedExpirationtime = &value
	}
	if c.err != nil {
		return Claims{}, c.err
	}
	if out.EmbedTimestamp != nil && *out.EmbedTimestamp+518400 <= o.now {
		return Claims{}, &Error{Code: "expired", Detail: "embed_timestamp is too old"}
	}
	if out.EmbedTimestamp != nil && *out.EmbedTimestamp > o.now {
		return Claims{}, &Error{Code: "not_yet_valid", Detail: "embed_timestamp is in the future"}
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

// decodeBase64 reads s as canonical base64: the one spelling its encoder writes.
func decodeBase64(s string) ([]byte, bool) {
	b, err := base64.StdEncoding.Strict().DecodeString(s)
	return b, err == nil && !strings.ContainsAny(s, "\r\n")
}

// uuid writes 16 random bytes as an RFC 9562 version 4 UUID.
func uuid(b []byte) string {
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	h := hex.EncodeToString(b[:16])
	return h[:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:]
}

// readQuery percent-decodes a signed URL's query by name, as the vendor's server reads it: only
// these parameters, in any order, each at most once, with "embed_signature" last (the query before
// it is what is signed); anything else is malformed.
func readQuery(query string) (map[string]string, error) {
	got := make(map[string]string, 6)
	last := ""
	for _, item := range strings.Split(query, "&") {
		rawName, rawValue, hasValue := strings.Cut(item, "=")
		name, nameOK := unescape(rawName)
		value, valueOK := unescape(rawValue)
		switch name {
		case "embed_nonce", "embed_dashboard_id", "embed_user_email", "embed_timestamp", "embed_expirationtime", "embed_signature":
		default:
			return nil, &Error{Code: "malformed", Detail: "unexpected query item " + strconv.Quote(rawName)}
		}
		if _, repeated := got[name]; repeated || !hasValue || !nameOK || !valueOK {
			return nil, &Error{Code: "malformed", Detail: "repeated or undecodable query item " + strconv.Quote(rawName)}
		}
		got[name], last = value, name
	}
	if last != "embed_signature" {
		return nil, &Error{Code: "malformed", Detail: "the query does not end with embed_signature"}
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

// appendEscaped appends s percent-encoded: ASCII letters and digits and - _ . ~ @ stay,
// a space is %20, every other byte is %XX (uppercase).
func appendEscaped(b []byte, s string) []byte {
	const hex = "0123456789ABCDEF"
	done := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', c == '-', c == '.', c == '@', c == '_', c == '~':
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
