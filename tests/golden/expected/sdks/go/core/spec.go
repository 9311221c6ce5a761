// Code generated from the embedseal runtime; DO NOT EDIT.

package core

import (
	"strings"
)

// Family is how a format carries its signature.
type Family string

// The format families.
const (
	FamilyJWS       Family = "jws"        // a JSON Web Signature (header.payload.signature)
	FamilyEnvelope  Family = "envelope"   // an encoded JSON object holding its signature
	FamilySignedURL Family = "signed-url" // a URL whose query ends with its signature
)

// Part is one piece of a signed string: prefix + the field's text.
type Part struct {
	Prefix string
	Field  string
	Encode string // text, json or percent
}

// Message is the string a signed-string format MACs.
type Message struct {
	Join  string
	Parts []Part
	Query bool // the query string without its signature parameter
}

// URLPart is a piece of a URL template: a literal, the token, or a field.
type URLPart struct {
	Literal string
	Field   string // the field whose text goes here, when not empty
	Token   bool   // the token goes here
	Percent bool   // percent-encode the field's text
}

// QueryParam is one query parameter of an embed URL.
type QueryParam struct {
	Name   string
	Field  string // the field whose value this is, when not empty
	Value  string // "token" or "signature", when Field is empty
	Encode string // text or json
}

// URLTemplate is how an embed URL is built.
type URLTemplate struct {
	Base        []URLPart
	Query       []QueryParam
	Fragment    []URLPart
	HasFragment bool
	Safe        string // ASCII characters kept by percent-encoding
	Space       string // what a space becomes
}

// ResponseEntry is one member of the sign response.
type ResponseEntry struct {
	Name   string
	Source string // token, url, signature or field
	Field  string
}

// Policy is a format's verification policy.
type Policy struct {
	Algorithms  []string // JWS alg values accepted
	Expires     string   // the expiry claim, if any
	IssuedAt    string   // the issued-at claim, if any
	NotBefore   string   // the not-before claim, if any
	MaxAge      *int64   // seconds after issued-at the token expires, if set
	MaxLifetime *int64   // the longest allowed exp - iat, if set
	Leeway      int64    // clock skew allowed, in seconds
}

// Spec is everything the runtime needs to sign and verify one format. The
// generated package of each format declares its Spec.
type Spec struct {
	Family            Family
	Fields            []Field
	Profile           Profile
	MAC               MACAlgorithm
	SignatureEncoding ByteEncoding
	Header            []Member     // JWS header members, before header-placed fields
	EnvelopeEncoding  ByteEncoding // envelopes: how the JSON object is encoded
	Message           Message
	URL               URLTemplate
	Response          []ResponseEntry
	Policy            Policy
}

// Result is what signing produces.
type Result struct {
	Token     string // empty for signed URLs
	URL       string
	Signature string
	Values    *Object // every resolved field value, in declared order
	Response  *Object // the vendor-shaped answer
}

// placed returns the fields that travel in placement p.
func (s *Spec) placed(p Placement) []Field {
	var out []Field
	for _, f := range s.Fields {
		if f.Placement == p {
			out = append(out, f)
		}
	}
	return out
}

func (s *Spec) field(name string) (Field, bool) {
	for _, f := range s.Fields {
		if f.Name == name {
			return f, true
		}
	}
	return Field{}, false
}

// pick returns the members of values named by fields, in the fields' order.
func pick(fields []Field, values *Object) *Object {
	out := NewObject()
	for _, f := range fields {
		if v, ok := values.Get(f.Name); ok {
			out.Set(f.Name, v)
		}
	}
	return out
}

// Sign signs values (from Resolve) with key.
func (s *Spec) Sign(key []byte, values *Object) (*Result, error) {
	r := &Result{Values: values}
	var err error
	switch s.Family {
	case FamilyJWS:
		r.Token, r.Signature, err = s.signJWS(key, values)
	case FamilyEnvelope:
		r.Token, r.Signature, err = s.signEnvelope(key, values)
	default:
		r.Signature, err = s.signatureText(key, values)
	}
	if err != nil {
		return nil, err
	}
	signature := ""
	if s.Family == FamilySignedURL {
		signature = r.Signature
	}
	r.URL, err = s.EmbedURL(values, r.Token, signature)
	if err != nil {
		return nil, err
	}
	r.Response = NewObject()
	for _, e := range s.Response {
		switch e.Source {
		case "field":
			if v, ok := values.Get(e.Field); ok {
				r.Response.Set(e.Name, v)
			}
		case "token":
			if s.Family == FamilySignedURL {
				r.Response.Set(e.Name, nil)
			} else {
				r.Response.Set(e.Name, r.Token)
			}
		case "url":
			r.Response.Set(e.Name, r.URL)
		case "signature":
			r.Response.Set(e.Name, r.Signature)
		}
	}
	return r, nil
}

func (s *Spec) signJWS(key []byte, values *Object) (token, signature string, err error) {
	header := NewObject(s.Header...)
	for _, m := range pick(s.placed(InHeader), values).Members() {
		header.Set(m.Key, m.Value)
	}
	payload := pick(s.placed(InPayload), values)
	var segments []string
	for _, part := range []*Object{header, payload} {
		text, err := Encode(part, s.Profile)
		if err != nil {
			return "", "", err
		}
		segments = append(segments, Base64URLNoPad.Encode([]byte(text)))
	}
	input := strings.Join(segments, ".")
	signature = Base64URLNoPad.Encode(HMAC(s.MAC, key, []byte(input)))
	return input + "." + signature, signature, nil
}

func (s *Spec) signatureText(key []byte, values *Object) (string, error) {
	message, err := s.signedString(values)
	if err != nil {
		return "", err
	}
	return s.SignatureEncoding.Encode(HMAC(s.MAC, key, []byte(message))), nil
}

func (s *Spec) signEnvelope(key []byte, values *Object) (token, signature string, err error) {
	signature, err = s.signatureText(key, values)
	if err != nil {
		return "", "", err
	}
	envelope := NewObject()
	for _, f := range s.Fields {
		if f.Placement == InURL {
			continue
		}
		if f.Source == SourceSignature {
			envelope.Set(f.Name, signature)
		} else if v, ok := values.Get(f.Name); ok {
			envelope.Set(f.Name, v)
		}
	}
	text, err := Encode(envelope, s.Profile)
	if err != nil {
		return "", "", err
	}
	return s.EnvelopeEncoding.Encode([]byte(text)), signature, nil
}

// valueText writes a value into a message or URL: plain text, JSON text or
// percent-encoded text.
func (s *Spec) valueText(v any, encode string) (string, error) {
	if encode == "json" {
		return Encode(v, s.Profile)
	}
	text := PlainText(v)
	if encode == "percent" {
		return s.percent(text), nil
	}
	return text, nil
}

func (s *Spec) percent(text string) string {
	return PercentEncode(text, s.URL.Safe, s.URL.Space)
}

func (s *Spec) signedString(values *Object) (string, error) {
	if s.Message.Query {
		return s.queryString(values, "", "", false)
	}
	var pieces []string
	for _, p := range s.Message.Parts {
		v, ok := values.Get(p.Field)
		if !ok {
			continue
		}
		text, err := s.valueText(v, p.Encode)
		if err != nil {
			return "", err
		}
		pieces = append(pieces, p.Prefix+text)
	}
	return strings.Join(pieces, s.Message.Join), nil
}

// queryString writes name=value pairs in declared order, leaving out absent
// fields and, while withSignature is false, the signature parameter.
func (s *Spec) queryString(values *Object, token, signature string, withSignature bool) (string, error) {
	var pairs []string
	for _, q := range s.URL.Query {
		var text string
		switch {
		case q.Value == "signature":
			if !withSignature {
				continue
			}
			text = signature
		case q.Value == "token":
			if token == "" && s.Family == FamilySignedURL {
				continue
			}
			text = token
		default:
			v, ok := values.Get(q.Field)
			if !ok {
				continue
			}
			var err error
			if text, err = s.valueText(v, q.Encode); err != nil {
				return "", err
			}
		}
		pairs = append(pairs, s.percent(q.Name)+"="+s.percent(text))
	}
	return strings.Join(pairs, "&"), nil
}

// template fills a URL template's placeholders, raw or %-encoded. In a base
// (isBase), a raw value holding '?' or '#' would end the base early, so the
// URL could not be read back: it fails with CodeInvalidInput.
func (s *Spec) template(parts []URLPart, values *Object, token string, isBase bool) (string, error) {
	var b strings.Builder
	for _, p := range parts {
		switch {
		case p.Token:
			b.WriteString(token)
		case p.Field != "":
			v, _ := values.Get(p.Field)
			text := PlainText(v)
			if p.Percent {
				text = s.percent(text)
			} else if isBase && strings.ContainsAny(text, "?#") {
				return "", Errorf(CodeInvalidInput, "%s: '?' and '#' cannot appear here", p.Field)
			}
			b.WriteString(text)
		default:
			b.WriteString(p.Literal)
		}
	}
	return b.String(), nil
}

// EmbedURL builds the embed URL: base, query (with the token, or the
// signature of a signed URL), fragment. A value placed raw in the base that
// holds '?' or '#' fails with CodeInvalidInput.
func (s *Spec) EmbedURL(values *Object, token, signature string) (string, error) {
	url, err := s.template(s.URL.Base, values, token, true)
	if err != nil {
		return "", err
	}
	query, err := s.queryString(values, token, signature, s.Family == FamilySignedURL)
	if err != nil {
		return "", err
	}
	if query != "" {
		url += "?" + query
	}
	if s.URL.HasFragment {
		fragment, err := s.template(s.URL.Fragment, values, token, false)
		if err != nil {
			return "", err
		}
		url += "#" + fragment
	}
	return url, nil
}
