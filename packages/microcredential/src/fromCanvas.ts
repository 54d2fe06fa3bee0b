import {
  CanvasContent,
  FIELD_TEMPLATE,
  validateField,
  type FieldId,
  type FieldValue,
  type TemplateContent,
} from './canvasContent.js';
import { MicroCredentialDraft, type InvalidField } from './draft.js';
import { formatNumber } from './sections.js';
import { DELIVERY_MODE_LABELS, uiLanguageFor } from './vocabulary.js';

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

/** Notes of one area with their Bloom level (SPEC M3, M4). */
function bloomNotesIn(template: TemplateContent | undefined, areaId: string) {
  if (template === undefined) return [];
  return template.notes
    .filter((note) => note.areaId === areaId && note.text.trim() !== '')
    .map((note) => {
      const bloomLevel = note.bloomLevel as 1 | 2 | 3 | 4 | 5 | 6 | undefined;
      return bloomLevel === undefined ? { text: note.text.trim() } : { text: note.text.trim(), bloomLevel };
    });
}

/** Reads structured fields, collecting refused values instead of failing (SPEC M13). */
class FieldReader {
  readonly invalid: InvalidField[] = [];

  constructor(private readonly content: CanvasContent) {}

  get<F extends FieldId>(fieldId: F): FieldValue<F> | undefined {
    const template = FIELD_TEMPLATE[fieldId];
    const raw = this.content[template]?.fields[fieldId];
    // null and undefined both mean "never filled in or cleared", which is a gap, not an error.
    if (raw === undefined || raw === null) return undefined;
    const result = validateField(fieldId, raw);
    if (!result.ok) {
      this.invalid.push({ template, fieldId, message: result.message });
      return undefined;
    }
    const value = result.value as FieldValue<F>;
    // Cleared optional text is a gap too.
    return value === '' ? undefined : value;
  }
}

/** The generated description (SPEC M15): one sentence of key facts, one listing the outcomes. */
function summaryOf(
  draft: Pick<MicroCredentialDraft, 'title' | 'eqfLevel' | 'ects' | 'workloadHours' | 'deliveryMode' | 'learningOutcomes'>,
  language: string,
): string {
  const lang = uiLanguageFor(language);
  const facts: string[] = [];
  if (draft.eqfLevel !== undefined) facts.push(lang === 'de' ? `EQR-Niveau ${draft.eqfLevel}` : `EQF level ${draft.eqfLevel}`);
  if (draft.ects !== undefined) facts.push(`${formatNumber(draft.ects, lang)} ECTS`);
  if (draft.workloadHours !== undefined) {
    facts.push(`${formatNumber(draft.workloadHours, lang)} ${lang === 'de' ? 'Stunden' : 'hours'}`);
  }
  if (draft.deliveryMode !== undefined) {
    const label = DELIVERY_MODE_LABELS[draft.deliveryMode][lang];
    facts.push(lang === 'de' ? label : label.toLowerCase());
  }
  const name = draft.title ?? (lang === 'de' ? 'Dieses Microcredential' : 'This micro-credential');
  let text = `${name}: ${lang === 'de' ? 'ein Microcredential' : 'a micro-credential'}`;
  if (facts.length > 0) text += ` (${facts.join(', ')})`;
  text += '.';
  if (draft.learningOutcomes.length > 0) {
    const outcomes = draft.learningOutcomes.map((outcome) => outcome.text.replace(/[.;:,\s]+$/u, ''));
    text += lang === 'de' ? ' Wer es abschließt, kann: ' : ' Learners who complete it can: ';
    text += `${outcomes.join('; ')}.`;
  }
  return text;
}

/**
 * Builds the micro-credential draft from a group's canvases (mapping rules M1–M15 in SPEC.md).
 * Structured fields win over notes; notes add narrative. A malformed canvas structure throws a
 * `ZodError`; a refused field value does not throw but lands in `invalidFields`.
 */
export function draftFromCanvas(content: CanvasContent, options: DraftOptions): MicroCredentialDraft {
  const canvases = CanvasContent.parse(content);
  const c3 = canvases['c3-competences'];
  const c4 = canvases['c4-substantive'];
  const awarding = canvases.awarding;
  const fields = new FieldReader(canvases);

  const title = fields.get('title');
  const prerequisitesField = fields.get('prerequisites');
  const awardingBodyField = fields.get('awardingBody');
  const awardingBodyNotes = notesIn(awarding, 'awarding-body');
  const qualityAssuranceNote = fields.get('qualityAssuranceNote');
  const stackableTowards = fields.get('stackableTowards');
  const furtherInformation = fields.get('furtherInformation');

  const core = {
    title,
    eqfLevel: fields.get('eqfLevel'),
    ects: fields.get('ects'),
    workloadHours: fields.get('workloadHours'),
    deliveryMode: fields.get('deliveryMode'),
    learningOutcomes: bloomNotesIn(c4, 'learning-outcomes'),
  };

  const draft = {
    id: options.id,
    language: options.language,
    ...(options.issuerUrl === undefined ? {} : { issuerUrl: options.issuerUrl }),
    ...core,
    summary: summaryOf(core, options.language),
    competences: bloomNotesIn(c3, 'competences'),
    workloadNotes: notesIn(c4, 'duration-workload'),
    deliveryNotes: notesIn(c4, 'delivery-mode'),
    learningSetting: fields.get('learningSetting'),
    assessmentTypes: fields.get('assessmentType') ?? [],
    assessmentNarrative: notesIn(c4, 'assessment'),
    supervision: fields.get('supervision'),
    supervisionNotes: notesIn(awarding, 'assessment-supervision'),
    prerequisites: [...(prerequisitesField === undefined ? [] : [prerequisitesField]), ...notesIn(c4, 'prerequisites')],
    didacticMethods: [...notesIn(c4, 'didactic-methods'), ...notesIn(c3, 'teaching-methods')],
    // The field names the body; notes only stand in when the field is empty (SPEC M8).
    awardingBody: awardingBodyField ?? (awardingBodyNotes.length > 0 ? awardingBodyNotes.join('; ') : undefined),
    country: fields.get('country'),
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
