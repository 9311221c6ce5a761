// Code generated from spec/formats/metabase-embed.yaml; DO NOT EDIT.

// Package metabaseembed signs and verifies the Metabase static embedding token format of Metabase
// (metabase-embed).
//
// Known risks of this format, kept because the vendor requires them:
//
//   - no-expiry: exp is optional, and without it nothing expires
//   - unbounded-lifetime: no verify.max_lifetime bounds exp
//   - no-min-key-length: no minimum key length (secret.min_bytes)
package metabaseembed

import (
	"crypto/rand"
	"io"
	"time"

	"github.com/embedseal/embedseal-go/core"
)

// Input holds the values the caller gives to Sign.
type Input struct {
	// Resource: the resource field.
	Resource Resource
	// Params: Locked parameters by slug; every locked parameter must be present.
	// Optional.
	Params *core.Object
	// Exp: Expiry (Unix seconds); Metabase's snippets use ten minutes. Optional.
	Exp *int64
	// SiteURL: Your Metabase site, e.g. https://metabase.example.com (not
	// signed).
	SiteURL string
}

// Resource is a nested object of the metabase-embed format.
type Resource struct {
	// Dashboard: Dashboard id. Optional.
	Dashboard *int64
	// Question: Question (card) id. Optional.
	Question *int64
}

func (in Resource) object() *core.Object {
	o := core.NewObject()
	if in.Dashboard != nil {
		o.Set("dashboard", *in.Dashboard)
	}
	if in.Question != nil {
		o.Set("question", *in.Question)
	}
	return o
}

func resourceFrom(o *core.Object) Resource {
	var out Resource
	if v, ok := o.Get("dashboard"); ok {
		out.Dashboard = core.Ptr(v.(int64))
	}
	if v, ok := o.Get("question"); ok {
		out.Question = core.Ptr(v.(int64))
	}
	return out
}

// Claims are the verified contents of a token.
type Claims struct {
	// Resource: the resource claim.
	Resource Resource
	// Params: Locked parameters by slug; every locked parameter must be present.
	Params *core.Object
	// Exp: Expiry (Unix seconds); Metabase's snippets use ten minutes. Absent
	// when nil.
	Exp *int64
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
	// A JWS: the header {"alg": "HS256", "typ": "JWT"} and the payload (resource,
	// params, exp) as JSON, each base64url without padding, then HMAC-SHA256 over
	// "header.payload".
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
	o.Set("resource", in.Resource.object())
	if in.Params != nil {
		o.Set("params", in.Params)
	}
	if in.Exp != nil {
		o.Set("exp", *in.Exp)
	}
	o.Set("site_url", in.SiteURL)
	return o
}

func claimsFrom(o *core.Object) *Claims {
	out := &Claims{Raw: o}
	if v, ok := o.Get("resource"); ok {
		out.Resource = resourceFrom(v.(*core.Object))
	}
	if v, ok := o.Get("params"); ok {
		out.Params = v.(*core.Object)
	}
	if v, ok := o.Get("exp"); ok {
		out.Exp = core.Ptr(v.(int64))
	}
	return out
}

// spec is the metabase-embed format, from spec/formats/metabase-embed.yaml.
var spec = &core.Spec{
	Family: "jws",
	Fields: []core.Field{
		{Name: "resource", Shape: core.Shape{Kind: "object", Properties: []core.Field{
			{Name: "dashboard", Shape: core.Shape{Kind: "integer"}, Source: "caller", Placement: "payload"},
			{Name: "question", Shape: core.Shape{Kind: "integer"}, Source: "caller", Placement: "payload"},
		}, ExactlyOneOf: []string{"dashboard", "question"}}, Required: true, Source: "caller", Placement: "payload"},
		{Name: "params", Shape: core.Shape{Kind: "object"}, Required: true, Source: "caller", Placement: "payload", Default: core.NewObject()},
		{Name: "exp", Shape: core.Shape{Kind: "unix-time"}, Source: "caller", Placement: "payload", NowPlus: core.Int64(600)},
		{Name: "site_url", Shape: core.Shape{Kind: "string"}, Required: true, Source: "caller", Placement: "url"},
	},
	Profile:           core.Profile{ItemSeparator: ",", KeySeparator: ":", ASCIIOnly: false, SortKeys: false},
	MAC:               core.SHA256,
	SignatureEncoding: core.Base64URLNoPad,
	Header: []core.Member{
		{Key: "alg", Value: "HS256"},
		{Key: "typ", Value: "JWT"},
	},
	URL: core.URLTemplate{
		Base: []core.URLPart{
			{Field: "site_url"},
			{Literal: "/embed/dashboard/"},
			{Token: true},
		},
		Fragment: []core.URLPart{
			{Literal: "bordered=true&titled=true"},
		},
		HasFragment: true,
		Safe:        "-_.~",
		Space:       "%20",
	},
	Response: []core.ResponseEntry{
		{Name: "token", Source: "token"},
		{Name: "url", Source: "url"},
		{Name: "expires_at", Source: "field", Field: "exp"},
	},
	Policy: core.Policy{
		Algorithms: []string{"HS256"},
		Expires:    "exp",
		Leeway:     60,
	},
}
