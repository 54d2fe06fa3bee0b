/** What LTI needs from workshops; the server wires it to WorkshopService and the credential signer. */
export interface WorkshopPort {
  /** True while the workshop exists (active or ended). */
  exists(workshopId: string): Promise<boolean>;
  /** Creates a workshop: the given activities (an agenda picked by deep linking) or the default canvas. */
  create(input: { title: string; language: string; facilitatorName: string; activities?: ReadonlyArray<{ templateId: string; durationMinutes?: number }> }): Promise<string>;
  /** The workshop's title, if it exists. */
  title(workshopId: string): Promise<string | undefined>;
  participantExists(workshopId: string, participantId: string): Promise<boolean>;
  /** The group is part of the workshop (planning a roster member's group, L9). */
  groupExists(workshopId: string, groupId: string): Promise<boolean>;
  /** Joins with the LMS name into `groupId` (a planned group) or the first group with room; returns the participant id. */
  join(workshopId: string, displayName: string, groupId: string | null): Promise<string>;
  facilitatorToken(workshopId: string): Promise<string>;
  participantToken(workshopId: string, participantId: string): Promise<string>;
}
