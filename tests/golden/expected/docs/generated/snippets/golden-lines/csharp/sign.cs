/// <summary>Signs a Golden lines fixture.</summary>
/// <param name="input">The values to sign.</param>
/// <param name="secret">The embedseal tests secret.</param>
/// <param name="now">The current Unix time in seconds.</param>
/// <param name="random">Where random values come from.</param>
/// <returns>The URL and signature.</returns>
/// <exception cref="EmbedsealException">
/// <see cref="ErrorCode.InvalidInput"/>, <see cref="ErrorCode.InvalidKey"/> or <see cref="ErrorCode.WeakKey"/>.
/// </exception>
public static Signed Sign(Input input, string secret, long now, RandomSource random)
{
    var key = Secrets.Decode(secret, SecretEncoding.Base64, 16);
    var values = new JsonObject();
    if (input.Host != null)
    {
        values.Add("host", input.Host);
    }

    if (input.Path != null)
    {
        values.Add("path", input.Path);
    }

    values.Add("time", now);
    if (input.User != null)
    {
        values.Add("user", input.User);
    }

    if (input.Groups != null)
    {
        values.Add("groups", JsonValues.ToJson(input.Groups, item1 => (object)item1));
    }

    if (input.Display != null)
    {
        values.Add("display", input.Display);
    }

    Schema.CheckMembers(Fields, values, string.Empty, ErrorCode.InvalidInput);

    var message = SignedMessage(values);
    var mac = Hmacs.Compute(HmacAlgorithm.Sha256, key, JsonValues.Utf8Bytes(message));
    var signature = Bytes.Encode(mac, ByteEncoding.Base64Url);
    var url = EmbedUrl(values, signature);

    var response = new JsonObject();
    response.Add("url", url);
    return new Signed
    {
        Url = url,
        Signature = signature,
        Response = response,
    };
}
