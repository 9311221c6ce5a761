// Code generated from spec/formats/papermap-iframe.yaml; DO NOT EDIT.

// Package papermapiframe signs and verifies the Papermap iframe token format of Papermap
// (papermap-iframe).
//
// Known risks of this format, kept because the vendor requires them:
//
//   - unsigned-fields: the signature does not cover api_key_id, tenant_id,
//     dashboard_id
//   - ambiguous-concatenation: parts are concatenated with no delimiter, so
//     different inputs can sign the same bytes
//   - unbounded-lifetime: no verify.max_lifetime bounds exp
//   - no-min-key-length: no minimum key length (secret.min_bytes)
package papermapiframe

import (
	"crypto/rand"
	"io"
	"time"

	"github.com/embedseal/embedseal-go/core"
)

// Input holds the values the caller gives to Sign.
type Input struct {
	// APIKeyID: Your Papermap API key identifier (ak_…), the same for every
	// token.
	APIKeyID string
	// WorkspaceID: The Papermap workspace that holds the dashboard.
	WorkspaceID string
	// TenantID: Your customer (tenant) the dashboard is shown to.
	TenantID string
	// DashboardID: The tenant's dashboard.
	DashboardID string
	// ValidUntil: When the token stops working (Unix seconds); one hour from now
	// by default. Optional.
	ValidUntil *int64
}

// Claims are the verified contents of a token.
type Claims struct {
	// APIKeyID: Your Papermap API key identifier (ak_…), the same for every
	// token.
	APIKeyID string
	// WorkspaceID: The Papermap workspace that holds the dashboard.
	WorkspaceID string
	// TenantID: Your customer (tenant) the dashboard is shown to.
	TenantID string
	// DashboardID: The tenant's dashboard.
	DashboardID string
	// ValidUntil: When the token stops working (Unix seconds); one hour from now
	// by default.
	ValidUntil int64
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
	// DashboardID is the value of dashboard_id.
	DashboardID string
	// ExpiresAt is the value of valid_until.
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
	// HMAC-SHA256 over workspace_id + valid_until, encoded hex; the token is the
	// JSON object (api_key_id, workspace_id, tenant_id, dashboard_id,
	// valid_until, signature) encoded base64url.
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
	if v, ok := values.Get("dashboard_id"); ok {
		out.DashboardID = v.(string)
	}
	if v, ok := values.Get("valid_until"); ok {
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
	o.Set("api_key_id", in.APIKeyID)
	o.Set("workspace_id", in.WorkspaceID)
	o.Set("tenant_id", in.TenantID)
	o.Set("dashboard_id", in.DashboardID)
	if in.ValidUntil != nil {
		o.Set("valid_until", *in.ValidUntil)
	}
	return o
}

func claimsFrom(o *core.Object) *Claims {
	out := &Claims{Raw: o}
	if v, ok := o.Get("api_key_id"); ok {
		out.APIKeyID = v.(string)
	}
	if v, ok := o.Get("workspace_id"); ok {
		out.WorkspaceID = v.(string)
	}
	if v, ok := o.Get("tenant_id"); ok {
		out.TenantID = v.(string)
	}
	if v, ok := o.Get("dashboard_id"); ok {
		out.DashboardID = v.(string)
	}
	if v, ok := o.Get("valid_until"); ok {
		out.ValidUntil = v.(int64)
	}
	return out
}

// spec is the papermap-iframe format, from spec/formats/papermap-iframe.yaml.
var spec = &core.Spec{
	Family: "envelope",
	Fields: []core.Field{
		{Name: "api_key_id", Shape: core.Shape{Kind: "string"}, Required: true, Source: "constant", Placement: "payload"},
		{Name: "workspace_id", Shape: core.Shape{Kind: "string"}, Required: true, Source: "caller", Placement: "payload"},
		{Name: "tenant_id", Shape: core.Shape{Kind: "string"}, Required: true, Source: "caller", Placement: "payload"},
		{Name: "dashboard_id", Shape: core.Shape{Kind: "string"}, Required: true, Source: "caller", Placement: "payload"},
		{Name: "valid_until", Shape: core.Shape{Kind: "unix-time"}, Required: true, Source: "caller", Placement: "payload", NowPlus: core.Int64(3600)},
		{Name: "signature", Shape: core.Shape{Kind: "string"}, Required: true, Source: "signature", Placement: "payload"},
	},
	Profile:           core.Profile{ItemSeparator: ", ", KeySeparator: ": ", ASCIIOnly: true, SortKeys: false},
	MAC:               core.SHA256,
	SignatureEncoding: core.Hex,
	EnvelopeEncoding:  core.Base64URL,
	Message: core.Message{
		Join: "",
		Parts: []core.Part{
			{Prefix: "", Field: "workspace_id", Encode: "text"},
			{Prefix: "", Field: "valid_until", Encode: "text"},
		},
	},
	URL: core.URLTemplate{
		Base: []core.URLPart{
			{Literal: "https://papermap.ai/embedded/dashboard"},
		},
		Query: []core.QueryParam{
			{Name: "embedded-token", Value: "token", Encode: "text"},
		},
		Safe:  "-_.~=",
		Space: "%20",
	},
	Response: []core.ResponseEntry{
		{Name: "token", Source: "token"},
		{Name: "dashboard_id", Source: "field", Field: "dashboard_id"},
		{Name: "expires_at", Source: "field", Field: "valid_until"},
	},
	Policy: core.Policy{
		Algorithms: []string{},
		Expires:    "valid_until",
		Leeway:     0,
	},
}
