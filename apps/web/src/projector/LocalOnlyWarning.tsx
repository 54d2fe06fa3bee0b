import { useAppConfig } from '../config';
import { unreachableFromRoom } from './joinLink';
import { projectorWords } from './words';

/** Said beside a join link or QR code that phones cannot reach (console on localhost without PUBLIC_URL). */
export function LocalOnlyWarning({ language }: { language?: string }) {
  const config = useAppConfig();
  if (!config || !unreachableFromRoom(location.hostname, config.publicUrl)) return null;
  const w = projectorWords(language);
  return (
    <div className="local-only" role="alert" data-testid="local-only-warning">
      <strong>{w.localOnlyTitle}</strong>
      <p>{w.localOnly(location.host)}</p>
    </div>
  );
}
