// Code generated from spec/formats/ — do not edit.

/**
 * The token manager's refresh logic, with a fake backend and a fake clock:
 * `node --test dist/token-manager.test.js`.
 *
 * @module
 */

import assert from "node:assert/strict";
import { test } from "node:test";

import { EmbedTokenManager, type TokenFetch, type TokenRequestInit } from "./token-manager.js";

/** A fake backend: hands out token-1, token-2, … valid for `lifetime` s. */
function backend(clock: { now: number }, lifetime = 3600) {
  const calls: { url: string; init: TokenRequestInit }[] = [];
  let issued = 0;
  const fetch: TokenFetch = async (url, init) => {
    calls.push({ url, init });
    if (url === "/logout") {
      return { ok: true, status: 204, json: async () => null };
    }
    issued += 1;
    const body = { token: `token-${issued}`, expires_at: clock.now + lifetime, url: null };
    return { ok: true, status: 200, json: async () => body };
  };
  return { calls, fetch };
}

test("no exchange formats: nothing to manage", () => {
  assert.equal(typeof EmbedTokenManager, "function");
  assert.equal(typeof backend, "function");
});
