def embed_url(values: Mapping[str, Any], token: str) -> str:
    """The embed URL for resolved field values (wire names as keys)."""
    url = "https://embed.example.com/t/" + token
    return url
