import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { ClusterLogger, ClusterSession } from './ClusterSession.js';

/** The one LISTEN/NOTIFY channel of the cluster. */
export const CHANNEL = 'canvas_sessions_cluster';

/** What one process tells the others (SPEC C3). */
export const clusterMessageSchema = z.discriminatedUnion('kind', [
  // A change to a board made by a process that does not serve its workshop; the server that does applies it.
  z.object({ kind: z.literal('update'), workshopId: z.string().min(1), boardId: z.string().min(1), update: z.base64() }),
  // The board was deleted: whoever has it loaded drops it and closes its sockets.
  z.object({ kind: z.literal('discard'), boardId: z.string().min(1), reason: z.string().max(200) }),
]);
export type ClusterMessage = z.infer<typeof clusterMessageSchema>;

/** PostgreSQL refuses payloads of 8,000 bytes or more; a longer message travels in parts (C3.2). */
const PART_CHARS = 7_000;
/** Parts of a message that never completes (a sender died mid-way) are dropped after this. */
const PART_TTL_MS = 30_000;

const partSchema = z.object({ id: z.uuid(), part: z.number().int().min(0), of: z.number().int().min(1).max(10_000), text: z.string() });

/**
 * Messages between the processes of a cluster over PostgreSQL LISTEN/NOTIFY (SPEC C3). Notifications
 * are delivered to every listening session after the sending transaction commits, in commit order;
 * one sent while a receiver's session is down is not delivered to it (C3.4).
 */
export class WorkshopChanges {
  private readonly handlers: Array<(message: ClusterMessage) => void> = [];
  private readonly partial = new Map<string, { parts: string[]; received: number; since: number }>();

  constructor(
    private readonly session: ClusterSession,
    private readonly logger?: ClusterLogger,
  ) {
    session.onConnected(async () => {
      await session.query(`LISTEN ${CHANNEL}`);
    });
    session.onNotification((channel, payload) => {
      if (channel === CHANNEL) this.receive(payload);
    });
  }

  /** Starts listening on a session that is already open (later reconnections LISTEN by themselves). */
  async listen(): Promise<void> {
    await this.session.query(`LISTEN ${CHANNEL}`);
  }

  onMessage(handler: (message: ClusterMessage) => void): void {
    this.handlers.push(handler);
  }

  /** Sends to every process, this one included; resolves once PostgreSQL has taken it. */
  async send(message: ClusterMessage): Promise<void> {
    const text = JSON.stringify(clusterMessageSchema.parse(message));
    if (text.length <= PART_CHARS) {
      await this.session.query('SELECT pg_notify($1, $2)', [CHANNEL, text]);
      return;
    }
    const id = randomUUID();
    const count = Math.ceil(text.length / PART_CHARS);
    const parts = Array.from({ length: count }, (_, part) => JSON.stringify({ id, part, of: count, text: text.slice(part * PART_CHARS, (part + 1) * PART_CHARS) }));
    // One statement, so one transaction: all parts are delivered, or none.
    await this.session.query('SELECT pg_notify($1, part) FROM unnest($2::text[]) AS part', [CHANNEL, parts]);
  }

  private receive(payload: string): void {
    let raw: unknown;
    try {
      raw = JSON.parse(payload);
    } catch {
      this.logger?.warn({ length: payload.length }, 'cluster: a notification that is not JSON was ignored');
      return;
    }
    const part = partSchema.safeParse(raw);
    if (part.success) {
      const whole = this.assemble(part.data);
      if (whole === undefined) return;
      try {
        raw = JSON.parse(whole);
      } catch {
        return;
      }
    }
    const message = clusterMessageSchema.safeParse(raw);
    if (!message.success) {
      this.logger?.warn({ issue: message.error.issues[0]?.message }, 'cluster: a malformed message was ignored');
      return;
    }
    for (const handler of this.handlers) handler(message.data);
  }

  private assemble(part: z.infer<typeof partSchema>): string | undefined {
    const now = Date.now();
    for (const [id, entry] of this.partial) if (now - entry.since > PART_TTL_MS) this.partial.delete(id);
    let entry = this.partial.get(part.id);
    if (!entry) {
      entry = { parts: new Array<string>(part.of), received: 0, since: now };
      this.partial.set(part.id, entry);
    }
    if (part.part >= entry.parts.length || entry.parts[part.part] !== undefined) return undefined;
    entry.parts[part.part] = part.text;
    if (++entry.received < entry.parts.length) return undefined;
    this.partial.delete(part.id);
    return entry.parts.join('');
  }
}
