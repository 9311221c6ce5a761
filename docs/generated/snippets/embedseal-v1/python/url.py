def embed_url(values: Mapping[str, Any], token: str) -> str:
    """The embed URL for resolved field values (wire names as keys)."""
    url = _values.base_url_text(values["app_url"], "app_url") + "/embed"
    url += "#" + token
    return url
