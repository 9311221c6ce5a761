/// <summary>Signs a Bold BI signed embed URL (before v14.1).</summary>
/// <param name="input">The values to sign.</param>
/// <param name="secret">The Bold BI secret.</param>
/// <param name="now">The current Unix time in seconds.</param>
/// <param name="random">Where random values come from.</param>
/// <returns>The URL and signature.</returns>
/// <exception cref="EmbedsealException">
/// <see cref="ErrorCode.InvalidInput"/>, <see cref="ErrorCode.InvalidKey"/> or <see cref="ErrorCode.WeakKey"/>.
/// </exception>
public static Signed Sign(Input input, string secret, long now, RandomSource random)
{
    var key = Secrets.Decode(secret, SecretEncoding.Utf8, 1);
    var values = new JsonObject();
    if (input.DashboardUrl != null)
    {
        values.Add("dashboard_url", input.DashboardUrl);
    }

    values.Add("embed_nonce", RandomSource.Uuid(random.Take(16)));
    if (input.EmbedDashboardId != null)
    {
        values.Add("embed_dashboard_id", input.EmbedDashboardId);
    }

    if (input.EmbedUserEmail != null)
    {
        values.Add("embed_user_email", input.EmbedUserEmail);
    }

    values.Add("embed_timestamp", input.EmbedTimestamp ?? now + 0);
    if (input.EmbedExpirationtime != null)
    {
        values.Add("embed_expirationtime", input.EmbedExpirationtime);
    }

    Schema.CheckMembers(Fields, values, string.Empty, ErrorCode.InvalidInput);

    var message = Query(values, null, null);
    var mac = Hmacs.Compute(HmacAlgorithm.Sha256, key, JsonValues.Utf8Bytes(message));
    var signature = Bytes.Encode(mac, ByteEncoding.Base64);
    var url = EmbedUrl(values, signature);

    var response = new JsonObject();
    response.Add("url", url);
    response.Add("signature", signature);
    return new Signed
    {
        Url = url,
        Signature = signature,
        Response = response,
    };
}
