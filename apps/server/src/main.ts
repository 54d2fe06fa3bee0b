import { buildApp } from './app.js';
import { loadConfigOrExit } from './config.js';

/** Process entry: validated config, one listening port, clean shutdown on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const app = await buildApp(config);
  const address = await app.fastify.listen({ port: config.PORT, host: config.HOST });
  app.fastify.log.info({ address, dataDir: config.DATA_DIR }, `Canvas Sessions listening on ${address}`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.fastify.log.info({ signal }, 'shutting down: storing every board');
    app
      .close()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        app.fastify.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

void main();
