// Code generated from spec/formats/tooljet-pat.yaml; DO NOT EDIT.

// Package tooljetpat trades a secret for a ToolJet personal access token (embedded apps) of ToolJet
// (tooljet-pat): the back end sends the secret to the vendor over HTTPS and
// receives a token.
package tooljetpat

import (
	"net/http"
	"time"

	"github.com/embedseal/embedseal-go/core"
)

// Input holds the values the caller gives to Exchange.
type Input struct {
	// ServerURL: The ToolJet origin (https://tooljet.example.com).
	ServerURL string
	// Email: The user the token acts as.
	Email string
	// AppID: The app the token is scoped to.
	AppID string
	// SessionExpiry: How long the embedded session lasts, in minutes. Optional.
	SessionExpiry *int64
	// PatExpiry: How long the token is valid, in seconds. Optional.
	PatExpiry *int64
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

// Exchange sends secret to ToolJet and returns the token it issues.
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
	o.Set("server_url", in.ServerURL)
	o.Set("email", in.Email)
	o.Set("appId", in.AppID)
	if in.SessionExpiry != nil {
		o.Set("sessionExpiry", *in.SessionExpiry)
	}
	if in.PatExpiry != nil {
		o.Set("patExpiry", *in.PatExpiry)
	}
	return o
}

// spec is the tooljet-pat format, from spec/formats/tooljet-pat.yaml.
var spec = &core.ExchangeSpec{
	Fields: []core.Field{
		{Name: "server_url", Shape: core.Shape{Kind: "string"}, Required: true, Source: "constant", Placement: "url"},
		{Name: "email", Shape: core.Shape{Kind: "string"}, Required: true, Source: "caller", Placement: "payload"},
		{Name: "appId", Shape: core.Shape{Kind: "string"}, Required: true, Source: "caller", Placement: "payload"},
		{Name: "sessionExpiry", Shape: core.Shape{Kind: "integer", Minimum: core.Int64(1)}, Required: true, Source: "caller", Placement: "payload", Default: int64(60)},
		{Name: "patExpiry", Shape: core.Shape{Kind: "integer", Minimum: core.Int64(1)}, Required: true, Source: "caller", Placement: "payload", Default: int64(3600)},
	},
	Profile: core.Profile{ItemSeparator: ",", KeySeparator: ":", ASCIIOnly: false, SortKeys: false},
	Request: core.Call{
		Method: "POST",
		URL: []core.URLPart{
			{Field: "server_url"},
			{Literal: "/api/ext/users/personal-access-token"},
		},
		Auth: core.Auth{Header: "Authorization", Prefix: "Basic ", Credential: "secret"},
	},
	Timeout: 10000 * time.Millisecond,
	Success: []int{200, 201},
	Errors: []core.StatusRule{
		{Status: "400", Code: "invalid_request"},
		{Status: "401", Code: "unauthorized"},
		{Status: "403", Code: "forbidden"},
		{Status: "404", Code: "not_found"},
		{Status: "429", Code: "rate_limited"},
		{Status: "4xx", Code: "invalid_request"},
		{Status: "5xx", Code: "upstream_error"},
	},
	Token: []string{"personalAccessToken"},
	URL:   []string{"redirectUrl"},
	Expires: &core.Expiry{
		Field:      "patExpiry",
		Multiplier: 1,
		Divisor:    1,
	},
}
