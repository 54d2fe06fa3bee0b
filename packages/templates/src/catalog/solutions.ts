import { ANNEX_I_ELEMENTS } from '../reference/annexI.js';
import type { LocalizedText } from '../localized.js';
import type { Template } from '../schema.js';

/**
 * The ten principles for the design and issuance of micro-credentials named in Annex II of the EU
 * Council Recommendation (2022/C 243/02). Only their names: the groups find definitions themselves.
 */
const PRINCIPLES: readonly LocalizedText[] = [
  { en: 'Quality', de: 'Qualität', fr: 'Qualité', es: 'Calidad' },
  { en: 'Transparency', de: 'Transparenz', fr: 'Transparence', es: 'Transparencia' },
  { en: 'Relevance', de: 'Relevanz', fr: 'Pertinence', es: 'Pertinencia' },
  { en: 'Valid assessment', de: 'Valide Prüfung', fr: 'Évaluation valide', es: 'Evaluación válida' },
  { en: 'Learning pathways', de: 'Lernpfade', fr: 'Parcours d’apprentissage', es: 'Itinerarios de aprendizaje' },
  { en: 'Recognition', de: 'Anerkennung', fr: 'Reconnaissance', es: 'Reconocimiento' },
  { en: 'Portable', de: 'Übertragbarkeit', fr: 'Portabilité', es: 'Portabilidad' },
  { en: 'Learner-centred', de: 'Lernendenzentrierung', fr: 'Centré sur l’apprenant', es: 'Centrado en el educando' },
  { en: 'Authentic', de: 'Echtheit', fr: 'Authenticité', es: 'Autenticidad' },
  { en: 'Information and guidance', de: 'Information und Beratung', fr: 'Information et orientation', es: 'Información y orientación' },
];

type Solution = NonNullable<Template['solution']>;

/**
 * The mentors' solutions of the built-in canvases. They live apart from the canvases so that the
 * web app, which imports the catalog, never carries them: a participant receives a solution only
 * through the facilitator board that access rule A6 opens while it is shown. Server code reaches
 * them through `@canvas/templates/solutions`.
 */
export const BUILT_IN_SOLUTIONS: Readonly<Record<string, Solution>> = {
  'mc-elements': {
    // The solution is the Annex I glossary itself, so the outline and the checklist never disagree.
    notes: ANNEX_I_ELEMENTS.map((element) => ({
      areaId: element.mandatory ? 'mandatory' : 'optional',
      text: { ...element.short },
    })),
  },
  'assessment-forms': {
    notes: [
      { areaId: 'task-types', text: { en: 'Written exam or online quiz', de: 'Schriftliche Prüfung oder Online-Quiz', fr: 'Examen écrit ou quiz en ligne', es: 'Examen escrito o cuestionario en línea' } },
      { areaId: 'task-types', text: { en: 'Oral exam or interview', de: 'Mündliche Prüfung oder Fachgespräch', fr: 'Examen oral ou entretien', es: 'Examen oral o entrevista' } },
      {
        areaId: 'task-types',
        text: { en: 'Practical task or work sample', de: 'Praktische Aufgabe oder Arbeitsprobe', fr: 'Tâche pratique ou échantillon de travail', es: 'Tarea práctica o muestra de trabajo' },
      },
      { areaId: 'task-types', text: { en: 'Project or case study', de: 'Projekt oder Fallstudie', fr: 'Projet ou étude de cas', es: 'Proyecto o estudio de caso' } },
      { areaId: 'task-types', text: { en: 'Portfolio of evidence', de: 'Portfolio mit Nachweisen', fr: 'Portfolio de preuves', es: 'Portafolio de evidencias' } },
      { areaId: 'task-types', text: { en: 'Presentation', de: 'Präsentation', fr: 'Présentation', es: 'Presentación' } },
      { areaId: 'assessors', text: { en: 'Trainer or teacher', de: 'Lehrende oder Ausbildende', fr: 'Formateur ou enseignant', es: 'Formador o docente' } },
      {
        areaId: 'assessors',
        text: { en: 'External examiner or assessment body', de: 'Externe Prüfende oder Prüfstelle', fr: 'Examinateur externe ou organisme d’évaluation', es: 'Examinador externo u organismo de evaluación' },
      },
      {
        areaId: 'assessors',
        text: { en: 'Employer or workplace mentor', de: 'Arbeitgeber oder betriebliche Betreuung', fr: 'Employeur ou tuteur en entreprise', es: 'Empleador o tutor en la empresa' },
      },
      { areaId: 'assessors', text: { en: 'Peers (peer assessment)', de: 'Mitlernende (Peer-Bewertung)', fr: 'Pairs (évaluation par les pairs)', es: 'Pares (evaluación entre pares)' } },
      { areaId: 'assessors', text: { en: 'The learner (self-assessment)', de: 'Die lernende Person (Selbsteinschätzung)', fr: 'L’apprenant (auto-évaluation)', es: 'El educando (autoevaluación)' } },
      {
        areaId: 'assessors',
        text: { en: 'Automated checks in an online platform', de: 'Automatische Auswertung auf einer Lernplattform', fr: 'Contrôles automatiques dans une plateforme en ligne', es: 'Comprobaciones automáticas en una plataforma en línea' },
      },
    ],
  },
  'mc-not': {
    notes: [
      {
        areaId: 'not-micro-credential',
        text: {
          en: 'A certificate of attendance: presence is confirmed, no learning outcome is assessed',
          de: 'Eine Teilnahmebestätigung: Anwesenheit wird bestätigt, kein Lernergebnis wird geprüft', fr: 'Une attestation de présence : la présence est confirmée, aucun acquis d’apprentissage n’est évalué', es: 'Un certificado de asistencia: se confirma la presencia, no se evalúa ningún resultado de aprendizaje',
        },
      },
      {
        areaId: 'not-micro-credential',
        text: {
          en: 'A full degree or a complete vocational qualification: too large to be a small unit',
          de: 'Ein ganzer Studienabschluss oder eine vollständige Berufsausbildung: zu groß für eine kleine Einheit', fr: 'Un diplôme complet ou une qualification professionnelle complète : trop vaste pour être une petite unité', es: 'Un título completo o una cualificación profesional completa: demasiado amplio para ser una unidad pequeña',
        },
      },
      {
        areaId: 'not-micro-credential',
        text: {
          en: 'A badge that only rewards activity (logins, likes) without described learning outcomes',
          de: 'Ein Badge, das nur Aktivität belohnt (Logins, Likes), ohne beschriebene Lernergebnisse', fr: 'Un badge qui récompense seulement l’activité (connexions, « j’aime ») sans acquis d’apprentissage décrits', es: 'Una insignia que solo premia la actividad (inicios de sesión, «me gusta») sin resultados de aprendizaje descritos',
        },
      },
      {
        areaId: 'not-micro-credential',
        text: {
          en: 'An offer without quality assurance or a named awarding body',
          de: 'Ein Angebot ohne Qualitätssicherung oder ohne benannte vergebende Stelle', fr: 'Une offre sans assurance de la qualité ni organisme de délivrance nommé', es: 'Una oferta sin garantía de calidad ni organismo concedente identificado',
        },
      },
      {
        areaId: 'not-micro-credential',
        text: {
          en: 'Open learning material (a video, a MOOC without assessment) that leaves no verifiable proof',
          de: 'Offenes Lernmaterial (ein Video, ein MOOC ohne Prüfung), das keinen überprüfbaren Nachweis hinterlässt', fr: 'Du matériel d’apprentissage ouvert (une vidéo, un MOOC sans évaluation) qui ne laisse aucune preuve vérifiable', es: 'Material de aprendizaje abierto (un vídeo, un MOOC sin evaluación) que no deja ninguna prueba verificable',
        },
      },
      {
        areaId: 'not-micro-credential',
        text: {
          en: 'A product training that only the vendor recognises, with no transparent standard',
          de: 'Eine Produktschulung, die nur der Hersteller anerkennt, ohne transparenten Standard', fr: 'Une formation produit que seul le fournisseur reconnaît, sans norme transparente', es: 'Una formación sobre un producto que solo reconoce el fabricante, sin un estándar transparente',
        },
      },
    ],
  },
  // The ten principles' names; the groups find the definitions themselves.
  'mc-design-steps': { notes: PRINCIPLES.map((text) => ({ areaId: 'principles', text: { ...text } })) },
  // Necessary = the Annex I mandatory elements, additional = the optional ones.
  'badges-metadata': {
    notes: ANNEX_I_ELEMENTS.map((element) => ({
      areaId: element.mandatory ? 'necessary-metadata' : 'additional-metadata',
      text: { ...element.short },
    })),
  },
};
