// Code generated from spec/formats/looker-signed-url.yaml; DO NOT EDIT.

// Package lookersignedurl signs and verifies the Looker signed embed URL format of Looker
// (looker-signed-url).
//
// Known risks of this format, kept because the vendor requires them:
//
//   - unsigned-fields: the signature does not cover first_name, last_name,
//     user_timezone, force_logout_login
//   - sha1: HMAC-SHA1 is a legacy choice
//   - no-min-key-length: no minimum key length (secret.min_bytes)
package lookersignedurl

import (
	"io"
	"time"

	"github.com/embedseal/embedseal-go/core"
)

// Input holds the values the caller gives to Sign.
type Input struct {
	// Host: Looker host without scheme, with the port when needed
	// (example.looker.com).
	Host string
	// EmbedURL: The embedded content path, e.g. /embed/dashboards/1.
	EmbedURL string
	// SessionLength: Length of the embed session in seconds. Optional.
	SessionLength *int64
	// ExternalUserID: Your id for the viewer.
	ExternalUserID string
	// Permissions: Looker permissions, e.g. access_data, see_user_dashboards.
	Permissions []string
	// Models: Model names the viewer may use.
	Models []string
	// GroupIds: the group_ids field. Optional.
	GroupIds []int64
	// ExternalGroupID: the external_group_id field. Optional.
	ExternalGroupID *string
	// UserAttributes: the user_attributes field. Optional.
	UserAttributes *core.Object
	// AccessFilters: Required by Looker; {} when unused. Optional.
	AccessFilters *core.Object
	// FirstName: the first_name field. Optional.
	FirstName *string
	// LastName: the last_name field. Optional.
	LastName *string
	// UserTimezone: the user_timezone field. Optional.
	UserTimezone *string
	// ForceLogoutLogin: the force_logout_login field. Optional.
	ForceLogoutLogin *bool
}

// Claims are the verified contents of a token.
type Claims struct {
	// Host: Looker host without scheme, with the port when needed
	// (example.looker.com).
	Host string
	// EmbedURL: The embedded content path, e.g. /embed/dashboards/1.
	EmbedURL string
	// Nonce: Single-use random value.
	Nonce string
	// Time: When the URL was signed; Looker accepts it within five minutes.
	Time int64
	// SessionLength: Length of the embed session in seconds.
	SessionLength int64
	// ExternalUserID: Your id for the viewer.
	ExternalUserID string
	// Permissions: Looker permissions, e.g. access_data, see_user_dashboards.
	Permissions []string
	// Models: Model names the viewer may use.
	Models []string
	// GroupIds: the group_ids claim. Absent when nil.
	GroupIds []int64
	// ExternalGroupID: the external_group_id claim. Absent when nil.
	ExternalGroupID *string
	// UserAttributes: the user_attributes claim. Absent when nil.
	UserAttributes *core.Object
	// AccessFilters: Required by Looker; {} when unused.
	AccessFilters *core.Object
	// FirstName: the first_name claim. Absent when nil.
	FirstName *string
	// LastName: the last_name claim. Absent when nil.
	LastName *string
	// UserTimezone: the user_timezone claim. Absent when nil.
	UserTimezone *string
	// ForceLogoutLogin: the force_logout_login claim. Absent when nil.
	ForceLogoutLogin *bool
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
	// HMAC-SHA1 over host + "\n" + "/login/embed/" + embed_url (percent) + "\n" +
	// nonce (json) + "\n" + time (json) + "\n" + session_length (json) + "\n" +
	// external_user_id (json) + "\n" + permissions (json) + "\n" + models (json)
	// + "\n" + group_ids (json) + "\n" + external_group_id (json) + "\n" +
	// user_attributes (json) + "\n" + access_filters (json), encoded base64; it
	// ends the query string.
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
	o.Set("host", in.Host)
	o.Set("embed_url", in.EmbedURL)
	if in.SessionLength != nil {
		o.Set("session_length", *in.SessionLength)
	}
	o.Set("external_user_id", in.ExternalUserID)
	if in.Permissions != nil {
		o.Set("permissions", core.Items(in.Permissions, core.Same[string]))
	}
	if in.Models != nil {
		o.Set("models", core.Items(in.Models, core.Same[string]))
	}
	if in.GroupIds != nil {
		o.Set("group_ids", core.Items(in.GroupIds, core.Same[int64]))
	}
	if in.ExternalGroupID != nil {
		o.Set("external_group_id", *in.ExternalGroupID)
	}
	if in.UserAttributes != nil {
		o.Set("user_attributes", in.UserAttributes)
	}
	if in.AccessFilters != nil {
		o.Set("access_filters", in.AccessFilters)
	}
	if in.FirstName != nil {
		o.Set("first_name", *in.FirstName)
	}
	if in.LastName != nil {
		o.Set("last_name", *in.LastName)
	}
	if in.UserTimezone != nil {
		o.Set("user_timezone", *in.UserTimezone)
	}
	if in.ForceLogoutLogin != nil {
		o.Set("force_logout_login", *in.ForceLogoutLogin)
	}
	return o
}

func claimsFrom(o *core.Object) *Claims {
	out := &Claims{Raw: o}
	if v, ok := o.Get("host"); ok {
		out.Host = v.(string)
	}
	if v, ok := o.Get("embed_url"); ok {
		out.EmbedURL = v.(string)
	}
	if v, ok := o.Get("nonce"); ok {
		out.Nonce = v.(string)
	}
	if v, ok := o.Get("time"); ok {
		out.Time = v.(int64)
	}
	if v, ok := o.Get("session_length"); ok {
		out.SessionLength = v.(int64)
	}
	if v, ok := o.Get("external_user_id"); ok {
		out.ExternalUserID = v.(string)
	}
	if v, ok := o.Get("permissions"); ok {
		out.Permissions = core.Typed(v.([]any), core.As[string])
	}
	if v, ok := o.Get("models"); ok {
		out.Models = core.Typed(v.([]any), core.As[string])
	}
	if v, ok := o.Get("group_ids"); ok {
		out.GroupIds = core.Typed(v.([]any), core.As[int64])
	}
	if v, ok := o.Get("external_group_id"); ok {
		out.ExternalGroupID = core.Ptr(v.(string))
	}
	if v, ok := o.Get("user_attributes"); ok {
		out.UserAttributes = v.(*core.Object)
	}
	if v, ok := o.Get("access_filters"); ok {
		out.AccessFilters = v.(*core.Object)
	}
	if v, ok := o.Get("first_name"); ok {
		out.FirstName = core.Ptr(v.(string))
	}
	if v, ok := o.Get("last_name"); ok {
		out.LastName = core.Ptr(v.(string))
	}
	if v, ok := o.Get("user_timezone"); ok {
		out.UserTimezone = core.Ptr(v.(string))
	}
	if v, ok := o.Get("force_logout_login"); ok {
		out.ForceLogoutLogin = core.Ptr(v.(bool))
	}
	return out
}

// spec is the looker-signed-url format, from spec/formats/looker-signed-url.yaml.
var spec = &core.Spec{
	Family: "signed-url",
	Fields: []core.Field{
		{Name: "host", Shape: core.Shape{Kind: "string"}, Required: true, Source: "caller", Placement: "payload"},
		{Name: "embed_url", Shape: core.Shape{Kind: "string"}, Required: true, Source: "caller", Placement: "payload"},
		{Name: "nonce", Shape: core.Shape{Kind: "string", MaxLength: 255}, Required: true, Source: "random", Placement: "payload", RandomBytes: 16, RandomEncoding: "hex"},
		{Name: "time", Shape: core.Shape{Kind: "unix-time"}, Required: true, Source: "clock", Placement: "payload"},
		{Name: "session_length", Shape: core.Shape{Kind: "integer", Minimum: core.Int64(0), Maximum: core.Int64(2592000)}, Required: true, Source: "caller", Placement: "payload", Default: int64(3600)},
		{Name: "external_user_id", Shape: core.Shape{Kind: "string"}, Required: true, Source: "caller", Placement: "payload"},
		{Name: "permissions", Shape: core.Shape{Kind: "array", Items: &core.Shape{Kind: "string"}}, Required: true, Source: "caller", Placement: "payload"},
		{Name: "models", Shape: core.Shape{Kind: "array", Items: &core.Shape{Kind: "string"}}, Required: true, Source: "caller", Placement: "payload"},
		{Name: "group_ids", Shape: core.Shape{Kind: "array", Items: &core.Shape{Kind: "integer"}}, Source: "caller", Placement: "payload"},
		{Name: "external_group_id", Shape: core.Shape{Kind: "string", MaxLength: 81}, Source: "caller", Placement: "payload"},
		{Name: "user_attributes", Shape: core.Shape{Kind: "object"}, Source: "caller", Placement: "payload"},
		{Name: "access_filters", Shape: core.Shape{Kind: "object"}, Required: true, Source: "caller", Placement: "payload", Default: core.NewObject()},
		{Name: "first_name", Shape: core.Shape{Kind: "string"}, Source: "caller", Placement: "payload"},
		{Name: "last_name", Shape: core.Shape{Kind: "string"}, Source: "caller", Placement: "payload"},
		{Name: "user_timezone", Shape: core.Shape{Kind: "string"}, Source: "caller", Placement: "payload"},
		{Name: "force_logout_login", Shape: core.Shape{Kind: "boolean"}, Source: "caller", Placement: "payload"},
	},
	Profile:           core.Profile{ItemSeparator: ",", KeySeparator: ":", ASCIIOnly: false, SortKeys: false},
	MAC:               core.SHA1,
	SignatureEncoding: core.Base64,
	Message: core.Message{
		Join: "\n",
		Parts: []core.Part{
			{Prefix: "", Field: "host", Encode: "text"},
			{Prefix: "/login/embed/", Field: "embed_url", Encode: "percent"},
			{Prefix: "", Field: "nonce", Encode: "json"},
			{Prefix: "", Field: "time", Encode: "json"},
			{Prefix: "", Field: "session_length", Encode: "json"},
			{Prefix: "", Field: "external_user_id", Encode: "json"},
			{Prefix: "", Field: "permissions", Encode: "json"},
			{Prefix: "", Field: "models", Encode: "json"},
			{Prefix: "", Field: "group_ids", Encode: "json"},
			{Prefix: "", Field: "external_group_id", Encode: "json"},
			{Prefix: "", Field: "user_attributes", Encode: "json"},
			{Prefix: "", Field: "access_filters", Encode: "json"},
		},
	},
	URL: core.URLTemplate{
		Base: []core.URLPart{
			{Literal: "https://"},
			{Field: "host"},
			{Literal: "/login/embed/"},
			{Field: "embed_url", Percent: true},
		},
		Query: []core.QueryParam{
			{Name: "nonce", Field: "nonce", Encode: "json"},
			{Name: "time", Field: "time", Encode: "json"},
			{Name: "session_length", Field: "session_length", Encode: "json"},
			{Name: "external_user_id", Field: "external_user_id", Encode: "json"},
			{Name: "permissions", Field: "permissions", Encode: "json"},
			{Name: "models", Field: "models", Encode: "json"},
			{Name: "group_ids", Field: "group_ids", Encode: "json"},
			{Name: "external_group_id", Field: "external_group_id", Encode: "json"},
			{Name: "user_attributes", Field: "user_attributes", Encode: "json"},
			{Name: "access_filters", Field: "access_filters", Encode: "json"},
			{Name: "first_name", Field: "first_name", Encode: "json"},
			{Name: "last_name", Field: "last_name", Encode: "json"},
			{Name: "user_timezone", Field: "user_timezone", Encode: "json"},
			{Name: "force_logout_login", Field: "force_logout_login", Encode: "json"},
			{Name: "signature", Value: "signature", Encode: "text"},
		},
		Safe:  "-_.!~*'()",
		Space: "%20",
	},
	Response: []core.ResponseEntry{
		{Name: "url", Source: "url"},
	},
	Policy: core.Policy{
		Algorithms: []string{},
		IssuedAt:   "time",
		MaxAge:     core.Int64(0),
		Leeway:     300,
	},
}
