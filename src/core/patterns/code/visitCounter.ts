import { inlineCode } from './inlineCode';

/**
 * Lambda → RDS Proxy with IAM authentication: no password anywhere, and the proxy pools
 * connections however far Lambda scales. Records a visit and returns the count.
 */
export const visitCounterCode = inlineCode(
  'visit-counter',
  `
// The database driver and the token signer come from the layer in DriverLayerArn
// (mysql2 or pg, plus @aws-sdk/rds-signer): the one place to plug in libraries.
const { PROXY_ENDPOINT: hostname, DB_PORT, DB_USER: username, DB_NAME, DB_ENGINE } = process.env;
const port = Number(DB_PORT);
let connection;

async function connect() {
  // A short-lived IAM token replaces the password; the proxy checks it.
  const { Signer } = require('@aws-sdk/rds-signer');
  const password = await new Signer({ hostname, port, username, region: process.env.AWS_REGION }).getAuthToken();
  if (DB_ENGINE === 'postgres') {
    const { Client } = require('pg');
    const client = new Client({ host: hostname, port, user: username, password, database: DB_NAME, ssl: true });
    await client.connect();
    return { query: async (sql) => (await client.query(sql)).rows, close: () => client.end() };
  }
  const mysql = require('mysql2/promise');
  const conn = await mysql.createConnection({
    host: hostname, port, user: username, password, database: DB_NAME, ssl: {},
    authPlugins: { mysql_clear_password: () => () => Buffer.from(password + '\\0') },
  });
  return { query: async (sql) => (await conn.query(sql))[0], close: () => conn.end() };
}

const SQL = {
  mysql: ['CREATE TABLE IF NOT EXISTS visits (id BIGINT AUTO_INCREMENT PRIMARY KEY, at TIMESTAMP DEFAULT CURRENT_TIMESTAMP)', 'INSERT INTO visits () VALUES ()'],
  postgres: ['CREATE TABLE IF NOT EXISTS visits (id BIGSERIAL PRIMARY KEY, at TIMESTAMPTZ DEFAULT now())', 'INSERT INTO visits DEFAULT VALUES'],
};

exports.handler = async () => {
  try {
    connection = connection || (await connect());
    for (const sql of SQL[DB_ENGINE === 'postgres' ? 'postgres' : 'mysql']) await connection.query(sql);
    const [row] = await connection.query('SELECT COUNT(*) AS visits FROM visits');
    return { visits: Number(row.visits) };
  } catch (error) {
    if (connection) await connection.close().catch(() => undefined);
    connection = undefined;
    if (error.code === 'MODULE_NOT_FOUND') throw new Error('Add a layer with the driver and @aws-sdk/rds-signer (parameter DriverLayerArn): ' + error.message);
    throw error;
  }
};
`,
  ['@aws-sdk/rds-signer', 'mysql2/promise', 'pg'],
);
