/// <summary>Signs a Looker signed embed URL.</summary>
/// <param name="input">The values to sign.</param>
/// <param name="secret">The Looker secret.</param>
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
    if (input.Host != null)
    {
        values.Add("host", input.Host);
    }

    if (input.EmbedUrl != null)
    {
        values.Add("embed_url", input.EmbedUrl);
    }

    values.Add("nonce", Bytes.Encode(random.Take(16), ByteEncoding.Hex));
    values.Add("time", now);
    values.Add("session_length", input.SessionLength ?? 3600L);
    if (input.ExternalUserId != null)
    {
        values.Add("external_user_id", input.ExternalUserId);
    }

    if (input.Permissions != null)
    {
        values.Add("permissions", JsonValues.ToJson(input.Permissions, item1 => (object)item1));
    }

    if (input.Models != null)
    {
        values.Add("models", JsonValues.ToJson(input.Models, item1 => (object)item1));
    }

    if (input.GroupIds != null)
    {
        values.Add("group_ids", JsonValues.ToJson(input.GroupIds, item1 => (object)item1));
    }

    if (input.ExternalGroupId != null)
    {
        values.Add("external_group_id", input.ExternalGroupId);
    }

    if (input.UserAttributes != null)
    {
        values.Add("user_attributes", input.UserAttributes);
    }

    values.Add("access_filters", input.AccessFilters ?? new JsonObject());
    if (input.FirstName != null)
    {
        values.Add("first_name", input.FirstName);
    }

    if (input.LastName != null)
    {
        values.Add("last_name", input.LastName);
    }

    if (input.UserTimezone != null)
    {
        values.Add("user_timezone", input.UserTimezone);
    }

    if (input.ForceLogoutLogin != null)
    {
        values.Add("force_logout_login", input.ForceLogoutLogin);
    }

    Schema.CheckMembers(Fields, values, string.Empty, ErrorCode.InvalidInput);

    var message = SignedMessage(values);
    var mac = Hmacs.Compute(HmacAlgorithm.Sha1, key, JsonValues.Utf8Bytes(message));
    var signature = Bytes.Encode(mac, ByteEncoding.Base64);
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
