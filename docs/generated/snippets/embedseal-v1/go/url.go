// EmbedURL returns the embed URL that carries token, a token Sign made from
// in.
func EmbedURL(in Input, token string) (string, error) {
	values, err := core.Resolve(spec.Fields, in.object(), time.Now().Unix(), rand.Reader)
	if err != nil {
		return "", err
	}
	return spec.EmbedURL(values, token, "")
}
