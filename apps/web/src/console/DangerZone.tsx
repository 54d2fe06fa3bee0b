import type { WorkshopView } from '@canvas/api';
import { forgetToken } from '../lib/credentials';
import { navigate } from '../lib/navigation';
import { api } from '../lib/api';
import type { Act } from './act';
import { DownloadButton } from '../components/DownloadButton';

/** Downloads of everything, ending and deleting the workshop. */
export function DangerZone({ view, token, act }: { view: WorkshopView; token: string; act: Act }) {
  return (
    <section className="danger-zone">
      <h2>Results and the end of the workshop</h2>
      <div className="row">
        <DownloadButton className="button secondary" path={`/api/workshops/${view.id}/export?format=zip`} token={token} fileName={`workshop-${view.id}.zip`} label="Download everything (ZIP: PDF, JSON, Markdown, CSV)" />
        <DownloadButton className="button secondary" path={`/api/workshops/${view.id}/export?format=pdf&paper=a3`} token={token} fileName={`workshop-${view.id}.pdf`} label="All boards as one PDF (A3)" />
        <DownloadButton
          className="button secondary"
          path={`/api/workshops/${view.id}/micro-credentials`}
          token={token}
          fileName={`micro-credentials-${view.id}.json`}
          label="Every group's micro-credential draft (OB 3.0 + ELM, JSON)"
        />
        {view.state.status === 'active' && (
          <button className="button secondary" onClick={() => confirm('End the workshop? All boards become read-only.') && act(() => api.end(view.id, token))}>
            End workshop
          </button>
        )}
        <button
          className="button danger"
          onClick={async () => {
            if (!confirm('Delete this workshop for good? Every board, every post-it and every participant name is removed from the server. This cannot be undone.')) return;
            await act(async () => {
              await api.delete(view.id, token);
              forgetToken('facilitator', view.id);
              navigate('/');
            });
          }}
        >
          Delete workshop and all its data
        </button>
      </div>
      <p className="muted small">
        Deleting removes the workshop, its boards, post-its and every participant's name from the server's store. Workshops are also deleted
        automatically {Math.round((view.expiresAt - view.createdAt) / 86_400_000)} days after creation ({new Date(view.expiresAt).toLocaleDateString()}).
      </p>
    </section>
  );
}
