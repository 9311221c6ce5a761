/// <summary>Verifies a Papermap iframe token.</summary>
/// <param name="token">The token as received.</param>
/// <param name="secret">The Papermap secret.</param>
/// <param name="now">The current Unix time in seconds.</param>
/// <returns>The verified claims.</returns>
/// <exception cref="EmbedsealException">With the reason the token is refused.</exception>
public static Claims Verify(string token, string secret, long now)
{
    var key = Secrets.Decode(secret, SecretEncoding.Utf8, 1);
    var claims = Json.Parse(Bytes.Decode(token, ByteEncoding.Base64Url)) as JsonObject
        ?? throw new EmbedsealException(ErrorCode.Malformed, "The token is not a JSON object.");
    Schema.CheckMembers(Carried(), claims, string.Empty, ErrorCode.InvalidClaim);
    if (!claims.TryGetValue("signature", out var signature))
    {
        throw new EmbedsealException(ErrorCode.MissingClaim, "signature is required.");
    }

    var received = Bytes.Decode(
        JsonValues.String(signature, "signature", ErrorCode.InvalidClaim),
        ByteEncoding.Hex);
    var mac = Hmacs.Compute(HmacAlgorithm.Sha256, key, JsonValues.Utf8Bytes(SignedMessage(claims)));
    if (!Hmacs.FixedTimeEquals(mac, received))
    {
        throw new EmbedsealException(ErrorCode.BadSignature, "The signature does not match.");
    }

    claims.Remove("signature");
    Times.Check(
        now,
        0,
        Times.Claim(claims, "valid_until"),
        null,
        null,
        null,
        null);
    return Claims.FromJson(claims);
}
