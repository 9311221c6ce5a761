/// <summary>Signs a Metabase static embedding token.</summary>
/// <param name="input">The values to sign.</param>
/// <param name="secret">The Metabase secret.</param>
/// <param name="now">The current Unix time in seconds.</param>
/// <param name="random">Where random values come from.</param>
/// <returns>The token, URL and signature.</returns>
/// <exception cref="EmbedsealException">
/// <see cref="ErrorCode.InvalidInput"/>, <see cref="ErrorCode.InvalidKey"/> or <see cref="ErrorCode.WeakKey"/>.
/// </exception>
public static Signed Sign(Input input, string secret, long now, RandomSource random)
{
    var key = Secrets.Decode(secret, SecretEncoding.Utf8, 1);
    var values = new JsonObject();
    if (input.Resource != null)
    {
        values.Add("resource", input.Resource.ToJson());
    }

    values.Add("params", input.Params ?? new JsonObject());
    values.Add("exp", input.Exp ?? now + 600);
    if (input.SiteUrl != null)
    {
        values.Add("site_url", input.SiteUrl);
    }

    Schema.CheckMembers(Fields, values, string.Empty, ErrorCode.InvalidInput);

    var header = new JsonObject { { "alg", "HS256" }, { "typ", "JWT" } };
    var payload = JsonValues.Pick(values, "resource", "params", "exp");
    var signingInput = Segment(header) + "." + Segment(payload);
    var mac = Hmacs.Compute(HmacAlgorithm.Sha256, key, Encoding.ASCII.GetBytes(signingInput));
    var signature = Bytes.Encode(mac, ByteEncoding.Base64UrlNoPad);
    var token = signingInput + "." + signature;
    var url = EmbedUrl(values, token);

    var response = new JsonObject();
    response.Add("token", token);
    response.Add("url", url);
    if (values.TryGetValue("exp", out var response3))
    {
        response.Add("expires_at", response3);
    }

    return new Signed
    {
        Token = token,
        Url = url,
        Signature = signature,
        ExpiresAt = values.ContainsKey("exp") ? JsonValues.Integer(values["exp"], "exp", ErrorCode.InvalidInput) : null,
        Response = response,
    };
}
