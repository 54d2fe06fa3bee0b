import type { WorkshopView } from '@canvas/api';
import { forgetToken } from '../lib/credentials';
import { navigate } from '../lib/navigation';
import { api } from '../lib/api';
import type { Act } from './act';
import { DownloadButton } from '../components/DownloadButton';
import { catalogue, type Lang } from '../lib/i18n';

/** Downloads of everything, ending and deleting the workshop. */
export function DangerZone({ view, token, act, lang }: { view: WorkshopView; token: string; act: Act; lang: Lang }) {
  const t = catalogue(lang).console;
  return (
    <section className="danger-zone">
      <h2>{t.resultsTitle}</h2>
      <div className="row">
        <DownloadButton className="button secondary" path={`/api/workshops/${view.id}/export?format=zip`} token={token} fileName={`workshop-${view.id}.zip`} label={t.downloadAll} />
        <DownloadButton className="button secondary" path={`/api/workshops/${view.id}/export?format=pdf&paper=a3`} token={token} fileName={`workshop-${view.id}.pdf`} label={t.allBoardsPdf} />
        <DownloadButton
          className="button secondary"
          path={`/api/workshops/${view.id}/micro-credentials`}
          token={token}
          fileName={`micro-credentials-${view.id}.json`}
          label={t.allDrafts}
        />
        {view.state.status === 'active' && (
          <button className="button secondary" onClick={() => confirm(t.endConfirm) && act(() => api.end(view.id, token))}>
            {t.end}
          </button>
        )}
        <button
          className="button danger"
          onClick={async () => {
            if (!confirm(t.deleteConfirm)) return;
            await act(async () => {
              await api.delete(view.id, token);
              forgetToken('facilitator', view.id);
              navigate('/');
            });
          }}
        >
          {t.delete}
        </button>
      </div>
      <p className="muted small">
        {t.retention(Math.round((view.expiresAt - view.createdAt) / 86_400_000), new Date(view.expiresAt).toLocaleDateString(catalogue(lang).meta.locale))}
      </p>
    </section>
  );
}
