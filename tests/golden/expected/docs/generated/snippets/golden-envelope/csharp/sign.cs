/// <summary>Signs a Golden envelope fixture.</summary>
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
    var key = Secrets.Decode(secret, SecretEncoding.Utf8, 8);
    var values = new JsonObject();
    values.Add("v", 2L);
    if (input.Account != null)
    {
        values.Add("account", input.Account);
    }

    values.Add("id", RandomSource.Uuid(random.Take(16)));
    values.Add("until", input.Until ?? now + 900);
    Schema.CheckMembers(Fields, values, string.Empty, ErrorCode.InvalidInput);

    var mac = Hmacs.Compute(HmacAlgorithm.Sha384, key, JsonValues.Utf8Bytes(SignedMessage(values)));
    var signature = Bytes.Encode(mac, ByteEncoding.Base64);
    var signedValues = JsonValues.Pick(values, "v", "account", "id", "until");
    signedValues.Add("sig", signature);
    var envelope = JsonValues.Pick(signedValues, "v", "account", "id", "until", "sig");
    var json = JsonValues.Utf8Bytes(Json.Encode(envelope, Profile));
    var token = Bytes.Encode(json, ByteEncoding.Base64UrlNoPad);
    var url = EmbedUrl(values, token);

    var response = new JsonObject();
    response.Add("token", token);
    if (values.TryGetValue("until", out var response2))
    {
        response.Add("expires_at", response2);
    }

    return new Signed
    {
        Token = token,
        Url = url,
        Signature = signature,
        ExpiresAt = values.ContainsKey("until") ? JsonValues.Integer(values["until"], "until", ErrorCode.InvalidInput) : null,
        Response = response,
    };
}
