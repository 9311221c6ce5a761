import os
from typing import Any, cast

from fastapi import Depends, FastAPI, HTTPException

from embedseal.lightdash_embed import LightdashEmbedError, LightdashEmbedInput, sign
from myapp.auth import User, current_user  # your app's session dependency

app = FastAPI()
SECRET = os.environ["LIGHTDASH_EMBED_SECRET"]  # never sent to a browser
REQUEST_FIELDS = ("content", "site_url")


@app.post("/api/embed/lightdash-embed")
def lightdash_embed_token(
    body: dict[str, Any], user: User = Depends(current_user)
) -> dict[str, Any]:
    # 1. Never sign for a tenant the caller may not see.
    if not user.can_see_tenant(body.get("content")):
        raise HTTPException(status_code=403, detail="access denied")
    # 2. Only the members the browser may choose; deployment-wide values come
    #    from config; the spec's defaults (such as the expiry) apply to the rest.
    fields = {name: body[name] for name in REQUEST_FIELDS if name in body}
    try:
        signed = sign(cast(LightdashEmbedInput, fields), SECRET)
    except LightdashEmbedError as error:  # a wrong type, a value the spec refuses
        raise HTTPException(status_code=400, detail=str(error)) from None
    # 3. The browser gets the URL and its expiry (Unix seconds), nothing else.
    return {"url": signed.url, "expires_at": signed.response["expires_at"]}
