/// <summary>Signs a embedseal v1 token.</summary>
/// <param name="input">The values to sign.</param>
/// <param name="secret">The embedseal secret.</param>
/// <param name="now">The current Unix time in seconds.</param>
/// <param name="random">Where random values come from.</param>
/// <returns>The token, URL and signature.</returns>
/// <exception cref="EmbedsealException">
/// <see cref="ErrorCode.InvalidInput"/>, <see cref="ErrorCode.InvalidKey"/> or <see cref="ErrorCode.WeakKey"/>.
/// </exception>
public static Signed Sign(Input input, string secret, long now, RandomSource random)
{
    var key = Secrets.Decode(secret, SecretEncoding.Base64Url, 32);
    var values = new JsonObject();
    if (input.Tenant != null)
    {
        values.Add("tenant", input.Tenant);
    }

    if (input.Dashboard != null)
    {
        values.Add("dashboard", input.Dashboard);
    }

    values.Add("iat", now);
    values.Add("exp", input.Exp ?? now + 600);
    values.Add("jti", Bytes.Encode(random.Take(16), ByteEncoding.Base64UrlNoPad));
    values.Add("params", input.Params ?? new JsonObject());
    if (input.AppUrl != null)
    {
        values.Add("app_url", input.AppUrl);
    }

    Schema.CheckMembers(Fields, values, string.Empty, ErrorCode.InvalidInput);

    var header = new JsonObject { { "alg", "HS256" }, { "typ", "JWT" } };
    var payload = JsonValues.Pick(values, "tenant", "dashboard", "iat", "exp", "jti", "params");
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
