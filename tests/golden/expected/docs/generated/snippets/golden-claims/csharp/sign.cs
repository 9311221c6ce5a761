/// <summary>Signs a Golden claims fixture.</summary>
/// <param name="input">The values to sign.</param>
/// <param name="secret">The embedseal tests secret.</param>
/// <param name="now">The current Unix time in seconds.</param>
/// <param name="random">Where random values come from.</param>
/// <returns>The token, URL and signature.</returns>
/// <exception cref="EmbedsealException">
/// <see cref="ErrorCode.InvalidInput"/>, <see cref="ErrorCode.InvalidKey"/> or <see cref="ErrorCode.WeakKey"/>.
/// </exception>
public static Signed Sign(Input input, string secret, long now, RandomSource random)
{
    var key = Secrets.Decode(secret, SecretEncoding.Hex, 16);
    var values = new JsonObject();
    if (input.HttpExampleComIsRoot != null)
    {
        values.Add("http://example.com/is_root", input.HttpExampleComIsRoot);
    }

    values.Add(":nonce", Bytes.Encode(random.Take(8), ByteEncoding.Hex));
    if (input.Class != null)
    {
        values.Add("class", input.Class);
    }

    values.Add("type", input.Type ?? 3L);
    values.Add("iat", now);
    values.Add("exp", input.Exp ?? now + 300);
    if (input.Kid != null)
    {
        values.Add("kid", input.Kid);
    }

    if (input.Items != null)
    {
        values.Add("items", JsonValues.ToJson(input.Items, item1 => item1 == null ? null : (object)item1.ToJson()));
    }

    if (input.Meta != null)
    {
        values.Add("meta", input.Meta);
    }

    if (input.Base != null)
    {
        values.Add("base", input.Base);
    }

    Schema.CheckMembers(Fields, values, string.Empty, ErrorCode.InvalidInput);

    var header = new JsonObject { { "alg", "HS512" }, { "typ", "JWT" } };
    if (values.TryGetValue("kid", out var header1))
    {
        header["kid"] = header1;
    }

    var payload = JsonValues.Pick(values, "http://example.com/is_root", ":nonce", "class", "type", "iat", "exp", "items", "meta");
    var signingInput = Segment(header) + "." + Segment(payload);
    var mac = Hmacs.Compute(HmacAlgorithm.Sha512, key, Encoding.ASCII.GetBytes(signingInput));
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
