/**
 * Loads inline Lambda code the way the Node.js runtime would (CommonJS `index.js`) and
 * stubs the AWS SDK at its boundary: every `client.send(command)` is recorded and
 * answered by the test. Layer modules (drivers, image libraries) are stubbed too.
 */
import { createRequire } from 'node:module';

export interface SdkCall {
  module: string;
  command: string;
  input: Record<string, unknown>;
}

export type SdkResponder = (command: string, input: Record<string, unknown>) => unknown;

export interface RunOptions {
  env?: Record<string, string>;
  respond?: SdkResponder;
  /** Modules a layer would provide, by name. */
  modules?: Record<string, unknown>;
  /** Modules that are not installed (a layer left out). */
  missing?: string[];
  /** Globals the code uses, such as `fetch`. */
  globals?: Record<string, unknown>;
}

export interface LoadedHandler {
  calls: SdkCall[];
  logs: unknown[][];
  invoke(event: unknown, context?: Record<string, unknown>): Promise<unknown>;
}

const nodeRequire = createRequire(__filename);

/** A fake `@aws-sdk/*` module: any `…Client` sends through the responder, any `…Command` keeps its input. */
function fakeSdkModule(moduleName: string, calls: SdkCall[], respond: SdkResponder): Record<string, unknown> {
  const cache = new Map<string, unknown>();
  return new Proxy({} as Record<string, unknown>, {
    get(_target, property) {
      if (typeof property !== 'string') return undefined;
      if (cache.has(property)) return cache.get(property);
      let value: unknown;
      if (property.endsWith('Command')) {
        value = { [property]: class { constructor(readonly input: Record<string, unknown>) {} } }[property];
      } else if (property.endsWith('Client')) {
        const Client = class {
          constructor(readonly config: unknown = {}) {}
          static from(client: unknown) {
            return new Client(client);
          }
          async send(command: { input: Record<string, unknown> }) {
            const name = command.constructor.name;
            calls.push({ module: moduleName, command: name, input: command.input });
            return (await respond(name, command.input)) ?? {};
          }
        };
        value = Client;
      } else value = undefined;
      cache.set(property, value);
      return value;
    },
  });
}

export function loadHandler(source: string, options: RunOptions = {}): LoadedHandler {
  const calls: SdkCall[] = [];
  const logs: unknown[][] = [];
  const respond = options.respond ?? (() => ({}));
  const sdkModules = new Map<string, unknown>();
  const fakeRequire = (name: string): unknown => {
    if (options.missing?.includes(name)) {
      throw Object.assign(new Error(`Cannot find module '${name}'`), { code: 'MODULE_NOT_FOUND' });
    }
    if (options.modules && name in options.modules) return options.modules[name];
    if (name.startsWith('@aws-sdk/')) {
      if (!sdkModules.has(name)) sdkModules.set(name, fakeSdkModule(name, calls, respond));
      return sdkModules.get(name);
    }
    if (name.startsWith('node:') || ['crypto', 'https', 'url', 'zlib', 'util'].includes(name)) return nodeRequire(name);
    const error = new Error(`Cannot find module '${name}'`) as Error & { code: string };
    error.code = 'MODULE_NOT_FOUND';
    throw error;
  };
  const module = { exports: {} as Record<string, unknown> };
  const fakeProcess = { env: { AWS_REGION: 'us-east-1', ...(options.env ?? {}) } };
  const fakeConsole = {
    log: (...args: unknown[]) => logs.push(args),
    info: (...args: unknown[]) => logs.push(args),
    warn: (...args: unknown[]) => logs.push(args),
    error: (...args: unknown[]) => logs.push(args),
  };
  const globals = options.globals ?? {};
  const factory = new Function('require', 'module', 'exports', 'process', 'console', ...Object.keys(globals), source);
  factory(fakeRequire, module, module.exports, fakeProcess, fakeConsole, ...Object.values(globals));
  const handler = module.exports.handler;
  if (typeof handler !== 'function') throw new Error('index.js exports no handler function');
  return {
    calls,
    logs,
    invoke: (event, context = {}) => Promise.resolve((handler as (e: unknown, c: unknown) => unknown)(event, { awsRequestId: 'req-1', ...context })),
  };
}
