def embed_url(values: Mapping[str, Any], token: str) -> str:
    """The embed URL for resolved field values (wire names as keys)."""
    url = _values.base_url_text(values["site_url"], "site_url") + "/embed/dashboard/" + token
    url += "#" + "bordered=true&titled=true"
    return url
