import type { Template } from '../schema.js';
import { awarding } from './awarding.js';
import { c4Substantive } from './c4Substantive.js';

/**
 * Unit 6.3 – a group analyses an existing micro-credential (one the mentor shows, or one the group
 * finds) instead of one it designed. The fields are exactly the C4 and awarding fields, so the same
 * EU (Annex I) checklist and Europass checks run on what the group records about the example
 * (`@canvas/microcredential` `canvasContentFromExampleBoard`); the notes carry the critical review.
 */
export const mcExampleReview: Template = {
  schemaVersion: 1,
  id: 'mc-example-review',
  version: '1.0.0',
  title: { en: 'Review an existing micro-credential', de: 'Ein bestehendes Micro-Credential prüfen' },
  unit: '6.3',
  activity: { en: 'Explore micro-credential examples', de: 'Beispiele für Micro-Credentials erkunden' },
  durationMinutes: 60,
  instructions: {
    en: 'Pick one existing micro-credential (from the mentor\'s examples or one from your country). Paste or describe it on the board and copy what its description says into the fields beside the board: the EU checklist then shows which required elements it states. Add your own judgement: what works, what is missing, and how your offer would stand out.',
    de: 'Wählt ein bestehendes Micro-Credential (aus den Beispielen der Moderation oder eines aus eurem Land). Fügt es auf dem Board ein oder beschreibt es, und übertragt die Angaben seiner Beschreibung in die Felder neben dem Board: Die EU-Checkliste zeigt dann, welche Pflichtangaben es macht. Ergänzt eure eigene Einschätzung: was gelingt, was fehlt und wie sich euer Angebot abheben würde.',
  },
  kind: 'group',
  frame: { w: 1800, h: 1000 },
  areas: [
    {
      id: 'example',
      label: { en: 'The example', de: 'Das Beispiel' },
      questions: [
        {
          en: 'Who offers it, where is it published, and what is it about? Paste its description here.',
          de: 'Wer bietet es an, wo ist es veröffentlicht, und worum geht es? Fügt hier seine Beschreibung ein.',
        },
      ],
      rect: { x: 0, y: 120, w: 600, h: 440 },
      accepts: 'any',
      color: 'grey',
    },
    {
      id: 'learning-outcomes',
      label: { en: 'Its learning outcomes', de: 'Seine Lernergebnisse' },
      questions: [
        {
          en: 'What does the description say a learner will be able to do? One outcome per note.',
          de: 'Was sollen Lernende laut Beschreibung können? Ein Lernergebnis pro Zettel.',
        },
      ],
      rect: { x: 600, y: 120, w: 600, h: 440 },
      accepts: 'notes',
      color: 'yellow',
    },
    {
      id: 'assessment',
      label: { en: 'How it is assessed', de: 'Wie geprüft wird' },
      questions: [
        {
          en: 'How, and by whom, are the learning outcomes checked?',
          de: 'Wie und von wem werden die Lernergebnisse überprüft?',
        },
      ],
      rect: { x: 1200, y: 120, w: 600, h: 440 },
      accepts: 'notes',
      color: 'light-blue',
    },
    {
      id: 'meets-requirements',
      label: { en: 'What meets the requirements', de: 'Was die Anforderungen erfüllt' },
      questions: [
        {
          en: 'Which principles and required elements does the example fulfil convincingly?',
          de: 'Welche Grundsätze und Pflichtangaben erfüllt das Beispiel überzeugend?',
        },
      ],
      rect: { x: 0, y: 560, w: 600, h: 440 },
      accepts: 'notes',
      color: 'light-green',
    },
    {
      id: 'gaps',
      label: { en: 'What is missing or unclear', de: 'Was fehlt oder unklar ist' },
      questions: [
        {
          en: 'What would a learner or an employer still need to know? Use the checklist beside the board.',
          de: 'Was müssten Lernende oder Arbeitgeber noch wissen? Nutzt die Checkliste neben dem Board.',
        },
      ],
      rect: { x: 600, y: 560, w: 600, h: 440 },
      accepts: 'notes',
      color: 'light-red',
    },
    {
      id: 'our-offer',
      label: { en: 'How our offer would stand out', de: 'Wie sich unser Angebot abheben würde' },
      questions: [
        {
          en: 'What would you do differently for your learners and your country?',
          de: 'Was würdet ihr für eure Lernenden und euer Land anders machen?',
        },
      ],
      rect: { x: 1200, y: 560, w: 600, h: 440 },
      accepts: 'notes',
      color: 'orange',
    },
  ],
  // The same definitions (ids, options, patterns) as C4 and the awarding canvas, so values validate
  // and migrate the same way and the micro-credential mapping reads them unchanged.
  fields: [...(c4Substantive.fields ?? []), ...(awarding.fields ?? [])],
};
