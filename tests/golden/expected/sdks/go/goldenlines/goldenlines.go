// Code generated from tests/golden/specs/golden-lines.yaml; DO NOT EDIT.

// Package goldenlines signs and verifies the Golden lines fixture format of embedseal tests
// (golden-lines).
//
// Known risks of this format, kept because the vendor requires them:
//
//   - unsigned-fields: the signature does not cover display
package goldenlines

import (
	"io"
	"time"

	"github.com/embedseal/embedseal-go/core"
)

// Input holds the values the caller gives to Sign.
type Input struct {
	// Host: the host field.
	Host string
	// Path: the path field.
	Path string
	// User: the user field.
	User string
	// Groups: the groups field. Optional.
	Groups []int64
	// Display: the display field. Optional.
	Display *string
}

// Claims are the verified contents of a token.
type Claims struct {
	// Host: the host claim.
	Host string
	// Path: the path claim.
	Path string
	// Time: the time claim.
	Time int64
	// User: the user claim.
	User string
	// Groups: the groups claim. Absent when nil.
	Groups []int64
	// Display: the display claim. Absent when nil.
	Display *string
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

// Sign signs the input in with the secret (text in base64) and returns
// the token, the embed URL and the vendor's response. Invalid input fails with
// core.ErrInvalidInput, a bad secret with core.ErrInvalidKey or
// core.ErrWeakKey.
func Sign(in Input, secret string, opts ...Option) (*Signed, error) {
	o := core.NewOptions(opts)
	key, err := core.DecodeSecret(secret, core.KeyBase64, 16)
	if err != nil {
		return nil, err
	}
	values, err := core.Resolve(spec.Fields, in.object(), o.Now, o.Random)
	if err != nil {
		return nil, err
	}
	// HMAC-SHA256 over host + "\n" + "/e/" + path (percent) + "\n" + time (json)
	// + "\n" + user (json) + "\n" + groups (json), encoded base64url; it ends the
	// query string.
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
	key, err := core.DecodeSecret(secret, core.KeyBase64, 16)
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
	o.Set("host", in.Host)
	o.Set("path", in.Path)
	o.Set("user", in.User)
	if in.Groups != nil {
		o.Set("groups", core.Items(in.Groups, core.Same[int64]))
	}
	if in.Display != nil {
		o.Set("display", *in.Display)
	}
	return o
}

func claimsFrom(o *core.Object) *Claims {
	out := &Claims{Raw: o}
	if v, ok := o.Get("host"); ok {
		out.Host = v.(string)
	}
	if v, ok := o.Get("path"); ok {
		out.Path = v.(string)
	}
	if v, ok := o.Get("time"); ok {
		out.Time = v.(int64)
	}
	if v, ok := o.Get("user"); ok {
		out.User = v.(string)
	}
	if v, ok := o.Get("groups"); ok {
		out.Groups = core.Typed(v.([]any), core.As[int64])
	}
	if v, ok := o.Get("display"); ok {
		out.Display = core.Ptr(v.(string))
	}
	return out
}

// spec is the golden-lines format, from tests/golden/specs/golden-lines.yaml.
var spec = &core.Spec{
	Family: "signed-url",
	Fields: []core.Field{
		{Name: "host", Shape: core.Shape{Kind: "string"}, Required: true, Source: "caller", Placement: "payload"},
		{Name: "path", Shape: core.Shape{Kind: "string"}, Required: true, Source: "caller", Placement: "payload"},
		{Name: "time", Shape: core.Shape{Kind: "unix-time"}, Required: true, Source: "clock", Placement: "payload"},
		{Name: "user", Shape: core.Shape{Kind: "string", MaxLength: 64}, Required: true, Source: "caller", Placement: "payload"},
		{Name: "groups", Shape: core.Shape{Kind: "array", Items: &core.Shape{Kind: "integer"}}, Source: "caller", Placement: "payload"},
		{Name: "display", Shape: core.Shape{Kind: "string"}, Source: "caller", Placement: "payload"},
	},
	Profile:           core.Profile{ItemSeparator: ", ", KeySeparator: ": ", ASCIIOnly: false, SortKeys: false},
	MAC:               core.SHA256,
	SignatureEncoding: core.Base64URL,
	Message: core.Message{
		Join: "\n",
		Parts: []core.Part{
			{Prefix: "", Field: "host", Encode: "text"},
			{Prefix: "/e/", Field: "path", Encode: "percent"},
			{Prefix: "", Field: "time", Encode: "json"},
			{Prefix: "", Field: "user", Encode: "json"},
			{Prefix: "", Field: "groups", Encode: "json"},
		},
	},
	URL: core.URLTemplate{
		Base: []core.URLPart{
			{Literal: "https://"},
			{Field: "host"},
			{Literal: "/e/"},
			{Field: "path", Percent: true},
		},
		Query: []core.QueryParam{
			{Name: "time", Field: "time", Encode: "text"},
			{Name: "user", Field: "user", Encode: "json"},
			{Name: "groups", Field: "groups", Encode: "json"},
			{Name: "display", Field: "display", Encode: "text"},
			{Name: "sig", Value: "signature", Encode: "text"},
		},
		Safe:  "-_.~",
		Space: "+",
	},
	Response: []core.ResponseEntry{
		{Name: "url", Source: "url"},
	},
	Policy: core.Policy{
		Algorithms: []string{},
		IssuedAt:   "time",
		MaxAge:     core.Int64(120),
		Leeway:     10,
	},
}
