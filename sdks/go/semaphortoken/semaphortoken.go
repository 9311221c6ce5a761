// Code generated from spec/formats/semaphor-token.yaml; DO NOT EDIT.

// Package semaphortoken trades a secret for a Semaphor dashboard token of Semaphor
// (semaphor-token): the back end sends the secret to the vendor over HTTPS and
// receives a token.
package semaphortoken

import (
	"net/http"
	"time"

	"github.com/embedseal/embedseal-go/core"
)

// Input holds the values the caller gives to Exchange.
type Input struct {
	// ServerURL: Semaphor's API origin (injectable for tests and private
	// deployments). Optional.
	ServerURL *string
	// DashboardID: The dashboard's id (d_…).
	DashboardID string
	// TokenExpiry: How long the token lives, in seconds (Semaphor's default is
	// one hour). Optional.
	TokenExpiry *int64
	// EndUserID: Your id for the person viewing the dashboard. Optional.
	EndUserID *string
	// Params: User parameters the dashboard reads. Optional.
	Params *Params
}

// CurrencyFormat is a nested object of the semaphor-token format.
type CurrencyFormat struct {
	// Locale: A BCP 47 locale: en-US.
	Locale string
	// Currency: An ISO 4217 code: USD.
	Currency string
}

func (in CurrencyFormat) object() *core.Object {
	o := core.NewObject()
	o.Set("locale", in.Locale)
	o.Set("currency", in.Currency)
	return o
}

// Params is a nested object of the semaphor-token format.
type Params struct {
	// CurrencyFormat: How numbers show as money; values as Intl.NumberFormat
	// takes them. Optional.
	CurrencyFormat *CurrencyFormat
}

func (in Params) object() *core.Object {
	o := core.NewObject()
	if in.CurrencyFormat != nil {
		o.Set("currencyFormat", in.CurrencyFormat.object())
	}
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

// Exchange sends secret to Semaphor and returns the token it issues.
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

// RevokeInput holds the values the revocation call's URL uses.
type RevokeInput struct {
	// ServerURL: Semaphor's API origin (injectable for tests and private
	// deployments). Optional.
	ServerURL *string
}

// --8<-- [start:revoke]

// Revoke invalidates token with Semaphor's revocation call. It fails
// like Exchange.
func Revoke(in RevokeInput, token string, opts ...Option) error {
	return spec.RevokeToken(in.object(), token, "", core.NewCallOptions(opts))
}

// --8<-- [end:revoke]

func (in RevokeInput) object() *core.Object {
	o := core.NewObject()
	if in.ServerURL != nil {
		o.Set("server_url", *in.ServerURL)
	}
	return o
}

func (in Input) object() *core.Object {
	o := core.NewObject()
	if in.ServerURL != nil {
		o.Set("server_url", *in.ServerURL)
	}
	o.Set("dashboardId", in.DashboardID)
	if in.TokenExpiry != nil {
		o.Set("tokenExpiry", *in.TokenExpiry)
	}
	if in.EndUserID != nil {
		o.Set("endUserId", *in.EndUserID)
	}
	if in.Params != nil {
		o.Set("params", in.Params.object())
	}
	return o
}

// spec is the semaphor-token format, from spec/formats/semaphor-token.yaml.
var spec = &core.ExchangeSpec{
	Fields: []core.Field{
		{Name: "server_url", Shape: core.Shape{Kind: "string"}, Required: true, Source: "constant", Placement: "url", Default: "https://semaphor.cloud"},
		{Name: "dashboardId", Shape: core.Shape{Kind: "string"}, Required: true, Source: "constant", Placement: "payload"},
		{Name: "dashboardSecret", Shape: core.Shape{Kind: "string"}, Required: true, Source: "secret", Placement: "payload"},
		{Name: "tokenExpiry", Shape: core.Shape{Kind: "integer", Minimum: core.Int64(1)}, Required: true, Source: "caller", Placement: "payload", Default: int64(3600)},
		{Name: "endUserId", Shape: core.Shape{Kind: "string"}, Source: "caller", Placement: "payload"},
		{Name: "params", Shape: core.Shape{Kind: "object", Properties: []core.Field{
			{Name: "currencyFormat", Shape: core.Shape{Kind: "object", Properties: []core.Field{
				{Name: "locale", Shape: core.Shape{Kind: "string"}, Required: true, Source: "caller", Placement: "payload"},
				{Name: "currency", Shape: core.Shape{Kind: "string"}, Required: true, Source: "caller", Placement: "payload"},
			}}, Source: "caller", Placement: "payload"},
		}}, Source: "caller", Placement: "payload"},
	},
	Profile: core.Profile{ItemSeparator: ",", KeySeparator: ":", ASCIIOnly: false, SortKeys: false},
	Request: core.Call{
		Method: "POST",
		URL: []core.URLPart{
			{Field: "server_url"},
			{Literal: "/api/v1/token"},
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
	Token: []string{"accessToken"},
	Expires: &core.Expiry{
		Field:      "tokenExpiry",
		Multiplier: 1,
		Divisor:    1,
	},
	Revoke: &core.Call{
		Method: "POST",
		URL: []core.URLPart{
			{Field: "server_url"},
			{Literal: "/api/v1/invalidate-token"},
		},
		Auth: core.Auth{Header: "Authorization", Prefix: "Bearer ", Credential: "token"},
	},
}
