import { useState } from 'react';
import { downloadWithCredential, openWithCredential } from '../lib/api';

/**
 * A download that needs the credential: a button that fetches with the Authorization header
 * (never a `?token=` link, which would land in history and proxy logs). `open` shows the answer
 * in a new tab instead of saving it.
 */
export function DownloadButton({
  path,
  token,
  fileName,
  label,
  className = 'button secondary small-button',
  open = false,
}: {
  path: string;
  token: string;
  fileName: string;
  label: string;
  className?: string;
  open?: boolean;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      if (open) await openWithCredential(path, token);
      else await downloadWithCredential(path, token, fileName);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" className={className} onClick={() => void run()} disabled={busy} aria-busy={busy}>
        {label}
      </button>
      {error && <span className="field-error" role="alert">{error}</span>}
    </>
  );
}
