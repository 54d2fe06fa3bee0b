/**
 * The exports checked against the official artefacts (vendored in vendor/): OB 3.0 JSON Schema and
 * the 1EdTech Assessment Extension schema, JSON-LD safe-mode expansion of OB 3.0 and ELM with the
 * published contexts, SHACL with the EDC generic shapes (+ controlled vocabularies) and, for a
 * publishable opportunity, the Europass LOQ shapes. Each draft is expanded and validated once.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  OB_ACHIEVEMENT,
  OB_ASSESSMENT_EXTENSION,
  OB_CREDENTIAL,
  edcShapes,
  expandSafe,
  loqShapes,
  nodesOf,
  schemaErrors,
  toDataset,
  violations,
  wrapInCredential,
  type Violation,
} from './__fixtures__/standards.js';
import { fixture } from './__fixtures__/load.js';
import type { CanvasContent } from './canvasContent.js';
import { toElm, type ElmDocument } from './elm.js';
import { checkEuropassPublishing, type EuropassCheck } from './europass.js';
import { draftFromCanvas } from './fromCanvas.js';
import { toOpenBadgesAchievement, type Ob3Achievement } from './openBadges.js';

const LOQ_PATH: Record<string, string> = {
  homepage: 'http://xmlns.com/foaf/0.1/homepage',
  'nqf-level': 'http://data.europa.eu/snb/model/elm/NQFLevel',
  'isced-field': 'http://data.europa.eu/snb/model/elm/ISCEDFCode',
  'learning-outcomes': 'http://data.europa.eu/snb/model/elm/learningOutcome',
};

interface Checked {
  ob3: Ob3Achievement;
  elm: ElmDocument;
  europass: EuropassCheck[];
  obExpanded: Record<string, unknown>[];
  elmExpanded: Record<string, unknown>[];
  edc: Violation[];
  loq: Violation[];
}

// Building the SHACL validators takes seconds (bench/standards.ts): once per file, with room for a busy machine.
const SLOW = 120_000;
beforeAll(() => {
  edcShapes();
  loqShapes();
}, SLOW);

const DRAFTS: [name: string, canvas: () => CanvasContent, language: string][] = [
  ['a full workshop in English', () => fixture('filled-canvas.json'), 'en'],
  ['a full workshop in German', () => fixture('filled-canvas-de.json'), 'de'],
  ['an empty workshop in English', () => ({}), 'en'],
  ['an empty workshop in German', () => ({}), 'de'],
  ['a version-1 board in English', () => fixture('filled-canvas-v1.json'), 'en'],
  ['the Annex I sample values', () => fixture('annex-sample-canvas.json'), 'en'],
];

describe.each(DRAFTS)('%s', (name, canvas, language) => {
  let checked: Checked;
  beforeAll(async () => {
    const draft = draftFromCanvas(canvas(), { id: `standards:${name}`, language });
    const ob3 = toOpenBadgesAchievement(draft);
    const elm = toElm(draft);
    const obExpanded = await expandSafe(ob3);
    const elmExpanded = await expandSafe(elm);
    const dataset = await toDataset(elmExpanded);
    checked = {
      ob3,
      elm,
      europass: checkEuropassPublishing(draft),
      obExpanded,
      elmExpanded,
      edc: await violations(edcShapes(), dataset),
      loq: await violations(loqShapes(), dataset),
    };
  }, SLOW);

  it('B2 B9 the OB 3.0 Achievement is valid against #/$defs/Achievement', () => {
    expect(schemaErrors(OB_ACHIEVEMENT, checked.ob3)).toEqual([]);
  });

  it('B9 B6 an unsigned OpenBadgeCredential wrapping it is valid against the whole schema and the Assessment Extension', () => {
    const credential = wrapInCredential(checked.ob3 as unknown as Record<string, unknown>);
    expect(schemaErrors(OB_CREDENTIAL, credential)).toEqual([]);
    expect(schemaErrors(OB_ASSESSMENT_EXTENSION, credential)).toEqual([]);
  });

  it('B9 OB 3.0 expands in safe mode, every node typed', () => {
    const nodes = nodesOf(checked.obExpanded);
    // OB's Criteria is the one class without a type; every other node is typed.
    const untyped = nodes.filter((node) => node['@type'] === undefined).flatMap((node) => Object.keys(node).filter((k) => !k.startsWith('@')));
    expect([...new Set(untyped)]).toEqual(untyped.length === 0 ? [] : ['https://purl.imsglobal.org/spec/vc/ob/vocab.html#narrative']);
    expect(checked.obExpanded[0]!['@type']).toEqual(['https://purl.imsglobal.org/spec/vc/ob/vocab.html#Achievement']);
  });

  it('B10 has no empty strings anywhere', () => {
    const empty: string[] = [];
    const walk = (value: unknown, path: string) => {
      if (value === '') empty.push(path);
      else if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}.${i}`));
      else if (value !== null && typeof value === 'object') for (const [key, child] of Object.entries(value)) walk(child, `${path}.${key}`);
    };
    walk(checked.ob3, 'ob3');
    walk(checked.elm, 'elm');
    expect(empty).toEqual([]);
  });

  it('E1 ELM expands in safe mode with the official contexts; every node has an IRI and a type', () => {
    const nodes = nodesOf(checked.elmExpanded);
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.filter((node) => typeof node['@id'] !== 'string' || !Array.isArray(node['@type']))).toEqual([]);
    expect(nodes.every((node) => (node['@type'] as string[]).every((type) => /^https?:\/\//.test(type)))).toBe(true);
  });

  it('E13 ELM conforms to the EDC generic shapes with controlled vocabularies', () => {
    expect(checked.edc).toEqual([]);
  });

  it('P1–P3 LOQ: conforms when the Europass checks report nothing not-met; otherwise it fails exactly there', () => {
    const notMet = checked.europass.filter((check) => check.status === 'not-met').map((check) => check.id);
    if (checked.elm.type !== 'LearningOpportunity') {
      // No provider: the specification stands alone, and the checks say why it is not publishable.
      expect(notMet).toContain('provider');
      expect(checked.loq).toEqual([]);
      return;
    }
    expect(notMet).not.toContain('provider');
    const failing = [...new Set(checked.loq.map((violation) => violation.path))].sort();
    expect(failing, JSON.stringify(checked.loq, null, 1)).toEqual(notMet.map((id) => LOQ_PATH[id]).sort());
  });
});

describe('P2 each LOQ requirement the checklist names is the one the LOQ shapes report', () => {
  const without = (change: (canvas: CanvasContent) => void) => {
    const canvas = fixture<CanvasContent>('filled-canvas.json');
    change(canvas);
    return draftFromCanvas(canvas, { id: 'loq', language: 'en' });
  };
  it.each([
    ['homepage', (c: CanvasContent) => delete c.awarding!.fields.homepage],
    ['isced-field', (c: CanvasContent) => delete c['c4-substantive']!.fields.iscedField],
    ['learning-outcomes', (c: CanvasContent) => (c['c4-substantive']!.notes = c['c4-substantive']!.notes.filter((n) => n.areaId !== 'learning-outcomes'))],
    ['nqf-level', (c: CanvasContent) => delete c['c4-substantive']!.fields.nqfLevelId],
  ])('%s', async (id, change) => {
    const draft = without(change);
    expect(checkEuropassPublishing(draft).filter((check) => check.status === 'not-met').map((check) => check.id)).toEqual([id]);
    const found = await violations(loqShapes(), await toDataset(await expandSafe(toElm(draft))));
    expect([...new Set(found.map((violation) => violation.path))]).toEqual([LOQ_PATH[id]]);
  }, SLOW);

  it('provider: without an organisation in a known country the specification stands alone and the check says why', async () => {
    const draft = without((c) => {
      c.awarding!.fields.awardingBodies = ['Example Further Education College'];
      c.awarding!.fields.issuerCountries = [];
    });
    const elm = toElm(draft);
    expect(elm.type).toBe('Qualification');
    expect(checkEuropassPublishing(draft).find((check) => check.id === 'provider')).toMatchObject({ status: 'not-met', reason: expect.stringContaining('providedBy') });
    expect(await violations(edcShapes(), await toDataset(await expandSafe(elm)))).toEqual([]);
  }, SLOW);
});

describe('the Commission Annex I sample', () => {
  /** The Annex I values a specification carries, read from the RDF graph (works for both documents). */
  async function annexValues(doc: unknown) {
    const dataset = await toDataset(await expandSafe(doc));
    const ELM = 'http://data.europa.eu/snb/model/elm/';
    const DC = 'http://purl.org/dc/terms/';
    const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
    const objects = (subject: string, predicate: string) =>
      [...dataset].filter((q) => q.subject.value === subject && q.predicate.value === predicate).map((q) => q.object);
    const values = (subject: string, predicate: string) => objects(subject, predicate).map((o) => o.value).sort();
    const english = (subject: string, predicate: string) =>
      objects(subject, predicate).filter((o) => o.termType === 'Literal' && (o as { language?: string }).language === 'en').map((o) => o.value).sort();
    const [qualification] = [...dataset].filter((q) => q.predicate.value === RDF_TYPE && q.object.value === `${ELM}Qualification`).map((q) => q.subject.value);
    expect(qualification).toBeDefined();
    const q = qualification!;
    const organisations = [...dataset]
      .filter((quad) => quad.predicate.value === RDF_TYPE && quad.object.value === `${ELM}Organisation`)
      .map((quad) => quad.subject.value);
    const countriesOf = (org: string) =>
      objects(org, `${ELM}location`).flatMap((location) => objects(location.value, `${ELM}address`)).flatMap((address) => values(address.value, `${ELM}countryCode`));
    return {
      title: english(q, `${DC}title`),
      type: values(q, `${DC}type`),
      eqf: values(q, `${ELM}EQFLevel`),
      nqf: values(q, `${ELM}NQFLevel`),
      nqfLabel: values(q, `${ELM}NQFLevel`).flatMap((c) => english(c, 'http://www.w3.org/2004/02/skos/core#prefLabel')),
      // The canvas offers the ISCED-F narrow fields (three digits), so only those are compared.
      isced: values(q, `${ELM}ISCEDFCode`).filter((uri) => /\/\d{3}$/.test(uri)),
      credits: objects(q, `${ELM}creditPoint`).flatMap((cp) => [...values(cp.value, `${ELM}framework`), ...values(cp.value, `${ELM}point`)]),
      volume: values(q, `${ELM}volumeOfLearning`),
      mode: values(q, `${ELM}mode`),
      setting: values(q, `${ELM}learningSetting`),
      language: values(q, `${DC}language`),
      entry: objects(q, `${ELM}entryRequirement`).flatMap((note) => english(note.value, `${ELM}noteLiteral`)),
      outcomes: objects(q, `${ELM}learningOutcome`).flatMap((lo) => english(lo.value, `${DC}title`)).sort(),
      grading: [...dataset]
        .filter((quad) => quad.predicate.value === `${ELM}gradingScheme`)
        .flatMap((quad) => english(quad.object.value, `${DC}description`))
        .filter((text, index, all) => all.indexOf(text) === index),
      university: organisations
        .filter((org) => english(org, 'http://www.w3.org/ns/regorg#legalName').includes('University of Zed'))
        .map((org) => countriesOf(org)),
    };
  }

  it('E15 the golden pair: the sample values on the canvas give the hand-checked ELM file', () => {
    const draft = draftFromCanvas(fixture('annex-sample-canvas.json'), { id: 'annex-i-sample', language: 'en' });
    expect(toElm(draft)).toEqual(fixture('expected-elm-annex-sample.json'));
  });

  it('E15 round trip: the Annex I values of the Commission sample survive canvas → ELM', async () => {
    const sample = JSON.parse(readFileSync(new URL('../vendor/elm/Sample-MC-Annex1-unsigned.jsonld', import.meta.url), 'utf8'));
    const draft = draftFromCanvas(fixture('annex-sample-canvas.json'), { id: 'annex-i-sample', language: 'en' });
    const [expected, actual] = await Promise.all([annexValues(sample), annexValues(toElm(draft))]);
    expect(expected.title).toEqual(['Digital micro-credential creation']);
    expect(expected.outcomes).toHaveLength(2);
    expect(actual).toEqual(expected);
  }, SLOW);
});
