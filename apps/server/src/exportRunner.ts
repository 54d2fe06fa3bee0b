import { ExportBusyError, ExportMemoryError, ExportTimeoutError, type ExportJob, type ExportPool } from '@canvas/export-jobs';
import { WorkshopError } from '@canvas/workshops';
import type { FastifyReply } from 'fastify';

/** Seconds a client is asked to wait when the export queue is full. */
const RETRY_AFTER_SECONDS = 10;

/**
 * Runs one export on the pool and turns a limit that was hit into a clear JSON answer naming it
 * (docs/security.md, "Limits"): 503 `export_busy` with `Retry-After` when too many exports wait,
 * 422 `export_too_slow` / `export_too_large` when this export ran past its time or memory budget.
 */
export async function runExport(pool: ExportPool, job: ExportJob, reply: FastifyReply): Promise<string | Uint8Array> {
  try {
    const result = await pool.run(job);
    if (!result.ok) {
      throw new WorkshopError(409, 'template_unavailable', 'The template of this canvas is not available on this server; export it as SVG or PDF instead.', 'querystring.format');
    }
    return result.body;
  } catch (error) {
    if (error instanceof ExportBusyError) {
      reply.header('retry-after', String(RETRY_AFTER_SECONDS));
      throw new WorkshopError(
        503,
        'export_busy',
        `The server is busy making other exports (at most ${error.maxQueue} may wait). Try again in ${RETRY_AFTER_SECONDS} seconds.`,
      );
    }
    if (error instanceof ExportTimeoutError) {
      throw new WorkshopError(
        422,
        'export_too_slow',
        `This export was stopped after ${Math.round(error.budgetMs / 100) / 10} seconds, the time limit for one export. Download the boards one at a time, or shorten very long content.`,
      );
    }
    if (error instanceof ExportMemoryError) {
      throw new WorkshopError(
        422,
        'export_too_large',
        `This export needed more than the ${error.maxMemoryMb} MiB one export may use and was stopped. Download the boards one at a time.`,
      );
    }
    throw error;
  }
}

let reads: Promise<unknown> = Promise.resolve();

/**
 * Runs `read` (copying a board out of its document for an export) in its own turn of the event
 * loop, one read per turn, in arrival order. A burst of export requests then interleaves with
 * everything else — sync traffic, `/api/health` — instead of running all its reads back to back:
 * an immediate queued while immediates run waits for the next turn, after the sockets are polled.
 */
export function readInTurn<T>(read: () => T): Promise<T> {
  const next = reads.then(
    () =>
      new Promise<T>((resolve, reject) =>
        setImmediate(() => {
          try {
            resolve(read());
          } catch (error) {
            reject(error);
          }
        }),
      ),
  );
  reads = next.catch(() => undefined);
  return next;
}
