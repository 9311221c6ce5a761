def embed_url(values: Mapping[str, Any], signature: str) -> str:
    """The embed URL for resolved field values (wire names as keys)."""
    url = (
        "https://"
        + _values.base_url_text(values["host"], "host")
        + "/e/"
        + _percent(_values.plain_text(values["path"]))
    )
    query = _query(values, signature=signature)
    if query:
        url += "?" + query
    return url
