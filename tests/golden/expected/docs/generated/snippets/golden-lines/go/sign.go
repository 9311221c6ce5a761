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
