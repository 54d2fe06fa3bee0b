import type { WorkshopView } from '@canvas/api';
import { useState } from 'react';
import { CopyButton } from '../components/CopyButton';
import { QrCode } from '../components/QrCode';
import { useAppConfig } from '../config';
import { joinLink } from '../projector/joinLink';
import { LocalOnlyWarning } from '../projector/LocalOnlyWarning';
import { projectorWords } from '../projector/words';

/** The join code, the participant link and its QR code, in the console's header. */
export function JoinInfo({ view }: { view: WorkshopView }) {
  const [showQr, setShowQr] = useState(false);
  const config = useAppConfig();
  const link = joinLink(view.joinCode, config?.publicUrl ?? null);
  return (
    <div className="join-info">
      <div>
        <div className="muted small">Join code</div>
        <div className="join-code small-code" data-testid="console-join-code">{view.joinCode.slice(0, 3)} {view.joinCode.slice(3)}</div>
      </div>
      <CopyButton text={link} label="Copy link" />
      <button className="button secondary" onClick={() => setShowQr((s) => !s)}>{showQr ? 'Hide QR' : 'QR code'}</button>
      <a className="button secondary" href={`/p/${view.id}`} target="_blank" rel="noopener" data-testid="projector-link">
        {projectorWords(view.language).projectorLink}
      </a>
      <LocalOnlyWarning language={view.language} />
      {showQr && (
        <div className="qr-popover">
          <QrCode value={link} size={220} label={`QR code for ${link}`} />
          <div className="muted small">{link}</div>
        </div>
      )}
    </div>
  );
}
