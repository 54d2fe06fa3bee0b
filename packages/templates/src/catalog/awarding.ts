import type { Template } from '../schema.js';

/**
 * Awarding canvas (Unit 5.1). Covers the EU Council Recommendation (2022) elements that describe how
 * a credential is awarded. Learner identity and date of issuing are left out on purpose: they only
 * exist once a credential is issued, and this canvas describes the offer.
 */
export const awarding: Template = {
  schemaVersion: 1,
  id: 'awarding',
  version: '1.0.0',
  title: { en: 'Awarding canvas', de: 'Canvas zur Vergabe' },
  unit: '5.1',
  activity: { en: 'Developing an awarding strategy', de: 'Eine Vergabestrategie entwickeln' },
  durationMinutes: 60,
  instructions: {
    en: 'After discussing the principles of micro-credentials, fill in what your institution needs to award this micro-credential in a quality-assured way: who awards it, how quality is assured, how assessment is supervised, and how it stacks and is recognised. Then report back to the group.',
    de: 'Haltet nach der Diskussion der Grundsätze fest, was eure Einrichtung braucht, um dieses Micro-Credential qualitätsgesichert zu vergeben: wer es vergibt, wie die Qualität gesichert wird, wie die Prüfung beaufsichtigt wird und wie es kombiniert und anerkannt wird. Berichtet danach der Gruppe.',
  },
  kind: 'group',
  frame: { w: 1800, h: 1000 },
  areas: [
    {
      id: 'awarding-body',
      label: { en: 'Awarding body and country', de: 'Vergebende Stelle und Land' },
      questions: [
        {
          en: 'Which institution (or institutions) awards the credential, and in which country or region?',
          de: 'Welche Einrichtung (oder welche Einrichtungen) vergibt das Credential und in welchem Land oder welcher Region?',
        },
      ],
      rect: { x: 0, y: 120, w: 600, h: 440 },
      accepts: 'notes',
      color: 'light-blue',
    },
    {
      id: 'quality-assurance',
      label: { en: 'Quality assurance', de: 'Qualitätssicherung' },
      questions: [
        {
          en: 'Is quality assured internally, externally or through an accreditation?',
          de: 'Wird die Qualität intern, extern oder durch eine Akkreditierung gesichert?',
        },
        {
          en: 'Which institutional or regional policies apply?',
          de: 'Welche Vorgaben der Einrichtung oder der Region gelten?',
        },
      ],
      rect: { x: 600, y: 120, w: 600, h: 440 },
      accepts: 'notes',
      color: 'light-green',
    },
    {
      id: 'assessment-supervision',
      label: {
        en: 'Assessment, supervision and identity check',
        de: 'Prüfung, Aufsicht und Identitätsprüfung',
      },
      questions: [
        { en: 'How is the assessment carried out?', de: 'Wie wird geprüft?' },
        {
          en: 'Is it supervised, and is the learner’s identity verified?',
          de: 'Wird die Prüfung beaufsichtigt und die Identität der lernenden Person geprüft?',
        },
      ],
      rect: { x: 1200, y: 120, w: 600, h: 440 },
      accepts: 'notes',
      color: 'yellow',
    },
    {
      id: 'stackability',
      label: { en: 'Stackability and recognition', de: 'Kombinierbarkeit und Anerkennung' },
      questions: [
        {
          en: 'Does the credential stand alone, or can it be combined towards a larger credential?',
          de: 'Steht das Credential für sich oder lässt es sich zu einem größeren Abschluss kombinieren?',
        },
        {
          en: 'Who will recognise it – employers, other providers, higher education?',
          de: 'Wer wird es anerkennen – Arbeitgeber, andere Anbieter, Hochschulen?',
        },
      ],
      rect: { x: 0, y: 560, w: 900, h: 440 },
      accepts: 'notes',
      color: 'violet',
    },
    {
      id: 'further-information',
      label: { en: 'Further information', de: 'Weitere Informationen' },
      questions: [
        {
          en: 'What else should someone reading the credential know (links, grading, digital format such as Europass or Open Badges)?',
          de: 'Was sollte man beim Lesen des Credentials noch wissen (Links, Bewertung, digitales Format wie Europass oder Open Badges)?',
        },
      ],
      rect: { x: 900, y: 560, w: 900, h: 440 },
      accepts: 'notes',
      color: 'orange',
    },
  ],
  fields: [
    { id: 'awardingBody', label: { en: 'Awarding body', de: 'Vergebende Stelle' }, kind: 'text' },
    {
      id: 'country',
      label: { en: 'Country of the awarding body', de: 'Land der vergebenden Stelle' },
      kind: 'text',
      pattern: '^[A-Z]{2}$',
      help: {
        en: 'Two-letter ISO 3166-1 code, for example DE, AT or IE.',
        de: 'Zweibuchstabiger ISO-3166-1-Code, zum Beispiel DE, AT oder IE.',
      },
    },
    {
      id: 'qualityAssurance',
      label: { en: 'Type of quality assurance', de: 'Art der Qualitätssicherung' },
      kind: 'select',
      options: [
        { value: 'internal', label: { en: 'Internal', de: 'Intern' } },
        { value: 'external', label: { en: 'External', de: 'Extern' } },
        { value: 'accredited', label: { en: 'Accredited', de: 'Akkreditiert' } },
      ],
    },
    {
      id: 'qualityAssuranceNote',
      label: { en: 'Quality assurance details', de: 'Details zur Qualitätssicherung' },
      kind: 'text',
    },
    {
      id: 'supervision',
      label: {
        en: 'Supervision and identity verification during assessment',
        de: 'Aufsicht und Identitätsprüfung bei der Prüfung',
      },
      kind: 'select',
      options: [
        {
          value: 'unsupervised-no-id',
          label: { en: 'Unsupervised, no identity check', de: 'Ohne Aufsicht, ohne Identitätsprüfung' },
        },
        {
          value: 'supervised-no-id',
          label: { en: 'Supervised, no identity check', de: 'Mit Aufsicht, ohne Identitätsprüfung' },
        },
        {
          value: 'supervised-with-id',
          label: {
            en: 'Supervised online or on site, with identity check',
            de: 'Mit Aufsicht online oder vor Ort, mit Identitätsprüfung',
          },
        },
      ],
    },
    {
      id: 'stackability',
      label: { en: 'Stackability', de: 'Kombinierbarkeit' },
      kind: 'select',
      options: [
        { value: 'stand-alone', label: { en: 'Stand-alone', de: 'Eigenständig' } },
        { value: 'stackable', label: { en: 'Stackable', de: 'Kombinierbar' } },
      ],
    },
    {
      id: 'stackableTowards',
      label: { en: 'Stackable towards', de: 'Kombinierbar zu' },
      kind: 'text',
      help: {
        en: 'The larger credential or qualification this one counts towards.',
        de: 'Der größere Abschluss, auf den dieses Credential angerechnet wird.',
      },
    },
    {
      id: 'furtherInformation',
      label: { en: 'Further information', de: 'Weitere Informationen' },
      kind: 'text',
    },
  ],
};
