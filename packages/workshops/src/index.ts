export { WorkshopService, controlBoardId, type WorkshopServiceOptions } from './WorkshopService.js';
export { WorkshopError } from './errors.js';
export { applyTimerCommand, remainingMs } from './timer.js';
export type { LiveBoards, TemplateCatalog, TemplateInfo } from './ports.js';
export { SavedAgendas } from './savedAgendas.js';
