import express from "express";

import { currentUser } from "./auth.js"; // your app's session lookup
// This page's file, copied beside this one:
import { LightdashEmbedError, type LightdashEmbedInput, sign } from "./lightdash-embed.js";

function requireEnv(name: string): string {
  const value = process.env[name];
  if (value === undefined) throw new Error(`${name} is not set`);
  return value;
}

// Never sent to a browser:
const SECRET = requireEnv("LIGHTDASH_EMBED_SECRET");
const REQUEST_FIELDS = ["content", "site_url"];

export const router = express.Router();

router.post("/api/embed/lightdash-embed", express.json(), async (req, res) => {
  const body: Record<string, unknown> = req.body;
  // 1. Never sign for a tenant the caller may not see.
  if (!currentUser(req).canSeeTenant(body["content"])) {
    res.status(403).json({ error: "access denied" });
    return;
  }
  // 2. Only the members the browser may choose; deployment-wide values come from
  //    config; the spec's defaults (such as the expiry) apply to the rest. sign()
  //    checks every value at run time: a wrong type is refused, never signed.
  const input: Partial<Record<keyof LightdashEmbedInput, unknown>> = {
    ...Object.fromEntries(REQUEST_FIELDS.map((name) => [name, body[name]])),
  };
  try {
    const signed = await sign(input as LightdashEmbedInput, SECRET);
    // 3. The browser gets the URL and its expiry (Unix seconds), nothing else.
    res.json({ url: signed.url, expires_at: signed.response.expires_at });
  } catch (error) {
    if (!(error instanceof LightdashEmbedError)) throw error;
    res.status(400).json({ error: error.code }); // a wrong type, a refused value
  }
});
