// Code generated from the embedseal runtime; DO NOT EDIT.

package core

import (
	"regexp"
	"strconv"
	"strings"
)

var jwsHash = map[string]MACAlgorithm{"HS256": SHA256, "HS384": SHA384, "HS512": SHA512}

// Verify checks token (or a signed URL) with key at Unix time now and
// returns the verified claims. The order of the checks is the same in every
// embedseal SDK, so they all refuse a bad token with the same code:
//
//   - jws: 3 segments, each canonical base64url; the header a JSON object;
//     alg allowed; no "crit" header; the MAC; the payload a JSON object; the
//     claims; the times.
//   - envelope: canonical decoding; a JSON object; the claims (and the
//     signature member); the MAC; the times.
//   - signed-url: the URL matches the template; query parameters known and
//     in order, the signature last; a canonical signature; the MAC over the
//     text received; the claims; the times.
func (s *Spec) Verify(key []byte, token string, now int64) (*Object, error) {
	var claims *Object
	var err error
	switch s.Family {
	case FamilyJWS:
		claims, err = s.verifyJWS(key, token)
	case FamilyEnvelope:
		claims, err = s.verifyEnvelope(key, token)
	default:
		claims, err = s.verifyURL(key, token)
	}
	if err != nil {
		return nil, err
	}
	if err := s.checkTimes(claims, now); err != nil {
		return nil, err
	}
	return claims, nil
}

// carried returns the fields that travel in the token itself.
func (s *Spec) carried(fields []Field) []Field {
	var out []Field
	for _, f := range fields {
		if f.Placement != InURL && f.Source != SourceSignature {
			out = append(out, f)
		}
	}
	return out
}

func (s *Spec) verifyJWS(key []byte, token string) (*Object, error) {
	segments := strings.Split(token, ".")
	if len(segments) != 3 {
		return nil, Errorf(CodeMalformed, "a JWS has 3 segments, this has %d", len(segments))
	}
	decoded := make([][]byte, 3)
	for i, segment := range segments {
		b, err := Base64URLNoPad.Decode(segment)
		if err != nil {
			return nil, err
		}
		decoded[i] = b
	}
	header, err := jsonObject(decoded[0], "header")
	if err != nil {
		return nil, err
	}
	alg, _ := header.Get("alg")
	name, _ := alg.(string)
	if !contains(s.Policy.Algorithms, name) || jwsHash[name] == "" {
		return nil, Errorf(CodeAlgNotAllowed, "alg is not one of %v", s.Policy.Algorithms)
	}
	// RFC 7515 §4.1.11: no extension is understood here, so none may be critical.
	if _, critical := header.Get("crit"); critical {
		return nil, Errorf(CodeMalformed, "the header lists critical extensions this verifier does not support")
	}
	expected := HMAC(jwsHash[name], key, []byte(segments[0]+"."+segments[1]))
	if !ConstantTimeEqual(expected, decoded[2]) {
		return nil, Errorf(CodeBadSignature, "the signature does not match")
	}
	payload, err := jsonObject(decoded[1], "payload")
	if err != nil {
		return nil, err
	}
	if err := CheckMembers(s.carried(s.placed(InPayload)), payload, "", CodeInvalidClaim); err != nil {
		return nil, err
	}
	headerFields := s.carried(s.placed(InHeader))
	if err := CheckMembers(headerFields, header, "", CodeInvalidClaim); err != nil {
		return nil, err
	}
	claims := NewObject(payload.Members()...)
	for _, m := range pick(headerFields, header).Members() {
		claims.Set(m.Key, m.Value)
	}
	return claims, nil
}

func contains(list []string, s string) bool {
	for _, item := range list {
		if item == s {
			return true
		}
	}
	return false
}

func jsonObject(data []byte, what string) (*Object, error) {
	v, err := Parse(data)
	if err != nil {
		return nil, err
	}
	obj, ok := v.(*Object)
	if !ok {
		return nil, Errorf(CodeMalformed, "the %s is not a JSON object", what)
	}
	return obj, nil
}

func (s *Spec) verifyEnvelope(key []byte, token string) (*Object, error) {
	data, err := s.EnvelopeEncoding.Decode(token)
	if err != nil {
		return nil, err
	}
	envelope, err := jsonObject(data, "token")
	if err != nil {
		return nil, err
	}
	var carrier Field
	for _, f := range s.Fields {
		if f.Source == SourceSignature {
			carrier = f
		}
	}
	if err := CheckMembers(s.carried(s.Fields), envelope, "", CodeInvalidClaim); err != nil {
		return nil, err
	}
	v, ok := envelope.Get(carrier.Name)
	if !ok {
		return nil, Errorf(CodeMissingClaim, "%s is required", carrier.Name)
	}
	if err := CheckShape(carrier.Shape, v, carrier.Name, CodeInvalidClaim); err != nil {
		return nil, err
	}
	received, err := s.SignatureEncoding.Decode(v.(string))
	if err != nil {
		return nil, err
	}
	message, err := s.signedString(envelope)
	if err != nil {
		return nil, Errorf(CodeInvalidClaim, "a claim cannot be written as text")
	}
	if !ConstantTimeEqual(HMAC(s.MAC, key, []byte(message)), received) {
		return nil, Errorf(CodeBadSignature, "the signature does not match")
	}
	claims := NewObject()
	for _, m := range envelope.Members() {
		if m.Key != carrier.Name {
			claims.Set(m.Key, m.Value)
		}
	}
	return claims, nil
}

// received is one URL field as it arrived.
type received struct {
	name   string
	raw    string // as it appears in the URL
	text   string // percent-decoded
	encode string // text, json, or percent (a %-encoded template placeholder)
}

var integerText = regexp.MustCompile(`^-?(0|[1-9][0-9]*)$`)

func (s *Spec) verifyURL(key []byte, url string) (*Object, error) {
	base, query, _ := strings.Cut(strings.SplitN(url, "#", 2)[0], "?")
	fields, err := s.matchTemplate(base)
	if err != nil {
		return nil, err
	}
	queryFields, signatureText, err := s.readQuery(query)
	if err != nil {
		return nil, err
	}
	fields = append(fields, queryFields...)
	signed, err := s.receivedSignedText(query, fields)
	if err != nil {
		return nil, err
	}
	signature, err := s.SignatureEncoding.Decode(signatureText)
	if err != nil {
		return nil, err
	}
	if !ConstantTimeEqual(HMAC(s.MAC, key, []byte(signed)), signature) {
		return nil, Errorf(CodeBadSignature, "the signature does not match")
	}
	claims := NewObject()
	for _, got := range fields {
		v, err := s.typed(got)
		if err != nil {
			return nil, err
		}
		claims.Set(got.name, v)
	}
	if err := CheckMembers(s.carried(s.Fields), claims, "", CodeInvalidClaim); err != nil {
		return nil, err
	}
	return claims, nil
}

func (s *Spec) matchTemplate(base string) ([]received, error) {
	var pattern strings.Builder
	pattern.WriteString(`(?s)^`)
	var names []URLPart
	for _, p := range s.URL.Base {
		if p.Field == "" && !p.Token {
			pattern.WriteString(regexp.QuoteMeta(p.Literal))
		} else {
			pattern.WriteString(`(.*?)`)
			names = append(names, p)
		}
	}
	pattern.WriteString(`$`)
	match := regexp.MustCompile(pattern.String()).FindStringSubmatch(base)
	if match == nil {
		return nil, Errorf(CodeMalformed, "the URL does not match the format's base URL")
	}
	var out []received
	for i, p := range names {
		raw := match[i+1]
		got := received{name: p.Field, raw: raw, text: raw, encode: "text"}
		if p.Percent {
			text, err := PercentDecode(raw, false)
			if err != nil {
				return nil, err
			}
			got.text, got.encode = text, "percent"
		}
		out = append(out, got)
	}
	return out, nil
}

func (s *Spec) readQuery(query string) ([]received, string, error) {
	type pair struct{ name, raw string }
	var pairs []pair
	if query != "" {
		for _, item := range strings.Split(query, "&") {
			name, raw, found := strings.Cut(item, "=")
			if !found {
				return nil, "", Errorf(CodeMalformed, "a query item has no '='")
			}
			decoded, err := PercentDecode(name, false)
			if err != nil {
				return nil, "", err
			}
			pairs = append(pairs, pair{decoded, raw})
		}
	}
	expected := s.URL.Query
	position := 0
	var fields []received
	signature := ""
	for _, p := range pairs {
		for position < len(expected) && expected[position].Name != p.name {
			position++
		}
		if position == len(expected) {
			return nil, "", Errorf(CodeMalformed, "unexpected, repeated or out-of-order query parameter %q", p.name)
		}
		param := expected[position]
		position++
		if param.Value == "signature" {
			text, err := PercentDecode(p.raw, false)
			if err != nil {
				return nil, "", err
			}
			signature = text
		} else if param.Field != "" {
			text, err := PercentDecode(p.raw, false)
			if err != nil {
				return nil, "", err
			}
			fields = append(fields, received{name: param.Field, raw: p.raw, text: text, encode: param.Encode})
		}
	}
	if len(pairs) == 0 || expected[len(expected)-1].Name != pairs[len(pairs)-1].name {
		return nil, "", Errorf(CodeMalformed, "the URL does not end with its signature parameter")
	}
	return fields, signature, nil
}

func (s *Spec) receivedSignedText(query string, fields []received) (string, error) {
	if s.Message.Query {
		if i := strings.LastIndex(query, "&"); i >= 0 {
			return query[:i], nil
		}
		return "", nil
	}
	var pieces []string
	for _, p := range s.Message.Parts {
		for _, got := range fields {
			if got.name != p.Field {
				continue
			}
			text := got.text
			if p.Encode == "percent" {
				if got.encode == "percent" {
					text = got.raw
				} else {
					text = s.percent(got.text)
				}
			}
			pieces = append(pieces, p.Prefix+text)
		}
	}
	return strings.Join(pieces, s.Message.Join), nil
}

func (s *Spec) typed(got received) (any, error) {
	if got.encode == "json" {
		return Parse([]byte(got.text))
	}
	f, _ := s.field(got.name)
	switch f.Shape.Kind {
	case KindInteger, KindUnixTime:
		n, err := strconv.ParseInt(got.text, 10, 64)
		if !integerText.MatchString(got.text) || got.text == "-0" || err != nil {
			return nil, Errorf(CodeInvalidClaim, "%s is not an integer", got.name)
		}
		return n, nil
	case KindBoolean:
		if got.text != "true" && got.text != "false" {
			return nil, Errorf(CodeInvalidClaim, "%s is not true or false", got.name)
		}
		return got.text == "true", nil
	}
	return got.text, nil
}

// checkTimes applies the policy's time rules in a fixed order: expired, not
// yet valid, lifetime too long.
func (s *Spec) checkTimes(claims *Object, now int64) error {
	p := s.Policy
	expires, hasExpires := timeClaim(claims, p.Expires)
	issued, hasIssued := timeClaim(claims, p.IssuedAt)
	notBefore, hasNotBefore := timeClaim(claims, p.NotBefore)
	if hasExpires && expires <= now-p.Leeway {
		return Errorf(CodeExpired, "expired at %d, now %d, leeway %ds", expires, now, p.Leeway)
	}
	if hasIssued && p.MaxAge != nil && issued+*p.MaxAge <= now-p.Leeway {
		return Errorf(CodeExpired, "issued at %d, older than %ds", issued, *p.MaxAge)
	}
	if hasNotBefore && notBefore > now+p.Leeway {
		return Errorf(CodeNotYetValid, "%s %d is after now %d", p.NotBefore, notBefore, now)
	}
	if hasIssued && issued > now+p.Leeway {
		return Errorf(CodeNotYetValid, "%s %d is after now %d", p.IssuedAt, issued, now)
	}
	if hasExpires && p.MaxLifetime != nil {
		start := now
		if hasIssued {
			start = issued
		}
		if expires-start > *p.MaxLifetime {
			return Errorf(CodeLifetimeTooLong, "lives %ds, at most %ds", expires-start, *p.MaxLifetime)
		}
	}
	return nil
}

func timeClaim(claims *Object, name string) (int64, bool) {
	if name == "" {
		return 0, false
	}
	v, ok := claims.Get(name)
	n, isInt := v.(int64)
	return n, ok && isInt
}
