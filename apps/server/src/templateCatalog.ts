import { getTemplate, listTemplates, localize, type Template } from '@canvas/templates';
import type { TemplateCatalog, TemplateInfo } from '@canvas/workshops';

function info(template: Template): TemplateInfo {
  return {
    id: template.id,
    kind: template.kind,
    durationMinutes: template.durationMinutes,
    title: (language) => localize(template.title, language === 'de' ? 'de' : 'en'),
    hasSolution: Boolean(template.solution?.notes.length),
  };
}

/** The built-in canvases of @canvas/templates, as the workshop rules see them. */
export const builtInCatalog: TemplateCatalog = {
  get(id) {
    const template = getTemplate(id);
    return template ? info(template) : null;
  },
};

export { listTemplates, getTemplate };
