/** What LTI needs from workshops; the server wires it to WorkshopService and the credential signer. */
export interface WorkshopPort {
  /** True while the workshop exists (active or ended). */
  exists(workshopId: string): boolean;
  create(input: { title: string; language: 'en' | 'de'; facilitatorName: string }): string;
  participantExists(workshopId: string, participantId: string): boolean;
  /** The group is part of the workshop (planning a roster member's group, L9). */
  groupExists(workshopId: string, groupId: string): boolean;
  /** Joins with the LMS name into `groupId` (a planned group) or the first group with room; returns the participant id. */
  join(workshopId: string, displayName: string, groupId: string | null): string;
  facilitatorToken(workshopId: string): string;
  participantToken(workshopId: string, participantId: string): string;
}
