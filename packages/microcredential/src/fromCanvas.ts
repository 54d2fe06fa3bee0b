import { getTemplate, migrateFieldValues } from '@canvas/templates';
import {
  CanvasContent,
  FIELD_TEMPLATE,
  validateField,
  type FieldId,
  type FieldValue,
  type TemplateContent,
} from './canvasContent.js';
import { MicroCredentialDraft, parseAwardingBody, type InvalidField, type LearningOutcome } from './draft.js';
import { summaryOf } from './summary.js';

/** Options of {@link draftFromCanvas}. */
export interface DraftOptions {
  /** The app's id for this design; every exported id is derived from it. */
  id: string;
  /** ISO 639-1 code of the language the group wrote in, e.g. `en`. */
  language: string;
  /** URL of the issuer's public profile, if the institution has one. */
  issuerUrl?: string;
}

/** Texts of the notes in one area, trimmed, blanks dropped, in canvas order (SPEC M1). */
function notesIn(template: TemplateContent | undefined, areaId: string): string[] {
  if (template === undefined) return [];
  return template.notes
    .filter((note) => note.areaId === areaId)
    .map((note) => note.text.trim())
    .filter((text) => text !== '');
}

/** Notes of one area with the Bloom and EQF levels they carry (SPEC M3, M4). */
function leveledNotesIn(template: TemplateContent | undefined, areaId: string): LearningOutcome[] {
  if (template === undefined) return [];
  return template.notes
    .filter((note) => note.areaId === areaId && note.text.trim() !== '')
    .map((note) => ({
      text: note.text.trim(),
      ...(note.bloomLevel === undefined ? {} : { bloomLevel: note.bloomLevel as 1 | 2 | 3 | 4 | 5 | 6 }),
      ...(note.eqfLevel === undefined ? {} : { eqfLevel: note.eqfLevel }),
    }));
}

/** Reads structured fields, collecting refused values instead of failing (SPEC M12, M16). */
class FieldReader {
  readonly invalid: InvalidField[] = [];
  private readonly fields: Record<'c4-substantive' | 'awarding', Record<string, unknown>>;

  constructor(content: CanvasContent) {
    // Boards written for template version 1 are read as version 2 describes them (SPEC M16).
    const current = (templateId: 'c4-substantive' | 'awarding') => {
      const stored = content[templateId]?.fields ?? {};
      const template = getTemplate(templateId);
      return template === undefined ? stored : migrateFieldValues(template, stored).values;
    };
    this.fields = { 'c4-substantive': current('c4-substantive'), awarding: current('awarding') };
  }

  get<F extends FieldId>(fieldId: F): FieldValue<F> | undefined {
    const template = FIELD_TEMPLATE[fieldId];
    const raw = this.fields[template][fieldId];
    // null and undefined both mean "never filled in or cleared", which is a gap, not an error.
    if (raw === undefined || raw === null) return undefined;
    const result = validateField(fieldId, raw);
    if (!result.ok) {
      this.invalid.push({ template, fieldId, message: result.message });
      return undefined;
    }
    const value = result.value as FieldValue<F>;
    // Cleared optional text is a gap too (SPEC M13).
    return value === '' ? undefined : value;
  }

  list<F extends FieldId>(fieldId: F): NonNullable<FieldValue<F>> | [] {
    return (this.get(fieldId) ?? []) as NonNullable<FieldValue<F>> | [];
  }
}

/**
 * Builds the micro-credential draft from a group's canvases (mapping rules M1–M17 in SPEC.md).
 * Structured fields win over notes; notes add narrative. A malformed canvas structure throws a
 * `ZodError`; a refused field value does not throw but lands in `invalidFields`.
 */
export function draftFromCanvas(content: CanvasContent, options: DraftOptions): MicroCredentialDraft {
  const canvases = CanvasContent.parse(content);
  const c3 = canvases['c3-competences'];
  const c4 = canvases['c4-substantive'];
  const awarding = canvases.awarding;
  const fields = new FieldReader(canvases);

  const prerequisitesField = fields.get('prerequisites');
  const awardingBodyNotes = notesIn(awarding, 'awarding-body');
  const qualityAssuranceNote = fields.get('qualityAssuranceNote');
  const stackableTowards = fields.get('stackableTowards');
  const furtherInformation = fields.get('furtherInformation');
  const listedBodies = fields.list('awardingBodies') as string[];

  const core = {
    title: fields.get('title'),
    eqfLevel: fields.get('eqfLevel'),
    nqfLevel: fields.get('nqfLevel'),
    nqfLevelId: fields.get('nqfLevelId'),
    qfEheaCycle: fields.get('qfEheaCycle'),
    ects: fields.get('ects'),
    workloadHours: fields.get('workloadHours'),
    deliveryMode: fields.get('deliveryMode'),
    // The field names the bodies; notes only stand in when it is empty, one body per note (SPEC M8).
    awardingBodies: (listedBodies.length > 0 ? listedBodies : awardingBodyNotes).map(parseAwardingBody),
    learningOutcomes: leveledNotesIn(c4, 'learning-outcomes'),
  };

  const draft = {
    id: options.id,
    language: options.language,
    ...(options.issuerUrl === undefined ? {} : { issuerUrl: options.issuerUrl }),
    ...core,
    summary: summaryOf(core, options.language),
    learningOpportunityType: fields.get('learningOpportunityType'),
    iscedField: fields.get('iscedField'),
    competences: leveledNotesIn(c3, 'competences'),
    workloadNotes: notesIn(c4, 'duration-workload'),
    deliveryNotes: notesIn(c4, 'delivery-mode'),
    workBasedLearning: fields.get('workBasedLearning'),
    learningSetting: fields.get('learningSetting'),
    languages: fields.list('languages'),
    assessmentTypes: fields.list('assessmentType'),
    assessors: fields.list('assessors'),
    gradingScheme: fields.get('gradingScheme'),
    assessmentNarrative: notesIn(c4, 'assessment'),
    supervision: fields.get('supervision'),
    supervisionNotes: notesIn(awarding, 'assessment-supervision'),
    prerequisites: [...(prerequisitesField === undefined ? [] : [prerequisitesField]), ...notesIn(c4, 'prerequisites')],
    didacticMethods: [...notesIn(c4, 'didactic-methods'), ...notesIn(c3, 'teaching-methods')],
    issuer: fields.get('issuer'),
    issuerCountries: fields.list('issuerCountries'),
    issuerRegion: fields.get('issuerRegion'),
    homepage: fields.get('homepage'),
    qualityAssurance: fields.get('qualityAssurance'),
    qualityAssuranceNotes: [
      ...(qualityAssuranceNote === undefined ? [] : [qualityAssuranceNote]),
      ...notesIn(awarding, 'quality-assurance'),
    ],
    stackability: fields.get('stackability'),
    stackableTowards: [
      ...(stackableTowards === undefined ? [] : [stackableTowards]),
      ...notesIn(awarding, 'stackability'),
    ],
    furtherInformation: [
      ...(furtherInformation === undefined ? [] : [furtherInformation]),
      ...notesIn(awarding, 'further-information'),
    ],
    invalidFields: fields.invalid,
  };
  // Drop undefined keys so that drafts compare equal whether a value was never set or cleared.
  const defined = Object.fromEntries(Object.entries(draft).filter(([, value]) => value !== undefined));
  return MicroCredentialDraft.parse(defined);
}
