// Replaced at build time from package.json, so `archlens --version` can't drift.
declare const __ARCHLENS_VERSION__: string | undefined;
export const CLI_VERSION: string = typeof __ARCHLENS_VERSION__ === 'string' ? __ARCHLENS_VERSION__ : '0.0.0-dev';
