import { issuerCountriesOf, issuerOf, type MicroCredentialDraft } from './draft.js';
import { draftUuid, uuidV5 } from './ids.js';
import { t } from './labels.js';
import { OB3_ASSESSMENT_CONTEXT, assessmentResultDescriptions, type Ob3AssessmentResultDescription } from './ob3Assessment.js';
import { describeSections, sectionsToMarkdown } from './sections.js';
import {
  ELM_ECTS_CONCEPT,
  countryName,
  elmIscedConcept,
  eqfLevelUri,
  iscedFieldLabel,
  uiLanguageFor,
} from './vocabulary.js';

/**
 * The JSON-LD contexts of an OB 3.0 document, in the order the specification requires, then the
 * 1EdTech Assessment Extension (SPEC B2).
 */
export const OB3_CONTEXT = [
  'https://www.w3.org/ns/credentials/v2',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
  OB3_ASSESSMENT_CONTEXT,
] as const;

/** OB 3.0 `Alignment`. */
export interface Ob3Alignment {
  type: ['Alignment'];
  targetName: string;
  targetUrl: string;
  targetFramework?: string;
  targetCode?: string;
  targetType?: string;
}

/** OB 3.0 `ResultDescription`, here always the Assessment Extension's subtype. */
export type Ob3ResultDescription = Ob3AssessmentResultDescription;

/** OB 3.0 `Profile` of the issuer, reduced to what a canvas knows. */
export interface Ob3Profile {
  id: string;
  type: ['Profile'];
  name: string;
  url?: string;
  address?: { type: ['Address']; addressCountry?: string; addressCountryCode?: string; addressRegion?: string };
}

/** OB 3.0 `Achievement` as a stand-alone JSON-LD document. */
export interface Ob3Achievement {
  '@context': typeof OB3_CONTEXT;
  id: string;
  type: ['Achievement'];
  achievementType: 'MicroCredential';
  name: string;
  description: string;
  criteria: { narrative?: string };
  alignment?: Ob3Alignment[];
  creditsAvailable?: number;
  fieldOfStudy?: string;
  resultDescription?: Ob3ResultDescription[];
  inLanguage: string;
  creator?: Ob3Profile;
  tag?: string[];
}

/**
 * Machine-readable tags for the Annex I elements OB 3.0 has no property for (SPEC B8). Each is
 * `<element>:<value>` with the package's controlled value, so a consumer can filter without parsing
 * prose. `tag` maps to schema.org `keywords` in the OB context, so it survives JSON-LD processing.
 */
function tagsOf(draft: MicroCredentialDraft): string[] {
  const one = (name: string, value: string | undefined) => (value === undefined ? [] : [`${name}:${value}`]);
  return [
    ...one('learning-opportunity-type', draft.learningOpportunityType),
    ...draft.assessmentTypes.map((type) => `assessment:${type}`),
    ...draft.assessors.map((who) => `assessor:${who}`),
    ...one('mode-of-participation', draft.deliveryMode),
    ...one('work-based-learning', draft.workBasedLearning),
    ...one('learning-setting', draft.learningSetting),
    ...draft.languages.map((code) => `language-of-instruction:${code}`),
    ...one('qf-ehea-cycle', draft.qfEheaCycle),
    ...issuerCountriesOf(draft).map((code) => `issuer-country:${code}`),
    ...one('supervision', draft.supervision),
    ...one('quality-assurance', draft.qualityAssurance),
    ...one('stackability', draft.stackability),
  ];
}

/** Alignments for the EQF level, the credit system and the ISCED-F field (SPEC B4, B5). */
function alignmentsOf(draft: MicroCredentialDraft, lang: 'en' | 'de'): Ob3Alignment[] {
  const alignments: Ob3Alignment[] = [];
  if (draft.eqfLevel !== undefined) {
    alignments.push({
      type: ['Alignment'],
      targetName: `EQF level ${draft.eqfLevel}`,
      targetUrl: eqfLevelUri(draft.eqfLevel),
      targetFramework: 'European Qualifications Framework',
      targetCode: String(draft.eqfLevel),
      // AlignmentTargetType has no EQF value; the enumeration is extensible with the `ext:` prefix.
      targetType: 'ext:EQFLevel',
    });
  }
  if (draft.ects !== undefined) {
    // `creditsAvailable` is a bare number; this alignment says which credit system it counts in.
    alignments.push({
      type: ['Alignment'],
      targetName: 'European Credit Transfer and Accumulation System (ECTS)',
      targetUrl: ELM_ECTS_CONCEPT.id,
      targetFramework: 'Europass education credit systems',
      targetCode: 'ECTS',
      targetType: 'ext:CreditSystem',
    });
  }
  if (draft.iscedField !== undefined) {
    alignments.push({
      type: ['Alignment'],
      targetName: iscedFieldLabel(draft.iscedField, lang),
      targetUrl: elmIscedConcept(draft.iscedField).id,
      targetFramework: 'ISCED-F 2013',
      targetCode: draft.iscedField,
      targetType: 'ext:ISCEDF',
    });
  }
  return alignments;
}

/** The `id` of the achievement exported for a draft: `urn:uuid:` + {@link draftUuid} (SPEC B1). */
export function achievementId(draft: Pick<MicroCredentialDraft, 'id'>): string {
  return `urn:uuid:${draftUuid(draft.id)}`;
}

/**
 * Maps a draft to an Open Badges 3.0 `Achievement` (rules B1–B10 in SPEC.md). Only terms defined by
 * the three contexts are used, so the document expands in JSON-LD safe mode; the elements OB 3.0
 * lacks are written into `criteria.narrative` for people and into `tag` for machines. Missing values
 * are left out: never an empty string, never `null`.
 */
export function toOpenBadgesAchievement(draft: MicroCredentialDraft): Ob3Achievement {
  const lang = uiLanguageFor(draft.language);
  const id = achievementId(draft);
  const narrative = sectionsToMarkdown(describeSections(draft, lang));
  const achievement: Ob3Achievement = {
    '@context': OB3_CONTEXT,
    id,
    type: ['Achievement'],
    achievementType: 'MicroCredential',
    name: draft.title ?? t('untitled', lang),
    description: draft.summary,
    criteria: narrative === '' ? {} : { narrative },
    inLanguage: draft.language,
  };
  const alignments = alignmentsOf(draft, lang);
  if (alignments.length > 0) achievement.alignment = alignments;
  if (draft.ects !== undefined) achievement.creditsAvailable = draft.ects;
  if (draft.iscedField !== undefined) achievement.fieldOfStudy = iscedFieldLabel(draft.iscedField, lang);
  const results = assessmentResultDescriptions(draft, id, lang);
  if (results.length > 0) achievement.resultDescription = results;
  const issuer = issuerOf(draft);
  if (issuer !== undefined) {
    const creator: Ob3Profile = {
      id: draft.issuerUrl ?? `urn:uuid:${uuidV5(`urn:canvas-sessions:issuer:${issuer}`)}`,
      type: ['Profile'],
      name: issuer,
    };
    if (draft.issuerUrl !== undefined) creator.url = draft.issuerUrl;
    const country = issuerCountriesOf(draft)[0];
    if (country !== undefined || draft.issuerRegion !== undefined) {
      // A Profile has one address: the first country; every country is also a tag (B8).
      creator.address = {
        type: ['Address'],
        ...(country === undefined ? {} : { addressCountry: countryName(country, draft.language), addressCountryCode: country }),
        ...(draft.issuerRegion === undefined ? {} : { addressRegion: draft.issuerRegion }),
      };
    }
    achievement.creator = creator;
  }
  const tags = tagsOf(draft);
  if (tags.length > 0) achievement.tag = tags;
  return achievement;
}
