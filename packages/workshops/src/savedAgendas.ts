import { saveAgendaRequestSchema, type SaveAgendaRequest, type SavedAgenda, type SaveAgendaResponse, agendaItemSchema } from '@canvas/api';
import type { AgendaRepository, SavedAgendaRow } from '@canvas/storage';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { WorkshopError } from './errors.js';
import { newId } from './ids.js';
import type { TemplateCatalog } from './ports.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest();

const notFound = () => new WorkshopError(404, 'agenda_not_found', 'No saved agenda with this id exists (it may have been deleted).', 'agendaId');

/**
 * Agendas a facilitator saves to reuse (no accounts): the id is an unguessable capability to read
 * and reuse the agenda, and a separate key – returned once, stored only as a hash – deletes it.
 * Only built-in canvases may be saved, because imported ones live inside a single workshop.
 */
export class SavedAgendas {
  constructor(
    private readonly repo: AgendaRepository,
    private readonly catalog: TemplateCatalog,
    private readonly now: () => number = Date.now,
  ) {}

  async save(input: SaveAgendaRequest): Promise<SaveAgendaResponse> {
    const request = saveAgendaRequestSchema.parse(input);
    for (const [index, item] of request.items.entries()) {
      if (!(await this.catalog.get(item.templateId))) {
        throw new WorkshopError(400, 'unknown_template', `Unknown canvas template "${item.templateId}"; an agenda can hold built-in canvases only.`, `body.items.${index}.templateId`);
      }
    }
    const key = randomBytes(24).toString('base64url');
    const row: SavedAgendaRow = {
      id: newId('ag'),
      title: request.title,
      language: request.language,
      itemsJson: JSON.stringify(request.items),
      keyHash: sha256(key).toString('hex'),
      createdAt: this.now(),
    };
    await this.repo.insert(row);
    return { agenda: toView(row), key };
  }

  async get(id: string): Promise<SavedAgenda> {
    const row = await this.repo.get(id);
    if (!row) throw notFound();
    return toView(row);
  }

  async delete(id: string, key: string | undefined): Promise<void> {
    const row = await this.repo.get(id);
    if (!row) throw notFound();
    if (!key) throw new WorkshopError(401, 'unauthorized', 'Send the key you got when you saved the agenda (Authorization: Bearer <key>).');
    const given = sha256(key);
    const stored = Buffer.from(row.keyHash, 'hex');
    if (given.length !== stored.length || !timingSafeEqual(given, stored)) {
      throw new WorkshopError(403, 'forbidden', 'This key does not belong to the agenda.');
    }
    await this.repo.delete(id);
  }
}

function toView(row: SavedAgendaRow): SavedAgenda {
  // Rows were validated when saved; parsing again keeps a hand-edited database from reaching clients.
  const items = z.array(agendaItemSchema).parse(JSON.parse(row.itemsJson));
  return {
    id: row.id,
    title: row.title,
    language: row.language === 'de' ? 'de' : 'en',
    items,
    totalMinutes: items.reduce((sum, item) => sum + item.durationMinutes, 0),
    createdAt: new Date(row.createdAt).toISOString(),
  };
}
