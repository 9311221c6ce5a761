// Code generated from spec/formats/boldbi-embed-url.yaml; DO NOT EDIT.

// Package boldbiembedurl signs and verifies the Bold BI signed embed URL (before v14.1) format of Bold BI
// (boldbi-embed-url).
//
// Known risks of this format, kept because the vendor requires them:
//
//   - no-expiry: embed_timestamp is optional, and without it nothing expires
//   - no-min-key-length: no minimum key length (secret.min_bytes)
package boldbiembedurl

import (
	"io"
	"time"

	"github.com/embedseal/embedseal-go/core"
)

// Input holds the values the caller gives to Sign.
type Input struct {
	// DashboardURL: The dashboard's URL on your Bold BI server (where the signed
	// query goes).
	DashboardURL string
	// EmbedDashboardID: The dashboard id.
	EmbedDashboardID string
	// EmbedUserEmail: Email of a Bold BI user allowed to see the dashboard.
	EmbedUserEmail string
	// EmbedTimestamp: Signing time; without it Bold BI accepts the URL forever.
	// Optional.
	EmbedTimestamp *int64
	// EmbedExpirationtime: Seconds the URL stays valid (needs embed_timestamp).
	// Optional.
	EmbedExpirationtime *int64
}

// Claims are the verified contents of a token.
type Claims struct {
	// DashboardURL: The dashboard's URL on your Bold BI server (where the signed
	// query goes).
	DashboardURL string
	// EmbedNonce: A random GUID.
	EmbedNonce string
	// EmbedDashboardID: The dashboard id.
	EmbedDashboardID string
	// EmbedUserEmail: Email of a Bold BI user allowed to see the dashboard.
	EmbedUserEmail string
	// EmbedTimestamp: Signing time; without it Bold BI accepts the URL forever.
	// Absent when nil.
	EmbedTimestamp *int64
	// EmbedExpirationtime: Seconds the URL stays valid (needs embed_timestamp).
	// Absent when nil.
	EmbedExpirationtime *int64
	// Raw holds every verified claim as received, including members this
	// format does not declare.
	Raw *core.Object
}

// Signed is what Sign returns.
type Signed struct {
	// URL is the embed URL.
	URL string
	// Signature is the encoded MAC.
	Signature string
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
	// HMAC-SHA256 over the query string without the signature parameter, encoded
	// base64; it ends the query string.
	r, err := spec.Sign(key, values)
	if err != nil {
		return nil, err
	}
	out := &Signed{
		URL:       r.URL,
		Signature: r.Signature,
		Response:  r.Response,
	}
	return out, nil
}

// --8<-- [end:sign]

// --8<-- [start:url]

// EmbedURL signs the input in with the secret and returns the signed embed URL.
func EmbedURL(in Input, secret string, opts ...Option) (string, error) {
	signed, err := Sign(in, secret, opts...)
	if err != nil {
		return "", err
	}
	return signed.URL, nil
}

// --8<-- [end:url]

// --8<-- [start:verify]

// Verify checks a URL with secret and returns its claims, or a *core.Error whose
// Code says why it was refused (core.ErrExpired, core.ErrBadSignature, ...).
func Verify(url, secret string, opts ...Option) (*Claims, error) {
	o := core.NewOptions(opts)
	key, err := core.DecodeSecret(secret, core.KeyUTF8, 1)
	if err != nil {
		return nil, err
	}
	raw, err := spec.Verify(key, url, o.Now)
	if err != nil {
		return nil, err
	}
	return claimsFrom(raw), nil
}

// --8<-- [end:verify]

func (in Input) object() *core.Object {
	o := core.NewObject()
	o.Set("dashboard_url", in.DashboardURL)
	o.Set("embed_dashboard_id", in.EmbedDashboardID)
	o.Set("embed_user_email", in.EmbedUserEmail)
	if in.EmbedTimestamp != nil {
		o.Set("embed_timestamp", *in.EmbedTimestamp)
	}
	if in.EmbedExpirationtime != nil {
		o.Set("embed_expirationtime", *in.EmbedExpirationtime)
	}
	return o
}

func claimsFrom(o *core.Object) *Claims {
	out := &Claims{Raw: o}
	if v, ok := o.Get("dashboard_url"); ok {
		out.DashboardURL = v.(string)
	}
	if v, ok := o.Get("embed_nonce"); ok {
		out.EmbedNonce = v.(string)
	}
	if v, ok := o.Get("embed_dashboard_id"); ok {
		out.EmbedDashboardID = v.(string)
	}
	if v, ok := o.Get("embed_user_email"); ok {
		out.EmbedUserEmail = v.(string)
	}
	if v, ok := o.Get("embed_timestamp"); ok {
		out.EmbedTimestamp = core.Ptr(v.(int64))
	}
	if v, ok := o.Get("embed_expirationtime"); ok {
		out.EmbedExpirationtime = core.Ptr(v.(int64))
	}
	return out
}

// spec is the boldbi-embed-url format, from spec/formats/boldbi-embed-url.yaml.
var spec = &core.Spec{
	Family: "signed-url",
	Fields: []core.Field{
		{Name: "dashboard_url", Shape: core.Shape{Kind: "string"}, Required: true, Source: "caller", Placement: "url"},
		{Name: "embed_nonce", Shape: core.Shape{Kind: "string"}, Required: true, Source: "random", Placement: "payload", RandomBytes: 16, RandomEncoding: "uuid"},
		{Name: "embed_dashboard_id", Shape: core.Shape{Kind: "string"}, Required: true, Source: "caller", Placement: "payload"},
		{Name: "embed_user_email", Shape: core.Shape{Kind: "string"}, Required: true, Source: "caller", Placement: "payload"},
		{Name: "embed_timestamp", Shape: core.Shape{Kind: "unix-time"}, Source: "caller", Placement: "payload", NowPlus: core.Int64(0)},
		{Name: "embed_expirationtime", Shape: core.Shape{Kind: "integer", Minimum: core.Int64(86400), Maximum: core.Int64(518400)}, Source: "caller", Placement: "payload"},
	},
	Profile:           core.Profile{ItemSeparator: ",", KeySeparator: ":", ASCIIOnly: false, SortKeys: false},
	MAC:               core.SHA256,
	SignatureEncoding: core.Base64,
	Message: core.Message{
		Query: true,
	},
	URL: core.URLTemplate{
		Base: []core.URLPart{
			{Field: "dashboard_url"},
		},
		Query: []core.QueryParam{
			{Name: "embed_nonce", Field: "embed_nonce", Encode: "text"},
			{Name: "embed_dashboard_id", Field: "embed_dashboard_id", Encode: "text"},
			{Name: "embed_user_email", Field: "embed_user_email", Encode: "text"},
			{Name: "embed_timestamp", Field: "embed_timestamp", Encode: "text"},
			{Name: "embed_expirationtime", Field: "embed_expirationtime", Encode: "text"},
			{Name: "embed_signature", Value: "signature", Encode: "text"},
		},
		Safe:  "-_.~@",
		Space: "%20",
	},
	Response: []core.ResponseEntry{
		{Name: "url", Source: "url"},
		{Name: "signature", Source: "signature"},
	},
	Policy: core.Policy{
		Algorithms: []string{},
		IssuedAt:   "embed_timestamp",
		MaxAge:     core.Int64(518400),
		Leeway:     0,
	},
}
