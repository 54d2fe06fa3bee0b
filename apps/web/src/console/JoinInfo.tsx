import type { WorkshopView } from '@canvas/api';
import { useState } from 'react';
import { CopyButton } from '../components/CopyButton';
import { QrCode } from '../components/QrCode';
import { api } from '../lib/api';
import { catalogue, words, type Lang } from '../lib/i18n';
import type { Act } from './act';
import { useAppConfig } from '../config';
import { joinLink } from '../projector/joinLink';
import { LocalOnlyWarning } from '../projector/LocalOnlyWarning';
import { projectorWords } from '../projector/words';

/**
 * The join code, the participant link and its QR code, in the console's header, and "New code":
 * a code read out to the wrong room, or guessed, stops working at once.
 */
export function JoinInfo({ view, token, act, lang }: { view: WorkshopView; token: string; act: Act; lang: Lang }) {
  const t = catalogue(lang).console;
  const [showQr, setShowQr] = useState(false);
  const w = words(lang);
  const rotate = () => {
    if (!confirm(w.newJoinCodeConfirm)) return;
    void act(() => api.rotateJoinCode(view.id, token));
  };
  const config = useAppConfig();
  const link = joinLink(view.joinCode, config?.publicUrl ?? null);
  return (
    <div className="join-info">
      <div>
        <div className="muted small">{t.joinCode}</div>
        <div className="join-code small-code" data-testid="console-join-code">{view.joinCode.slice(0, view.joinCode.length / 2)} {view.joinCode.slice(view.joinCode.length / 2)}</div>
      </div>
      <CopyButton text={link} label={t.copyLink} lang={lang} />
      <button className="button secondary" onClick={() => setShowQr((s) => !s)}>{showQr ? t.hideQr : t.showQr}</button>
      <button className="button secondary" onClick={rotate} data-testid="rotate-join-code">{w.newJoinCode}</button>
      <a className="button secondary" href={`/p/${view.id}`} target="_blank" rel="noopener" data-testid="projector-link">
        {projectorWords(lang).projectorLink}
      </a>
      <LocalOnlyWarning language={lang} />
      {showQr && (
        <div className="qr-popover">
          <QrCode value={link} size={220} label={catalogue(lang).common.qrFor(link)} />
          <div className="muted small">{link}</div>
        </div>
      )}
    </div>
  );
}
