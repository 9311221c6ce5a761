// Code generated from spec/formats/ — do not edit.

/**
 * The browser side of exchange formats: a token manager for the embedding page.
 *
 * The page never holds the vendor secret. It asks *your own* backend endpoint
 * (which calls `exchange` of the format) for a token, caches it, fetches a
 * fresh one 5 minutes before it expires, and on logout asks your backend to
 * invalidate it where the vendor has an invalidation call.
 *
 * Self-contained (no Node.js imports): bundle it for the browser as it is.
 *
 * @example
 * ```ts
 * const tokens = new EmbedTokenManager({
 *   format: "semaphor-token",
 *   endpoint: "/api/embed-token",
 *   logoutEndpoint: "/api/embed-token/revoke",
 * });
 * iframe.src = (await tokens.get()).url ?? "";
 * ```
 *
 * @module
 */

/** The exchange formats this SDK generates. */
export type ExchangeFormatName = never;

/** Whether the vendor of each format can invalidate a token (so logout should). */
export const REVOCABLE: Readonly<Record<ExchangeFormatName, boolean>> = {};

/** The part of a `fetch` response the manager reads. */
export interface TokenResponse {
  readonly ok: boolean;
  readonly status: number;
  json(): Promise<unknown>;
}

/** What the manager passes to `fetch`. */
export interface TokenRequestInit {
  method: string;
  headers: Record<string, string>;
  body: string;
  credentials: "same-origin";
}

/** A `fetch` function: the browser's by default, injectable for tests. */
export type TokenFetch = (url: string, init: TokenRequestInit) => Promise<TokenResponse>;

/** A token as your backend hands it out (the JSON of the exchange result). */
export interface EmbedToken {
  /** The token the vendor issued. */
  readonly token: string;
  /** When it expires (Unix seconds); `null`: unknown, so it is never reused. */
  readonly expiresAt: number | null;
  /** The embed URL, when the format has one. */
  readonly url: string | null;
}

/** How a {@link EmbedTokenManager} works. */
export interface TokenManagerOptions {
  /** The exchange format your backend uses. */
  readonly format: ExchangeFormatName;
  /** Your backend's token endpoint: POST, answers `{token, expires_at, url}`. */
  readonly endpoint: string;
  /** The JSON body sent to `endpoint` (say, which dashboard). */
  readonly body?: unknown;
  /** Your backend's invalidation endpoint: POST `{token}`; used on logout. */
  readonly logoutEndpoint?: string | undefined;
  /** How long before expiry a token is replaced, in seconds (default 300). */
  readonly refreshBeforeSeconds?: number | undefined;
  /** The `fetch` to use (the global one by default). */
  readonly fetch?: TokenFetch | undefined;
  /** The clock, in Unix seconds (default: `Date.now() / 1000`). */
  readonly now?: (() => number) | undefined;
}

/** Thrown when the backend does not hand out a usable token. */
export class TokenManagerError extends Error {
  /** The backend's HTTP status, when it answered. */
  readonly status: number | undefined;

  constructor(message: string, status?: number) {
    super(message);
    this.name = "TokenManagerError";
    this.status = status;
  }
}

/** The default refresh margin: 5 minutes before expiry. */
export const REFRESH_BEFORE_SECONDS = 300;

/**
 * Fetches embed tokens from your backend, caches them and refreshes them
 * {@link REFRESH_BEFORE_SECONDS} before they expire.
 */
export class EmbedTokenManager {
  private readonly options: TokenManagerOptions;
  private current: EmbedToken | null = null;
  private pending: Promise<EmbedToken> | null = null;

  constructor(options: TokenManagerOptions) {
    this.options = options;
  }

  /** A token valid for at least the refresh margin: cached, else fetched. */
  async get(): Promise<EmbedToken> {
    const cached = this.current;
    if (cached !== null && this.fresh(cached)) {
      return cached;
    }
    if (this.pending === null) {
      // Calls that arrive while a fetch runs share it.
      this.pending = this.fetchToken().finally(() => {
        this.pending = null;
      });
    }
    return this.pending;
  }

  /** Just the token text of {@link get}. */
  async getToken(): Promise<string> {
    return (await this.get()).token;
  }

  /**
   * Forgets the token and, where the format's vendor can invalidate tokens
   * and a `logoutEndpoint` is set, asks your backend to invalidate it.
   */
  async logout(): Promise<void> {
    const token = this.current;
    this.current = null;
    this.pending = null;
    const endpoint = this.options.logoutEndpoint;
    if (token === null || endpoint === undefined || !REVOCABLE[this.options.format]) {
      return;
    }
    const response = await this.fetcher()(endpoint, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ token: token.token }),
      credentials: "same-origin",
    });
    if (!response.ok) {
      throw new TokenManagerError("the logout endpoint refused", response.status);
    }
  }

  private fresh(token: EmbedToken): boolean {
    if (token.expiresAt === null) {
      return false;
    }
    const margin = this.options.refreshBeforeSeconds ?? REFRESH_BEFORE_SECONDS;
    return token.expiresAt > this.clock() + margin;
  }

  private clock(): number {
    return this.options.now === undefined ? Date.now() / 1000 : this.options.now();
  }

  private fetcher(): TokenFetch {
    if (this.options.fetch !== undefined) {
      return this.options.fetch;
    }
    const global = globalThis as unknown as { fetch?: TokenFetch };
    if (global.fetch === undefined) {
      throw new TokenManagerError("no global fetch: pass options.fetch");
    }
    return global.fetch.bind(globalThis);
  }

  private async fetchToken(): Promise<EmbedToken> {
    const response = await this.fetcher()(this.options.endpoint, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify(this.options.body ?? {}),
      credentials: "same-origin",
    });
    if (!response.ok) {
      throw new TokenManagerError("the token endpoint refused", response.status);
    }
    const token = readToken(await response.json());
    this.current = token;
    return token;
  }
}

/** The token from the backend's JSON: `{token, expires_at, url}`. */
function readToken(json: unknown): EmbedToken {
  if (json === null || typeof json !== "object") {
    throw new TokenManagerError("the token endpoint did not answer a JSON object");
  }
  const record = json as Record<string, unknown>;
  const token = record["token"];
  const expiresAt = record["expires_at"] ?? null;
  const url = record["url"] ?? null;
  if (typeof token !== "string" || token === "") {
    throw new TokenManagerError("the token endpoint answered no token");
  }
  if (expiresAt !== null && (typeof expiresAt !== "number" || !Number.isFinite(expiresAt))) {
    throw new TokenManagerError("expires_at is not a number");
  }
  if (url !== null && typeof url !== "string") {
    throw new TokenManagerError("url is not a string");
  }
  return { token, expiresAt, url };
}
