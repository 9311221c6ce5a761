import express from "express";

import { currentUser } from "./auth.js"; // your app's session lookup
// This page's file, copied beside this one:
import { TableauConnectedAppError, type TableauConnectedAppInput, sign } from "./tableau-connected-app.js";

function requireEnv(name: string): string {
  const value = process.env[name];
  if (value === undefined) throw new Error(`${name} is not set`);
  return value;
}

// Never sent to a browser:
const SECRET = requireEnv("TABLEAU_CONNECTED_APP_SECRET");
const REQUEST_FIELDS = ["iss", "sub", "scp", "kid"];

export const router = express.Router();

router.post("/api/embed/tableau-connected-app", express.json(), async (req, res) => {
  const body: Record<string, unknown> = req.body;
  // 1. Never sign for a tenant the caller may not see.
  if (!currentUser(req).canSeeTenant(body["iss"])) {
    res.status(403).json({ error: "access denied" });
    return;
  }
  // 2. Only the members the browser may choose; deployment-wide values come from
  //    config; the spec's defaults (such as the expiry) apply to the rest. sign()
  //    checks every value at run time: a wrong type is refused, never signed.
  const input: Partial<Record<keyof TableauConnectedAppInput, unknown>> = {
    ...Object.fromEntries(REQUEST_FIELDS.map((name) => [name, body[name]])),
  };
  try {
    const signed = await sign(input as TableauConnectedAppInput, SECRET);
    // 3. The browser gets the token and its expiry (Unix seconds), nothing else.
    res.json({ token: signed.token, expires_at: signed.response.expires_at });
  } catch (error) {
    if (!(error instanceof TableauConnectedAppError)) throw error;
    res.status(400).json({ error: error.code }); // a wrong type, a refused value
  }
});
