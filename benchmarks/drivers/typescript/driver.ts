// The TypeScript driver of `nox -s bench`: the published files (pasted beside it), the
// baseline (baseline.ts), the raw HMAC (WebCrypto, as the generated code uses) and jose.
//
// Usage: node dist/driver.js ROUNDS BATCH_MS (reads inputs.json: the YAML examples); prints
// the lines of the protocol in benchmarks/speed.py. CPU time: process.cpuUsage(), user +
// system, every thread of the process (WebCrypto runs on libuv's pool).
import { readFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import { SignJWT, jwtVerify } from "jose";
import * as baseline from "./baseline.js";
import * as tinybird from "./tinybird-jwt.js";
import * as papermap from "./papermap-iframe.js";
import * as looker from "./looker-signed-url.js";

type Op = () => Promise<unknown>;
interface Series {
  format: string;
  op: string;
  impl: string;
  fn: Op;
}
interface Example {
  secret: string;
  now: number;
  fields: Record<string, never>;
  random: string;
}

function cpuNanos(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) * 1000;
}

async function batch(fn: Op, size: number): Promise<number> {
  const began = cpuNanos();
  for (let i = 0; i < size; i++) await fn();
  return cpuNanos() - began;
}

async function calibrate(fn: Op, batchMs: number): Promise<number> {
  const target = batchMs * 1e6;
  for (let size = 1; ; size *= 2) {
    const spent = await batch(fn, size);
    if (spent >= target / 4 || size >= 1 << 24) return Math.max(1, Math.floor((size * target) / Math.max(spent, 1)));
  }
}

async function measure(all: Series[], rounds: number, batchMs: number): Promise<void> {
  const sizes: number[] = [];
  for (let pass = 0; pass < 2; pass++) {
    for (const [i, s] of all.entries()) sizes[i] = await calibrate(s.fn, batchMs); // 2nd: warm
  }
  const results: number[][] = all.map(() => []);
  for (let round = 0; round < rounds; round++) {
    for (let step = 0; step < all.length; step++) {
      const i = (step + round) % all.length;
      const size = sizes[i] ?? 1;
      results[i]?.push((await batch(all[i]!.fn, size)) / size);
    }
  }
  for (const [i, s] of all.entries()) {
    console.log(["cpu", s.format, s.op, s.impl, ...(results[i] ?? []).map((v) => v.toFixed(1))].join(" "));
  }
}

function same(format: string, what: string, generated: unknown, other: unknown): void {
  if (!isDeepStrictEqual(generated, other)) {
    console.error(`${format}: the ${what} differs from the generated code's:\n${JSON.stringify(other)}\n${JSON.stringify(generated)}`);
    process.exit(2);
  }
}

async function main(): Promise<void> {
  const rounds = Number(process.argv[2]);
  const batchMs = Number(process.argv[3]);
  const inputs = JSON.parse(readFileSync("inputs.json", "utf8")) as Record<string, Example>;
  console.log("clock process CPU time (process.cpuUsage, user + system)");
  const all: Series[] = [];
  const add = (format: string, op: string, impl: string, fn: Op): void => {
    all.push({ format, op, impl, fn });
  };

  // tinybird-jwt
  const tb = inputs["tinybird-jwt"]!;
  const tbInput = tb.fields as unknown as tinybird.TinybirdJwtInput;
  const signed = await tinybird.sign(tbInput, tb.secret, { now: tb.now });
  console.log("out tinybird-jwt token", signed.token);
  console.log("out tinybird-jwt url", signed.url);
  same("tinybird-jwt", "baseline's token and URL", [signed.token, signed.url], await baseline.tinybirdSign(tb.fields, tb.secret, tb.now));
  const claims = await tinybird.verify(signed.token, tb.secret, { now: tb.now });
  same("tinybird-jwt", "baseline's claims", claims, await baseline.tinybirdVerify(signed.token, tb.secret, tb.now));
  const tbMessage = baseline.tinybirdMessage(tb.fields, tb.now);
  same("tinybird-jwt", "raw HMAC", signed.signature, baseline.base64url(await baseline.hmac(tb.secret, "SHA-256", tbMessage)));
  const { workspace_id, name, exp, scopes } = claims as unknown as Record<string, never>;
  const payload = { workspace_id, name, exp, scopes };
  const joseKey = new TextEncoder().encode(tb.secret);
  const joseSign = (): Promise<string> => new SignJWT(payload).setProtectedHeader({ alg: "HS256", typ: "JWT" }).sign(joseKey);
  const joseOptions = { algorithms: ["HS256"], currentDate: new Date(tb.now * 1000) };
  same("tinybird-jwt", "jose token", signed.token, await joseSign());
  same("tinybird-jwt", "jose claims", claims, (await jwtVerify(signed.token, joseKey, joseOptions)).payload);
  const jose = JSON.parse(readFileSync("node_modules/jose/package.json", "utf8")) as { version: string };
  console.log(`lib tinybird-jwt jose ${jose.version}`);
  add("tinybird-jwt", "sign", "generated", () => tinybird.sign(tbInput, tb.secret, { now: tb.now }));
  add("tinybird-jwt", "sign", "baseline", () => baseline.tinybirdSign(tb.fields, tb.secret, tb.now));
  add("tinybird-jwt", "sign", "jwt", joseSign);
  add("tinybird-jwt", "verify", "generated", () => tinybird.verify(signed.token, tb.secret, { now: tb.now }));
  add("tinybird-jwt", "verify", "baseline", () => baseline.tinybirdVerify(signed.token, tb.secret, tb.now));
  add("tinybird-jwt", "verify", "jwt", () => jwtVerify(signed.token, joseKey, joseOptions));
  add("tinybird-jwt", "mac", "hmac", () => baseline.hmac(tb.secret, "SHA-256", tbMessage));

  // papermap-iframe
  const pm = inputs["papermap-iframe"]!;
  const pmInput = pm.fields as unknown as papermap.PapermapIframeInput;
  const pmSigned = await papermap.sign(pmInput, pm.secret, { now: pm.now });
  console.log("out papermap-iframe token", pmSigned.token);
  console.log("out papermap-iframe url", pmSigned.url);
  same("papermap-iframe", "baseline's token and URL", [pmSigned.token, pmSigned.url], await baseline.papermapSign(pm.fields, pm.secret, pm.now));
  same(
    "papermap-iframe",
    "baseline's claims",
    await papermap.verify(pmSigned.token, pm.secret, { now: pm.now }),
    await baseline.papermapVerify(pmSigned.token, pm.secret, pm.now),
  );
  const pmMessage = baseline.papermapMessage(pm.fields, pm.now);
  same("papermap-iframe", "raw HMAC", pmSigned.signature, baseline.hex(await baseline.hmac(pm.secret, "SHA-256", pmMessage)));
  add("papermap-iframe", "sign", "generated", () => papermap.sign(pmInput, pm.secret, { now: pm.now }));
  add("papermap-iframe", "sign", "baseline", () => baseline.papermapSign(pm.fields, pm.secret, pm.now));
  add("papermap-iframe", "verify", "generated", () => papermap.verify(pmSigned.token, pm.secret, { now: pm.now }));
  add("papermap-iframe", "verify", "baseline", () => baseline.papermapVerify(pmSigned.token, pm.secret, pm.now));
  add("papermap-iframe", "mac", "hmac", () => baseline.hmac(pm.secret, "SHA-256", pmMessage));

  // looker-signed-url
  const lk = inputs["looker-signed-url"]!;
  const lkInput = lk.fields as unknown as looker.LookerSignedUrlInput;
  const nonce = Uint8Array.from(lk.random.match(/../g) ?? [], (h) => parseInt(h, 16));
  const lkOptions = { now: lk.now, randomBytes: (count: number) => nonce.slice(0, count) };
  const lkSigned = await looker.sign(lkInput, lk.secret, lkOptions);
  console.log("out looker-signed-url url", lkSigned.url);
  same("looker-signed-url", "baseline's URL", lkSigned.url, await baseline.lookerSign(lk.fields, lk.secret, lk.now, nonce));
  same(
    "looker-signed-url",
    "baseline's claims",
    { ...(await looker.verify(lkSigned.url, lk.secret, { now: lk.now })) },
    await baseline.lookerVerify(lkSigned.url, lk.secret, lk.now),
  );
  const lkMessage = baseline.lookerMessage(lk.fields, lk.now, nonce);
  same("looker-signed-url", "raw HMAC", lkSigned.signature, baseline.base64(await baseline.hmac(lk.secret, "SHA-1", lkMessage)));
  add("looker-signed-url", "sign", "generated", () => looker.sign(lkInput, lk.secret, lkOptions));
  add("looker-signed-url", "sign", "baseline", () => baseline.lookerSign(lk.fields, lk.secret, lk.now, nonce));
  add("looker-signed-url", "verify", "generated", () => looker.verify(lkSigned.url, lk.secret, { now: lk.now }));
  add("looker-signed-url", "verify", "baseline", () => baseline.lookerVerify(lkSigned.url, lk.secret, lk.now));
  add("looker-signed-url", "mac", "hmac", () => baseline.hmac(lk.secret, "SHA-1", lkMessage));
  await measure(all, rounds, batchMs);
}

await main();
