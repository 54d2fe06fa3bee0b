import { registrationFor, statementIdFor } from './ids.js';
import type { LearningActor, LearningEvent } from './learningEvent.js';
import type { XapiActivity, XapiAgent, XapiContext, XapiGroup, XapiStatement } from './statement.js';
import {
  LANGUAGE,
  NAME_MAX_CHARS,
  PLATFORM,
  PROFILE_ACTIVITY_TYPE,
  PROFILE_NAME,
  VERBS,
  WORKSHOP_ACTIVITY_TYPE,
  vocabularyFor,
  type Vocabulary,
} from './vocabulary.js';

/** Where the server lives: every IRI we mint starts with it, so they stay ours and resolvable. */
export interface StatementOptions {
  /** The server's public base URL, e.g. https://canvas.example.org (a trailing slash is ignored). */
  baseUrl: string;
}

/**
 * One event → one xAPI 1.0.3 statement (SPEC X1–X3). Pure and deterministic: the same event gives
 * the same statement, id included, which is what makes resending safe.
 * Throws if the event lacks what its kind needs (a note event without note or canvas); callers
 * that must not throw validate first with `parseLearningEvent` (XapiSender does).
 */
export function toStatement(event: LearningEvent, options: StatementOptions): XapiStatement {
  const baseUrl = normalizeBaseUrl(options.baseUrl);
  const vocabulary = vocabularyFor(baseUrl);
  const activities = new Activities(baseUrl, vocabulary, event);

  // The object, then what contains it, innermost first: note → area → canvas → workshop.
  const [object, ...containers] = chainOf(event, activities);
  const parent = containers[0];
  // grouping always lists the canvas and the workshop the statement belongs to (minus the object
  // itself), even when the canvas is also the parent: "every statement of canvas C" is then one
  // query on grouping, whether or not the note sat in an area.
  const grouping = containers.filter((a) => a.definition.type !== vocabulary.areaType);
  const context: XapiContext = {
    registration: registrationFor(baseUrl, event.workshop.id),
    platform: PLATFORM,
    contextActivities: {
      // parent: the direct container (the area, else the canvas, else the workshop).
      ...(parent ? { parent: [parent] } : {}),
      ...(grouping.length > 0 ? { grouping } : {}),
      category: [activity(vocabulary.profile, PROFILE_ACTIVITY_TYPE, PROFILE_NAME)],
    },
  };
  if (event.group) context.team = teamOf(event.group, baseUrl);

  return {
    id: statementIdFor(baseUrl, event.id),
    actor: agentOf(event.actor, baseUrl),
    verb: { id: VERBS[event.kind].id, display: { [LANGUAGE]: VERBS[event.kind].display.en } },
    object,
    context,
    ...(event.kind === 'completed' ? { result: { completion: true as const } } : {}),
    timestamp: event.at,
  };
}

/**
 * The actor as an xAPI agent identified by an account (SPEC X2): the LMS's own user id when the
 * person came through LTI, else an account scoped to the workshop. Never an e-mail address: an
 * LRS is often shared and kept for years, and an account id is all it needs to join statements.
 */
export function agentOf(actor: LearningActor, baseUrl: string): XapiAgent {
  const base = normalizeBaseUrl(baseUrl);
  const account =
    actor.kind === 'lms'
      ? { homePage: actor.issuer, name: actor.subject }
      : { homePage: `${base}/workshops/${segment(actor.workshopId)}`, name: actor.participantId };
  const agent: XapiAgent = { objectType: 'Agent', account };
  if (actor.name !== undefined && actor.name.trim() !== '') agent.name = actor.name;
  return agent;
}

function teamOf(group: NonNullable<LearningEvent['group']>, baseUrl: string): XapiGroup {
  // Members are deduplicated by account: a group listing a person twice would be the same agent.
  const seen = new Set<string>();
  const member: XapiAgent[] = [];
  for (const actor of group.members) {
    const agent = agentOf(actor, baseUrl);
    const key = `${agent.account.homePage}\n${agent.account.name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    member.push(agent);
  }
  const team: XapiGroup = { objectType: 'Group', member };
  if (group.name.trim() !== '') team.name = group.name;
  return team;
}

/**
 * Note kinds are about the note; attendance and completion are about the canvas, or the workshop
 * when there is no canvas. Returns that object followed by its containers, innermost first.
 */
function chainOf(event: LearningEvent, activities: Activities): [XapiActivity, ...XapiActivity[]] {
  const workshop = activities.workshop();
  const canvas = activities.canvas();
  switch (event.kind) {
    case 'added':
    case 'updated':
    case 'voted': {
      const note = activities.note();
      if (!note || !canvas) throw new Error(`event ${event.id}: a "${event.kind}" event needs a note and a canvas`);
      const area = activities.area();
      return area ? [note, area, canvas, workshop] : [note, canvas, workshop];
    }
    case 'attended':
    case 'completed':
      return canvas ? [canvas, workshop] : [workshop];
  }
}

/** The activities an event mentions, with IRIs nested as the things are (workshop ⊃ canvas ⊃ note). */
class Activities {
  constructor(
    private readonly baseUrl: string,
    private readonly vocabulary: Vocabulary,
    private readonly event: LearningEvent,
  ) {}

  private get workshopIri(): string {
    return `${this.baseUrl}/xapi/activities/workshops/${segment(this.event.workshop.id)}`;
  }

  workshop(): XapiActivity {
    return activity(this.workshopIri, WORKSHOP_ACTIVITY_TYPE, this.event.workshop.title || this.event.workshop.id);
  }

  canvas(): XapiActivity | undefined {
    const canvas = this.event.canvas;
    if (!canvas) return undefined;
    const described = activity(this.canvasIri(canvas.activityId), this.vocabulary.canvasType, canvas.title || canvas.activityId);
    // The template id tells analytics which canvas design this was (e.g. the same template used
    // in many workshops); it goes in the description, not the IRI, which names this one canvas.
    described.definition.description = { [LANGUAGE]: `Canvas template ${canvas.id}` };
    return described;
  }

  area(): XapiActivity | undefined {
    const { canvas, area } = this.event;
    if (!canvas || !area) return undefined;
    return activity(`${this.canvasIri(canvas.activityId)}/areas/${segment(area.id)}`, this.vocabulary.areaType, area.label || area.id);
  }

  note(): XapiActivity | undefined {
    const { canvas, note } = this.event;
    if (!canvas || !note) return undefined;
    return activity(`${this.canvasIri(canvas.activityId)}/notes/${segment(note.id)}`, this.vocabulary.noteType, noteName(note.text));
  }

  private canvasIri(activityId: string): string {
    return `${this.workshopIri}/canvases/${segment(activityId)}`;
  }
}

function activity(id: string, type: string, name: string): XapiActivity {
  return { objectType: 'Activity', id, definition: { type, name: { [LANGUAGE]: name } } };
}

/**
 * A note's name: its first 100 characters (code points, so an emoji is never cut in half), on one
 * line. Only this much of a note leaves the server: it identifies the note in a dashboard.
 */
function noteName(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  if (oneLine === '') return 'Empty note';
  return Array.from(oneLine).slice(0, NAME_MAX_CHARS).join('');
}

/** Our ids become IRI path segments: encoded, so an id with a space or a slash stays one segment. */
function segment(id: string): string {
  return encodeURIComponent(id);
}

export function normalizeBaseUrl(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, '');
}
