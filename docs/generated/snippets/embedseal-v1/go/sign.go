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
