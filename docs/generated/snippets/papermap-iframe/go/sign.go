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
