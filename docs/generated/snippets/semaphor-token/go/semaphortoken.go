// Code generated from spec/formats/semaphor-token.yaml; DO NOT EDIT.

// Package semaphortoken trades a secret for the Semaphor dashboard token of Semaphor
// (semaphor-token): Exchange sends the secret to Semaphor over HTTPS and returns the token it
// issues; Revoke invalidates one.
package semaphortoken

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Input is what Exchange sends (besides the secret).
type Input struct {
	ServerURL   *string // Semaphor's API origin (injectable for tests and private deployments). Optional: nil is "https://semaphor.cloud".
	DashboardID string  // The dashboard's id (d_…).
	TokenExpiry *int64  // How long the token lives, in seconds (Semaphor's default is one hour). At least 1. Optional: nil is 3600.
	EndUserID   *string // Your id for the person viewing the dashboard. Optional.
	Params      *Params // User parameters the dashboard reads. Optional.
}

// RevokeInput is what Revoke's URL is made of.
type RevokeInput struct {
	ServerURL *string // Semaphor's API origin (injectable for tests and private deployments). Optional: nil is "https://semaphor.cloud".
}

// CurrencyFormat is the value of currencyFormat.
type CurrencyFormat struct {
	Locale   string         // A BCP 47 locale: en-US.
	Currency string         // An ISO 4217 code: USD.
	Extra    map[string]any // must be empty: Exchange sends declared members only
}

// Params is the value of params.
type Params struct {
	CurrencyFormat *CurrencyFormat // How numbers show as money; values as Intl.NumberFormat takes them. Optional.
	Extra          map[string]any  // must be empty: Exchange sends declared members only
}

// Result is what Exchange returns.
type Result struct {
	Token     string  // the token Semaphor issued
	ExpiresAt *int64  // when it expires (Unix seconds), when known
	URL       *string // the embed URL, when the answer or the format gives one
	Response  any     // the answer as encoding/json reads it (numbers as json.Number)
}

// Error is what Exchange and Revoke return when they fail: errors.Is(err, ErrRateLimited) tests
// its Code, the same in every language. No error holds the secret.
type Error struct {
	Code       string // invalid_input, invalid_key, or what the vendor's answer means
	Detail     string // what is wrong
	Status     int    // the vendor's HTTP status, when it answered
	RetryAfter *int64 // seconds to wait, when a rate_limited answer said
}

func (e *Error) Error() string { return "semaphortoken: " + e.Code + ": " + e.Detail }

// Is reports whether target is an *Error with the same Code.
func (e *Error) Is(target error) bool { t, ok := target.(*Error); return ok && t.Code == e.Code }

// The errors this package returns, by Code, for errors.Is.
var (
	ErrInvalidInput   = &Error{Code: "invalid_input"}
	ErrInvalidKey     = &Error{Code: "invalid_key"}
	ErrInvalidRequest = &Error{Code: "invalid_request"}
	ErrUnauthorized   = &Error{Code: "unauthorized"}
	ErrForbidden      = &Error{Code: "forbidden"}
	ErrNotFound       = &Error{Code: "not_found"}
	ErrRateLimited    = &Error{Code: "rate_limited"}
	ErrUpstreamError  = &Error{Code: "upstream_error"}
	ErrTimeout        = &Error{Code: "timeout"}
	ErrBadResponse    = &Error{Code: "bad_response"}
)

// Option changes one call: WithNow, WithBaseURL, WithTimeout, WithHTTPClient.
type Option func(*options)

type options struct {
	now     int64
	baseURL string
	timeout time.Duration
	client  *http.Client
}

// WithNow makes the call act as if the time were t (ExpiresAt counts from it).
func WithNow(t time.Time) Option { return func(o *options) { o.now = t.Unix() } }

// WithBaseURL sends the call to base (scheme://host[:port]) instead of the server in the
// input; the path stays the same.
func WithBaseURL(base string) Option { return func(o *options) { o.baseURL = base } }

// WithTimeout bounds the whole call by d (default 10 * time.Second).
func WithTimeout(d time.Duration) Option { return func(o *options) { o.timeout = d } }

// WithHTTPClient sends the call with a copy of c (redirects are never followed).
func WithHTTPClient(c *http.Client) Option { return func(o *options) { o.client = c } }

func newOptions(opts []Option) options {
	o := options{now: time.Now().Unix(), timeout: 10 * time.Second, client: http.DefaultClient}
	for _, opt := range opts {
		opt(&o)
	}
	return o
}

// --8<-- [start:exchange]

// Exchange sends secret with in to Semaphor and returns the token it issues; secret is the
// dashboard secret (ds_…) from Semaphor's dashboard settings; sent in the body. Bad input is
// ErrInvalidInput, an empty secret ErrInvalidKey; the vendor's refusals and failures have the
// codes of their HTTP status, ErrTimeout or ErrBadResponse.
func Exchange(in Input, secret string, opts ...Option) (Result, error) {
	o := newOptions(opts)
	if secret == "" || strings.ContainsAny(secret, "\r\n\x00") || !utf8.ValidString(secret) {
		return Result{}, &Error{Code: "invalid_key", Detail: "the secret is empty, not UTF-8, or holds a line break or NUL"}
	}
	serverURL := "https://semaphor.cloud"
	if in.ServerURL != nil {
		serverURL = *in.ServerURL
	}
	tokenExpiry := int64(3600)
	if in.TokenExpiry != nil {
		tokenExpiry = *in.TokenExpiry
	}
	c := &checks{code: "invalid_input"}
	c.want(utf8.ValidString(serverURL), "server_url: not valid UTF-8")
	c.want(utf8.ValidString(in.DashboardID), "dashboardId: not valid UTF-8")
	c.want(-maxSafe <= tokenExpiry && tokenExpiry <= maxSafe, "tokenExpiry: beyond ±(2^53-1)")
	c.want(tokenExpiry >= 1, "tokenExpiry: below 1")
	if in.EndUserID != nil {
		c.want(utf8.ValidString(*in.EndUserID), "endUserId: not valid UTF-8")
	}
	if in.Params != nil {
		in.Params.check(c, 2)
	}
	if c.err != nil {
		return Result{}, c.err
	}
	u := make([]byte, 0, 128)
	u = append(u, serverURL...)
	u = append(u, "/api/v1/token"...)
	url, err := target(string(u), o.baseURL)
	if err != nil {
		return Result{}, err
	}
	b := make([]byte, 0, 256)
	b = appendString(append(b, `{"dashboardId":`...), in.DashboardID)
	b = appendString(append(b, `,"dashboardSecret":`...), secret)
	b = strconv.AppendInt(append(b, `,"tokenExpiry":`...), tokenExpiry, 10)
	if in.EndUserID != nil {
		b = appendString(append(b, `,"endUserId":`...), *in.EndUserID)
	}
	if in.Params != nil {
		b = in.Params.appendJSON(append(b, `,"params":`...))
	}
	b = append(b, '}')
	header := http.Header{}
	header.Set("Accept", "application/json")
	header.Set("Content-Type", "application/json")
	status, answerHeader, data, err := send(o, "POST", url, header, b)
	if err != nil {
		return Result{}, err
	}
	if err := statusError(status, answerHeader, o.now); err != nil {
		return Result{}, err
	}
	answer, ok := parseAnswer(data)
	if !ok {
		return Result{}, &Error{Code: "bad_response", Detail: "the body is not JSON"}
	}
	token, ok := text(member(answer, "accessToken"))
	if !ok {
		return Result{}, &Error{Code: "bad_response", Detail: "accessToken is not a non-empty string"}
	}
	r := Result{Token: token, Response: answer}
	lifetime := tokenExpiry
	expiresAt := o.now + lifetime
	r.ExpiresAt = &expiresAt
	return r, nil
}

// --8<-- [end:exchange]

// --8<-- [start:revoke]

// Revoke invalidates token with Semaphor's revocation call. It fails like Exchange.
func Revoke(in RevokeInput, token string, opts ...Option) error {
	o := newOptions(opts)
	if token == "" || strings.ContainsAny(token, "\r\n\x00") {
		return &Error{Code: "invalid_key", Detail: "the token is empty or holds a line break or NUL"}
	}
	serverURL := "https://semaphor.cloud"
	if in.ServerURL != nil {
		serverURL = *in.ServerURL
	}
	c := &checks{code: "invalid_input"}
	c.want(utf8.ValidString(serverURL), "server_url: not valid UTF-8")
	if c.err != nil {
		return c.err
	}
	u := make([]byte, 0, 128)
	u = append(u, serverURL...)
	u = append(u, "/api/v1/invalidate-token"...)
	url, err := target(string(u), o.baseURL)
	if err != nil {
		return err
	}
	header := http.Header{}
	header.Set("Accept", "application/json")
	header.Set("Authorization", "Bearer "+token)
	status, answerHeader, _, err := send(o, "POST", url, header, nil)
	if err != nil {
		return err
	}
	return statusError(status, answerHeader, o.now)
}

// --8<-- [end:revoke]

// target checks that url is absolute http(s) and, when base is set, moves it there (the path
// stays).
func target(url, base string) (string, error) {
	rest := ""
	for _, scheme := range []string{"https://", "http://"} {
		if strings.HasPrefix(url, scheme) {
			rest = url[len(scheme):]
		}
	}
	host, _, _ := strings.Cut(rest, "/")
	if host == "" {
		return "", &Error{Code: "invalid_input", Detail: "the server URL must start with https:// (or http://)"}
	}
	if base == "" {
		return url, nil
	}
	return strings.TrimRight(base, "/") + rest[len(host):], nil
}

// send makes one round trip within o.timeout. A redirect is answered as it is: the credential
// never follows it elsewhere.
func send(o options, method, url string, header http.Header, body []byte) (int, http.Header, []byte, error) {
	ctx, cancel := context.WithTimeout(context.Background(), o.timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, method, url, bytes.NewReader(body))
	if err != nil {
		return 0, nil, nil, &Error{Code: "invalid_input", Detail: "the request URL is not valid"}
	}
	req.Header = header
	client := *o.client
	client.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	resp, err := client.Do(req)
	if err == nil {
		defer resp.Body.Close()
		data, err := io.ReadAll(resp.Body)
		if err == nil {
			return resp.StatusCode, resp.Header, data, nil
		}
	}
	if ctx.Err() != nil {
		return 0, nil, nil, &Error{Code: "timeout", Detail: "no answer within " + o.timeout.String()}
	}
	return 0, nil, nil, &Error{Code: "upstream_error", Detail: "the vendor could not be reached"}
}

// statusError is the error an answer's status means (200 succeed).
func statusError(status int, header http.Header, now int64) error {
	var code string
	switch {
	case status == 200:
		return nil
	case status == 400:
		code = "invalid_request"
	case status == 401:
		code = "unauthorized"
	case status == 403:
		code = "forbidden"
	case status == 404:
		code = "not_found"
	case status == 429:
		code = "rate_limited"
	case status >= 400 && status < 500:
		code = "invalid_request"
	case status >= 500 && status < 600:
		code = "upstream_error"
	default:
		code = "bad_response"
	}
	e := &Error{Code: code, Detail: "the vendor answered HTTP " + strconv.Itoa(status), Status: status}
	if code == "rate_limited" {
		e.RetryAfter = retryAfter(header.Get("Retry-After"), now)
	}
	return e
}

// retryAfter reads Retry-After as seconds, or as an HTTP date counted from now.
func retryAfter(text string, now int64) *int64 {
	text = strings.TrimSpace(text)
	seconds, err := strconv.ParseInt(text, 10, 64)
	if err != nil || strings.HasPrefix(text, "+") || strings.HasPrefix(text, "-") {
		when, err := http.ParseTime(text)
		if err != nil {
			return nil
		}
		if seconds = when.Unix() - now; seconds < 0 {
			seconds = 0
		}
	}
	return &seconds
}

// parseAnswer reads the vendor's JSON as encoding/json does, numbers as json.Number.
func parseAnswer(data []byte) (any, bool) {
	d := json.NewDecoder(bytes.NewReader(data))
	d.UseNumber()
	var v any
	if err := d.Decode(&v); err != nil || !utf8.Valid(data) {
		return nil, false
	}
	_, err := d.Token()
	return v, err == io.EOF
}

// member is the value at path (object members from the root).
func member(v any, path ...string) (any, bool) {
	for _, name := range path {
		m, isObject := v.(map[string]any)
		if v, isObject = m[name]; !isObject {
			return nil, false
		}
	}
	return v, true
}

// text is a non-empty string member.
func text(v any, found bool) (string, bool) {
	s, isString := v.(string)
	return s, found && isString && s != ""
}

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

// check reports what the types cannot say about a CurrencyFormat (at nesting level depth).
func (x CurrencyFormat) check(c *checks, depth int) {
	c.want(utf8.ValidString(x.Locale), "locale: not valid UTF-8")
	c.want(utf8.ValidString(x.Currency), "currency: not valid UTF-8")
	c.want(len(x.Extra) == 0, "CurrencyFormat: undeclared members cannot be signed")
}

// appendJSON appends x as JSON.
func (x CurrencyFormat) appendJSON(b []byte) []byte {
	b = appendString(append(b, `{"locale":`...), x.Locale)
	b = appendString(append(b, `,"currency":`...), x.Currency)
	return append(b, '}')
}

// check reports what the types cannot say about a Params (at nesting level depth).
func (x Params) check(c *checks, depth int) {
	if x.CurrencyFormat != nil {
		x.CurrencyFormat.check(c, depth+1)
	}
	c.want(len(x.Extra) == 0, "Params: undeclared members cannot be signed")
}

// appendJSON appends x as JSON.
func (x Params) appendJSON(b []byte) []byte {
	b = append(b, '{')
	if x.CurrencyFormat != nil {
		b = x.CurrencyFormat.appendJSON(append(b, `"currencyFormat":`...))
	}
	return append(b, '}')
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
