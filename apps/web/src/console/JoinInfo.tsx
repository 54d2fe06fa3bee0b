import type { WorkshopView } from '@canvas/api';
import { useState } from 'react';
import { CopyButton } from '../components/CopyButton';
import { QrCode } from '../components/QrCode';
import { catalogue, type Lang } from '../lib/i18n';

/** The join code, the participant link and its QR code, in the console's header. */
export function JoinInfo({ view, lang }: { view: WorkshopView; lang: Lang }) {
  const t = catalogue(lang).console;
  const [showQr, setShowQr] = useState(false);
  const link = `${location.origin}/join/${view.joinCode}`;
  return (
    <div className="join-info">
      <div>
        <div className="muted small">{t.joinCode}</div>
        <div className="join-code small-code" data-testid="console-join-code">{view.joinCode.slice(0, 3)} {view.joinCode.slice(3)}</div>
      </div>
      <CopyButton text={link} label={t.copyLink} lang={lang} />
      <button className="button secondary" onClick={() => setShowQr((s) => !s)}>{showQr ? t.hideQr : t.showQr}</button>
      {showQr && (
        <div className="qr-popover">
          <QrCode value={link} size={220} label={catalogue(lang).common.qrFor(link)} />
          <div className="muted small">{link}</div>
        </div>
      )}
    </div>
  );
}
