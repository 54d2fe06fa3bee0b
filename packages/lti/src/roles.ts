/**
 * Rule L5: who facilitates. Instructors, teaching assistants, content developers and administrators
 * (context, institution or system roles) open the console; everyone else joins as a participant.
 */
const FACILITATING = [
  'http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor',
  'http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant',
  'http://purl.imsglobal.org/vocab/lis/v2/membership#ContentDeveloper',
  'http://purl.imsglobal.org/vocab/lis/v2/membership#Administrator',
  'http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator',
  'http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator',
];

export function isFacilitatorRole(roles: readonly string[]): boolean {
  // Short forms ("Instructor") are deprecated but still sent by some platforms.
  return roles.some((role) => FACILITATING.includes(role) || role === 'Instructor' || role === 'Administrator');
}
