import type { LearningEventKind } from './learningEvent.js';

/**
 * The words our statements use (SPEC X3). Verbs are taken from published vocabularies so an LRS
 * dashboard or another tool recognises them; activity types no registry has a fitting word for
 * (a whiteboard canvas, an area of it, a sticky note) are defined under our own profile IRI.
 */

export interface VerbWord {
  id: string;
  display: { en: string };
}

export const VERBS: Record<LearningEventKind, VerbWord> = {
  added: { id: 'http://activitystrea.ms/schema/1.0/add', display: { en: 'added' } },
  updated: { id: 'http://activitystrea.ms/schema/1.0/update', display: { en: 'updated' } },
  voted: { id: 'http://id.tincanapi.com/verb/voted-up', display: { en: 'voted' } },
  attended: { id: 'http://adlnet.gov/expapi/verbs/attended', display: { en: 'attended' } },
  completed: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { en: 'completed' } },
};

/** Shown as context.platform: which system produced the statement. */
export const PLATFORM = 'Canvas Sessions';

/** Language of the language maps we write; workshop titles and notes are kept as typed. */
export const LANGUAGE = 'en';

/** How long an activity name may be: a note's name is its text cut to this many characters. */
export const NAME_MAX_CHARS = 100;

/** ADL's "meeting": a gathering of people for a common cause, which a workshop is. */
export const WORKSHOP_ACTIVITY_TYPE = 'http://adlnet.gov/expapi/activities/meeting';

/** The type xAPI profiles use for the category activity that names the profile. */
export const PROFILE_ACTIVITY_TYPE = 'http://adlnet.gov/expapi/activities/profile';
export const PROFILE_NAME = 'Canvas Sessions whiteboard profile';

/** The IRIs that depend on where the server lives (its public base URL). */
export interface Vocabulary {
  /** Sent as context.contextActivities.category: marks statements made by these rules. */
  profile: string;
  canvasType: string;
  areaType: string;
  noteType: string;
}

export function vocabularyFor(baseUrl: string): Vocabulary {
  const profile = `${baseUrl}/xapi/profile/whiteboard/v1`;
  return {
    profile,
    canvasType: `${profile}/activity-types/canvas`,
    areaType: `${profile}/activity-types/area`,
    noteType: `${profile}/activity-types/note`,
  };
}
