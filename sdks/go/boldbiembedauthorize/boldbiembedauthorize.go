// Code generated from spec/formats/boldbi-embed-authorize.yaml; DO NOT EDIT.

// Package boldbiembedauthorize trades a secret for the Bold BI embed token (v14.1 and later) of
// Bold BI (boldbi-embed-authorize): Exchange sends the secret to Bold BI over HTTPS and returns
// the token it issues.
package boldbiembedauthorize

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
	Serverurl      string     // Base URL of the Bold BI application (https://your-company.boldbi.com/bi); in the URL and the body.
	Siteidentifier string     // The site (tenant) identifier (site/site1); in the URL and the body.
	Email          string     // The viewer's email; the user must exist in Bold BI with access to the dashboard.
	Dashboard      *Dashboard // The dashboard; mandatory on Bold BI 14.1.11 only. Optional.
}

// Dashboard is the value of dashboard.
type Dashboard struct {
	ID    string         // The dashboard's id (from its URL).
	Extra map[string]any // must be empty: Exchange sends declared members only
}

// Result is what Exchange returns.
type Result struct {
	Token     string  // the token Bold BI issued
	ExpiresAt *int64  // when it expires (Unix seconds), when known
	URL       *string // the embed URL, when the answer or the format gives one
	Response  any     // the answer as encoding/json reads it (numbers as json.Number)
}

// Error is what Exchange returns when it fails: errors.Is(err, ErrRateLimited) tests its Code, the
// same in every language. No error holds the secret.
type Error struct {
	Code       string // invalid_input, invalid_key, or what the vendor's answer means
	Detail     string // what is wrong
	Status     int    // the vendor's HTTP status, when it answered
	RetryAfter *int64 // seconds to wait, when a rate_limited answer said
}

func (e *Error) Error() string { return "boldbiembedauthorize: " + e.Code + ": " + e.Detail }

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

// Exchange sends secret with in to Bold BI and returns the token it issues; secret is the embed
// secret from Bold BI's embed settings; sent in the body as embedsecret. Bad input is
// ErrInvalidInput, an empty secret ErrInvalidKey; the vendor's refusals and failures have the
// codes of their HTTP status, ErrTimeout or ErrBadResponse.
func Exchange(in Input, secret string, opts ...Option) (Result, error) {
	o := newOptions(opts)
	if secret == "" || strings.ContainsAny(secret, "\r\n\x00") || !utf8.ValidString(secret) {
		return Result{}, &Error{Code: "invalid_key", Detail: "the secret is empty, not UTF-8, or holds a line break or NUL"}
	}
	c := &checks{code: "invalid_input"}
	c.want(utf8.ValidString(in.Serverurl), "serverurl: not valid UTF-8")
	c.want(utf8.ValidString(in.Siteidentifier), "siteidentifier: not valid UTF-8")
	c.want(utf8.ValidString(in.Email), "email: not valid UTF-8")
	if in.Dashboard != nil {
		in.Dashboard.check(c, 2)
	}
	if c.err != nil {
		return Result{}, c.err
	}
	u := make([]byte, 0, 128)
	u = append(u, in.Serverurl...)
	u = append(append(u, "/api/"...), in.Siteidentifier...)
	u = append(u, "/embed/authorize"...)
	url, err := target(string(u), o.baseURL)
	if err != nil {
		return Result{}, err
	}
	b := make([]byte, 0, 256)
	b = appendString(append(b, `{"serverurl":`...), in.Serverurl)
	b = appendString(append(b, `,"siteidentifier":`...), in.Siteidentifier)
	b = appendString(append(b, `,"email":`...), in.Email)
	b = appendString(append(b, `,"embedsecret":`...), secret)
	if in.Dashboard != nil {
		b = in.Dashboard.appendJSON(append(b, `,"dashboard":`...))
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
	if v, found := member(answer, "ApiStatus"); !found || v != true {
		return Result{}, &Error{Code: "bad_response", Detail: "ApiStatus is not true"}
	}
	token, ok := text(member(answer, "Data", "access_token"))
	if !ok {
		return Result{}, &Error{Code: "bad_response", Detail: "Data.access_token is not a non-empty string"}
	}
	r := Result{Token: token, Response: answer}
	lifetime, ok := integer(member(answer, "Data", "expires_in"))
	if !ok {
		return Result{}, &Error{Code: "bad_response", Detail: "the token's lifetime is not a non-negative integer"}
	}
	expiresAt := o.now + lifetime
	r.ExpiresAt = &expiresAt
	return r, nil
}

// --8<-- [end:exchange]

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

// integer is a non-negative integer member.
func integer(v any, found bool) (int64, bool) {
	n, isNumber := v.(json.Number)
	i, err := n.Int64()
	return i, found && isNumber && err == nil && i >= 0
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

// check reports what the types cannot say about a Dashboard (at nesting level depth).
func (x Dashboard) check(c *checks, depth int) {
	c.want(utf8.ValidString(x.ID), "id: not valid UTF-8")
	c.want(len(x.Extra) == 0, "Dashboard: undeclared members cannot be signed")
}

// appendJSON appends x as JSON.
func (x Dashboard) appendJSON(b []byte) []byte {
	b = appendString(append(b, `{"id":`...), x.ID)
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
