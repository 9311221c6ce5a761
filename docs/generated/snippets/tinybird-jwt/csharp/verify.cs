/// <summary>Verifies a Tinybird JWT.</summary>
/// <param name="token">The token as received.</param>
/// <param name="secret">The Tinybird secret.</param>
/// <param name="now">The current Unix time in seconds.</param>
/// <returns>The verified claims.</returns>
/// <exception cref="EmbedsealException">With the reason the token is refused.</exception>
public static Claims Verify(string token, string secret, long now)
{
    var key = Secrets.Decode(secret, SecretEncoding.Utf8, 1);
    var segments = token.Split('.');
    if (segments.Length != 3)
    {
        throw new EmbedsealException(ErrorCode.Malformed, "A JWS has 3 segments.");
    }

    var headerJson = Bytes.Decode(segments[0], ByteEncoding.Base64UrlNoPad);
    var payloadJson = Bytes.Decode(segments[1], ByteEncoding.Base64UrlNoPad);
    var received = Bytes.Decode(segments[2], ByteEncoding.Base64UrlNoPad);
    var header = Json.Parse(headerJson) as JsonObject
        ?? throw new EmbedsealException(ErrorCode.Malformed, "The header is not a JSON object.");
    header.TryGetValue("alg", out var alg);
    HmacAlgorithm algorithm;
    switch (alg as string)
    {
        case "HS256":
            algorithm = HmacAlgorithm.Sha256;
            break;
        default:
            throw new EmbedsealException(ErrorCode.AlgNotAllowed, "The token's alg is not allowed.");
    }

    if (header.ContainsKey("crit"))
    {
        throw new EmbedsealException(ErrorCode.Malformed, "The header lists critical extensions.");
    }

    var signingInput = Encoding.ASCII.GetBytes(segments[0] + "." + segments[1]);
    if (!Hmacs.FixedTimeEquals(Hmacs.Compute(algorithm, key, signingInput), received))
    {
        throw new EmbedsealException(ErrorCode.BadSignature, "The signature does not match.");
    }

    var claims = Json.Parse(payloadJson) as JsonObject
        ?? throw new EmbedsealException(ErrorCode.Malformed, "The payload is not a JSON object.");
    Schema.CheckMembers(Carried(Placement.Payload), claims, string.Empty, ErrorCode.InvalidClaim);
    Times.Check(
        now,
        0,
        Times.Claim(claims, "exp"),
        null,
        null,
        null,
        null);
    return Claims.FromJson(claims);
}
