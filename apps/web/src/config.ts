import { useEffect, useState } from 'react';
import { z } from 'zod';

/** `GET /api/config`: run-time settings of this deployment. */
const AppConfigSchema = z.object({
  tldrawLicenseKey: z.string().nullable(),
  sandbox: z.boolean(),
  /** `PUBLIC_URL` without a trailing slash, or null when the server has none. */
  publicUrl: z.string().nullable().default(null),
});
export type AppConfig = z.infer<typeof AppConfigSchema>;

const FALLBACK: AppConfig = { tldrawLicenseKey: null, sandbox: false, publicUrl: null };

let pending: Promise<AppConfig> | null = null;

/** Fetches the config once per page load; a failing server yields the fallback (no licence key). */
export function loadAppConfig(): Promise<AppConfig> {
  pending ??= fetch('/api/config', { headers: { accept: 'application/json' } })
    .then(async (response) => (response.ok ? AppConfigSchema.parse(await response.json()) : FALLBACK))
    .catch(() => FALLBACK);
  return pending;
}

/** The app config, or `null` while it loads. */
export function useAppConfig(): AppConfig | null {
  const [config, setConfig] = useState<AppConfig | null>(null);
  useEffect(() => {
    let live = true;
    void loadAppConfig().then((value) => live && setConfig(value));
    return () => {
      live = false;
    };
  }, []);
  return config;
}
