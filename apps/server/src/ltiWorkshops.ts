import type { CredentialSigner } from '@canvas/access';
import { toLang } from '@canvas/i18n';
import type { WorkshopPort } from '@canvas/lti';
import type { WorkshopRepository } from '@canvas/storage';
import { WorkshopError, type WorkshopService } from '@canvas/workshops';

/** A workshop a teacher creates by launching an unlinked resource link: one activity, three groups; deep linking picks others. */
export const LTI_DEFAULT_TEMPLATE = 'c1-needs';

/** Wires @canvas/lti to the workshop rules: LTI creates and joins through WorkshopService like everyone else. */
export function ltiWorkshopPort(workshops: WorkshopService, repo: WorkshopRepository, signer: CredentialSigner): WorkshopPort {
  return {
    exists: async (workshopId) => await repo.workshop(workshopId) !== undefined,
    create: async ({ title, language, facilitatorName, activities }) =>
      (await workshops.create({
        title,
        language: toLang(language),
        activities: activities && activities.length > 0 ? activities.map((a) => ({ ...a })) : [{ templateId: LTI_DEFAULT_TEMPLATE }],
        groupCount: 3,
        facilitatorName,
      })).workshopId,
    title: async (workshopId) => (await repo.workshop(workshopId))?.title,
    participantExists: async (workshopId, participantId) => (await repo.participant(participantId))?.workshopId === workshopId,
    groupExists: async (workshopId, groupId) => (await repo.groups(workshopId)).some((group) => group.id === groupId),
    async join(workshopId, displayName, groupId) {
      try {
        return (await workshops.join(workshopId, { displayName, ...(groupId ? { groupId } : {}) })).participant.id;
      } catch (error) {
        // A planned group that filled up or went away: place the learner like anyone joining by code.
        if (groupId && error instanceof WorkshopError && (error.code === 'group_full' || error.code === 'group_not_found')) {
          return (await workshops.join(workshopId, { displayName })).participant.id;
        }
        throw error;
      }
    },
    facilitatorToken: async (workshopId) => signer.issueFacilitator(workshopId),
    participantToken: async (workshopId, participantId) => signer.issueParticipant(workshopId, participantId),
  };
}
