import type { WorkshopView } from '@canvas/api';
import { api } from '../lib/api';
import type { Act } from './act';

/** Groups and participants: rename, recolour, add and delete groups, move and remove people. */
export function GroupsPanel({ view, token, act }: { view: WorkshopView; token: string; act: Act }) {
  const id = view.id;
  const everyone = [...view.groups.flatMap((g) => g.members.map((m) => ({ ...m, groupId: g.id as string | null }))), ...view.unassigned.map((m) => ({ ...m, groupId: null }))];
  return (
    <section className="groups-panel" aria-label="Groups and participants">
      <div className="grid-heading">
        <h2>Groups and participants ({everyone.length})</h2>
        <button className="button secondary" onClick={() => act(() => api.createGroup(id, token, {}))} disabled={view.state.status === 'ended'}>+ Add group</button>
      </div>
      <div className="groups-list">
        {view.groups.map((group) => (
          <div key={group.id} className="group-card" data-testid="group-card">
            <div className="group-card-header">
              <input
                type="color"
                value={group.color}
                aria-label={`Colour of ${group.name}`}
                onChange={(e) => act(() => api.updateGroup(id, token, group.id, { color: e.target.value }))}
              />
              <input
                className="group-name-input"
                defaultValue={group.name}
                aria-label="Group name"
                onBlur={(e) => e.target.value.trim() && e.target.value !== group.name && act(() => api.updateGroup(id, token, group.id, { name: e.target.value.trim() }))}
              />
              <span className="muted small">{group.members.length}/4</span>
              <button
                className="icon-button"
                title="Delete group"
                onClick={() => confirm(`Delete ${group.name}? Its boards are deleted; its members become unassigned.`) && act(() => api.deleteGroup(id, token, group.id))}
              >
                ✕
              </button>
            </div>
            <ul className="members">
              {group.members.map((m) => (
                <MemberRow key={m.id} member={{ ...m, groupId: group.id }} view={view} token={token} act={act} />
              ))}
              {group.members.length === 0 && <li className="muted small">No one yet</li>}
            </ul>
          </div>
        ))}
        {view.unassigned.length > 0 && (
          <div className="group-card">
            <div className="group-card-header"><strong>Not in a group</strong></div>
            <ul className="members">
              {view.unassigned.map((m) => (
                <MemberRow key={m.id} member={{ ...m, groupId: null }} view={view} token={token} act={act} />
              ))}
            </ul>
          </div>
        )}
      </div>
    </section>
  );
}

function MemberRow({ member, view, token, act }: { member: { id: string; displayName: string; cursorColor: string; groupId: string | null }; view: WorkshopView; token: string; act: Act }) {
  return (
    <li className="member-row">
      <span className="swatch" style={{ background: member.cursorColor }} />
      <span className="member-name">{member.displayName}</span>
      <select
        aria-label={`Move ${member.displayName}`}
        value={member.groupId ?? ''}
        onChange={(e) => act(() => api.moveParticipant(view.id, token, member.id, e.target.value || null))}
      >
        <option value="">— no group —</option>
        {view.groups.map((g) => (
          <option key={g.id} value={g.id} disabled={g.id !== member.groupId && g.members.length >= 4}>
            {g.name}
          </option>
        ))}
      </select>
      <button className="icon-button" title="Remove from workshop" onClick={() => confirm(`Remove ${member.displayName} from the workshop?`) && act(() => api.removeParticipant(view.id, token, member.id))}>
        ✕
      </button>
    </li>
  );
}
