import { uuidV5 } from '@canvas/microcredential';
import type { EmbeddedAchievement } from './openBadgeCredential.js';

type Lang = 'en' | 'de';

export interface ParticipationWorkshop {
  id: string;
  title: string;
  language: string;
  /** When the workshop took place (its creation), ms since epoch. */
  createdAt: number;
}

export interface ParticipationActivity {
  id: string;
  title: string;
}

/** One board's records, for finding who wrote on it. */
export interface AuthoredBoard {
  activityId: string | null;
  records: readonly unknown[];
}

/**
 * The activities a participant took part in (SPEC C6): those with a board holding a shape the
 * participant created (`meta.authorId`; apps/server fills it from the authorship the server
 * recorded, never from what a client wrote). Listening
 * without writing leaves an activity out; the credential still records the workshop.
 */
export function activitiesTakenPartIn(participantId: string, boards: readonly AuthoredBoard[]): Set<string> {
  const taken = new Set<string>();
  for (const board of boards) {
    if (!board.activityId || taken.has(board.activityId)) continue;
    const authored = board.records.some((record) => {
      const meta = (record as { meta?: unknown } | null)?.meta as { authorId?: unknown } | undefined;
      return meta?.authorId === participantId;
    });
    if (authored) taken.add(board.activityId);
  }
  return taken;
}

const WORDS = {
  en: {
    name: (title: string) => `Participation: ${title}`,
    description: (title: string, date: string) => `Took part in the canvas workshop "${title}" on ${date}.`,
    criteria: (activities: string[]) =>
      activities.length > 0
        ? `Took part in the workshop and contributed to these activities:\n${activities.map((a) => `- ${a}`).join('\n')}`
        : 'Took part in the workshop.',
  },
  de: {
    name: (title: string) => `Teilnahme: ${title}`,
    description: (title: string, date: string) => `Hat am ${date} am Canvas-Workshop „${title}“ teilgenommen.`,
    criteria: (activities: string[]) =>
      activities.length > 0
        ? `Hat am Workshop teilgenommen und zu diesen Aktivitäten beigetragen:\n${activities.map((a) => `- ${a}`).join('\n')}`
        : 'Hat am Workshop teilgenommen.',
  },
} satisfies Record<Lang, unknown>;

/**
 * The OB 3.0 Achievement of taking part in a workshop (SPEC C6): the workshop and the activities the
 * participant contributed to, in the workshop's language. Its id is stable per workshop and set of
 * activities, so that equal participations share one achievement.
 */
export function participationAchievement(workshop: ParticipationWorkshop, activities: readonly ParticipationActivity[]): EmbeddedAchievement {
  const lang: Lang = workshop.language === 'de' ? 'de' : 'en';
  const words = WORDS[lang];
  const date = new Date(workshop.createdAt).toISOString().slice(0, 10);
  const key = `urn:canvas-sessions:participation:${workshop.id}:${activities.map((a) => a.id).join(',')}`;
  const achievement = {
    id: `urn:uuid:${uuidV5(key)}`,
    type: ['Achievement'],
    achievementType: 'ext:WorkshopParticipation',
    name: words.name(workshop.title),
    description: words.description(workshop.title, date),
    criteria: { narrative: words.criteria(activities.map((a) => a.title)) },
    inLanguage: lang,
  };
  return achievement;
}
