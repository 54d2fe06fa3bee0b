import type { Template } from '../schema.js';

/**
 * C1 – Needs-based approach (Unit 3.1). Groups collect the evidence a micro-credential should answer:
 * trends, requirements, who to ask, and where the competences will be used.
 */
export const c1Needs: Template = {
  schemaVersion: 1,
  id: 'c1-needs',
  version: '1.0.0',
  title: { en: 'C1 Needs-based approach', de: 'C1 Bedarfsorientierter Ansatz' },
  unit: '3.1',
  activity: {
    en: 'Connecting the dots: society, industry and labour-market needs',
    de: 'Zusammenhänge erkennen: Bedarfe von Gesellschaft, Wirtschaft und Arbeitsmarkt',
  },
  durationMinutes: 60,
  instructions: {
    en: 'Work in groups of up to four. Put one idea per sticky note into the four areas to pin down the need your micro-credential will respond to, then present your canvas to the other groups.',
    de: 'Arbeitet in Gruppen von höchstens vier Personen. Schreibt je eine Idee auf ein Post-it und ordnet sie den vier Feldern zu, um den Bedarf zu bestimmen, auf den euer Microcredential antwortet. Stellt die Canvas danach den anderen Gruppen vor.',
  },
  kind: 'group',
  // Unit 3.1: each person fills the canvas alone before the group discusses it, then the group picks one need.
  method: { individualWriting: true, vote: { dots: 3, scope: 'group' } },
  frame: { w: 1600, h: 1000 },
  areas: [
    {
      id: 'research-trends',
      label: { en: 'Research trends', de: 'Forschungstrends' },
      questions: [
        {
          en: 'Which theories, technologies or practices are changing your professional field right now?',
          de: 'Welche Theorien, Technologien oder Praktiken verändern euer Berufsfeld gerade?',
        },
        {
          en: 'Which competences will companies and organisations need because of these trends?',
          de: 'Welche Kompetenzen werden Unternehmen und Organisationen wegen dieser Trends brauchen?',
        },
        {
          en: 'Is there a trend your target group has not noticed yet but will feel at work?',
          de: 'Gibt es einen Trend, den eure Zielgruppe noch nicht bemerkt hat, der ihre Arbeit aber prägen wird?',
        },
      ],
      rect: { x: 0, y: 120, w: 800, h: 440 },
      accepts: 'notes',
      color: 'light-blue',
    },
    {
      id: 'requirements',
      label: {
        en: 'Environmental, industrial and labour-market requirements',
        de: 'Anforderungen aus Umfeld, Wirtschaft und Arbeitsmarkt',
      },
      questions: [
        {
          en: 'What do employers and the labour market in your field ask for today?',
          de: 'Was fordern Arbeitgeber und Arbeitsmarkt in eurem Feld heute?',
        },
        {
          en: 'Which environmental or regulatory changes create new demands?',
          de: 'Welche Veränderungen im Umfeld oder in den Vorschriften schaffen neue Anforderungen?',
        },
      ],
      rect: { x: 800, y: 120, w: 800, h: 440 },
      accepts: 'notes',
      color: 'light-green',
    },
    {
      id: 'organisations',
      label: { en: 'Organisations to consult', de: 'Organisationen, die wir befragen' },
      questions: [
        {
          en: 'Which labour and business support organisations (LSOs, BSOs) could tell you what their members need?',
          de: 'Welche Arbeitsmarkt- und Wirtschaftsförderorganisationen (LSOs, BSOs) kennen den Bedarf ihrer Mitglieder?',
        },
        {
          en: 'Think of chambers, clusters, competence centres, strategic partnerships and employment offices, nationally and locally.',
          de: 'Denkt an Kammern, Cluster, Kompetenzzentren, strategische Partnerschaften und Arbeitsagenturen – national und regional.',
        },
        {
          en: 'Which needs do you already perceive before talking to them?',
          de: 'Welche Bedarfe nehmt ihr schon wahr, bevor ihr mit ihnen sprecht?',
        },
      ],
      rect: { x: 0, y: 560, w: 800, h: 440 },
      accepts: 'notes',
      color: 'yellow',
    },
    {
      id: 'application-context',
      label: { en: 'Where learners apply the competences', de: 'Wo Lernende die Kompetenzen anwenden' },
      questions: [
        {
          en: 'In which industries, workplaces or settings will the competences be used?',
          de: 'In welchen Branchen, Arbeitsplätzen oder Umgebungen werden die Kompetenzen eingesetzt?',
        },
        {
          en: 'Does the same competence look different in another sector (for example food production versus banking)?',
          de: 'Sieht dieselbe Kompetenz in einer anderen Branche anders aus (etwa Lebensmittelproduktion oder Bankwesen)?',
        },
        {
          en: 'What does this tell you about your possible target group?',
          de: 'Was verrät das über eure mögliche Zielgruppe?',
        },
      ],
      rect: { x: 800, y: 560, w: 800, h: 440 },
      accepts: 'notes',
      color: 'orange',
    },
  ],
};
