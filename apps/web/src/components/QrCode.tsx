import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/** A QR code drawn locally as SVG (no request to any QR service). */
export function QrCode({ value, size = 180, label }: { value: string; size?: number; label: string }) {
  const [svg, setSvg] = useState('');
  useEffect(() => {
    let cancelled = false;
    QRCode.toString(value, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })
      .then((text) => !cancelled && setSvg(text))
      .catch(() => setSvg(''));
    return () => {
      cancelled = true;
    };
  }, [value]);
  return <div className="qr" role="img" aria-label={label} style={{ width: size, height: size }} dangerouslySetInnerHTML={{ __html: svg }} />;
}
