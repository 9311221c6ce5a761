// Code generated from spec/formats/tinybird-jwt.yaml; DO NOT EDIT.

// Package tinybirdjwt signs and verifies the Tinybird JWT format of Tinybird
// (tinybird-jwt).
//
// Known risks of this format, kept because the vendor requires them:
//
//   - unbounded-lifetime: no verify.max_lifetime bounds exp
//   - no-min-key-length: no minimum key length (secret.min_bytes)
package tinybirdjwt

import (
	"crypto/rand"
	"io"
	"time"

	"github.com/embedseal/embedseal-go/core"
)

// Input holds the values the caller gives to Sign.
type Input struct {
	// WorkspaceID: The Tinybird workspace (UUID).
	WorkspaceID string
	// Name: Token name, used for usage stats and the rate-limit bucket.
	Name string
	// Exp: Expiry (Unix seconds); Tinybird refuses tokens without it. Optional.
	Exp *int64
	// Scopes: the scopes field.
	Scopes []Scope
	// Limits: the limits field. Optional.
	Limits *Limits
	// ChartURL: The chart or endpoint URL from Tinybird's iframe snippet (not
	// signed).
	ChartURL string
}

// Scope is a nested object of the tinybird-jwt format.
type Scope struct {
	// Type: the type member.
	Type string
	// Resource: Pipe or data source name or id.
	Resource string
	// FixedParams: Pipe parameters that override any value in the request URL.
	// Optional.
	FixedParams *core.Object
	// Filter: SQL WHERE clause applied to a data source. Optional.
	Filter *string
}

func (in Scope) object() *core.Object {
	o := core.NewObject()
	o.Set("type", in.Type)
	o.Set("resource", in.Resource)
	if in.FixedParams != nil {
		o.Set("fixed_params", in.FixedParams)
	}
	if in.Filter != nil {
		o.Set("filter", *in.Filter)
	}
	return o
}

func scopeFrom(o *core.Object) Scope {
	var out Scope
	if v, ok := o.Get("type"); ok {
		out.Type = v.(string)
	}
	if v, ok := o.Get("resource"); ok {
		out.Resource = v.(string)
	}
	if v, ok := o.Get("fixed_params"); ok {
		out.FixedParams = v.(*core.Object)
	}
	if v, ok := o.Get("filter"); ok {
		out.Filter = core.Ptr(v.(string))
	}
	return out
}

// Limits is a nested object of the tinybird-jwt format.
type Limits struct {
	// RPS: Requests per second for this token name; 0 or less means unlimited.
	RPS int64
}

func (in Limits) object() *core.Object {
	o := core.NewObject()
	o.Set("rps", in.RPS)
	return o
}

func limitsFrom(o *core.Object) Limits {
	var out Limits
	if v, ok := o.Get("rps"); ok {
		out.RPS = v.(int64)
	}
	return out
}

// Claims are the verified contents of a token.
type Claims struct {
	// WorkspaceID: The Tinybird workspace (UUID).
	WorkspaceID string
	// Name: Token name, used for usage stats and the rate-limit bucket.
	Name string
	// Exp: Expiry (Unix seconds); Tinybird refuses tokens without it.
	Exp int64
	// Scopes: the scopes claim.
	Scopes []Scope
	// Limits: the limits claim. Absent when nil.
	Limits *Limits
	// Raw holds every verified claim as received, including members this
	// format does not declare.
	Raw *core.Object
}

// Signed is what Sign returns.
type Signed struct {
	// Token is the signed token.
	Token string
	// URL is the embed URL.
	URL string
	// Signature is the encoded MAC.
	Signature string
	// ExpiresAt is the value of exp.
	ExpiresAt int64
	// Response is the answer in the shape the vendor's own samples return.
	Response *core.Object
}

// Option changes the clock or the randomness of one call.
type Option = core.Option

// WithNow makes the call act as if the time were t.
func WithNow(t time.Time) Option { return core.WithNow(t) }

// WithRandom makes Sign draw random values from r instead of crypto/rand.
func WithRandom(r io.Reader) Option { return core.WithRandom(r) }

// --8<-- [start:sign]

// Sign signs the input in with the secret (text in utf8) and returns
// the token, the embed URL and the vendor's response. Invalid input fails with
// core.ErrInvalidInput, a bad secret with core.ErrInvalidKey or
// core.ErrWeakKey.
func Sign(in Input, secret string, opts ...Option) (*Signed, error) {
	o := core.NewOptions(opts)
	key, err := core.DecodeSecret(secret, core.KeyUTF8, 1)
	if err != nil {
		return nil, err
	}
	values, err := core.Resolve(spec.Fields, in.object(), o.Now, o.Random)
	if err != nil {
		return nil, err
	}
	// A JWS: the header {"alg": "HS256", "typ": "JWT"} and the payload
	// (workspace_id, name, exp, scopes, limits) as JSON, each base64url without
	// padding, then HMAC-SHA256 over "header.payload".
	r, err := spec.Sign(key, values)
	if err != nil {
		return nil, err
	}
	out := &Signed{
		Token:     r.Token,
		URL:       r.URL,
		Signature: r.Signature,
		Response:  r.Response,
	}
	if v, ok := values.Get("exp"); ok {
		out.ExpiresAt = v.(int64)
	}
	return out, nil
}

// --8<-- [end:sign]

// --8<-- [start:url]

// EmbedURL returns the embed URL that carries token, a token Sign made from
// in.
func EmbedURL(in Input, token string) (string, error) {
	values, err := core.Resolve(spec.Fields, in.object(), time.Now().Unix(), rand.Reader)
	if err != nil {
		return "", err
	}
	return spec.EmbedURL(values, token, "")
}

// --8<-- [end:url]

// --8<-- [start:verify]

// Verify checks a token with secret and returns its claims, or a *core.Error whose
// Code says why it was refused (core.ErrExpired, core.ErrBadSignature, ...).
func Verify(token, secret string, opts ...Option) (*Claims, error) {
	o := core.NewOptions(opts)
	key, err := core.DecodeSecret(secret, core.KeyUTF8, 1)
	if err != nil {
		return nil, err
	}
	raw, err := spec.Verify(key, token, o.Now)
	if err != nil {
		return nil, err
	}
	return claimsFrom(raw), nil
}

// --8<-- [end:verify]

func (in Input) object() *core.Object {
	o := core.NewObject()
	o.Set("workspace_id", in.WorkspaceID)
	o.Set("name", in.Name)
	if in.Exp != nil {
		o.Set("exp", *in.Exp)
	}
	if in.Scopes != nil {
		o.Set("scopes", core.Items(in.Scopes, func(v Scope) any { return v.object() }))
	}
	if in.Limits != nil {
		o.Set("limits", in.Limits.object())
	}
	o.Set("chart_url", in.ChartURL)
	return o
}

func claimsFrom(o *core.Object) *Claims {
	out := &Claims{Raw: o}
	if v, ok := o.Get("workspace_id"); ok {
		out.WorkspaceID = v.(string)
	}
	if v, ok := o.Get("name"); ok {
		out.Name = v.(string)
	}
	if v, ok := o.Get("exp"); ok {
		out.Exp = v.(int64)
	}
	if v, ok := o.Get("scopes"); ok {
		out.Scopes = core.Typed(v.([]any), func(v any) Scope { return scopeFrom(v.(*core.Object)) })
	}
	if v, ok := o.Get("limits"); ok {
		out.Limits = core.Ptr(limitsFrom(v.(*core.Object)))
	}
	return out
}

// spec is the tinybird-jwt format, from spec/formats/tinybird-jwt.yaml.
var spec = &core.Spec{
	Family: "jws",
	Fields: []core.Field{
		{Name: "workspace_id", Shape: core.Shape{Kind: "string"}, Required: true, Source: "caller", Placement: "payload"},
		{Name: "name", Shape: core.Shape{Kind: "string"}, Required: true, Source: "caller", Placement: "payload"},
		{Name: "exp", Shape: core.Shape{Kind: "unix-time"}, Required: true, Source: "caller", Placement: "payload", NowPlus: core.Int64(3600)},
		{Name: "scopes", Shape: core.Shape{Kind: "array", Items: &core.Shape{Kind: "object", Properties: []core.Field{
			{Name: "type", Shape: core.Shape{Kind: "string", Enum: []any{"PIPES:READ", "DATASOURCES:READ"}}, Required: true, Source: "caller", Placement: "payload"},
			{Name: "resource", Shape: core.Shape{Kind: "string"}, Required: true, Source: "caller", Placement: "payload"},
			{Name: "fixed_params", Shape: core.Shape{Kind: "object"}, Source: "caller", Placement: "payload"},
			{Name: "filter", Shape: core.Shape{Kind: "string"}, Source: "caller", Placement: "payload"},
		}}}, Required: true, Source: "caller", Placement: "payload"},
		{Name: "limits", Shape: core.Shape{Kind: "object", Properties: []core.Field{
			{Name: "rps", Shape: core.Shape{Kind: "integer"}, Required: true, Source: "caller", Placement: "payload"},
		}}, Source: "caller", Placement: "payload"},
		{Name: "chart_url", Shape: core.Shape{Kind: "string"}, Required: true, Source: "caller", Placement: "url"},
	},
	Profile:           core.Profile{ItemSeparator: ",", KeySeparator: ":", ASCIIOnly: true, SortKeys: false},
	MAC:               core.SHA256,
	SignatureEncoding: core.Base64URLNoPad,
	Header: []core.Member{
		{Key: "alg", Value: "HS256"},
		{Key: "typ", Value: "JWT"},
	},
	URL: core.URLTemplate{
		Base: []core.URLPart{
			{Field: "chart_url"},
		},
		Query: []core.QueryParam{
			{Name: "token", Value: "token", Encode: "text"},
		},
		Safe:  "-_.~",
		Space: "%20",
	},
	Response: []core.ResponseEntry{
		{Name: "token", Source: "token"},
		{Name: "expires_at", Source: "field", Field: "exp"},
	},
	Policy: core.Policy{
		Algorithms: []string{"HS256"},
		Expires:    "exp",
		Leeway:     0,
	},
}
