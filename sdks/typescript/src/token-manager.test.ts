// Code generated from spec/formats/ — do not edit.

/**
 * The token manager's refresh logic, with a fake backend and a fake clock:
 * `node --test dist/token-manager.test.js`.
 *
 * @module
 */

import assert from "node:assert/strict";
import { test } from "node:test";

import {
  EmbedTokenManager,
  type TokenFetch,
  type TokenManagerOptions,
  TokenManagerError,
  type TokenRequestInit,
} from "./token-manager.js";

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

function manager(
  clock: { now: number },
  fetch: TokenFetch,
  extra: Partial<TokenManagerOptions> = {},
): EmbedTokenManager {
  return new EmbedTokenManager({
    format: "semaphor-token",
    endpoint: "/token",
    body: { dashboard: "d-1" },
    fetch,
    now: () => clock.now,
    ...extra,
  });
}

test("caches the token while it is fresh", async () => {
  const clock = { now: 1_700_000_000 };
  const { calls, fetch } = backend(clock);
  const tokens = manager(clock, fetch);
  assert.equal(await tokens.getToken(), "token-1");
  clock.now += 3600 - 301;
  assert.equal(await tokens.getToken(), "token-1");
  assert.equal(calls.length, 1);
  assert.equal(calls[0]?.init.body, '{"dashboard":"d-1"}');
});

test("refreshes 5 minutes before expiry", async () => {
  const clock = { now: 1_700_000_000 };
  const { calls, fetch } = backend(clock);
  const tokens = manager(clock, fetch);
  assert.equal(await tokens.getToken(), "token-1");
  clock.now += 3600 - 300;
  assert.equal(await tokens.getToken(), "token-2");
  assert.equal(calls.length, 2);
});

test("concurrent calls share one fetch", async () => {
  const clock = { now: 1_700_000_000 };
  const { calls, fetch } = backend(clock);
  const tokens = manager(clock, fetch);
  const both = await Promise.all([tokens.getToken(), tokens.getToken()]);
  assert.deepEqual(both, ["token-1", "token-1"]);
  assert.equal(calls.length, 1);
});

test("a token without expiry is never reused", async () => {
  const clock = { now: 1_700_000_000 };
  let issued = 0;
  const fetch: TokenFetch = async () => {
    issued += 1;
    const body = { token: `t-${issued}`, expires_at: null };
    return { ok: true, status: 200, json: async () => body };
  };
  const tokens = manager(clock, fetch);
  assert.equal(await tokens.getToken(), "t-1");
  assert.equal(await tokens.getToken(), "t-2");
});

test("a refused or malformed answer throws and caches nothing", async () => {
  const clock = { now: 1_700_000_000 };
  const refused: TokenFetch = async () => ({ ok: false, status: 401, json: async () => ({}) });
  await assert.rejects(manager(clock, refused).getToken(), TokenManagerError);
  const empty: TokenFetch = async () => ({ ok: true, status: 200, json: async () => ({}) });
  await assert.rejects(manager(clock, empty).getToken(), TokenManagerError);
});

test("logout invalidates the token where the format can (semaphor-token)", async () => {
  const clock = { now: 1_700_000_000 };
  const { calls, fetch } = backend(clock);
  const tokens = manager(clock, fetch, { logoutEndpoint: "/logout" });
  await tokens.getToken();
  await tokens.logout();
  assert.equal(calls.length, 2);
  assert.equal(calls[1]?.url, "/logout");
  assert.equal(calls[1]?.init.body, '{"token":"token-1"}');
  assert.equal(await tokens.getToken(), "token-2");
});

test("logout only forgets the token where the format cannot invalidate (boldbi-embed-authorize)", async () => {
  const clock = { now: 1_700_000_000 };
  const { calls, fetch } = backend(clock);
  const tokens = manager(clock, fetch, {
    format: "boldbi-embed-authorize",
    logoutEndpoint: "/logout",
  });
  await tokens.getToken();
  await tokens.logout();
  assert.equal(calls.length, 1);
  assert.equal(await tokens.getToken(), "token-2");
});
