// Code generated from spec/formats/embedseal-v1.yaml; DO NOT EDIT.

// Package embedsealv1 signs and verifies the embedseal v1 token format of embedseal
// (embedseal-v1).
package embedsealv1

import (
	"crypto/rand"
	"io"
	"time"

	"github.com/embedseal/embedseal-go/core"
)

// Input holds the values the caller gives to Sign.
type Input struct {
	// Tenant: The customer (tenant) the viewer belongs to.
	Tenant string
	// Dashboard: The dashboard the token opens.
	Dashboard string
	// Exp: Expiry; at most one hour after iat. Optional.
	Exp *int64
	// Params: Locked filter values, signed with everything else. Optional.
	Params *core.Object
	// AppURL: Where the dashboard app lives, e.g. https://analytics.example.com.
	AppURL string
}

// Claims are the verified contents of a token.
type Claims struct {
	// Tenant: The customer (tenant) the viewer belongs to.
	Tenant string
	// Dashboard: The dashboard the token opens.
	Dashboard string
	// IAT: When the token was issued.
	IAT int64
	// Exp: Expiry; at most one hour after iat.
	Exp int64
	// JTI: A unique id, so a server can refuse replays.
	JTI string
	// Params: Locked filter values, signed with everything else.
	Params *core.Object
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

// Sign signs the input in with the secret (text in base64url) and returns
// the token, the embed URL and the vendor's response. Invalid input fails with
// core.ErrInvalidInput, a bad secret with core.ErrInvalidKey or
// core.ErrWeakKey.
func Sign(in Input, secret string, opts ...Option) (*Signed, error) {
	o := core.NewOptions(opts)
	key, err := core.DecodeSecret(secret, core.KeyBase64URL, 32)
	if err != nil {
		return nil, err
	}
	values, err := core.Resolve(spec.Fields, in.object(), o.Now, o.Random)
	if err != nil {
		return nil, err
	}
	// A JWS: the header {"alg": "HS256", "typ": "JWT"} and the payload (tenant,
	// dashboard, iat, exp, jti, params) as JSON, each base64url without padding,
	// then HMAC-SHA256 over "header.payload".
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
	key, err := core.DecodeSecret(secret, core.KeyBase64URL, 32)
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
	o.Set("tenant", in.Tenant)
	o.Set("dashboard", in.Dashboard)
	if in.Exp != nil {
		o.Set("exp", *in.Exp)
	}
	if in.Params != nil {
		o.Set("params", in.Params)
	}
	o.Set("app_url", in.AppURL)
	return o
}

func claimsFrom(o *core.Object) *Claims {
	out := &Claims{Raw: o}
	if v, ok := o.Get("tenant"); ok {
		out.Tenant = v.(string)
	}
	if v, ok := o.Get("dashboard"); ok {
		out.Dashboard = v.(string)
	}
	if v, ok := o.Get("iat"); ok {
		out.IAT = v.(int64)
	}
	if v, ok := o.Get("exp"); ok {
		out.Exp = v.(int64)
	}
	if v, ok := o.Get("jti"); ok {
		out.JTI = v.(string)
	}
	if v, ok := o.Get("params"); ok {
		out.Params = v.(*core.Object)
	}
	return out
}

// spec is the embedseal-v1 format, from spec/formats/embedseal-v1.yaml.
var spec = &core.Spec{
	Family: "jws",
	Fields: []core.Field{
		{Name: "tenant", Shape: core.Shape{Kind: "string", MaxLength: 128}, Required: true, Source: "caller", Placement: "payload"},
		{Name: "dashboard", Shape: core.Shape{Kind: "string", MaxLength: 128}, Required: true, Source: "caller", Placement: "payload"},
		{Name: "iat", Shape: core.Shape{Kind: "unix-time"}, Required: true, Source: "clock", Placement: "payload"},
		{Name: "exp", Shape: core.Shape{Kind: "unix-time"}, Required: true, Source: "caller", Placement: "payload", NowPlus: core.Int64(600)},
		{Name: "jti", Shape: core.Shape{Kind: "string"}, Required: true, Source: "random", Placement: "payload", RandomBytes: 16, RandomEncoding: "base64url-nopad"},
		{Name: "params", Shape: core.Shape{Kind: "object"}, Required: true, Source: "caller", Placement: "payload", Default: core.NewObject()},
		{Name: "app_url", Shape: core.Shape{Kind: "string"}, Required: true, Source: "caller", Placement: "url"},
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
			{Field: "app_url"},
			{Literal: "/embed"},
		},
		Fragment: []core.URLPart{
			{Token: true},
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
		Algorithms:  []string{"HS256"},
		Expires:     "exp",
		IssuedAt:    "iat",
		MaxLifetime: core.Int64(3600),
		Leeway:      30,
	},
}
