// Code generated from tests/golden/specs/golden-claims.yaml; DO NOT EDIT.

// Package goldenclaims signs and verifies the Golden claims fixture format of embedseal tests
// (golden-claims).
package goldenclaims

import (
	"crypto/rand"
	"io"
	"time"

	"github.com/embedseal/embedseal-go/core"
)

// Input holds the values the caller gives to Sign.
type Input struct {
	// HTTPExampleComIsRoot: the http://example.com/is_root field. Optional.
	HTTPExampleComIsRoot *bool
	// Class: the class field.
	Class string
	// Type: the type field. Optional.
	Type *int64
	// Exp: the exp field. Optional.
	Exp *int64
	// Kid: the kid field.
	Kid string
	// Items: the items field.
	Items []Item
	// Meta: the meta field. Optional.
	Meta *core.Object
	// Base: the base field.
	Base string
}

// Item is a nested object of the golden-claims format.
type Item struct {
	// ID: the id member.
	ID int64
	// Tags: the tags member. Optional.
	Tags []string
}

func (in Item) object() *core.Object {
	o := core.NewObject()
	o.Set("id", in.ID)
	if in.Tags != nil {
		o.Set("tags", core.Items(in.Tags, core.Same[string]))
	}
	return o
}

func itemFrom(o *core.Object) Item {
	var out Item
	if v, ok := o.Get("id"); ok {
		out.ID = v.(int64)
	}
	if v, ok := o.Get("tags"); ok {
		out.Tags = core.Typed(v.([]any), core.As[string])
	}
	return out
}

// Claims are the verified contents of a token.
type Claims struct {
	// HTTPExampleComIsRoot: the http://example.com/is_root claim. Absent when
	// nil.
	HTTPExampleComIsRoot *bool
	// Nonce: the :nonce claim.
	Nonce string
	// Class: the class claim.
	Class string
	// Type: the type claim.
	Type int64
	// IAT: the iat claim.
	IAT int64
	// Exp: the exp claim.
	Exp int64
	// Kid: the kid claim.
	Kid string
	// Items: the items claim.
	Items []Item
	// Meta: the meta claim. Absent when nil.
	Meta *core.Object
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

// Sign signs the input in with the secret (text in hex) and returns
// the token, the embed URL and the vendor's response. Invalid input fails with
// core.ErrInvalidInput, a bad secret with core.ErrInvalidKey or
// core.ErrWeakKey.
func Sign(in Input, secret string, opts ...Option) (*Signed, error) {
	o := core.NewOptions(opts)
	key, err := core.DecodeSecret(secret, core.KeyHex, 16)
	if err != nil {
		return nil, err
	}
	values, err := core.Resolve(spec.Fields, in.object(), o.Now, o.Random)
	if err != nil {
		return nil, err
	}
	// A JWS: the header {"alg": "HS512", "typ": "JWT"} plus kid and the payload
	// (http://example.com/is_root, :nonce, class, type, iat, exp, items, meta) as
	// JSON, each base64url without padding, then HMAC-SHA512 over
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
	key, err := core.DecodeSecret(secret, core.KeyHex, 16)
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
	if in.HTTPExampleComIsRoot != nil {
		o.Set("http://example.com/is_root", *in.HTTPExampleComIsRoot)
	}
	o.Set("class", in.Class)
	if in.Type != nil {
		o.Set("type", *in.Type)
	}
	if in.Exp != nil {
		o.Set("exp", *in.Exp)
	}
	o.Set("kid", in.Kid)
	if in.Items != nil {
		o.Set("items", core.Items(in.Items, func(v Item) any { return v.object() }))
	}
	if in.Meta != nil {
		o.Set("meta", in.Meta)
	}
	o.Set("base", in.Base)
	return o
}

func claimsFrom(o *core.Object) *Claims {
	out := &Claims{Raw: o}
	if v, ok := o.Get("http://example.com/is_root"); ok {
		out.HTTPExampleComIsRoot = core.Ptr(v.(bool))
	}
	if v, ok := o.Get(":nonce"); ok {
		out.Nonce = v.(string)
	}
	if v, ok := o.Get("class"); ok {
		out.Class = v.(string)
	}
	if v, ok := o.Get("type"); ok {
		out.Type = v.(int64)
	}
	if v, ok := o.Get("iat"); ok {
		out.IAT = v.(int64)
	}
	if v, ok := o.Get("exp"); ok {
		out.Exp = v.(int64)
	}
	if v, ok := o.Get("kid"); ok {
		out.Kid = v.(string)
	}
	if v, ok := o.Get("items"); ok {
		out.Items = core.Typed(v.([]any), func(v any) Item { return itemFrom(v.(*core.Object)) })
	}
	if v, ok := o.Get("meta"); ok {
		out.Meta = v.(*core.Object)
	}
	return out
}

// spec is the golden-claims format, from tests/golden/specs/golden-claims.yaml.
var spec = &core.Spec{
	Family: "jws",
	Fields: []core.Field{
		{Name: "http://example.com/is_root", Shape: core.Shape{Kind: "boolean"}, Source: "caller", Placement: "payload"},
		{Name: ":nonce", Shape: core.Shape{Kind: "string"}, Required: true, Source: "random", Placement: "payload", RandomBytes: 8, RandomEncoding: "hex"},
		{Name: "class", Shape: core.Shape{Kind: "string", Enum: []any{"gold", "silver"}}, Required: true, Source: "caller", Placement: "payload"},
		{Name: "type", Shape: core.Shape{Kind: "integer", Minimum: core.Int64(0), Maximum: core.Int64(10)}, Required: true, Source: "caller", Placement: "payload", Default: int64(3)},
		{Name: "iat", Shape: core.Shape{Kind: "unix-time"}, Required: true, Source: "clock", Placement: "payload"},
		{Name: "exp", Shape: core.Shape{Kind: "unix-time"}, Required: true, Source: "caller", Placement: "payload", NowPlus: core.Int64(300)},
		{Name: "kid", Shape: core.Shape{Kind: "string", MaxLength: 32}, Required: true, Source: "caller", Placement: "header"},
		{Name: "items", Shape: core.Shape{Kind: "array", Items: &core.Shape{Kind: "object", Properties: []core.Field{
			{Name: "id", Shape: core.Shape{Kind: "integer"}, Required: true, Source: "caller", Placement: "payload"},
			{Name: "tags", Shape: core.Shape{Kind: "array", Items: &core.Shape{Kind: "string"}}, Source: "caller", Placement: "payload"},
		}}}, Required: true, Source: "caller", Placement: "payload"},
		{Name: "meta", Shape: core.Shape{Kind: "object"}, Source: "caller", Placement: "payload"},
		{Name: "base", Shape: core.Shape{Kind: "string"}, Required: true, Source: "caller", Placement: "url"},
	},
	Profile:           core.Profile{ItemSeparator: ",", KeySeparator: ":", ASCIIOnly: true, SortKeys: true},
	MAC:               core.SHA512,
	SignatureEncoding: core.Base64URLNoPad,
	Header: []core.Member{
		{Key: "alg", Value: "HS512"},
		{Key: "typ", Value: "JWT"},
	},
	URL: core.URLTemplate{
		Base: []core.URLPart{
			{Field: "base"},
			{Literal: "/view"},
		},
		Query: []core.QueryParam{
			{Name: "jwt", Value: "token", Encode: "text"},
		},
		Safe:  "-_.~",
		Space: "%20",
	},
	Response: []core.ResponseEntry{
		{Name: "token", Source: "token"},
		{Name: "url", Source: "url"},
		{Name: "expires_at", Source: "field", Field: "exp"},
	},
	Policy: core.Policy{
		Algorithms:  []string{"HS512"},
		Expires:     "exp",
		IssuedAt:    "iat",
		MaxLifetime: core.Int64(600),
		Leeway:      5,
	},
}
