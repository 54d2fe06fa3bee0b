import { annexIElement } from '../reference/annexI.js';
import { COUNTRY_ALPHA3, countryLabel } from '../reference/places.js';
import type { Template } from '../schema.js';

/**
 * Awarding canvas (Unit 5.1). Covers the EU Council Recommendation (2022) elements that describe how
 * a credential is awarded. Learner identity and date of issuing are left out on purpose: they only
 * exist once a credential is issued, and this canvas describes the offer. Version 2 keeps the issuer
 * apart from the awarding bodies (several for a joint award) and asks for the issuer's countries and
 * regions; version-1 boards stay readable through `migrateFieldValues`.
 */
export const awarding: Template = {
  schemaVersion: 1,
  id: 'awarding',
  version: '2.0.0',
  title: { en: 'Awarding canvas', de: 'Vergabe-Canvas' },
  unit: '5.1',
  activity: { en: 'Developing an awarding strategy', de: 'Eine Vergabestrategie entwickeln' },
  durationMinutes: 60,
  instructions: {
    en: 'After discussing the principles of micro-credentials, fill in what your institution needs to award this micro-credential in a quality-assured way: who awards it, how quality is assured, how assessment is supervised, and how it stacks and is recognised. Then report back to the group.',
    de: 'Haltet nach der Diskussion der Grundsätze fest, was eure Einrichtung braucht, um dieses Microcredential qualitätsgesichert zu vergeben: wer es vergibt, wie die Qualität gesichert wird, wie die Prüfung beaufsichtigt wird und wie es kombiniert und anerkannt wird. Berichtet danach der Gruppe.',
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
    {
      id: 'awardingBodies',
      label: { ...annexIElement('awarding-body').label },
      kind: 'list',
      maxItems: 10,
      help: {
        en: 'One institution per entry, several for a joint award; add its country code in brackets, e.g. "Example University (AT)".',
        de: 'Eine Einrichtung pro Eintrag, mehrere bei gemeinsamer Vergabe; mit Ländercode in Klammern, z. B. „Beispiel-Hochschule (AT)“.',
      },
    },
    {
      id: 'issuer',
      label: { en: 'Issuer', de: 'Aussteller' },
      kind: 'text',
      help: {
        en: 'The organisation that issues the credential, if it is not the first awarding body.',
        de: 'Die Organisation, die den Nachweis ausstellt, falls es nicht die erste vergebende Stelle ist.',
      },
    },
    {
      id: 'issuerCountries',
      label: { en: 'Country(ies) of the issuer', de: 'Land/Länder des Ausstellers' },
      kind: 'multiselect',
      options: Object.keys(COUNTRY_ALPHA3).map((code) => ({ value: code, label: countryLabel(code) })),
    },
    {
      id: 'issuerRegion',
      label: { en: 'Region(s) of the issuer', de: 'Region(en) des Ausstellers' },
      kind: 'text',
      help: { en: 'Optional, for example Bavaria or Flanders.', de: 'Optional, zum Beispiel Bayern oder Flandern.' },
    },
    {
      id: 'homepage',
      label: { en: 'Web page of the offer', de: 'Webseite des Angebots' },
      kind: 'text',
      pattern: 'https?://\\S+',
      help: {
        en: 'Where learners find the offer (Europass needs it to publish the learning opportunity).',
        de: 'Wo Lernende das Angebot finden (Europass braucht sie, um das Lernangebot zu veröffentlichen).',
      },
    },
    {
      id: 'qualityAssurance',
      label: { ...annexIElement('quality-assurance').short },
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
      label: { ...annexIElement('supervision').short },
      kind: 'select',
      options: [
        {
          value: 'unsupervised-no-id',
          label: { en: 'Unsupervised, no identity verification', de: 'Ohne Beaufsichtigung, ohne Identitätsprüfung' },
        },
        {
          value: 'supervised-no-id',
          label: { en: 'Supervised, no identity verification', de: 'Mit Beaufsichtigung, ohne Identitätsprüfung' },
        },
        {
          value: 'supervised-with-id',
          label: {
            en: 'Supervised online or onsite, with identity verification',
            de: 'Mit Beaufsichtigung online oder vor Ort, mit Identitätsprüfung',
          },
        },
      ],
    },
    {
      id: 'stackability',
      label: { ...annexIElement('stackability').short },
      kind: 'select',
      options: [
        { value: 'stand-alone', label: { en: 'Stand-alone, independent', de: 'Eigenständig, unabhängig' } },
        { value: 'stackable', label: { en: 'Integrated, stackable towards another credential', de: 'Integriert, kombinierbar zu einem anderen Nachweis' } },
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
      label: { ...annexIElement('further-information').short },
      kind: 'text',
    },
  ],
};
