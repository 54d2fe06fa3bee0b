import type { BoardView as BoardInfo, GroupView } from '@canvas/api';
import type { StoredRecord } from '@canvas/board-model';
import { assignNotesToAreas, localize, type Template } from '@canvas/templates';
import { catalogue, type Lang } from '../lib/i18n';
import { useEffect, useState } from 'react';
import { MiniBoard, notesOf } from '../canvas/MiniBoard';
import { useBoardDoc } from '../lib/useBoardDoc';
import { RepairButton } from './RepairButton';

/** One entry per person: a participant with two tabs open is one person online. */
function uniqueById<T extends { id: string }>(entries: T[]): T[] {
  const seen = new Set<string>();
  return entries.filter((entry) => (seen.has(entry.id) ? false : (seen.add(entry.id), true)));
}

/** One group's board in the console grid: a live miniature, who is online, how far they are. */
export function Tile(props: {
  title: string;
  initialRecords?: StoredRecord[];
  color?: string;
  board: BoardInfo;
  token: string;
  template: Template | undefined;
  lang: Lang;
  group?: GroupView;
  memberCount: number;
  spotlit?: boolean;
  onSpotlight?: () => void;
  onStepIn: () => void;
  /** The workshop, for the facilitator's board repair. */
  workshopId: string;
  /** Dots per note and the winning notes of the activity's closed vote. */
  votes?: Record<string, number>;
  winners?: string[];
}) {
  const live = useBoardDoc(props.board.id, props.token);
  const snapshot = live.synced || !props.initialRecords ? live : { ...live, records: props.initialRecords };
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const interval = setInterval(() => setNow(Date.now()), 5000);
    return () => clearInterval(interval);
  }, []);
  const notes = snapshot.records.filter((r) => r.typeName === 'shape' && r.type === 'note');
  const counts = props.template ? assignNotesToAreas(props.template, notes as never) : null;
  // Only the group's own members count: while a group is spotlit, everyone else is on its board too (read-only).
  const memberIds = props.group ? new Set(props.group.members.map((m) => m.id)) : null;
  const online = uniqueById(snapshot.present.filter((p) => p.role !== 'facilitator' && (memberIds === null || memberIds.has(p.id))));
  const idleMinutes = snapshot.lastEditAt ? Math.max(0, Math.floor((now - snapshot.lastEditAt) / 60000)) : null;
  const t = catalogue(props.lang).console;
  const stuck = notes.length === 0 || (idleMinutes !== null && idleMinutes >= 5);
  return (
    <article className={`tile ${props.spotlit ? 'spotlit' : ''} ${stuck ? 'stuck' : ''}`} data-testid="tile" data-board={props.board.id}>
      <header className="tile-header" style={{ borderColor: props.color }}>
        <strong>{props.title}</strong>
        <span className="tile-online" title={online.map((p) => p.name).join(', ')}>
          {online.map((p) => (
            <span key={p.clientId} className="avatar" style={{ background: p.color }} title={p.name}>
              {p.name.slice(0, 1).toUpperCase()}
            </span>
          ))}
          <span className="muted small">{t.online(online.length, props.memberCount)}</span>
        </span>
      </header>
      {/* The button lies over the picture rather than around it: its name is "Step into …", not the notes' words. */}
      <div className="tile-preview-frame">
        <MiniBoard template={props.template} records={snapshot.records} lang={props.lang} />
        <button className="tile-preview" onClick={props.onStepIn}>
          <span className="visually-hidden">{t.stepInto(props.title)}</span>
        </button>
      </div>
      <footer className="tile-footer">
        <span className="small" data-testid="tile-count">{t.postIts(notes.length)}</span>
        <span className="small muted">{snapshot.lastEditAt === null ? t.noEdits : idleMinutes === 0 ? t.editedNow : t.lastEdit(idleMinutes ?? 0)}</span>
        {counts && (
          <span className="area-counts small">
            {counts.areas.map(({ area, notes: inArea }) => (
              <span key={area.id} title={localize(area.label, props.lang)} className={inArea.length === 0 ? 'empty' : ''}>
                {inArea.length}
              </span>
            ))}
          </span>
        )}
      </footer>
      {props.winners && props.winners.length > 0 && (
        <p className="tile-winners small" data-testid="tile-winners">
          {'🏆 '}
          {props.winners
            .map((id) => {
              const note = notesOf(snapshot.records).find((n) => n.id === id);
              return `${note?.text || '…'} (${props.votes?.[id] ?? 0})`;
            })
            .join(' · ')}
        </p>
      )}
      <div className="tile-actions">
        <button className="button small-button" onClick={props.onStepIn}>{t.stepIn}</button>
        {props.onSpotlight && (
          <button className={`button small-button ${props.spotlit ? 'primary' : 'secondary'}`} onClick={props.onSpotlight}>
            {props.spotlit ? t.release : t.spotlight}
          </button>
        )}
        <RepairButton workshopId={props.workshopId} boardId={props.board.id} token={props.token} lang={props.lang} />
      </div>
    </article>
  );
}
