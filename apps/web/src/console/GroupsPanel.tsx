import type { WorkshopView } from '@canvas/api';
import { api } from '../lib/api';
import type { Act } from './act';
import { catalogue, type Lang } from '../lib/i18n';

/** Groups and participants: rename, recolour, add and delete groups, move and remove people. */
export function GroupsPanel({ view, token, act, lang }: { view: WorkshopView; token: string; act: Act; lang: Lang }) {
  const t = catalogue(lang).console;
  const id = view.id;
  const everyone = [...view.groups.flatMap((g) => g.members.map((m) => ({ ...m, groupId: g.id as string | null }))), ...view.unassigned.map((m) => ({ ...m, groupId: null }))];
  return (
    <section className="groups-panel" aria-label={t.groupsLabel}>
      <div className="grid-heading">
        <h2>{t.groupsTitle(everyone.length)}</h2>
        <button className="button secondary" onClick={() => act(() => api.createGroup(id, token, {}))} disabled={view.state.status === 'ended'}>{t.addGroup}</button>
      </div>
      <div className="groups-list">
        {view.groups.map((group) => (
          <div key={group.id} className="group-card" data-testid="group-card">
            <div className="group-card-header">
              <input
                type="color"
                value={group.color}
                aria-label={t.colourOf(group.name)}
                onChange={(e) => act(() => api.updateGroup(id, token, group.id, { color: e.target.value }))}
              />
              <input
                className="group-name-input"
                defaultValue={group.name}
                aria-label={t.groupName}
                onBlur={(e) => e.target.value.trim() && e.target.value !== group.name && act(() => api.updateGroup(id, token, group.id, { name: e.target.value.trim() }))}
              />
              <span className="muted small">{group.members.length}/4</span>
              <button
                className="icon-button"
                title={t.deleteGroup}
                aria-label={t.deleteGroup}
                onClick={() => confirm(t.deleteGroupConfirm(group.name)) && act(() => api.deleteGroup(id, token, group.id))}
              >
                ✕
              </button>
            </div>
            <ul className="members">
              {group.members.map((m) => (
                <MemberRow key={m.id} member={{ ...m, groupId: group.id }} view={view} token={token} act={act} lang={lang} />
              ))}
              {group.members.length === 0 && <li className="muted small">{t.noOneYet}</li>}
            </ul>
          </div>
        ))}
        {view.unassigned.length > 0 && (
          <div className="group-card">
            <div className="group-card-header"><strong>{t.notInGroup}</strong></div>
            <ul className="members">
              {view.unassigned.map((m) => (
                <MemberRow key={m.id} member={{ ...m, groupId: null }} view={view} token={token} act={act} lang={lang} />
              ))}
            </ul>
          </div>
        )}
      </div>
    </section>
  );
}

function MemberRow({ member, view, token, act, lang }: { member: { id: string; displayName: string; cursorColor: string; groupId: string | null }; view: WorkshopView; token: string; act: Act; lang: Lang }) {
  const t = catalogue(lang).console;
  return (
    <li className="member-row">
      <span className="swatch" style={{ background: member.cursorColor }} />
      <span className="member-name">{member.displayName}</span>
      <select
        aria-label={t.move(member.displayName)}
        value={member.groupId ?? ''}
        onChange={(e) => act(() => api.moveParticipant(view.id, token, member.id, e.target.value || null))}
      >
        <option value="">{t.noGroup}</option>
        {view.groups.map((g) => (
          <option key={g.id} value={g.id} disabled={g.id !== member.groupId && g.members.length >= 4}>
            {g.name}
          </option>
        ))}
      </select>
      <button className="icon-button" title={t.remove} aria-label={t.remove} onClick={() => confirm(t.removeConfirm(member.displayName)) && act(() => api.removeParticipant(view.id, token, member.id))}>
        ✕
      </button>
    </li>
  );
}
