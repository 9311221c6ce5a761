// Exchange sends secret to ToolJet and returns the token it issues.
// Invalid input fails with core.ErrInvalidInput, an empty secret with
// core.ErrInvalidKey; the vendor's refusals with core.ErrInvalidRequest,
// core.ErrUnauthorized, core.ErrForbidden, core.ErrNotFound,
// core.ErrRateLimited (RetryAfter set when sent), core.ErrUpstreamError,
// core.ErrTimeout or core.ErrBadResponse. No error holds the secret.
func Exchange(in Input, secret string, opts ...Option) (*Result, error) {
	r, err := spec.Exchange(in.object(), secret, core.NewCallOptions(opts))
	if err != nil {
		return nil, err
	}
	return &Result{Token: r.Token, ExpiresAt: r.ExpiresAt, URL: r.URL, Response: r.Response}, nil
}
