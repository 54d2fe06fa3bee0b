import type { WorkshopView } from '@canvas/api';
import { useState } from 'react';
import { CopyButton } from '../components/CopyButton';
import { QrCode } from '../components/QrCode';

/** The join code, the participant link and its QR code, in the console's header. */
export function JoinInfo({ view }: { view: WorkshopView }) {
  const [showQr, setShowQr] = useState(false);
  const link = `${location.origin}/join/${view.joinCode}`;
  return (
    <div className="join-info">
      <div>
        <div className="muted small">Join code</div>
        <div className="join-code small-code" data-testid="console-join-code">{view.joinCode.slice(0, 3)} {view.joinCode.slice(3)}</div>
      </div>
      <CopyButton text={link} label="Copy link" />
      <button className="button secondary" onClick={() => setShowQr((s) => !s)}>{showQr ? 'Hide QR' : 'QR code'}</button>
      {showQr && (
        <div className="qr-popover">
          <QrCode value={link} size={220} label={`QR code for ${link}`} />
          <div className="muted small">{link}</div>
        </div>
      )}
    </div>
  );
}
