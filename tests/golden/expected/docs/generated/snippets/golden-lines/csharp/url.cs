/// <summary>Builds the embed URL from the signed values.</summary>
/// <param name="values">The signed values by wire name.</param>
/// <param name="signature">The signature to embed.</param>
/// <returns>The URL.</returns>
public static string EmbedUrl(JsonObject values, string signature)
{
    var url = new StringBuilder();
    url.Append("https://");
    url.Append(RawUrlPart("host", JsonValues.Text(values["host"])));
    url.Append("/e/");
    url.Append(Percent(JsonValues.Text(values["path"])));
    var query = Query(values, null, signature);
    if (query.Length > 0)
    {
        url.Append('?').Append(query);
    }
    return url.ToString();
}
