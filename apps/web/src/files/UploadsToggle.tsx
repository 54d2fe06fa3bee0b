import type { WorkshopView } from '@canvas/api';
import type { Act } from '../console/act';
import { api } from '../lib/api';
import { catalogue } from '../lib/i18n';

/** Console switch: participants may put pictures and PDF pages on their own boards (files F1). */
export function UploadsToggle({ view, token, act }: { view: WorkshopView; token: string; act: Act }) {
  const words = catalogue(view.language).files;
  return (
    <div className="control-group">
      <label className="toggle" title={words.allowHint}>
        <input
          type="checkbox"
          disabled={view.state.status === 'ended'}
          checked={view.state.participantUploads}
          onChange={(e) => {
            // Read now: the controlled box shows the server's answer once the view is refetched.
            const participantUploads = e.target.checked;
            void act(() => api.update(view.id, token, { participantUploads }));
          }}
          data-testid="participant-uploads"
        />{' '}
        {words.allowParticipants}
      </label>
    </div>
  );
}
