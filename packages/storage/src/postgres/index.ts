export { PostgresClient } from './PostgresClient.js';
export { PostgresBoardStore } from './PostgresBoardStore.js';
export { migratePostgres, postgresMigration } from './migrations.js';
export { copySqliteToPostgres } from './copySqliteToPostgres.js';
export { numberPlaceholders } from './sqlText.js';
export { testDatabaseUrl } from './testDatabase.js';
