// Verify checks a token with secret and returns its claims, or a *core.Error whose
// Code says why it was refused (core.ErrExpired, core.ErrBadSignature, ...).
func Verify(token, secret string, opts ...Option) (*Claims, error) {
	o := core.NewOptions(opts)
	key, err := core.DecodeSecret(secret, core.KeyBase64URL, 32)
	if err != nil {
		return nil, err
	}
	raw, err := spec.Verify(key, token, o.Now)
	if err != nil {
		return nil, err
	}
	return claimsFrom(raw), nil
}
