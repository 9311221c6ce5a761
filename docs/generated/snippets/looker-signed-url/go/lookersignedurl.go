// Code generated from spec/formats/looker-signed-url.yaml; DO NOT EDIT.

// Package lookersignedurl signs and verifies the Looker signed embed URL of Looker
// (looker-signed-url). HMAC-SHA1 over host, "/login/embed/" + embed_url (percent), nonce (json),
// time (json), session_length (json), external_user_id (json), permissions (json), models (json),
// group_ids (json), external_group_id (json), user_attributes (json) and access_filters (json)
// joined by "\n", base64; the signature ends the query string.
package lookersignedurl

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha1"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"
)

// Input is what Sign signs.
type Input struct {
	Host             string         // Looker host without scheme, with the port when needed (example.looker.com).
	EmbedURL         string         // The embedded content path, e.g. /embed/dashboards/1.
	Nonce            *string        // Single-use random value. At most 255 characters. Optional: nil draws 16 random bytes (hex).
	Time             *int64         // When the URL was signed; Looker accepts it within five minutes. Optional: nil is now.
	SessionLength    *int64         // Length of the embed session in seconds. At least 0 and at most 2592000. Optional: nil is 3600.
	ExternalUserID   string         // Your id for the viewer.
	Permissions      []string       // Looker permissions, e.g. access_data, see_user_dashboards.
	Models           []string       // Model names the viewer may use.
	GroupIDs         []int64        // The group_ids input. Optional.
	ExternalGroupID  *string        // The external_group_id input. At most 81 characters. Optional.
	UserAttributes   map[string]any // The user_attributes input. Optional.
	AccessFilters    map[string]any // Required by Looker; {} when unused. Optional: nil is {}.
	FirstName        *string        // The first_name input. Optional.
	LastName         *string        // The last_name input. Optional.
	UserTimezone     *string        // The user_timezone input. Optional.
	ForceLogoutLogin *bool          // The force_logout_login input. Optional.
}

// Claims are what Verify returns: the verified URL's values.
type Claims struct {
	Host             string         // Looker host without scheme, with the port when needed (example.looker.com).
	EmbedURL         string         // The embedded content path, e.g. /embed/dashboards/1.
	Nonce            string         // Single-use random value. At most 255 characters.
	Time             int64          // When the URL was signed; Looker accepts it within five minutes.
	SessionLength    int64          // Length of the embed session in seconds. At least 0 and at most 2592000.
	ExternalUserID   string         // Your id for the viewer.
	Permissions      []string       // Looker permissions, e.g. access_data, see_user_dashboards.
	Models           []string       // Model names the viewer may use.
	GroupIDs         []int64        // The group_ids claim. nil when absent.
	ExternalGroupID  *string        // The external_group_id claim. At most 81 characters. nil when absent.
	UserAttributes   map[string]any // The user_attributes claim. nil when absent.
	AccessFilters    map[string]any // Required by Looker; {} when unused.
	FirstName        *string        // The first_name claim. nil when absent.
	LastName         *string        // The last_name claim. nil when absent.
	UserTimezone     *string        // The user_timezone claim. nil when absent.
	ForceLogoutLogin *bool          // The force_logout_login claim. nil when absent.
}

// Signed is what Sign returns.
type Signed struct {
	URL       string // the signed embed URL
	Signature string // the MAC, base64
}

// Response is the answer in the shape Looker's own samples return.
func (s Signed) Response() map[string]any {
	return map[string]any{
		"url": s.URL,
	}
}

// Error is what Sign and Verify return when they refuse: errors.Is(err, ErrExpired)
// tests its Code, the same in every language. Detail says what is wrong and where; it never
// holds the secret.
type Error struct{ Code, Detail string }

func (e *Error) Error() string { return "lookersignedurl: " + e.Code + ": " + e.Detail }

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
	var nonce string
	if in.Nonce != nil {
		nonce = *in.Nonce
	} else {
		nonceBytes := make([]byte, 16)
		if _, err := io.ReadFull(o.random, nonceBytes); err != nil {
			return Signed{}, &Error{Code: "invalid_input", Detail: "the random source ran out"}
		}
		nonce = hex.EncodeToString(nonceBytes)
	}
	timeValue := o.now
	if in.Time != nil {
		timeValue = *in.Time
	}
	sessionLength := int64(3600)
	if in.SessionLength != nil {
		sessionLength = *in.SessionLength
	}
	accessFilters := in.AccessFilters
	if accessFilters == nil {
		accessFilters = map[string]any{}
	}
	c := &checks{code: "invalid_input"}
	c.want(utf8.ValidString(in.Host), "host: not valid UTF-8")
	c.want(utf8.ValidString(in.EmbedURL), "embed_url: not valid UTF-8")
	c.want(utf8.ValidString(nonce), "nonce: not valid UTF-8")
	c.want(utf8.RuneCountInString(nonce) <= 255, "nonce: longer than 255 characters")
	c.want(-maxSafe <= timeValue && timeValue <= maxSafe, "time: beyond ±(2^53-1)")
	c.want(sessionLength >= 0, "session_length: below 0")
	c.want(sessionLength <= 2592000, "session_length: above 2592000")
	c.want(utf8.ValidString(in.ExternalUserID), "external_user_id: not valid UTF-8")
	for _, v := range in.Permissions {
		c.want(utf8.ValidString(v), "permissions[]: not valid UTF-8")
	}
	for _, v := range in.Models {
		c.want(utf8.ValidString(v), "models[]: not valid UTF-8")
	}
	for _, v := range in.GroupIDs {
		c.want(-maxSafe <= v && v <= maxSafe, "group_ids[]: beyond ±(2^53-1)")
	}
	if in.ExternalGroupID != nil {
		c.want(utf8.ValidString(*in.ExternalGroupID), "external_group_id: not valid UTF-8")
		c.want(utf8.RuneCountInString(*in.ExternalGroupID) <= 81, "external_group_id: longer than 81 characters")
	}
	c.json(in.UserAttributes, 1, "user_attributes")
	c.json(accessFilters, 1, "access_filters")
	if in.FirstName != nil {
		c.want(utf8.ValidString(*in.FirstName), "first_name: not valid UTF-8")
	}
	if in.LastName != nil {
		c.want(utf8.ValidString(*in.LastName), "last_name: not valid UTF-8")
	}
	if in.UserTimezone != nil {
		c.want(utf8.ValidString(*in.UserTimezone), "user_timezone: not valid UTF-8")
	}
	c.want(!strings.ContainsAny(in.Host, "?#"), "host: '?' and '#' cannot appear here")
	if c.err != nil {
		return Signed{}, c.err
	}
	msg := make([]byte, 0, 512)
	msg = append(msg, in.Host...)
	msg = appendEscaped(append(msg, "\n/login/embed/"...), in.EmbedURL)
	msg = appendString(append(msg, '\n'), nonce)
	msg = strconv.AppendInt(append(msg, '\n'), timeValue, 10)
	msg = strconv.AppendInt(append(msg, '\n'), sessionLength, 10)
	msg = appendString(append(msg, '\n'), in.ExternalUserID)
	msg = appendStrings(append(msg, '\n'), in.Permissions)
	msg = appendStrings(append(msg, '\n'), in.Models)
	if in.GroupIDs != nil {
		msg = appendInts(append(msg, '\n'), in.GroupIDs)
	}
	if in.ExternalGroupID != nil {
		msg = appendString(append(msg, '\n'), *in.ExternalGroupID)
	}
	if in.UserAttributes != nil {
		msg = appendJSON(append(msg, '\n'), in.UserAttributes)
	}
	msg = appendJSON(append(msg, '\n'), accessFilters)
	mac := hmac.New(sha1.New, secret)
	mac.Write(msg)
	signature := base64.StdEncoding.EncodeToString(mac.Sum(nil))
	// --8<-- [start:url]
	u := make([]byte, 0, len(msg)+512)
	u = append(append(u, "https://"...), in.Host...)
	u = appendEscaped(append(u, "/login/embed/"...), in.EmbedURL)
	u = appendEscaped(append(u, "?nonce="...), string(appendString(nil, nonce)))
	u = appendEscaped(append(u, "&time="...), strconv.FormatInt(timeValue, 10))
	u = appendEscaped(append(u, "&session_length="...), strconv.FormatInt(sessionLength, 10))
	u = appendEscaped(append(u, "&external_user_id="...), string(appendString(nil, in.ExternalUserID)))
	u = appendEscaped(append(u, "&permissions="...), string(appendStrings(nil, in.Permissions)))
	u = appendEscaped(append(u, "&models="...), string(appendStrings(nil, in.Models)))
	if in.GroupIDs != nil {
		u = appendEscaped(append(u, "&group_ids="...), string(appendInts(nil, in.GroupIDs)))
	}
	if in.ExternalGroupID != nil {
		u = appendEscaped(append(u, "&external_group_id="...), string(appendString(nil, *in.ExternalGroupID)))
	}
	if in.UserAttributes != nil {
		u = appendEscaped(append(u, "&user_attributes="...), string(appendJSON(nil, in.UserAttributes)))
	}
	u = appendEscaped(append(u, "&access_filters="...), string(appendJSON(nil, accessFilters)))
	if in.FirstName != nil {
		u = appendEscaped(append(u, "&first_name="...), string(appendString(nil, *in.FirstName)))
	}
	if in.LastName != nil {
		u = appendEscaped(append(u, "&last_name="...), string(appendString(nil, *in.LastName)))
	}
	if in.UserTimezone != nil {
		u = appendEscaped(append(u, "&user_timezone="...), string(appendString(nil, *in.UserTimezone)))
	}
	if in.ForceLogoutLogin != nil {
		u = appendEscaped(append(u, "&force_logout_login="...), strconv.FormatBool(*in.ForceLogoutLogin))
	}
	u = appendEscaped(append(u, "&signature="...), signature)
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
	ok = ok && strings.HasPrefix(rest, "https://")
	rest = strings.TrimPrefix(rest, "https://")
	hostRaw, after, cut := strings.Cut(rest, "/login/embed/")
	rest, ok = after, ok && cut
	embedURLRaw := rest
	embedURLText, decoded := unescape(embedURLRaw)
	ok = ok && decoded
	if !ok {
		return Claims{}, &Error{Code: "malformed", Detail: "the URL does not match https://{host}/login/embed/{embed_url}"}
	}
	q, err := readQuery(query)
	if err != nil {
		return Claims{}, err
	}
	signature, ok := decodeBase64(q["signature"])
	if !ok {
		return Claims{}, &Error{Code: "malformed", Detail: "the signature is not canonical base64"}
	}
	msg := make([]byte, 0, len(rawURL))
	msg = append(msg, hostRaw...)
	msg = append(append(msg, "\n/login/embed/"...), embedURLRaw...)
	for _, name := range [...]string{"nonce", "time", "session_length", "external_user_id", "permissions", "models", "group_ids", "external_group_id", "user_attributes", "access_filters"} {
		if t, found := q[name]; found {
			msg = append(append(msg, '\n'), t...)
		}
	}
	mac := hmac.New(sha1.New, secret)
	mac.Write(msg)
	if !hmac.Equal(mac.Sum(nil), signature) {
		return Claims{}, &Error{Code: "bad_signature", Detail: "the signature does not match"}
	}
	m := map[string]any{}
	m["host"] = hostRaw
	m["embed_url"] = embedURLText
	for _, name := range [...]string{"nonce", "time", "session_length", "external_user_id", "permissions", "models", "group_ids", "external_group_id", "user_attributes", "access_filters", "first_name", "last_name", "user_timezone", "force_logout_login"} {
		if t, found := q[name]; found {
			v, err := parseJSON(t)
			if err != nil {
				return Claims{}, err
			}
			m[name] = v
		}
	}
	c := &checks{code: "invalid_claim"}
	var out Claims
	out.Host = c.str(c.take(m, "host", true))
	out.EmbedURL = c.str(c.take(m, "embed_url", true))
	out.Nonce = c.str(c.take(m, "nonce", true))
	c.want(utf8.RuneCountInString(out.Nonce) <= 255, "nonce: longer than 255 characters")
	out.Time = c.integer(c.take(m, "time", true))
	out.SessionLength = c.integer(c.take(m, "session_length", true))
	c.want(out.SessionLength >= 0, "session_length: below 0")
	c.want(out.SessionLength <= 2592000, "session_length: above 2592000")
	out.ExternalUserID = c.str(c.take(m, "external_user_id", true))
	out.Permissions = c.strList(c.take(m, "permissions", true))
	out.Models = c.strList(c.take(m, "models", true))
	out.GroupIDs = c.integerList(c.take(m, "group_ids", false))
	if v, ok := c.take(m, "external_group_id", false); ok {
		value := c.str(v, ok)
		c.want(utf8.RuneCountInString(value) <= 81, "external_group_id: longer than 81 characters")
		out.ExternalGroupID = &value
	}
	out.UserAttributes = c.object(c.take(m, "user_attributes", false))
	out.AccessFilters = c.object(c.take(m, "access_filters", true))
	if v, ok := c.take(m, "first_name", false); ok {
		value := c.str(v, ok)
		out.FirstName = &value
	}
	if v, ok := c.take(m, "last_name", false); ok {
		value := c.str(v, ok)
		out.LastName = &value
	}
	if v, ok := c.take(m, "user_timezone", false); ok {
		value := c.str(v, ok)
		out.UserTimezone = &value
	}
	if v, ok := c.take(m, "force_logout_login", false); ok {
		value := c.boolean(v, ok)
		out.ForceLogoutLogin = &value
	}
	if c.err != nil {
		return Claims{}, c.err
	}
	if out.Time+300 <= o.now {
		return Claims{}, &Error{Code: "expired", Detail: "time is too old"}
	}
	if out.Time-300 > o.now {
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

func (c *checks) object(v any, ok bool) map[string]any {
	x, isType := v.(map[string]any)
	c.want(isType || !ok, c.name+": expected an object")
	return x
}

func (c *checks) boolean(v any, ok bool) bool {
	x, isType := v.(bool)
	c.want(isType || !ok, c.name+": expected a boolean")
	return x
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

// decodeBase64 reads s as canonical base64: the one spelling its encoder writes.
func decodeBase64(s string) ([]byte, bool) {
	b, err := base64.StdEncoding.Strict().DecodeString(s)
	return b, err == nil && !strings.ContainsAny(s, "\r\n")
}

// readQuery percent-decodes a signed URL's query by name, as the vendor's server reads it: only
// these parameters, in any order, each at most once, with "signature" among them; anything else is
// malformed.
func readQuery(query string) (map[string]string, error) {
	got := make(map[string]string, 15)
	for _, item := range strings.Split(query, "&") {
		rawName, rawValue, hasValue := strings.Cut(item, "=")
		name, nameOK := unescape(rawName)
		value, valueOK := unescape(rawValue)
		switch name {
		case "nonce", "time", "session_length", "external_user_id", "permissions", "models", "group_ids", "external_group_id", "user_attributes", "access_filters", "first_name", "last_name", "user_timezone", "force_logout_login", "signature":
		default:
			return nil, &Error{Code: "malformed", Detail: "unexpected query item " + strconv.Quote(rawName)}
		}
		if _, repeated := got[name]; repeated || !hasValue || !nameOK || !valueOK {
			return nil, &Error{Code: "malformed", Detail: "repeated or undecodable query item " + strconv.Quote(rawName)}
		}
		got[name] = value
	}
	if _, signed := got["signature"]; !signed {
		return nil, &Error{Code: "malformed", Detail: "the query has no signature"}
	}
	return got, nil
}

// unescape percent-decodes s ('+' stays '+'); a stray '%' or bytes that are not UTF-8 fail.
func unescape(s string) (string, bool) {
	t, err := url.PathUnescape(s)
	return t, err == nil && utf8.ValidString(t)
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

func appendInts(b []byte, items []int64) []byte {
	b = append(b, '[')
	for i, v := range items {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, v, 10)
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

// appendEscaped appends s percent-encoded: ASCII letters and digits and - _ . ! ~ * ' ( ) stay,
// a space is %20, every other byte is %XX (uppercase).
func appendEscaped(b []byte, s string) []byte {
	const hex = "0123456789ABCDEF"
	done := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', c == '!', c == '\'', c == '(', c == ')', c == '*', c == '-', c == '.', c == '_', c == '~':
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
