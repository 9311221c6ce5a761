def embed_url(values: Mapping[str, Any], token: str) -> str:
    """The embed URL for resolved field values (wire names as keys)."""
    url = _values.base_url_text(values["chart_url"], "chart_url")
    query = _query(values, token=token)
    if query:
        url += "?" + query
    return url
