/// <summary>Verifies a Golden envelope fixture.</summary>
/// <param name="token">The token as received.</param>
/// <param name="secret">The embedseal tests secret.</param>
/// <param name="now">The current Unix time in seconds.</param>
/// <returns>The verified claims.</returns>
/// <exception cref="EmbedsealException">With the reason the token is refused.</exception>
public static Claims Verify(string token, string secret, long now)
{
    var key = Secrets.Decode(secret, SecretEncoding.Utf8, 8);
    var claims = Json.Parse(Bytes.Decode(token, ByteEncoding.Base64UrlNoPad)) as JsonObject
        ?? throw new EmbedsealException(ErrorCode.Malformed, "The token is not a JSON object.");
    Schema.CheckMembers(Carried(), claims, string.Empty, ErrorCode.InvalidClaim);
    if (!claims.TryGetValue("sig", out var signature))
    {
        throw new EmbedsealException(ErrorCode.MissingClaim, "sig is required.");
    }

    var received = Bytes.Decode(
        JsonValues.String(signature, "sig", ErrorCode.InvalidClaim),
        ByteEncoding.Base64);
    var mac = Hmacs.Compute(HmacAlgorithm.Sha384, key, JsonValues.Utf8Bytes(SignedMessage(claims)));
    if (!Hmacs.FixedTimeEquals(mac, received))
    {
        throw new EmbedsealException(ErrorCode.BadSignature, "The signature does not match.");
    }

    claims.Remove("sig");
    Times.Check(
        now,
        0,
        Times.Claim(claims, "until"),
        null,
        null,
        null,
        3600L);
    return Claims.FromJson(claims);
}
