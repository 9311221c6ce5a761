// Code generated from tests/golden/specs/golden-envelope.yaml; DO NOT EDIT.

// Package goldenenvelope signs and verifies the Golden envelope fixture format of embedseal tests
// (golden-envelope).
package goldenenvelope

import (
	"crypto/rand"
	"io"
	"time"

	"github.com/embedseal/embedseal-go/core"
)

// Input holds the values the caller gives to Sign.
type Input struct {
	// Account: the account field.
	Account string
	// Until: the until field. Optional.
	Until *int64
}

// Claims are the verified contents of a token.
type Claims struct {
	// V: the v claim.
	V int64
	// Account: the account claim.
	Account string
	// ID: the id claim.
	ID string
	// Until: the until claim.
	Until int64
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
	// ExpiresAt is the value of until.
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
	key, err := core.DecodeSecret(secret, core.KeyUTF8, 8)
	if err != nil {
		return nil, err
	}
	values, err := core.Resolve(spec.Fields, in.object(), o.Now, o.Random)
	if err != nil {
		return nil, err
	}
	// HMAC-SHA384 over v + "|" + account + "|" + id + "|" + until, encoded
	// base64; the token is the JSON object (v, account, id, until, sig) encoded
	// base64url-nopad.
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
	if v, ok := values.Get("until"); ok {
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
	key, err := core.DecodeSecret(secret, core.KeyUTF8, 8)
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
	o.Set("account", in.Account)
	if in.Until != nil {
		o.Set("until", *in.Until)
	}
	return o
}

func claimsFrom(o *core.Object) *Claims {
	out := &Claims{Raw: o}
	if v, ok := o.Get("v"); ok {
		out.V = v.(int64)
	}
	if v, ok := o.Get("account"); ok {
		out.Account = v.(string)
	}
	if v, ok := o.Get("id"); ok {
		out.ID = v.(string)
	}
	if v, ok := o.Get("until"); ok {
		out.Until = v.(int64)
	}
	return out
}

// spec is the golden-envelope format, from tests/golden/specs/golden-envelope.yaml.
var spec = &core.Spec{
	Family: "envelope",
	Fields: []core.Field{
		{Name: "v", Shape: core.Shape{Kind: "integer"}, Required: true, Source: "caller", Placement: "payload", Fixed: int64(2)},
		{Name: "account", Shape: core.Shape{Kind: "string"}, Required: true, Source: "constant", Placement: "payload"},
		{Name: "id", Shape: core.Shape{Kind: "string"}, Required: true, Source: "random", Placement: "payload", RandomBytes: 16, RandomEncoding: "uuid"},
		{Name: "until", Shape: core.Shape{Kind: "unix-time"}, Required: true, Source: "caller", Placement: "payload", NowPlus: core.Int64(900)},
		{Name: "sig", Shape: core.Shape{Kind: "string"}, Required: true, Source: "signature", Placement: "payload"},
	},
	Profile:           core.Profile{ItemSeparator: ",", KeySeparator: ":", ASCIIOnly: false, SortKeys: false},
	MAC:               core.SHA384,
	SignatureEncoding: core.Base64,
	EnvelopeEncoding:  core.Base64URLNoPad,
	Message: core.Message{
		Join: "|",
		Parts: []core.Part{
			{Prefix: "", Field: "v", Encode: "text"},
			{Prefix: "", Field: "account", Encode: "text"},
			{Prefix: "", Field: "id", Encode: "text"},
			{Prefix: "", Field: "until", Encode: "text"},
		},
	},
	URL: core.URLTemplate{
		Base: []core.URLPart{
			{Literal: "https://embed.example.com/t/"},
			{Token: true},
		},
		Safe:  "-_.~",
		Space: "%20",
	},
	Response: []core.ResponseEntry{
		{Name: "token", Source: "token"},
		{Name: "expires_at", Source: "field", Field: "until"},
	},
	Policy: core.Policy{
		Algorithms:  []string{},
		Expires:     "until",
		MaxLifetime: core.Int64(3600),
		Leeway:      0,
	},
}
