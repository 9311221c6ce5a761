// Code generated from the embedseal runtime; DO NOT EDIT.

package core

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// SourceSecret marks the request body member that carries the secret.
const SourceSecret Source = "secret"

// DefaultTimeout is used when a format names no timeout.
const DefaultTimeout = 10 * time.Second

// Auth says how a call authenticates: the header that carries the
// credential (none when empty), the text before it ("Basic ", "Bearer "),
// and which credential it is (secret or token).
type Auth struct {
	Header     string
	Prefix     string
	Credential string
}

// Call is one HTTP call of an exchange format.
type Call struct {
	Method string
	URL    []URLPart
	Auth   Auth
}

// Expiry says where the token's lifetime comes from: a member of the answer
// (Path) or a request field (Field); seconds = value * Multiplier / Divisor.
type Expiry struct {
	Path       []string
	Field      string
	Multiplier int64
	Divisor    int64
}

// Expectation is a member of the answer that must hold a value.
type Expectation struct {
	Path   []string
	Equals any
}

// StatusRule maps a status ("429") or a class ("5xx") to an error code.
type StatusRule struct {
	Status string
	Code   ErrorCode
}

// ExchangeSpec is everything the runtime needs to trade a secret for a
// token. The generated package of each exchange format declares one.
type ExchangeSpec struct {
	Fields   []Field
	Profile  Profile
	Request  Call
	Timeout  time.Duration
	Success  []int
	Errors   []StatusRule // the format's own rules; the defaults apply otherwise
	Token    []string     // the token's path in the answer
	URL      []string     // the embed URL's path in the answer, if any
	Expires  *Expiry
	Require  []Expectation
	EmbedURL []URLPart // the embed URL template, if any
	Revoke   *Call
}

// Exchanged is what an exchange returns.
type Exchanged struct {
	Token     string
	ExpiresAt *int64  // Unix seconds, when the lifetime is known
	URL       *string // the embed URL, when the answer or the format gives one
	Response  any     // the vendor's JSON answer
}

// CallOptions are the clock, the base URL, the timeout and the HTTP client of
// one exchange or revocation.
type CallOptions struct {
	Now     int64
	BaseURL string        // replaces the scheme and host of the call's URL, when set
	Timeout time.Duration // the format's when zero
	Client  *http.Client  // a default client when nil; redirects are never followed
}

// CallOption changes the CallOptions of one call.
type CallOption func(*CallOptions)

// AtTime makes the call act as if the time were t (expires_at is t plus the
// token's lifetime).
func AtTime(t time.Time) CallOption {
	return func(o *CallOptions) { o.Now = t.Unix() }
}

// WithBaseURL sends the call to base (scheme://host[:port]) instead of the
// format's server; the path stays the format's.
func WithBaseURL(base string) CallOption {
	return func(o *CallOptions) { o.BaseURL = base }
}

// WithTimeout bounds the whole call (connect, send, answer) by d.
func WithTimeout(d time.Duration) CallOption {
	return func(o *CallOptions) { o.Timeout = d }
}

// WithHTTPClient sends the call with c (its Timeout and CheckRedirect are
// replaced for the call).
func WithHTTPClient(c *http.Client) CallOption {
	return func(o *CallOptions) { o.Client = c }
}

// NewCallOptions applies opts to the defaults.
func NewCallOptions(opts []CallOption) CallOptions {
	o := CallOptions{Now: time.Now().Unix()}
	for _, opt := range opts {
		opt(&o)
	}
	return o
}

// defaultStatusErrors is where a status a format does not list goes.
var defaultStatusErrors = map[string]ErrorCode{
	"400": CodeInvalidRequest,
	"401": CodeUnauthorized,
	"403": CodeForbidden,
	"404": CodeNotFound,
	"429": CodeRateLimited,
	"4xx": CodeInvalidRequest,
	"5xx": CodeUpstreamError,
}

// CheckCredential refuses an empty secret or token, or one holding a line
// break or NUL, with CodeInvalidKey. The value is never echoed.
func CheckCredential(text, what string) error {
	if text == "" {
		return Errorf(CodeInvalidKey, "the %s is empty", what)
	}
	if strings.ContainsAny(text, "\r\n\x00") {
		return Errorf(CodeInvalidKey, "the %s holds a line break or NUL", what)
	}
	return nil
}

// Exchange sends the token request built from inputs and secret and reads
// the answer. Failures are *Error values; none holds the secret.
func (s *ExchangeSpec) Exchange(inputs *Object, secret string, o CallOptions) (*Exchanged, error) {
	if err := CheckCredential(secret, "secret"); err != nil {
		return nil, err
	}
	values, err := Resolve(s.inputFields(nil), inputs, o.Now, nil)
	if err != nil {
		return nil, scrub(err, secret)
	}
	body, err := s.body(values, secret)
	if err != nil {
		return nil, scrub(err, secret)
	}
	url, err := s.url(s.Request.URL, values, o.BaseURL)
	if err != nil {
		return nil, scrub(err, secret)
	}
	headers := [][2]string{{"Accept", "application/json"}, {"Content-Type", "application/json"}}
	headers = append(headers, authHeader(s.Request.Auth, secret)...)
	status, header, answer, err := s.send(s.Request.Method, url, headers, body, o)
	if err != nil {
		return nil, err
	}
	if err := s.checkStatus(status, header, o.Now); err != nil {
		return nil, err
	}
	return s.read(answer, values, o.Now)
}

// RevokeToken invalidates token with the format's revocation call; inputs
// fill its URL (other members are ignored).
func (s *ExchangeSpec) RevokeToken(inputs *Object, token, secret string, o CallOptions) error {
	if s.Revoke == nil {
		return Errorf(CodeInvalidInput, "this format has no revocation call")
	}
	if err := CheckCredential(token, "token"); err != nil {
		return err
	}
	used := map[string]bool{}
	for _, p := range s.Revoke.URL {
		if p.Field != "" {
			used[p.Field] = true
		}
	}
	given := NewObject()
	for _, m := range inputs.Members() {
		if used[m.Key] {
			given.Set(m.Key, m.Value)
		}
	}
	values, err := Resolve(s.inputFields(used), given, o.Now, nil)
	if err != nil {
		return scrub(scrub(err, token), secret)
	}
	url, err := s.url(s.Revoke.URL, values, o.BaseURL)
	if err != nil {
		return scrub(scrub(err, token), secret)
	}
	credential := secret
	if s.Revoke.Auth.Credential == "token" {
		credential = token
	}
	headers := append([][2]string{{"Accept", "application/json"}}, authHeader(s.Revoke.Auth, credential)...)
	status, header, _, err := s.send(s.Revoke.Method, url, headers, nil, o)
	if err != nil {
		return err
	}
	return s.checkStatus(status, header, o.Now)
}

// HasRevoke reports whether the format has a revocation call.
func (s *ExchangeSpec) HasRevoke() bool { return s.Revoke != nil }

func (s *ExchangeSpec) inputFields(only map[string]bool) []Field {
	var out []Field
	for _, f := range s.Fields {
		if f.Source != SourceSecret && (only == nil || only[f.Name]) {
			out = append(out, f)
		}
	}
	return out
}

// body is the JSON request body: the payload fields in declared order, the
// secret in its own member.
func (s *ExchangeSpec) body(values *Object, secret string) ([]byte, error) {
	o := NewObject()
	for _, f := range s.Fields {
		if f.Placement != InPayload {
			continue
		}
		if f.Source == SourceSecret {
			o.Set(f.Name, secret)
		} else if v, ok := values.Get(f.Name); ok {
			o.Set(f.Name, v)
		}
	}
	text, err := Encode(o, s.Profile)
	if err != nil {
		return nil, Errorf(CodeInvalidInput, "the request body cannot be encoded")
	}
	return []byte(text), nil
}

// url renders a call's template; it must be an absolute http(s) URL. base,
// when set, replaces its scheme and host.
func (s *ExchangeSpec) url(parts []URLPart, values *Object, base string) (string, error) {
	url, err := renderTemplate(parts, values, "")
	if err != nil {
		return "", err
	}
	rest := ""
	switch {
	case strings.HasPrefix(url, "https://"):
		rest = url[len("https://"):]
	case strings.HasPrefix(url, "http://"):
		rest = url[len("http://"):]
	}
	if strings.SplitN(rest, "/", 2)[0] == "" {
		return "", Errorf(CodeInvalidInput, "the server URL must start with https:// (or http://)")
	}
	if base == "" {
		return url, nil
	}
	path := ""
	if i := strings.IndexByte(rest, '/'); i >= 0 {
		path = rest[i:]
	}
	return strings.TrimRight(base, "/") + path, nil
}

// renderTemplate fills {field}, {field|percent} and {token}.
func renderTemplate(parts []URLPart, values *Object, token string) (string, error) {
	var b strings.Builder
	for _, p := range parts {
		if p.Field == "" && !p.Token {
			b.WriteString(p.Literal)
			continue
		}
		text, name := token, "token"
		if !p.Token {
			v, _ := values.Get(p.Field)
			text, _ = v.(string)
			name = p.Field
			if _, isString := v.(string); !isString {
				return "", Errorf(CodeInvalidInput, "%s is required for the URL", name)
			}
		}
		if p.Percent {
			text = PercentEncode(text, "-_.~", "%20")
		}
		b.WriteString(text)
	}
	return b.String(), nil
}

func authHeader(a Auth, credential string) [][2]string {
	if a.Header == "" {
		return nil
	}
	return [][2]string{{a.Header, a.Prefix + credential}}
}

// send makes one round trip: a timeout is CodeTimeout, no answer at all
// CodeUpstreamError. Redirects are answered as they are.
func (s *ExchangeSpec) send(method, url string, headers [][2]string, body []byte, o CallOptions) (int, http.Header, []byte, error) {
	timeout := o.Timeout
	if timeout <= 0 {
		timeout = s.Timeout
	}
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	var reader io.Reader
	if body != nil {
		reader = bytes.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, url, reader)
	if err != nil {
		return 0, nil, nil, Errorf(CodeInvalidInput, "the request URL is not valid")
	}
	for _, h := range headers {
		req.Header.Set(h[0], h[1])
	}
	client := http.Client{}
	if o.Client != nil {
		client = *o.Client
	}
	client.Timeout = timeout
	client.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	resp, err := client.Do(req)
	if err != nil {
		return 0, nil, nil, transportError(err, timeout)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return 0, nil, nil, transportError(err, timeout)
	}
	return resp.StatusCode, resp.Header, data, nil
}

func transportError(err error, timeout time.Duration) error {
	var netErr net.Error
	if errors.Is(err, context.DeadlineExceeded) || (errors.As(err, &netErr) && netErr.Timeout()) {
		return Errorf(CodeTimeout, "no answer within %d ms", timeout.Milliseconds())
	}
	return Errorf(CodeUpstreamError, "the vendor could not be reached")
}

// checkStatus turns a status outside Success into the format's error.
func (s *ExchangeSpec) checkStatus(status int, header http.Header, now int64) error {
	for _, ok := range s.Success {
		if status == ok {
			return nil
		}
	}
	code := CodeBadResponse
	found := false
	for _, key := range []string{strconv.Itoa(status), strconv.Itoa(status/100) + "xx"} {
		for _, rule := range s.Errors {
			if rule.Status == key {
				code, found = rule.Code, true
				break
			}
		}
		if !found {
			if c, ok := defaultStatusErrors[key]; ok {
				code, found = c, true
			}
		}
		if found {
			break
		}
	}
	e := Errorf(code, "the vendor answered HTTP %d", status)
	e.Status = status
	if code == CodeRateLimited {
		e.RetryAfter = retryAfter(header.Get("Retry-After"), now)
	}
	return e
}

// retryAfter reads Retry-After as seconds, or as an HTTP date relative to now.
func retryAfter(text string, now int64) *int64 {
	text = strings.TrimSpace(text)
	if text == "" {
		return nil
	}
	if n, err := strconv.ParseInt(text, 10, 64); err == nil && !strings.HasPrefix(text, "-") && !strings.HasPrefix(text, "+") {
		return &n
	}
	when, err := http.ParseTime(text)
	if err != nil {
		return nil
	}
	seconds := when.Unix() - now
	if seconds < 0 {
		seconds = 0
	}
	return &seconds
}

// read takes the token, its lifetime and the embed URL from a success body.
func (s *ExchangeSpec) read(data []byte, values *Object, now int64) (*Exchanged, error) {
	body, err := parseAnswer(data)
	if err != nil {
		return nil, badResponse("the body is not JSON")
	}
	for _, e := range s.Require {
		v, ok := member(body, e.Path)
		if !ok || !sameJSON(v, e.Equals) {
			return nil, badResponse(strings.Join(e.Path, ".") + " is not as required")
		}
	}
	token, err := stringAt(body, s.Token)
	if err != nil {
		return nil, err
	}
	out := &Exchanged{Token: token, Response: body}
	if s.URL != nil {
		url, err := stringAt(body, s.URL)
		if err != nil {
			return nil, err
		}
		out.URL = &url
	}
	if s.Expires != nil {
		var v any
		if s.Expires.Field != "" {
			v, _ = values.Get(s.Expires.Field)
		} else {
			v, _ = member(body, s.Expires.Path)
		}
		n, ok := v.(int64)
		if !ok || n < 0 {
			return nil, badResponse("the token's lifetime is not a non-negative integer")
		}
		if s.Expires.Multiplier > 0 {
			n *= s.Expires.Multiplier
		}
		if s.Expires.Divisor > 1 {
			n /= s.Expires.Divisor
		}
		at := now + n
		out.ExpiresAt = &at
	}
	if out.URL == nil && s.EmbedURL != nil {
		url, err := renderTemplate(s.EmbedURL, values, token)
		if err != nil {
			return nil, err
		}
		out.URL = &url
	}
	return out, nil
}

func badResponse(detail string) error {
	return Errorf(CodeBadResponse, "%s", detail)
}

func stringAt(body any, path []string) (string, error) {
	v, _ := member(body, path)
	text, ok := v.(string)
	if !ok || text == "" {
		return "", badResponse(strings.Join(path, ".") + " is not a non-empty string")
	}
	return text, nil
}

// member is the value at path (object members from the root).
func member(body any, path []string) (any, bool) {
	v := body
	for _, name := range path {
		o, ok := v.(*Object)
		if !ok {
			return nil, false
		}
		if v, ok = o.Get(name); !ok {
			return nil, false
		}
	}
	return v, true
}

// parseAnswer reads the vendor's JSON leniently, in order: objects become
// *Object, integers int64, other numbers float64.
func parseAnswer(data []byte) (any, error) {
	d := json.NewDecoder(bytes.NewReader(data))
	d.UseNumber()
	v, err := answerValue(d)
	if err != nil {
		return nil, err
	}
	if _, err := d.Token(); err != io.EOF {
		return nil, errors.New("trailing data")
	}
	return v, nil
}

func answerValue(d *json.Decoder) (any, error) {
	t, err := d.Token()
	if err != nil {
		return nil, err
	}
	switch t := t.(type) {
	case json.Delim:
		if t == '[' {
			items := []any{}
			for d.More() {
				v, err := answerValue(d)
				if err != nil {
					return nil, err
				}
				items = append(items, v)
			}
			_, err := d.Token()
			return items, err
		}
		o := NewObject()
		for d.More() {
			k, err := d.Token()
			if err != nil {
				return nil, err
			}
			v, err := answerValue(d)
			if err != nil {
				return nil, err
			}
			o.Set(k.(string), v)
		}
		_, err := d.Token()
		return o, err
	case json.Number:
		if !strings.ContainsAny(string(t), ".eE") {
			if n, err := strconv.ParseInt(string(t), 10, 64); err == nil {
				return n, nil
			}
		}
		return t.Float64()
	default:
		return t, nil
	}
}

// scrub removes secret from an error's detail.
func scrub(err error, secret string) error {
	var e *Error
	if secret != "" && errors.As(err, &e) && strings.Contains(e.Detail, secret) {
		e.Detail = strings.ReplaceAll(e.Detail, secret, "***")
	}
	return err
}
