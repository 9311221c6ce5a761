/// <summary>Signs a Papermap iframe token.</summary>
/// <param name="input">The values to sign.</param>
/// <param name="secret">The Papermap secret.</param>
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
    if (input.ApiKeyId != null)
    {
        values.Add("api_key_id", input.ApiKeyId);
    }

    if (input.WorkspaceId != null)
    {
        values.Add("workspace_id", input.WorkspaceId);
    }

    if (input.TenantId != null)
    {
        values.Add("tenant_id", input.TenantId);
    }

    if (input.DashboardId != null)
    {
        values.Add("dashboard_id", input.DashboardId);
    }

    values.Add("valid_until", input.ValidUntil ?? now + 3600);
    Schema.CheckMembers(Fields, values, string.Empty, ErrorCode.InvalidInput);

    var mac = Hmacs.Compute(HmacAlgorithm.Sha256, key, JsonValues.Utf8Bytes(SignedMessage(values)));
    var signature = Bytes.Encode(mac, ByteEncoding.Hex);
    var signedValues = JsonValues.Pick(values, "api_key_id", "workspace_id", "tenant_id", "dashboard_id", "valid_until");
    signedValues.Add("signature", signature);
    var envelope = JsonValues.Pick(signedValues, "api_key_id", "workspace_id", "tenant_id", "dashboard_id", "valid_until", "signature");
    var json = JsonValues.Utf8Bytes(Json.Encode(envelope, Profile));
    var token = Bytes.Encode(json, ByteEncoding.Base64Url);
    var url = EmbedUrl(values, token);

    var response = new JsonObject();
    response.Add("token", token);
    if (values.TryGetValue("dashboard_id", out var response2))
    {
        response.Add("dashboard_id", response2);
    }

    if (values.TryGetValue("valid_until", out var response3))
    {
        response.Add("expires_at", response3);
    }

    return new Signed
    {
        Token = token,
        Url = url,
        Signature = signature,
        DashboardId = values.ContainsKey("dashboard_id") ? JsonValues.String(values["dashboard_id"], "dashboard_id", ErrorCode.InvalidInput) : null,
        ExpiresAt = values.ContainsKey("valid_until") ? JsonValues.Integer(values["valid_until"], "valid_until", ErrorCode.InvalidInput) : null,
        Response = response,
    };
}
