import { useEffect, useState } from "react";

/** What POST /api/embed/lightdash-embed reads (see the back end above). */
export interface LightdashEmbedEmbedRequest {
  "content": unknown;
  "site_url": unknown;
}

interface Embed {
  url: string;
  expires_at: number | null; // Unix seconds; null: ask again on every load
}

const REFRESH_BEFORE_EXPIRY = 300; // seconds: 5 minutes

export function LightdashEmbedEmbed({ request }: { request: LightdashEmbedEmbedRequest }) {
  const [embed, setEmbed] = useState<Embed | null>(null);
  const [error, setError] = useState<string | null>(null);
  const body = JSON.stringify(request);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let cancelled = false;
    async function load(): Promise<void> {
      try {
        const response = await fetch("/api/embed/lightdash-embed", {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          credentials: "same-origin",
          body,
        });
        if (!response.ok) throw new Error(`token endpoint: HTTP ${response.status}`);
        const next = (await response.json()) as Embed;
        if (cancelled) return;
        setEmbed(next);
        if (next.expires_at !== null) {
          // Fetch a fresh URL 5 minutes before this one expires (at least 30 s on).
          const seconds = next.expires_at - REFRESH_BEFORE_EXPIRY - Date.now() / 1000;
          timer = setTimeout(() => void load(), Math.max(30, seconds) * 1000);
        }
      } catch (e) {
        if (!cancelled) setError(String(e));
      }
    }
    void load();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [body]);

  if (error !== null) return <p role="alert">Could not load the dashboard: {error}</p>;
  if (embed === null) return <p>Loading dashboard…</p>;
  return (
    <iframe
      src={embed.url}
      title="Lightdash embedded dashboard JWT"
      width="100%"
      height="600"
      style={{ border: 0 }}
    />
  );
}
