// Revoke invalidates token with Semaphor's revocation call. It fails
// like Exchange.
func Revoke(in RevokeInput, token string, opts ...Option) error {
	return spec.RevokeToken(in.object(), token, "", core.NewCallOptions(opts))
}
