/// <summary>Signs a Tinybird JWT.</summary>
/// <param name="input">The values to sign.</param>
/// <param name="secret">The Tinybird secret.</param>
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
    if (input.WorkspaceId != null)
    {
        values.Add("workspace_id", input.WorkspaceId);
    }

    if (input.Name != null)
    {
        values.Add("name", input.Name);
    }

    values.Add("exp", input.Exp ?? now + 3600);
    if (input.Scopes != null)
    {
        values.Add("scopes", JsonValues.ToJson(input.Scopes, item1 => item1 == null ? null : (object)item1.ToJson()));
    }

    if (input.Limits != null)
    {
        values.Add("limits", input.Limits.ToJson());
    }

    if (input.ChartUrl != null)
    {
        values.Add("chart_url", input.ChartUrl);
    }

    Schema.CheckMembers(Fields, values, string.Empty, ErrorCode.InvalidInput);

    var header = new JsonObject { { "alg", "HS256" }, { "typ", "JWT" } };
    var payload = JsonValues.Pick(values, "workspace_id", "name", "exp", "scopes", "limits");
    var signingInput = Segment(header) + "." + Segment(payload);
    var mac = Hmacs.Compute(HmacAlgorithm.Sha256, key, Encoding.ASCII.GetBytes(signingInput));
    var signature = Bytes.Encode(mac, ByteEncoding.Base64UrlNoPad);
    var token = signingInput + "." + signature;
    var url = EmbedUrl(values, token);

    var response = new JsonObject();
    response.Add("token", token);
    if (values.TryGetValue("exp", out var response2))
    {
        response.Add("expires_at", response2);
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
