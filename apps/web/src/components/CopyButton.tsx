import { useState } from 'react';
import { catalogue } from '../lib/i18n';

/** Copies `text`; says so for a moment. `lang`: the screen's language. */
export function CopyButton({ text, label, className, lang }: { text: string; label?: string; className?: string; lang: string | undefined }) {
  const t = catalogue(lang).common;
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      // Clipboard API needs a secure context; fall back to a selection copy.
      const area = document.createElement('textarea');
      area.value = text;
      document.body.appendChild(area);
      area.select();
      document.execCommand('copy');
      area.remove();
    }
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  };
  return (
    <button type="button" className={className ?? 'button secondary'} onClick={copy}>
      {copied ? t.copied : (label ?? t.copy)}
    </button>
  );
}
