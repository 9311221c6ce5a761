/// <summary>Verifies a Bold BI signed embed URL (before v14.1).</summary>
/// <param name="url">The signed URL as received.</param>
/// <param name="secret">The Bold BI secret.</param>
/// <param name="now">The current Unix time in seconds.</param>
/// <returns>The verified claims.</returns>
/// <exception cref="EmbedsealException">With the reason the URL is refused.</exception>
public static Claims Verify(string url, string secret, long now)
{
    var key = Secrets.Decode(secret, SecretEncoding.Utf8, 1);
    var received = ReceivedUrl.Parse(url, BaseUrl, QueryParams);
    var signature = Bytes.Decode(received.Signature, ByteEncoding.Base64);
    var message = received.QueryWithoutSignature();
    var mac = Hmacs.Compute(HmacAlgorithm.Sha256, key, JsonValues.Utf8Bytes(message));
    if (!Hmacs.FixedTimeEquals(mac, signature))
    {
        throw new EmbedsealException(ErrorCode.BadSignature, "The signature does not match.");
    }

    var claims = received.Claims(Kinds);
    Schema.CheckMembers(Carried(), claims, string.Empty, ErrorCode.InvalidClaim);
    Times.Check(
        now,
        0,
        null,
        Times.Claim(claims, "embed_timestamp"),
        null,
        518400L,
        null);
    return Claims.FromJson(claims);
}
