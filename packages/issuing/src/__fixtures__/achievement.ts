/** A small achievement like the ones @canvas/microcredential builds. */
export const achievement = {
  id: 'urn:uuid:3f1c7a3e-8a53-5f6b-9a5e-1d2f3c4b5a69',
  type: ['Achievement'],
  achievementType: 'MicroCredential',
  name: 'Heat-pump installation basics',
  description: 'Plan and install a heat pump for a family home.',
  criteria: { narrative: 'Passed a practical installation task.' },
  inLanguage: 'en',
};
