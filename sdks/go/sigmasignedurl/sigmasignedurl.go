// Code generated from spec/formats/sigma-signed-url.yaml; DO NOT EDIT.

// Package sigmasignedurl signs and verifies the Sigma signed embed URL of Sigma Computing
// (sigma-signed-url). HMAC-SHA256 over the URL before the signature parameter (base, "?" and
// query), hex; the signature ends the query string.
package sigmasignedurl

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Input is what Sign signs.
type Input struct {
	EmbedPath        string            // The embed path Sigma generated for the workbook, page or element.
	Nonce            *string           // A unique random string; Sigma accepts each URL once. At most 255 characters. Optional: nil draws a random UUID.
	Email            string            // The embed user's email address.
	ExternalUserID   string            // A unique identifier of the embed user in your application.
	ClientID         string            // The client ID paired with the embed secret.
	Time             *int64            // When the URL was signed; the session lasts :session_length seconds from it. Optional: nil is now.
	SessionLength    *int64            // How long the embed session stays valid, in seconds (at most 30 days). At least 0 and at most 2592000. Optional: nil is 3600.
	ExternalUserTeam string            // The Sigma teams of the embed user, separated by commas (never encoded).
	AccountType      *string           // The embed user's account type (viewer, creator, or a custom one). Optional.
	UserAttributes   map[string]string // Sigma user attributes for row-level security, one :ua_<name> parameter each; several values go in one text, separated by commas (":ua_Region=West,Midwest"). Optional.
}

// Claims are what Verify returns: the verified URL's values.
type Claims struct {
	EmbedPath        string            // The embed path Sigma generated for the workbook, page or element.
	Nonce            string            // A unique random string; Sigma accepts each URL once. At most 255 characters.
	Email            string            // The embed user's email address.
	ExternalUserID   string            // A unique identifier of the embed user in your application.
	ClientID         string            // The client ID paired with the embed secret.
	Time             int64             // When the URL was signed; the session lasts :session_length seconds from it.
	SessionLength    int64             // How long the embed session stays valid, in seconds (at most 30 days). At least 0 and at most 2592000.
	Mode             string            // The embed type; secure embeds are always "userbacked".
	ExternalUserTeam string            // The Sigma teams of the embed user, separated by commas (never encoded).
	AccountType      *string           // The embed user's account type (viewer, creator, or a custom one). nil when absent.
	UserAttributes   map[string]string // Sigma user attributes for row-level security, one :ua_<name> parameter each; several values go in one text, separated by commas (":ua_Region=West,Midwest"). nil when absent.
}

// Signed is what Sign returns.
type Signed struct {
	URL       string // the signed embed URL
	Signature string // the MAC, hex
}

// Response is the answer in the shape Sigma Computing's own samples return.
func (s Signed) Response() map[string]any {
	return map[string]any{
		"url": s.URL,
	}
}

// Error is what Sign and Verify return when they refuse: errors.Is(err, ErrExpired)
// tests its Code, the same in every language. Detail says what is wrong and where; it never
// holds the secret.
type Error struct{ Code, Detail string }

func (e *Error) Error() string { return "sigmasignedurl: " + e.Code + ": " + e.Detail }

// Is reports whether target is an *Error with the same Code.
func (e *Error) Is(target error) bool { t, ok := target.(*Error); return ok && t.Code == e.Code }

// The errors this package returns, by Code, for errors.Is.
var (
	ErrMalformed       = &Error{Code: "malformed"}
	ErrBadSignature    = &Error{Code: "bad_signature"}
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

// Sign signs in with secret (its UTF-8 bytes are the key, at least 32 bytes) and returns the signed embed URL and the
// vendor's response. Invalid input is ErrInvalidInput, a bad secret ErrInvalidKey or ErrWeakKey.
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
		nonceBytes := make([]byte, 16)
		if _, err := io.ReadFull(o.random, nonceBytes); err != nil {
			return Signed{}, &Error{Code: "invalid_input", Detail: "the random source ran out"}
		}
		nonce = uuid(nonceBytes)
	}
	timeValue := o.now
	if in.Time != nil {
		timeValue = *in.Time
	}
	sessionLength := int64(3600)
	if in.SessionLength != nil {
		sessionLength = *in.SessionLength
	}
	c := &checks{code: "invalid_input"}
	c.want(utf8.ValidString(in.EmbedPath), "embed_path: not valid UTF-8")
	c.want(utf8.ValidString(nonce), ":nonce: not valid UTF-8")
	c.want(utf8.RuneCountInString(nonce) <= 255, ":nonce: longer than 255 characters")
	c.want(utf8.ValidString(in.Email), ":email: not valid UTF-8")
	c.want(utf8.ValidString(in.ExternalUserID), ":external_user_id: not valid UTF-8")
	c.want(utf8.ValidString(in.ClientID), ":client_id: not valid UTF-8")
	c.want(-maxSafe <= timeValue && timeValue <= maxSafe, ":time: beyond ±(2^53-1)")
	c.want(sessionLength >= 0, ":session_length: below 0")
	c.want(sessionLength <= 2592000, ":session_length: above 2592000")
	c.want(utf8.ValidString(in.ExternalUserTeam), ":external_user_team: not valid UTF-8")
	if in.AccountType != nil {
		c.want(utf8.ValidString(*in.AccountType), ":account_type: not valid UTF-8")
	}
	for k, v := range in.UserAttributes {
		c.want(k != "" && utf8.ValidString(k), "user_attributes: a key is empty or not valid UTF-8")
		c.want(utf8.ValidString(v), "user_attributes[]: not valid UTF-8")
	}
	c.want(!strings.ContainsAny(in.EmbedPath, "?#"), "embed_path: '?' and '#' cannot appear here")
	if c.err != nil {
		return Signed{}, c.err
	}
	// --8<-- [start:url]
	u := make([]byte, 0, 512)
	u = append(u, in.EmbedPath...)
	u = append(u, '?')
	u = appendEscaped(append(u, ":nonce="...), nonce)
	u = appendEscaped(append(u, "&:email="...), in.Email)
	u = appendEscaped(append(u, "&:external_user_id="...), in.ExternalUserID)
	u = appendEscaped(append(u, "&:client_id="...), in.ClientID)
	u = appendEscaped(append(u, "&:time="...), strconv.FormatInt(timeValue, 10))
	u = appendEscaped(append(u, "&:session_length="...), strconv.FormatInt(sessionLength, 10))
	u = appendEscaped(append(u, "&:mode="...), "userbacked")
	u = appendEscaped(append(u, "&:external_user_team="...), in.ExternalUserTeam)
	if in.AccountType != nil {
		u = appendEscaped(append(u, "&:account_type="...), *in.AccountType)
	}
	u = appendPrefixed(u, ":ua_", in.UserAttributes)
	mac := hmac.New(sha256.New, key)
	mac.Write(u)
	signature := hex.EncodeToString(mac.Sum(nil))
	u = append(u, "&:signature="...)
	u = append(u, signature...)
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
	embedPathRaw := rest
	if !ok {
		return Claims{}, &Error{Code: "malformed", Detail: "the URL does not match {embed_path}"}
	}
	q, err := readQuery(query)
	if err != nil {
		return Claims{}, err
	}
	signature, ok := decodeHex(q[":signature"])
	if !ok {
		return Claims{}, &Error{Code: "malformed", Detail: "the signature is not canonical hex"}
	}
	msg := base + "?"
	if end := strings.LastIndexByte(query, '&'); end >= 0 {
		msg += query[:end]
	}
	mac := hmac.New(sha256.New, key)
	mac.Write([]byte(msg))
	if !hmac.Equal(mac.Sum(nil), signature) {
		return Claims{}, &Error{Code: "bad_signature", Detail: "the signature does not match"}
	}
	m := map[string]any{}
	m["embed_path"] = embedPathRaw
	if t, found := q[":nonce"]; found {
		m[":nonce"] = t
	}
	if t, found := q[":email"]; found {
		m[":email"] = t
	}
	if t, found := q[":external_user_id"]; found {
		m[":external_user_id"] = t
	}
	if t, found := q[":client_id"]; found {
		m[":client_id"] = t
	}
	if t, found := q[":time"]; found {
		n, isInteger := integerText(t)
		if !isInteger {
			return Claims{}, &Error{Code: "invalid_claim", Detail: ":time: not an integer"}
		}
		m[":time"] = n
	}
	if t, found := q[":session_length"]; found {
		n, isInteger := integerText(t)
		if !isInteger {
			return Claims{}, &Error{Code: "invalid_claim", Detail: ":session_length: not an integer"}
		}
		m[":session_length"] = n
	}
	if t, found := q[":mode"]; found {
		m[":mode"] = t
	}
	if t, found := q[":external_user_team"]; found {
		m[":external_user_team"] = t
	}
	if t, found := q[":account_type"]; found {
		m[":account_type"] = t
	}
	c := &checks{code: "invalid_claim"}
	var out Claims
	out.EmbedPath = c.str(c.take(m, "embed_path", true))
	out.Nonce = c.str(c.take(m, ":nonce", true))
	c.want(utf8.RuneCountInString(out.Nonce) <= 255, ":nonce: longer than 255 characters")
	out.Email = c.str(c.take(m, ":email", true))
	out.ExternalUserID = c.str(c.take(m, ":external_user_id", true))
	out.ClientID = c.str(c.take(m, ":client_id", true))
	out.Time = c.integer(c.take(m, ":time", true))
	out.SessionLength = c.integer(c.take(m, ":session_length", true))
	c.want(out.SessionLength >= 0, ":session_length: below 0")
	c.want(out.SessionLength <= 2592000, ":session_length: above 2592000")
	out.Mode = c.str(c.take(m, ":mode", true))
	c.want(out.Mode == "userbacked", ":mode: not the fixed value")
	out.ExternalUserTeam = c.str(c.take(m, ":external_user_team", true))
	if v, ok := c.take(m, ":account_type", false); ok {
		value := c.str(v, ok)
		out.AccountType = &value
	}
	out.UserAttributes = prefixed(q, ":ua_")
	if c.err != nil {
		return Claims{}, c.err
	}
	if out.Time+out.SessionLength <= o.now {
		return Claims{}, &Error{Code: "expired", Detail: ":time + :session_length has passed"}
	}
	if out.Time > o.now {
		return Claims{}, &Error{Code: "not_yet_valid", Detail: ":time is in the future"}
	}
	if out.SessionLength > 2592000 {
		return Claims{}, &Error{Code: "lifetime_too_long", Detail: "lives longer than 2592000s"}
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

// decodeHex reads s as canonical hex: the one spelling its encoder writes.
func decodeHex(s string) ([]byte, bool) {
	b, err := hex.DecodeString(s)
	return b, err == nil && strings.ToLower(s) == s
}

// uuid writes 16 random bytes as an RFC 9562 version 4 UUID.
func uuid(b []byte) string {
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	h := hex.EncodeToString(b[:16])
	return h[:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:]
}

// readQuery percent-decodes a signed URL's query by name, as the vendor's server reads it: only
// these parameters (and ":ua_" + key, a map's), in any order, each at most once, with ":signature"
// last (the URL before it is what is signed); anything else is malformed.
func readQuery(query string) (map[string]string, error) {
	got := make(map[string]string, 11)
	last := ""
	for _, item := range strings.Split(query, "&") {
		rawName, rawValue, hasValue := strings.Cut(item, "=")
		name, nameOK := unescapeForm(rawName)
		value, valueOK := unescapeForm(rawValue)
		switch name {
		case ":nonce", ":email", ":external_user_id", ":client_id", ":time", ":session_length", ":mode", ":external_user_team", ":account_type", ":signature":
		default:
			if !strings.HasPrefix(name, ":ua_") || name == ":ua_" {
				return nil, &Error{Code: "malformed", Detail: "unexpected query item " + strconv.Quote(rawName)}
			}
		}
		if _, repeated := got[name]; repeated || !hasValue || !nameOK || !valueOK {
			return nil, &Error{Code: "malformed", Detail: "repeated or undecodable query item " + strconv.Quote(rawName)}
		}
		got[name], last = value, name
	}
	if last != ":signature" {
		return nil, &Error{Code: "malformed", Detail: "the query does not end with :signature"}
	}
	return got, nil
}

// appendPrefixed appends one "&name=value" parameter per entry of m, named prefix (already
// percent-encoded) + key. A Go map has no order, so they go out sorted by their encoded names:
// the order in which every language writes the same URL.
func appendPrefixed(b []byte, prefix string, m map[string]string) []byte {
	names := make([]string, 0, len(m))
	values := make(map[string]string, len(m)) // by encoded name (distinct keys, distinct names)
	for k, v := range m {
		name := string(appendEscaped([]byte(prefix), k))
		names = append(names, name)
		values[name] = v
	}
	sort.Strings(names) // byte order, as the encoded names are ASCII
	for _, name := range names {
		b = append(append(b, '&'), name...)
		b = appendEscaped(append(b, '='), values[name])
	}
	return b
}

// prefixed returns the parameters of q named prefix + key, by key (nil when there is none).
func prefixed(q map[string]string, prefix string) map[string]string {
	var out map[string]string
	for name, value := range q {
		if strings.HasPrefix(name, prefix) {
			if out == nil {
				out = make(map[string]string)
			}
			out[name[len(prefix):]] = value
		}
	}
	return out
}

// unescapeForm percent-decodes a query name or value as a form does ('+' is a space); a
// stray '%' or bytes that are not UTF-8 fail.
func unescapeForm(s string) (string, bool) {
	t, err := url.QueryUnescape(s)
	return t, err == nil && utf8.ValidString(t)
}

// integerText reads an integer as a signed URL writes it: decimal, no '+', no leading zero.
func integerText(s string) (int64, bool) {
	n, err := strconv.ParseInt(s, 10, 64)
	return n, err == nil && strconv.FormatInt(n, 10) == s && -maxSafe <= n && n <= maxSafe
}

// appendEscaped appends s percent-encoded: ASCII letters and digits and - _ . ~ , : stay,
// a space is %20, every other byte is %XX (uppercase).
func appendEscaped(b []byte, s string) []byte {
	const hex = "0123456789ABCDEF"
	done := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', c == ',', c == '-', c == '.', c == ':', c == '_', c == '~':
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
