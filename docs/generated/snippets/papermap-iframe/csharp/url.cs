/// <summary>Builds the embed URL from the signed values.</summary>
/// <param name="values">The signed values by wire name.</param>
/// <param name="token">The token to embed.</param>
/// <returns>The URL.</returns>
public static string EmbedUrl(JsonObject values, string token)
{
    var url = new StringBuilder();
    url.Append("https://papermap.ai/embedded/dashboard");
    var query = Query(values, token, null);
    if (query.Length > 0)
    {
        url.Append('?').Append(query);
    }
    return url.ToString();
}
