import express from "express";
import { EmbedsealError, goldenLines } from "embedseal";
import { currentUser } from "./auth.js"; // your app's session lookup

function requireEnv(name: string): string {
  const value = process.env[name];
  if (value === undefined) throw new Error(`${name} is not set`);
  return value;
}

const SECRET = requireEnv("GOLDEN_LINES_SECRET"); // never sent to a browser
const REQUEST_FIELDS = ["host", "path", "user"];
type InputJson = Parameters<typeof goldenLines.inputFromJson>[0];

export const router = express.Router();

router.post("/api/embed/golden-lines", express.json(), (req, res) => {
  const body = req.body as Record<string, unknown>;
  // 1. Never sign for a tenant the caller may not see.
  if (!currentUser(req).canSeeTenant(body["user"])) {
    res.status(403).json({ error: "access denied" });
    return;
  }
  // 2. Only the members the browser may choose; deployment-wide values come
  //    from config; the spec's defaults (such as the expiry) apply to the rest.
  const values = {
    ...Object.fromEntries(REQUEST_FIELDS.map((name) => [name, body[name] ?? null])),
  };
  let signed: ReturnType<typeof goldenLines.sign>;
  try {
    const input = goldenLines.inputFromJson(values as InputJson);
    signed = goldenLines.sign(input, SECRET);
  } catch (error) {
    if (!(error instanceof EmbedsealError)) throw error;
    res.status(400).json({ error: error.code }); // a wrong type, a refused value
    return;
  }
  // 3. The browser gets the URL and its expiry (Unix seconds), nothing else.
  res.json({ url: signed.url, expires_at: Math.floor(Date.now() / 1000) + 120 });
});
