/// <summary>Verifies a Golden lines fixture.</summary>
/// <param name="url">The signed URL as received.</param>
/// <param name="secret">The embedseal tests secret.</param>
/// <param name="now">The current Unix time in seconds.</param>
/// <returns>The verified claims.</returns>
/// <exception cref="EmbedsealException">With the reason the URL is refused.</exception>
public static Claims Verify(string url, string secret, long now)
{
    var key = Secrets.Decode(secret, SecretEncoding.Base64, 16);
    var received = ReceivedUrl.Parse(url, BaseUrl, QueryParams);
    var signature = Bytes.Decode(received.Signature, ByteEncoding.Base64Url);
    var message = received.SignedText("\n", MessageParts, PercentSafe, PercentSpace);
    var mac = Hmacs.Compute(HmacAlgorithm.Sha256, key, JsonValues.Utf8Bytes(message));
    if (!Hmacs.FixedTimeEquals(mac, signature))
    {
        throw new EmbedsealException(ErrorCode.BadSignature, "The signature does not match.");
    }

    var claims = received.Claims(Kinds);
    Schema.CheckMembers(Carried(), claims, string.Empty, ErrorCode.InvalidClaim);
    Times.Check(
        now,
        10,
        null,
        Times.Claim(claims, "time"),
        null,
        120L,
        null);
    return Claims.FromJson(claims);
}
