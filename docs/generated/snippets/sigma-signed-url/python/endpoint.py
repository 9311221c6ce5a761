import os
from typing import Any, cast

from fastapi import Depends, FastAPI, HTTPException

from embedseal.sigma_signed_url import SigmaSignedUrlError, SigmaSignedUrlInput, sign
from myapp.auth import User, current_user  # your app's session dependency

app = FastAPI()
SECRET = os.environ["SIGMA_SIGNED_URL_SECRET"]  # never sent to a browser
REQUEST_FIELDS = ("embed_path", ":email", ":external_user_id", ":external_user_team")


@app.post("/api/embed/sigma-signed-url")
def sigma_signed_url_token(
    body: dict[str, Any], user: User = Depends(current_user)
) -> dict[str, Any]:
    # 1. Never sign for a tenant the caller may not see.
    if not user.can_see_tenant(body.get(":external_user_id")):
        raise HTTPException(status_code=403, detail="access denied")
    # 2. Only the members the browser may choose; deployment-wide values come
    #    from config; the spec's defaults (such as the expiry) apply to the rest.
    fields = {name: body[name] for name in REQUEST_FIELDS if name in body}
    fields[":client_id"] = os.environ["SIGMA_SIGNED_URL_CLIENT_ID"]
    try:
        signed = sign(cast(SigmaSignedUrlInput, fields), SECRET)
    except SigmaSignedUrlError as error:  # a wrong type, a value the spec refuses
        raise HTTPException(status_code=400, detail=str(error)) from None
    # 3. The browser gets the URL and its expiry (Unix seconds), nothing else.
    return {"url": signed.url, "expires_at": None}  # single use: the front end asks again on every load
