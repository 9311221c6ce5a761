def embed_url(values: Mapping[str, Any], signature: str) -> str:
    """The embed URL for resolved field values (wire names as keys)."""
    url = _values.base_url_text(values["dashboard_url"], "dashboard_url")
    query = _query(values, signature=signature)
    if query:
        url += "?" + query
    return url
