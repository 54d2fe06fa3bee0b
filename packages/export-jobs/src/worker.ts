import type { MessagePort } from 'node:worker_threads';
import type { ExportJob, ExportResult } from './job.js';
import { runExportJob } from './run.js';

/** What the pool sends a worker: the job, and a port on which the worker says it has begun. */
export interface WorkerTask {
  job: ExportJob;
  started: MessagePort;
}

/**
 * The entry point piscina loads in each worker thread. It says "started" before doing anything, so
 * the pool's time budget counts working time only, not time spent waiting in the queue (SPEC X2.2).
 */
export default async function exportWorker({ job, started }: WorkerTask): Promise<ExportResult> {
  started.postMessage('started');
  return runExportJob(job);
}
