import { describe, expect, it } from 'vitest';
import { BASE_URL, event, lmsActor, workshopActor } from './__fixtures__/events.js';
import { validateStatement as validate } from './__fixtures__/validate.js';
import { registrationFor, statementIdFor, uuidV5 } from './ids.js';
import { LEARNING_EVENT_KINDS, parseLearningEvent } from './learningEvent.js';
import { toStatement } from './toStatement.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const W = `${BASE_URL}/xapi/activities/workshops/w-42`;
const C = `${W}/canvases/act-9`;

describe('X3 vocabulary: every verb makes a valid statement', () => {
  const expected = {
    added: ['http://activitystrea.ms/schema/1.0/add', 'added', 'note'],
    updated: ['http://activitystrea.ms/schema/1.0/update', 'updated', 'note'],
    voted: ['http://id.tincanapi.com/verb/voted-up', 'voted', 'note'],
    attended: ['http://adlnet.gov/expapi/verbs/attended', 'attended', 'canvas'],
    completed: ['http://adlnet.gov/expapi/verbs/completed', 'completed', 'canvas'],
  } as const;

  for (const kind of LEARNING_EVENT_KINDS) {
    it(`${kind}`, () => {
      const statement = toStatement(event(kind), { baseUrl: BASE_URL });
      expect(validate(statement)).toEqual([]);
      const [verb, display, object] = expected[kind];
      expect(statement.verb).toEqual({ id: verb, display: { en: display } });
      expect(statement.object.id).toBe(object === 'note' ? `${C}/notes/n-1` : C);
      expect(statement.timestamp).toBe('2026-03-14T09:26:53.589Z');
      expect(statement.result).toEqual(kind === 'completed' ? { completion: true } : undefined);
      expect(statement.context.platform).toBe('Canvas Sessions');
      expect(statement.context.contextActivities.category).toEqual([
        expect.objectContaining({ id: `${BASE_URL}/xapi/profile/whiteboard/v1` }),
      ]);
    });
  }

  it('a note statement: parent is the area, grouping the canvas and the workshop, names in English', () => {
    const statement = toStatement(event('added'), { baseUrl: BASE_URL });
    expect(statement.object.definition).toEqual({
      type: `${BASE_URL}/xapi/profile/whiteboard/v1/activity-types/note`,
      name: { en: 'Learners can evaluate sources' },
    });
    const { parent, grouping } = statement.context.contextActivities;
    expect(parent?.map((a) => a.id)).toEqual([`${C}/areas/outcomes`]);
    expect(parent?.[0]?.definition.name).toEqual({ en: 'Outcomes' });
    expect(grouping?.map((a) => a.id)).toEqual([C, W]);
    expect(grouping?.map((a) => a.definition.type)).toEqual([
      `${BASE_URL}/xapi/profile/whiteboard/v1/activity-types/canvas`,
      'http://adlnet.gov/expapi/activities/meeting',
    ]);
  });

  it('a note outside any area has its canvas as parent', () => {
    const { area: _area, ...withoutArea } = event('voted');
    const statement = toStatement(withoutArea, { baseUrl: BASE_URL });
    expect(validate(statement)).toEqual([]);
    expect(statement.context.contextActivities.parent?.map((a) => a.id)).toEqual([C]);
    expect(statement.context.contextActivities.grouping?.map((a) => a.id)).toEqual([C, W]);
  });

  it('attending a workshop without a canvas is about the workshop', () => {
    const { canvas: _canvas, ...workshopOnly } = event('attended');
    const statement = toStatement(workshopOnly, { baseUrl: BASE_URL });
    expect(validate(statement)).toEqual([]);
    expect(statement.object.id).toBe(W);
    expect(statement.object.definition.name).toEqual({ en: 'Designing a micro-credential' });
    expect(statement.context.contextActivities.parent).toBeUndefined();
    expect(statement.context.contextActivities.grouping).toBeUndefined();
  });

  it('completing a canvas: parent and grouping are the workshop', () => {
    const statement = toStatement(event('completed'), { baseUrl: BASE_URL });
    expect(statement.context.contextActivities.parent?.map((a) => a.id)).toEqual([W]);
    expect(statement.context.contextActivities.grouping?.map((a) => a.id)).toEqual([W]);
  });

  it("a note's name is its first 100 characters on one line (emoji kept whole)", () => {
    const text = `${'🙂'.repeat(60)}\n\n${'x'.repeat(80)}`;
    const statement = toStatement(event('updated', { note: { id: 'n-1', text } }), { baseUrl: BASE_URL });
    const name = statement.object.definition.name.en!;
    expect(Array.from(name)).toHaveLength(100);
    expect(name.startsWith('🙂'.repeat(60) + ' x')).toBe(true);
    expect(validate(statement)).toEqual([]);
  });

  it('ids with spaces, slashes or accents stay one valid IRI segment each', () => {
    const statement = toStatement(
      event('added', {
        workshop: { id: 'atelier été/2026', title: 'Atelier' },
        canvas: { id: 'tpl', activityId: 'a b', title: 'Canevas' },
        note: { id: 'n?1#x', text: 'Idée' },
      }),
      { baseUrl: `${BASE_URL}/` },
    );
    expect(statement.object.id).toBe(`${BASE_URL}/xapi/activities/workshops/atelier%20%C3%A9t%C3%A9%2F2026/canvases/a%20b/notes/n%3F1%23x`);
    expect(validate(statement)).toEqual([]);
  });
});

describe('X2 actors and privacy', () => {
  it('an LMS user is the LMS account: homePage = issuer, name = LTI sub', () => {
    const statement = toStatement(event('added', { actor: lmsActor }), { baseUrl: BASE_URL });
    expect(statement.actor).toEqual({
      objectType: 'Agent',
      name: 'Ada Lovelace',
      account: { homePage: 'https://lms.example.edu', name: 'lti-sub-4711' },
    });
  });

  it('a workshop participant is an account scoped to the workshop', () => {
    const statement = toStatement(event('voted', { actor: workshopActor }), { baseUrl: BASE_URL });
    expect(validate(statement)).toEqual([]);
    expect(statement.actor).toEqual({
      objectType: 'Agent',
      name: 'Grace',
      account: { homePage: `${BASE_URL}/workshops/w-42`, name: 'p-7' },
    });
  });

  it('a group becomes context.team: an anonymous Group of its members, each by account', () => {
    const statement = toStatement(
      event('completed', {
        group: { id: 'g-1', name: 'Table 3', members: [lmsActor, workshopActor, { ...workshopActor, name: 'Grace again' }] },
      }),
      { baseUrl: BASE_URL },
    );
    expect(validate(statement)).toEqual([]);
    expect(statement.context.team).toEqual({
      objectType: 'Group',
      name: 'Table 3',
      member: [
        { objectType: 'Agent', name: 'Ada Lovelace', account: { homePage: 'https://lms.example.edu', name: 'lti-sub-4711' } },
        { objectType: 'Agent', name: 'Grace', account: { homePage: `${BASE_URL}/workshops/w-42`, name: 'p-7' } },
      ],
    });
  });

  it('no e-mail address or other identifier than an account is ever written', () => {
    const { name: _name, ...nameless } = workshopActor;
    const statement = toStatement(event('added', { actor: nameless, group: { id: 'g', name: '', members: [lmsActor] } }), { baseUrl: BASE_URL });
    const json = JSON.stringify(statement);
    for (const ifi of ['mbox', 'mbox_sha1sum', 'openid', 'mailto:']) expect(json).not.toContain(ifi);
    expect(statement.actor).not.toHaveProperty('name');
    expect(statement.context.team).not.toHaveProperty('name');
  });
});

describe('X1 ids', () => {
  it('the statement id is a v5 UUID derived from the event id: equal events, equal ids', () => {
    const a = toStatement(event('added', { id: 'e-1' }), { baseUrl: BASE_URL });
    const b = toStatement(event('added', { id: 'e-1' }), { baseUrl: `${BASE_URL}/` });
    const c = toStatement(event('added', { id: 'e-2' }), { baseUrl: BASE_URL });
    expect(a.id).toMatch(UUID);
    expect(a).toEqual(b);
    expect(c.id).not.toBe(a.id);
    expect(a.id).toBe(statementIdFor(BASE_URL, 'e-1'));
  });

  it('two servers do not share statement ids for equal event ids', () => {
    expect(statementIdFor('https://a.example', 'e-1')).not.toBe(statementIdFor('https://b.example', 'e-1'));
  });

  it('the registration is one UUID per workshop', () => {
    const a = toStatement(event('added', { id: 'e-1' }), { baseUrl: BASE_URL });
    const b = toStatement(event('completed', { id: 'e-2' }), { baseUrl: BASE_URL });
    const other = toStatement(event('completed', { workshop: { id: 'w-43', title: 'Other' } }), { baseUrl: BASE_URL });
    expect(a.context.registration).toMatch(UUID);
    expect(a.context.registration).toBe(b.context.registration);
    expect(a.context.registration).toBe(registrationFor(BASE_URL, 'w-42'));
    expect(other.context.registration).not.toBe(a.context.registration);
  });

  it('uuidV5 matches the RFC 9562 test vector', () => {
    // RFC 9562 appendix A.4: name "www.example.com" in the DNS namespace.
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });
});

describe('events that cannot become statements', () => {
  it('a note event needs a note and a canvas; an area needs its canvas', () => {
    const { note: _note, ...noNote } = event('added');
    const parsed = parseLearningEvent(noNote);
    expect(parsed).toEqual({ ok: false, error: expect.stringContaining('note: a "added" event needs a note') });
    expect(() => toStatement(noNote, { baseUrl: BASE_URL })).toThrow(/needs a note/);
    const { canvas: _canvas, ...areaOnly } = event('attended', { area: { id: 'a', label: 'A' } });
    expect(parseLearningEvent(areaOnly)).toEqual({ ok: false, error: expect.stringContaining('area: an area belongs to a canvas') });
  });

  it('times need a zone, issuers must be http(s) URLs, kinds are the five', () => {
    expect(parseLearningEvent(event('attended', { at: '2026-03-14T09:00:00' })).ok).toBe(false);
    expect(parseLearningEvent(event('attended', { actor: { ...lmsActor, issuer: 'mailto:x@y.z' } })).ok).toBe(false);
    expect(parseLearningEvent({ ...event('attended'), kind: 'liked' }).ok).toBe(false);
    expect(parseLearningEvent(event('attended', { at: '2026-03-14T10:00:00+01:00' })).ok).toBe(true);
  });
});
