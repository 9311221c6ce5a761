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
