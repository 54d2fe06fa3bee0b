import { getTemplate, TemplateSchema, type Template } from '@canvas/templates';
import { useEffect, useState } from 'react';

const cache = new Map<string, Template>();

/**
 * The canvas template of an activity: the workshop's own (imported by the facilitator) as the
 * server holds it, or the built-in one meanwhile.
 */
export function useTemplate(workshopId: string, templateId: string | undefined, token: string | null): Template | undefined {
  const key = `${workshopId}/${templateId}`;
  const [template, setTemplate] = useState<Template | undefined>(() => (templateId ? cache.get(key) ?? getTemplate(templateId) : undefined));
  useEffect(() => {
    if (!templateId) return setTemplate(undefined);
    setTemplate(cache.get(key) ?? getTemplate(templateId));
    if (cache.has(key) || !token) return;
    let cancelled = false;
    fetch(`/api/workshops/${workshopId}/templates/${encodeURIComponent(templateId)}`, { headers: { authorization: `Bearer ${token}` } })
      .then((response) => (response.ok ? response.json() : null))
      .then((body) => {
        const parsed = TemplateSchema.safeParse(body);
        if (!cancelled && parsed.success) {
          cache.set(key, parsed.data);
          setTemplate(parsed.data);
        }
      })
      .catch(() => {});
    return () => {
      cancelled = true;
    };
  }, [key, templateId, workshopId, token]);
  return template;
}
