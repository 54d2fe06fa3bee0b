import { issuerCountriesOf, issuerOf, type MicroCredentialDraft } from './draft.js';
import { draftUuid, uuidV5 } from './ids.js';
import { t } from './labels.js';
import { levelsOf } from './sections.js';
import {
  ASSESSOR_LABELS,
  ASSESSMENT_TYPE_LABELS,
  ELM_ECTS_CONCEPT,
  ELM_LEARNING_SETTING_CONCEPTS,
  ELM_MODE_CONCEPTS,
  ELM_SCHEMES,
  ELM_WORK_BASED_CONCEPT,
  QF_EHEA_CYCLE_LABELS,
  QUALITY_ASSURANCE_LABELS,
  STACKABILITY_LABELS,
  SUPERVISION_LABELS,
  countryName,
  countryUri,
  elmAssessmentConcept,
  elmIscedConcept,
  elmLearningOpportunityConcept,
  elmPeerAssessmentConcept,
  eqfLevelUri,
  languageName,
  languageUri,
  uiLanguageFor,
  type ElmConceptRef,
} from './vocabulary.js';

/**
 * The JSON-LD contexts of an ELM v3 document, as in the Commission's samples: the W3C VC 1.1 context
 * (which defines `id` and `type`) and the EDC application profile's context (SPEC E1).
 */
export const ELM_CONTEXT = ['https://www.w3.org/2018/credentials/v1', 'http://data.europa.eu/snb/model/context/edc-ap'] as const;

/**
 * `elm:defaultLanguage` is required by the Europass LOQ profile but has no term in the EDC context;
 * a compact IRI with the context's `elm` prefix expands to the property without an extra context.
 */
export const ELM_DEFAULT_LANGUAGE = 'elm:defaultLanguage';

/** A language-tagged text as ELM writes it: `{ "en": "…" }`. */
export type LangString = Record<string, string>;

/** A SKOS concept from a Europass or EU authority vocabulary. */
export interface ElmConcept {
  id: string;
  type: 'Concept';
  inScheme: { id: string; type: 'ConceptScheme' };
  prefLabel: LangString;
}

/** An ELM `Note`. */
export interface ElmNote {
  id: string;
  type: 'Note';
  noteLiteral: LangString;
}

/** An ELM `WebResource`. */
export interface ElmWebResource {
  id: string;
  type: 'WebResource';
  contentURL: string;
}

/** An ELM `Location` with an address in a country and/or a region name. */
export interface ElmLocation {
  id: string;
  type: 'Location';
  address: { id: string; type: 'Address'; countryCode: ElmConcept };
  geographicName?: LangString;
}

/** An ELM `Organisation`, reduced to what the awarding canvas knows; ELM requires its location. */
export interface ElmOrganisation {
  id: string;
  type: 'Organisation';
  legalName: LangString;
  location: ElmLocation[];
  homepage?: ElmWebResource;
}

/** An ELM `Agent`: an awarding body or issuer whose country the canvas does not give (SPEC E11). */
export interface ElmAgent {
  id: string;
  type: 'Agent';
  prefLabel: LangString;
}

/** An ELM `LearningAssessmentSpecification`. */
export interface ElmAssessmentSpecification {
  id: string;
  type: 'LearningAssessmentSpecification';
  title: LangString;
  description?: LangString;
  dcType?: ElmConcept;
  gradingScheme?: { id: string; type: 'GradingScheme'; title: LangString; description: LangString };
  mode?: ElmConcept[];
  additionalNote?: ElmNote[];
}

/** An ELM `LearningOutcome`; its note carries the Bloom and EQF levels set on the canvas. */
export interface ElmLearningOutcome {
  id: string;
  type: 'LearningOutcome';
  title: LangString;
  additionalNote?: ElmNote[];
}

/** The specification node: a `Qualification` when an EQF level is set (SPEC E3). */
export interface ElmSpecification {
  id: string;
  type: 'LearningAchievementSpecification' | 'Qualification';
  title: LangString;
  description: LangString;
  dcType?: ElmConcept;
  language?: ElmConcept[];
  learningOutcome?: ElmLearningOutcome[];
  eqfLevel?: ElmConcept;
  nqfLevel?: ElmConcept;
  thematicArea?: ElmConcept[];
  creditPoint?: { id: string; type: 'CreditPoint'; framework: ElmConcept; point: string }[];
  volumeOfLearning?: string;
  mode?: ElmConcept[];
  learningSetting?: ElmConcept;
  entryRequirement?: ElmNote;
  influencedBy?: {
    id: string;
    type: 'LearningActivitySpecification';
    title: LangString;
    description: LangString;
    mode?: ElmConcept[];
  }[];
  provenBy?: ElmAssessmentSpecification[];
  homepage?: ElmWebResource;
  awardingOpportunity?: {
    id: string;
    type: 'AwardingOpportunity';
    awardingBody: (ElmOrganisation | ElmAgent)[];
    learningAchievementSpecification: string;
  }[];
  additionalNote?: ElmNote[];
}

/** An ELM v3 `LearningOpportunity` (the published offer) as a JSON-LD document. */
export interface ElmLearningOpportunity {
  '@context': typeof ELM_CONTEXT;
  id: string;
  type: 'LearningOpportunity';
  title: LangString;
  description: LangString;
  [ELM_DEFAULT_LANGUAGE]: ElmConcept;
  dcType?: ElmConcept;
  homepage?: ElmWebResource;
  mode?: ElmConcept[];
  providedBy?: ElmOrganisation[];
  learningAchievementSpecification: ElmSpecification;
}

/**
 * The ELM export: a `LearningOpportunity` when the design names a provider ELM can describe (an
 * organisation in a known country), else the specification on its own (SPEC E1).
 */
export type ElmDocument = ElmLearningOpportunity | ElmSpecificationDocument;

/** The specification as the root of the document, when there is no provider for an opportunity. */
export type ElmSpecificationDocument = ElmSpecification & { '@context': typeof ELM_CONTEXT };

function concept(ref: ElmConceptRef): ElmConcept {
  return {
    id: ref.id,
    type: 'Concept',
    inScheme: { id: ref.scheme, type: 'ConceptScheme' },
    prefLabel: { en: ref.prefLabel },
  };
}

const nonEmpty = <T>(items: readonly T[]): T[] | undefined => (items.length > 0 ? [...items] : undefined);

/** Copies `value` onto `target` under `key` unless it is undefined (no empty values, SPEC E12). */
function set<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}

/**
 * Maps a draft to a Europass ELM v3 document (rules E1–E14 in SPEC.md): a `LearningOpportunity` with
 * its specification, or the specification alone when no provider is known. All ids are
 * `urn:epass:<class>:<uuid>…` from the draft id, so re-exports are identical. The document expands in
 * JSON-LD safe mode with the two official contexts and conforms to the EDC shapes; when the Europass
 * checks (`checkEuropassPublishing`) report nothing `not-met`, it conforms to the LOQ shapes too.
 */
export function toElm(draft: MicroCredentialDraft): ElmDocument {
  const lang = uiLanguageFor(draft.language);
  const key = draftUuid(draft.id);
  const text = (value: string): LangString => ({ [draft.language]: value });
  const note = (name: string, value: string): ElmNote => ({ id: `urn:epass:note:${key}:${name}`, type: 'Note', noteLiteral: text(value) });
  // "Label: first item" then one item per line: a label is never run into its value (SPEC E12).
  const labelledNote = (name: string, label: string, items: readonly string[]) =>
    items.length === 0 ? undefined : note(name, `${label}: ${items.join('\n')}`);
  const languageConcept = (code: string) =>
    concept({ id: languageUri(code) ?? `${ELM_SCHEMES.language}/MUL`, scheme: ELM_SCHEMES.language, prefLabel: languageName(code) });

  const modes = [
    ...(draft.deliveryMode === undefined ? [] : [concept(ELM_MODE_CONCEPTS[draft.deliveryMode])]),
    ...(draft.workBasedLearning === 'partly' || draft.workBasedLearning === 'mainly' ? [concept(ELM_WORK_BASED_CONCEPT)] : []),
  ];
  const mode = nonEmpty(modes);
  const title = text(draft.title ?? t('untitled', lang));
  const description = text(draft.summary);
  const opportunityType = draft.learningOpportunityType === undefined ? undefined : concept(elmLearningOpportunityConcept(draft.learningOpportunityType));

  // Agents are named by their legal name, so the issuer and an awarding body of the same name are one node.
  const agentId = (name: string) => `urn:epass:org:${uuidV5(`urn:canvas-sessions:org:${key}:${name}`)}`;
  const agent = (name: string, countries: readonly string[], region?: string): ElmOrganisation | ElmAgent => {
    const locations: ElmLocation[] = countries.flatMap((code) => {
      const uri = countryUri(code);
      if (uri === undefined) return [];
      return [
        {
          id: `urn:epass:location:${key}:${code}:${uuidV5(name)}`,
          type: 'Location' as const,
          address: {
            id: `urn:epass:address:${key}:${code}:${uuidV5(name)}`,
            type: 'Address' as const,
            countryCode: concept({ id: uri, scheme: ELM_SCHEMES.country, prefLabel: countryName(code, 'en') }),
          },
        },
      ];
    });
    // ELM's Organisation needs a location with an address in a country; without one it is an Agent.
    if (locations.length === 0) return { id: agentId(name), type: 'Agent', prefLabel: text(name) };
    if (region !== undefined) locations[0]!.geographicName = text(region);
    return { id: agentId(name), type: 'Organisation', legalName: text(name), location: locations };
  };
  const issuerName = issuerOf(draft);
  const issuerBody = draft.awardingBodies.find((body) => body.name === issuerName);
  const issuerCountries = [...new Set([...issuerCountriesOf(draft), ...(issuerBody?.country === undefined ? [] : [issuerBody.country])])];
  const issuer = issuerName === undefined ? undefined : agent(issuerName, issuerCountries, draft.issuerRegion);
  if (issuer?.type === 'Organisation' && draft.issuerUrl !== undefined) {
    issuer.homepage = { id: `urn:epass:webResource:${key}:issuer`, type: 'WebResource', contentURL: draft.issuerUrl };
  }
  const awardingBodies = draft.awardingBodies.map((body) =>
    issuer !== undefined && body.name === issuerName ? issuer : agent(body.name, body.country === undefined ? [] : [body.country]),
  );
  // The organisations directing the offer: the issuer and the awarding bodies ELM can describe.
  const providers = [...new Map([issuer, ...awardingBodies].filter((node): node is ElmOrganisation => node?.type === 'Organisation').map((node) => [node.id, node])).values()];

  const specId = `urn:epass:${draft.eqfLevel === undefined ? 'learningAchievementSpec' : 'qualification'}:${key}`;
  const spec: ElmSpecification = {
    id: specId,
    // ELM declares eqfLevel on Qualification; the Commission's Annex-I sample types its micro-credential so.
    type: draft.eqfLevel === undefined ? 'LearningAchievementSpecification' : 'Qualification',
    title,
    description,
  };
  set(spec, 'dcType', opportunityType);
  set(spec, 'language', nonEmpty(draft.languages.map(languageConcept)));
  set(
    spec,
    'learningOutcome',
    nonEmpty(
      draft.learningOutcomes.map((outcome, index) => {
        const node: ElmLearningOutcome = { id: `urn:epass:learningOutcome:${key}:${index + 1}`, type: 'LearningOutcome', title: text(outcome.text) };
        const levels = levelsOf(outcome, lang);
        if (levels !== undefined) node.additionalNote = [note(`learningOutcome:${index + 1}:levels`, levels)];
        return node;
      }),
    ),
  );
  if (draft.eqfLevel !== undefined) {
    spec.eqfLevel = concept({ id: eqfLevelUri(draft.eqfLevel), scheme: ELM_SCHEMES.eqf, prefLabel: `Level ${draft.eqfLevel}` });
  }
  // ELM declares the NQF level on Qualification, as a concept of the Europass QDR (SPEC E6).
  const qdrLevel = spec.type === 'Qualification' ? draft.nqfLevelId : undefined;
  if (qdrLevel !== undefined) {
    spec.nqfLevel = concept({ id: qdrLevel, scheme: ELM_SCHEMES.qdr, prefLabel: draft.nqfLevel ?? qdrLevel });
  }
  if (draft.iscedField !== undefined) spec.thematicArea = [concept(elmIscedConcept(draft.iscedField))];
  if (draft.ects !== undefined) {
    // ELM writes credit points as a string, as in the Commission's samples.
    spec.creditPoint = [{ id: `urn:epass:creditPoint:${key}`, type: 'CreditPoint', framework: concept(ELM_ECTS_CONCEPT), point: String(draft.ects) }];
  }
  if (draft.workloadHours !== undefined) spec.volumeOfLearning = `PT${draft.workloadHours}H`;
  set(spec, 'mode', mode);
  if (draft.learningSetting !== undefined) spec.learningSetting = concept(ELM_LEARNING_SETTING_CONCEPTS[draft.learningSetting]);
  if (draft.prerequisites.length > 0) spec.entryRequirement = note('entryRequirement', draft.prerequisites.join('\n'));
  if (draft.didacticMethods.length > 0) {
    spec.influencedBy = [
      {
        id: `urn:epass:learningActivitySpec:${key}`,
        type: 'LearningActivitySpecification',
        title: text(t('learningActivities', lang)),
        description: text(draft.didacticMethods.join('\n')),
        ...(mode === undefined ? {} : { mode }),
      },
    ];
  }
  set(spec, 'provenBy', nonEmpty(assessmentSpecifications(draft, key, text, note, mode, lang)));
  if (awardingBodies.length > 0) {
    spec.awardingOpportunity = [
      { id: `urn:epass:awardingOpportunity:${key}`, type: 'AwardingOpportunity', awardingBody: awardingBodies, learningAchievementSpecification: specId },
    ];
  }
  const notes = [
    labelledNote('nqfLevel', t('nqfLevel', lang), draft.nqfLevel === undefined || qdrLevel !== undefined ? [] : [draft.nqfLevel]),
    labelledNote('qfEheaCycle', t('qfEheaCycle', lang), draft.qfEheaCycle === undefined ? [] : [QF_EHEA_CYCLE_LABELS[draft.qfEheaCycle][lang]]),
    labelledNote(
      'issuerRegion',
      t('country', lang),
      draft.issuerRegion !== undefined && issuer?.type !== 'Organisation' ? [draft.issuerRegion] : [],
    ),
    labelledNote('competences', t('competences', lang), draft.competences.map((c) => (levelsOf(c, lang) === undefined ? c.text : `${c.text} (${levelsOf(c, lang)})`))),
    labelledNote('assessment', t('assessment', lang), draft.assessmentTypes.length > 0 ? draft.assessmentNarrative : []),
    labelledNote('participation', t('participation', lang), draft.deliveryNotes),
    labelledNote('workload', t('workload', lang), draft.workloadNotes),
    labelledNote('qualityAssurance', t('qualityAssurance', lang), [
      ...(draft.qualityAssurance === undefined ? [] : [QUALITY_ASSURANCE_LABELS[draft.qualityAssurance][lang]]),
      ...draft.qualityAssuranceNotes,
    ]),
    labelledNote('stackability', t('stackability', lang), [
      ...(draft.stackability === undefined ? [] : [STACKABILITY_LABELS[draft.stackability][lang]]),
      ...draft.stackableTowards.map((target) => `${t('stackableTowards', lang)}: ${target}`),
    ]),
    labelledNote('furtherInformation', t('furtherInformation', lang), draft.furtherInformation),
  ].filter((entry): entry is ElmNote => entry !== undefined);
  set(spec, 'additionalNote', nonEmpty(notes));

  const homepage = draft.homepage === undefined ? undefined : { id: `urn:epass:webResource:${key}:offer`, type: 'WebResource' as const, contentURL: draft.homepage };
  if (providers.length === 0) {
    // No provider ELM can describe, so no opportunity to publish: the specification stands alone.
    set(spec, 'homepage', homepage);
    return { '@context': ELM_CONTEXT, ...spec };
  }
  const opportunity = {
    '@context': ELM_CONTEXT,
    id: `urn:epass:learningOpportunity:${key}`,
    type: 'LearningOpportunity',
    title,
    description,
    [ELM_DEFAULT_LANGUAGE]: languageConcept(draft.language),
    ...(opportunityType === undefined ? {} : { dcType: opportunityType }),
    ...(homepage === undefined ? {} : { homepage }),
    ...(mode === undefined ? {} : { mode }),
    providedBy: providers,
    learningAchievementSpecification: spec,
  } satisfies ElmLearningOpportunity;
  return opportunity;
}

/**
 * One `LearningAssessmentSpecification` per Europass type of assessment, plus "peer assessment" when
 * peers assess (SPEC E10). Who assesses and the supervision are notes shared by all of them; the
 * grading scheme is the C4 "how results are graded" field. With no type but assessment notes, one
 * untyped specification carries the notes.
 */
function assessmentSpecifications(
  draft: MicroCredentialDraft,
  key: string,
  text: (value: string) => LangString,
  note: (name: string, value: string) => ElmNote,
  mode: ElmConcept[] | undefined,
  lang: 'en' | 'de',
): ElmAssessmentSpecification[] {
  const shared: ElmNote[] = [];
  if (draft.assessors.length > 0) {
    shared.push(note('assessors', `${t('assessors', lang)}: ${draft.assessors.map((who) => ASSESSOR_LABELS[who][lang]).join(', ')}`));
  }
  if (draft.supervision !== undefined || draft.supervisionNotes.length > 0) {
    // `idVerification` belongs to an issued LearningAssessment; a specification can only say it in a note.
    const lines = [...(draft.supervision === undefined ? [] : [SUPERVISION_LABELS[draft.supervision][lang]]), ...draft.supervisionNotes];
    shared.push(note('supervision', `${t('supervision', lang)}: ${lines.join('\n')}`));
  }
  const grading =
    draft.gradingScheme === undefined
      ? undefined
      : { id: `urn:epass:gradingScheme:${key}`, type: 'GradingScheme' as const, title: text(t('gradingScheme', lang)), description: text(draft.gradingScheme) };
  const spec = (suffix: string, title: string, type: ElmConceptRef | undefined): ElmAssessmentSpecification => {
    const node: ElmAssessmentSpecification = { id: `urn:epass:learningAssessmentSpec:${key}:${suffix}`, type: 'LearningAssessmentSpecification', title: text(title) };
    if (type !== undefined) node.dcType = concept(type);
    set(node, 'gradingScheme', grading);
    set(node, 'mode', mode);
    set(node, 'additionalNote', nonEmpty(shared));
    return node;
  };
  const specs = draft.assessmentTypes.map((type) => spec(type, ASSESSMENT_TYPE_LABELS[type][lang], elmAssessmentConcept(type)));
  if (draft.assessors.includes('peers')) specs.push(spec('peers', t('peerAssessment', lang), elmPeerAssessmentConcept()));
  if (specs.length === 0 && (draft.assessmentNarrative.length > 0 || shared.length > 0 || grading !== undefined)) {
    const untyped = spec('general', t('assessment', lang), undefined);
    if (draft.assessmentNarrative.length > 0) untyped.description = text(draft.assessmentNarrative.join('\n'));
    specs.push(untyped);
  }
  return specs;
}
