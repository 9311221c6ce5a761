// Code generated from spec/formats/boldbi-embed-authorize.yaml; DO NOT EDIT.

// Package boldbiembedauthorize trades a secret for a Bold BI embed token (v14.1 and later) of Bold BI
// (boldbi-embed-authorize): the back end sends the secret to the vendor over HTTPS and
// receives a token.
package boldbiembedauthorize

import (
	"net/http"
	"time"

	"github.com/embedseal/embedseal-go/core"
)

// Input holds the values the caller gives to Exchange.
type Input struct {
	// Serverurl: Base URL of the Bold BI application (https://your-
	// company.boldbi.com/bi); in the URL and the body.
	Serverurl string
	// Siteidentifier: The site (tenant) identifier (site/site1); in the URL and
	// the body.
	Siteidentifier string
	// Email: The viewer's email; the user must exist in Bold BI with access to
	// the dashboard.
	Email string
	// Dashboard: The dashboard; mandatory on Bold BI 14.1.11 only. Optional.
	Dashboard *Dashboard
}

// Dashboard is a nested object of the boldbi-embed-authorize format.
type Dashboard struct {
	// ID: The dashboard's id (from its URL).
	ID string
}

func (in Dashboard) object() *core.Object {
	o := core.NewObject()
	o.Set("id", in.ID)
	return o
}

// Result is what Exchange returns.
type Result struct {
	// Token is the token the vendor issued.
	Token string
	// ExpiresAt is when the token expires (Unix seconds), when known.
	ExpiresAt *int64
	// URL is the embed URL, when the answer or the format gives one.
	URL *string
	// Response is the vendor's JSON answer (*core.Object for an object).
	Response any
}

// Option changes the clock, the server, the timeout or the HTTP client of
// one call.
type Option = core.CallOption

// WithNow makes the call act as if the time were t.
func WithNow(t time.Time) Option { return core.AtTime(t) }

// WithBaseURL sends the call to base (scheme://host[:port]) instead of the
// server the inputs name; the path stays the same.
func WithBaseURL(base string) Option { return core.WithBaseURL(base) }

// WithTimeout bounds the whole call by d (default 10000 ms).
func WithTimeout(d time.Duration) Option { return core.WithTimeout(d) }

// WithHTTPClient sends the call with c. Redirects are never followed.
func WithHTTPClient(c *http.Client) Option { return core.WithHTTPClient(c) }

// --8<-- [start:exchange]

// Exchange sends secret to Bold BI and returns the token it issues.
// Invalid input fails with core.ErrInvalidInput, an empty secret with
// core.ErrInvalidKey; the vendor's refusals with core.ErrInvalidRequest,
// core.ErrUnauthorized, core.ErrForbidden, core.ErrNotFound,
// core.ErrRateLimited (RetryAfter set when sent), core.ErrUpstreamError,
// core.ErrTimeout or core.ErrBadResponse. No error holds the secret.
func Exchange(in Input, secret string, opts ...Option) (*Result, error) {
	r, err := spec.Exchange(in.object(), secret, core.NewCallOptions(opts))
	if err != nil {
		return nil, err
	}
	return &Result{Token: r.Token, ExpiresAt: r.ExpiresAt, URL: r.URL, Response: r.Response}, nil
}

// --8<-- [end:exchange]

func (in Input) object() *core.Object {
	o := core.NewObject()
	o.Set("serverurl", in.Serverurl)
	o.Set("siteidentifier", in.Siteidentifier)
	o.Set("email", in.Email)
	if in.Dashboard != nil {
		o.Set("dashboard", in.Dashboard.object())
	}
	return o
}

// spec is the boldbi-embed-authorize format, from spec/formats/boldbi-embed-authorize.yaml.
var spec = &core.ExchangeSpec{
	Fields: []core.Field{
		{Name: "serverurl", Shape: core.Shape{Kind: "string"}, Required: true, Source: "constant", Placement: "payload"},
		{Name: "siteidentifier", Shape: core.Shape{Kind: "string"}, Required: true, Source: "constant", Placement: "payload"},
		{Name: "email", Shape: core.Shape{Kind: "string"}, Required: true, Source: "caller", Placement: "payload"},
		{Name: "embedsecret", Shape: core.Shape{Kind: "string"}, Required: true, Source: "secret", Placement: "payload"},
		{Name: "dashboard", Shape: core.Shape{Kind: "object", Properties: []core.Field{
			{Name: "id", Shape: core.Shape{Kind: "string"}, Required: true, Source: "caller", Placement: "payload"},
		}}, Source: "caller", Placement: "payload"},
	},
	Profile: core.Profile{ItemSeparator: ",", KeySeparator: ":", ASCIIOnly: false, SortKeys: false},
	Request: core.Call{
		Method: "POST",
		URL: []core.URLPart{
			{Field: "serverurl"},
			{Literal: "/api/"},
			{Field: "siteidentifier"},
			{Literal: "/embed/authorize"},
		},
	},
	Timeout: 10000 * time.Millisecond,
	Success: []int{200},
	Errors: []core.StatusRule{
		{Status: "400", Code: "invalid_request"},
		{Status: "401", Code: "unauthorized"},
		{Status: "403", Code: "forbidden"},
		{Status: "404", Code: "not_found"},
		{Status: "429", Code: "rate_limited"},
		{Status: "4xx", Code: "invalid_request"},
		{Status: "5xx", Code: "upstream_error"},
	},
	Token: []string{"Data", "access_token"},
	Expires: &core.Expiry{
		Path:       []string{"Data", "expires_in"},
		Multiplier: 1,
		Divisor:    1,
	},
	Require: []core.Expectation{
		{Path: []string{"ApiStatus"}, Equals: true},
	},
}
