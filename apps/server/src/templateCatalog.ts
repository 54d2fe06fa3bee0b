import { getTemplate, listTemplates, localize, TemplateSchema, type Template } from '@canvas/templates';
import { withSolution } from '@canvas/templates/solutions';
import type { TemplateCatalog, TemplateInfo, WorkshopService } from '@canvas/workshops';

export function templateInfo(template: Template): TemplateInfo {
  return {
    id: template.id,
    kind: template.kind,
    durationMinutes: template.durationMinutes,
    title: (language) => localize(template.title, language),
    hasSolution: Boolean(template.solution?.notes.length),
    individualWriting: template.method?.individualWriting === true,
    ...(template.method?.vote ? { vote: template.method.vote } : {}),
  };
}

/** The built-in canvases of @canvas/templates, as the workshop rules see them. */
export const builtInCatalog: TemplateCatalog = {
  async get(id) {
    const template = getTemplate(id);
    return template ? templateInfo(withSolution(template)) : null;
  },
};

/**
 * The canvases as the workshop rules see them, a workshop's imported ones included, so that an
 * imported canvas's method (individual writing first, its dot-vote) applies like a built-in one's.
 * `customJson` is read lazily: the workshop service that stores imports is built with this catalog.
 */
export function workshopCatalog(customJson: (workshopId: string, templateId: string) => Promise<string | undefined>): TemplateCatalog {
  return {
    async get(id, workshopId) {
      const json = workshopId === undefined ? undefined : await customJson(workshopId, id);
      if (json !== undefined) {
        const parsed = TemplateSchema.safeParse(JSON.parse(json));
        if (parsed.success) return templateInfo(parsed.data);
      }
      return await builtInCatalog.get(id);
    },
  };
}

/**
 * The template of an activity: one the facilitator imported into this workshop, or a built-in one,
 * with its solution (callers that answer a participant strip it: see the workshops plugin).
 * Imported templates were validated on import; they are parsed again on the way out.
 */
export async function resolveTemplate(service: WorkshopService, workshopId: string, templateId: string): Promise<Template | undefined> {
  const json = await service.customTemplateJson(workshopId, templateId);
  if (json !== undefined) {
    const parsed = TemplateSchema.safeParse(JSON.parse(json));
    if (parsed.success) return parsed.data;
  }
  const builtIn = getTemplate(templateId);
  return builtIn && withSolution(builtIn);
}

export { listTemplates, getTemplate };
