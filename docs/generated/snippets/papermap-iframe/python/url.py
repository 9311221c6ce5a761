def embed_url(values: Mapping[str, Any], token: str) -> str:
    """The embed URL for resolved field values (wire names as keys)."""
    url = "https://papermap.ai/embedded/dashboard"
    query = _query(values, token=token)
    if query:
        url += "?" + query
    return url
