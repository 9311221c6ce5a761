// EmbedURL signs the input in with the secret and returns the signed embed URL.
func EmbedURL(in Input, secret string, opts ...Option) (string, error) {
	signed, err := Sign(in, secret, opts...)
	if err != nil {
		return "", err
	}
	return signed.URL, nil
}
