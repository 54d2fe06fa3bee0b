import type { MicroCredentialDraft } from './draft.js';
import { draftUuid, uuidV5 } from './ids.js';
import { t } from './labels.js';
import { describeSections, sectionsToMarkdown } from './sections.js';
import { ASSESSMENT_TYPE_LABELS, countryName, eqfLevelUri, uiLanguageFor } from './vocabulary.js';

/** The JSON-LD contexts of an OB 3.0 document, in the order the specification requires. */
export const OB3_CONTEXT = [
  'https://www.w3.org/ns/credentials/v2',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
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

/** OB 3.0 `ResultDescription`. */
export interface Ob3ResultDescription {
  id: string;
  type: ['ResultDescription'];
  name: string;
  resultType: string;
}

/** OB 3.0 `Profile` of the issuer, reduced to what a canvas knows. */
export interface Ob3Profile {
  id: string;
  type: ['Profile'];
  name: string;
  url?: string;
  address?: { type: ['Address']; addressCountry: string; addressCountryCode: string };
}

/** OB 3.0 `Achievement` as a stand-alone JSON-LD document. */
export interface Ob3Achievement {
  '@context': typeof OB3_CONTEXT;
  id: string;
  type: ['Achievement'];
  achievementType: 'MicroCredential';
  name: string;
  description: string;
  criteria: { narrative: string };
  alignment?: Ob3Alignment[];
  creditsAvailable?: number;
  resultDescription?: Ob3ResultDescription[];
  inLanguage: string;
  creator?: Ob3Profile;
  tag?: string[];
}

/**
 * Machine-readable tags for the Annex I elements OB 3.0 has no property for (SPEC B8). Each is
 * `<element>:<value>` with the package's controlled value, so a consumer can filter without parsing
 * prose. `tag` maps to schema.org `keywords` in the OB context, so it survives JSON-LD processing,
 * which an undefined extension term would not.
 */
function tagsOf(draft: MicroCredentialDraft): string[] {
  return [
    ...draft.assessmentTypes.map((type) => `assessment:${type}`),
    ...(draft.deliveryMode === undefined ? [] : [`mode-of-participation:${draft.deliveryMode}`]),
    ...(draft.learningSetting === undefined ? [] : [`learning-setting:${draft.learningSetting}`]),
    ...(draft.supervision === undefined ? [] : [`supervision:${draft.supervision}`]),
    ...(draft.qualityAssurance === undefined ? [] : [`quality-assurance:${draft.qualityAssurance}`]),
    ...(draft.stackability === undefined ? [] : [`stackability:${draft.stackability}`]),
  ];
}

/** The `id` of the achievement exported for a draft: `urn:uuid:` + {@link draftUuid} (SPEC B1). */
export function achievementId(draft: Pick<MicroCredentialDraft, 'id'>): string {
  return `urn:uuid:${draftUuid(draft.id)}`;
}

/**
 * Maps a draft to an Open Badges 3.0 `Achievement` (rules B1–B9 in SPEC.md). Only terms defined by
 * the two standard contexts are used, so the document expands in JSON-LD safe mode; the elements OB
 * 3.0 lacks are written into `criteria.narrative` for people and into `tag` for machines.
 */
export function toOpenBadgesAchievement(draft: MicroCredentialDraft): Ob3Achievement {
  const lang = uiLanguageFor(draft.language);
  const id = achievementId(draft);
  const achievement: Ob3Achievement = {
    '@context': OB3_CONTEXT,
    id,
    type: ['Achievement'],
    achievementType: 'MicroCredential',
    name: draft.title ?? t('untitled', lang),
    description: draft.summary,
    criteria: { narrative: sectionsToMarkdown(describeSections(draft, lang)) },
    inLanguage: draft.language,
  };
  if (draft.eqfLevel !== undefined) {
    achievement.alignment = [
      {
        type: ['Alignment'],
        targetName: `EQF level ${draft.eqfLevel}`,
        targetUrl: eqfLevelUri(draft.eqfLevel),
        targetFramework: 'European Qualifications Framework',
        targetCode: String(draft.eqfLevel),
        // AlignmentTargetType has no EQF value; the enumeration is extensible with the `ext:` prefix.
        targetType: 'ext:EQFLevel',
      },
    ];
  }
  if (draft.ects !== undefined) achievement.creditsAvailable = draft.ects;
  if (draft.assessmentTypes.length > 0) {
    achievement.resultDescription = draft.assessmentTypes.map((type) => ({
      id: `${id}#assessment-${type}`,
      type: ['ResultDescription'],
      name: ASSESSMENT_TYPE_LABELS[type][lang],
      // Each component is passed or not; OB's "Status" result type records exactly that.
      resultType: 'Status',
    }));
  }
  if (draft.awardingBody !== undefined) {
    const creator: Ob3Profile = {
      id: draft.issuerUrl ?? `urn:uuid:${uuidV5(`urn:canvas-sessions:issuer:${draft.awardingBody}`)}`,
      type: ['Profile'],
      name: draft.awardingBody,
    };
    if (draft.issuerUrl !== undefined) creator.url = draft.issuerUrl;
    if (draft.country !== undefined) {
      creator.address = {
        type: ['Address'],
        addressCountry: countryName(draft.country, draft.language),
        addressCountryCode: draft.country,
      };
    }
    achievement.creator = creator;
  }
  const tags = tagsOf(draft);
  if (tags.length > 0) achievement.tag = tags;
  return achievement;
}
