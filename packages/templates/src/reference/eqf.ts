import type { LocalizedText } from '../localized.js';

/** One level of the European Qualifications Framework (Council Recommendation of 22 May 2017, Annex II). */
export interface EqfLevel {
  /** 1 (entry) to 8 (doctoral). */
  readonly level: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;
  /** Europass / ELM identifier, e.g. `http://data.europa.eu/snb/eqf/4`. */
  readonly uri: string;
  /** A short label for pick-lists ("Level 4 – …"). */
  readonly label: LocalizedText;
  /** Descriptor: knowledge. */
  readonly knowledge: LocalizedText;
  /** Descriptor: skills. */
  readonly skills: LocalizedText;
  /** Descriptor: responsibility and autonomy. */
  readonly responsibility: LocalizedText;
}

/** Builds the Europass URI for an EQF level, the identifier ELM v3 `eqfLevel` expects. */
export function eqfLevelUri(level: number): string {
  return `http://data.europa.eu/snb/eqf/${level}`;
}

/**
 * The eight EQF levels with their descriptors in English and German. The English descriptors follow
 * the Recommendation; the German texts are our own renderings for workshop use, not the official
 * DQR wording.
 */
export const EQF_LEVELS: readonly EqfLevel[] = Object.freeze([
  {
    level: 1,
    uri: eqfLevelUri(1),
    label: { en: 'Level 1 – basic general knowledge', de: 'Niveau 1 – grundlegendes Allgemeinwissen' },
    knowledge: { en: 'Basic general knowledge', de: 'Grundlegendes Allgemeinwissen' },
    skills: {
      en: 'Basic skills required to carry out simple tasks',
      de: 'Grundlegende Fertigkeiten, um einfache Aufgaben auszuführen',
    },
    responsibility: {
      en: 'Work or study under direct supervision in a structured context',
      de: 'Arbeiten oder Lernen unter direkter Anleitung in einem strukturierten Kontext',
    },
  },
  {
    level: 2,
    uri: eqfLevelUri(2),
    label: { en: 'Level 2 – basic factual knowledge', de: 'Niveau 2 – grundlegendes Faktenwissen' },
    knowledge: {
      en: 'Basic factual knowledge of a field of work or study',
      de: 'Grundlegendes Faktenwissen in einem Arbeits- oder Lernbereich',
    },
    skills: {
      en: 'Basic cognitive and practical skills required to use relevant information in order to carry out tasks and to solve routine problems using simple rules and tools',
      de: 'Grundlegende kognitive und praktische Fertigkeiten, um relevante Informationen zu nutzen, Aufgaben auszuführen und Routineprobleme mit einfachen Regeln und Werkzeugen zu lösen',
    },
    responsibility: {
      en: 'Work or study under supervision with some autonomy',
      de: 'Arbeiten oder Lernen unter Anleitung mit einem gewissen Maß an Selbstständigkeit',
    },
  },
  {
    level: 3,
    uri: eqfLevelUri(3),
    label: {
      en: 'Level 3 – facts, principles, processes and general concepts',
      de: 'Niveau 3 – Fakten, Grundsätze, Verfahren und allgemeine Begriffe',
    },
    knowledge: {
      en: 'Knowledge of facts, principles, processes and general concepts, in a field of work or study',
      de: 'Kenntnis von Fakten, Grundsätzen, Verfahren und allgemeinen Begriffen in einem Arbeits- oder Lernbereich',
    },
    skills: {
      en: 'A range of cognitive and practical skills required to accomplish tasks and solve problems by selecting and applying basic methods, tools, materials and information',
      de: 'Eine Reihe kognitiver und praktischer Fertigkeiten, um Aufgaben zu erledigen und Probleme zu lösen, indem grundlegende Methoden, Werkzeuge, Materialien und Informationen ausgewählt und angewandt werden',
    },
    responsibility: {
      en: 'Take responsibility for completion of tasks in work or study; adapt own behaviour to circumstances in solving problems',
      de: 'Verantwortung für die Erledigung von Arbeits- oder Lernaufgaben übernehmen; beim Lösen von Problemen das eigene Verhalten an die Umstände anpassen',
    },
  },
  {
    level: 4,
    uri: eqfLevelUri(4),
    label: {
      en: 'Level 4 – factual and theoretical knowledge in broad contexts',
      de: 'Niveau 4 – Fakten- und Theoriewissen in breiten Kontexten',
    },
    knowledge: {
      en: 'Factual and theoretical knowledge in broad contexts within a field of work or study',
      de: 'Breites Fakten- und Theoriewissen in einem Arbeits- oder Lernbereich',
    },
    skills: {
      en: 'A range of cognitive and practical skills required to generate solutions to specific problems in a field of work or study',
      de: 'Eine Reihe kognitiver und praktischer Fertigkeiten, um Lösungen für spezifische Probleme in einem Arbeits- oder Lernbereich zu finden',
    },
    responsibility: {
      en: 'Exercise self-management within the guidelines of work or study contexts that are usually predictable, but are subject to change; supervise the routine work of others, taking some responsibility for the evaluation and improvement of work or study activities',
      de: 'Sich innerhalb der Vorgaben meist vorhersehbarer, aber veränderlicher Arbeits- oder Lernkontexte selbst organisieren; Routinearbeiten anderer beaufsichtigen und eine gewisse Verantwortung für die Bewertung und Verbesserung von Arbeits- oder Lernaktivitäten übernehmen',
    },
  },
  {
    level: 5,
    uri: eqfLevelUri(5),
    label: {
      en: 'Level 5 – comprehensive, specialised knowledge',
      de: 'Niveau 5 – umfassendes, spezialisiertes Wissen',
    },
    knowledge: {
      en: 'Comprehensive, specialised, factual and theoretical knowledge within a field of work or study and an awareness of the boundaries of that knowledge',
      de: 'Umfassendes, spezialisiertes Fakten- und Theoriewissen in einem Arbeits- oder Lernbereich sowie Bewusstsein für die Grenzen dieses Wissens',
    },
    skills: {
      en: 'A comprehensive range of cognitive and practical skills required to develop creative solutions to abstract problems',
      de: 'Umfassende kognitive und praktische Fertigkeiten, um kreative Lösungen für abstrakte Probleme zu entwickeln',
    },
    responsibility: {
      en: 'Exercise management and supervision in contexts of work or study activities where there is unpredictable change; review and develop performance of self and others',
      de: 'Leiten und Beaufsichtigen in Arbeits- oder Lernkontexten mit unvorhersehbaren Veränderungen; die eigene Leistung und die anderer überprüfen und weiterentwickeln',
    },
  },
  {
    level: 6,
    uri: eqfLevelUri(6),
    label: {
      en: 'Level 6 – advanced knowledge with critical understanding',
      de: 'Niveau 6 – fortgeschrittenes Wissen mit kritischem Verständnis',
    },
    knowledge: {
      en: 'Advanced knowledge of a field of work or study, involving a critical understanding of theories and principles',
      de: 'Fortgeschrittenes Wissen in einem Arbeits- oder Lernbereich mit kritischem Verständnis von Theorien und Grundsätzen',
    },
    skills: {
      en: 'Advanced skills, demonstrating mastery and innovation, required to solve complex and unpredictable problems in a specialised field of work or study',
      de: 'Fortgeschrittene Fertigkeiten, die Beherrschung und Innovationsfähigkeit zeigen und zur Lösung komplexer, unvorhersehbarer Probleme in einem spezialisierten Arbeits- oder Lernbereich nötig sind',
    },
    responsibility: {
      en: 'Manage complex technical or professional activities or projects, taking responsibility for decision-making in unpredictable work or study contexts; take responsibility for managing professional development of individuals and groups',
      de: 'Komplexe fachliche oder berufliche Tätigkeiten oder Projekte leiten und in unvorhersehbaren Arbeits- oder Lernkontexten Entscheidungsverantwortung übernehmen; Verantwortung für die berufliche Entwicklung von Einzelpersonen und Gruppen übernehmen',
    },
  },
  {
    level: 7,
    uri: eqfLevelUri(7),
    label: { en: 'Level 7 – highly specialised knowledge', de: 'Niveau 7 – hoch spezialisiertes Wissen' },
    knowledge: {
      en: 'Highly specialised knowledge, some of which is at the forefront of knowledge in a field of work or study, as the basis for original thinking and/or research; critical awareness of knowledge issues in a field and at the interface between different fields',
      de: 'Hoch spezialisiertes Wissen, teilweise am neuesten Erkenntnisstand eines Arbeits- oder Lernbereichs, als Grundlage für eigenständiges Denken und/oder Forschung; kritisches Bewusstsein für Wissensfragen in einem Bereich und an den Schnittstellen zwischen Bereichen',
    },
    skills: {
      en: 'Specialised problem-solving skills required in research and/or innovation in order to develop new knowledge and procedures and to integrate knowledge from different fields',
      de: 'Spezialisierte Problemlösungsfertigkeiten für Forschung und/oder Innovation, um neues Wissen und neue Verfahren zu entwickeln und Wissen aus verschiedenen Bereichen zu verbinden',
    },
    responsibility: {
      en: 'Manage and transform work or study contexts that are complex, unpredictable and require new strategic approaches; take responsibility for contributing to professional knowledge and practice and/or for reviewing the strategic performance of teams',
      de: 'Komplexe, unvorhersehbare Arbeits- oder Lernkontexte, die neue strategische Ansätze erfordern, leiten und verändern; Verantwortung für Beiträge zu Fachwissen und Berufspraxis und/oder für die Überprüfung der strategischen Leistung von Teams übernehmen',
    },
  },
  {
    level: 8,
    uri: eqfLevelUri(8),
    label: {
      en: 'Level 8 – knowledge at the most advanced frontier',
      de: 'Niveau 8 – Wissen an der vordersten Front des Fachgebiets',
    },
    knowledge: {
      en: 'Knowledge at the most advanced frontier of a field of work or study and at the interface between fields',
      de: 'Wissen an der vordersten Front eines Arbeits- oder Lernbereichs und an den Schnittstellen zwischen Bereichen',
    },
    skills: {
      en: 'The most advanced and specialised skills and techniques, including synthesis and evaluation, required to solve critical problems in research and/or innovation and to extend and redefine existing knowledge or professional practice',
      de: 'Die am weitesten entwickelten, spezialisierten Fertigkeiten und Methoden einschließlich Synthese und Evaluierung, um zentrale Probleme in Forschung und/oder Innovation zu lösen und vorhandenes Wissen oder berufliche Praxis zu erweitern und neu zu definieren',
    },
    responsibility: {
      en: 'Demonstrate substantial authority, innovation, autonomy, scholarly and professional integrity and sustained commitment to the development of new ideas or processes at the forefront of work or study contexts including research',
      de: 'Fachliche Autorität, Innovationsfähigkeit, Selbstständigkeit, wissenschaftliche und berufliche Integrität sowie nachhaltiges Engagement für die Entwicklung neuer Ideen oder Verfahren an der vordersten Front von Arbeits- oder Lernkontexten einschließlich der Forschung zeigen',
    },
  },
] satisfies EqfLevel[]);

/** Looks up an EQF level by number; `undefined` outside 1–8. */
export function getEqfLevel(level: number): EqfLevel | undefined {
  return EQF_LEVELS.find((l) => l.level === level);
}
