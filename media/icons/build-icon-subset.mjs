// Regenerates aws-icons.json: the AWS icons of the Iconify `logos` set (CC0) that the
// diagram uses, so the webview bundles a few dozen icons instead of the whole 8 MB set.
// Run after changing icons in src/core/diagram/serviceCatalog.ts:
//   node media/icons/build-icon-subset.mjs
// A unit test (test/unit/diagram/icons.test.ts) fails when the subset is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const catalog = readFileSync(new URL('../../src/core/diagram/serviceCatalog.ts', import.meta.url), 'utf8');
const names = [...new Set([...catalog.matchAll(/'(aws-[a-z0-9-]+)'/g)].map((match) => match[1]))].sort();
const logos = require('@iconify-json/logos/icons.json');
const missing = names.filter((name) => !logos.icons[name]);
if (missing.length > 0) throw new Error(`not in @iconify-json/logos: ${missing.join(', ')}`);
const subset = {
  prefix: logos.prefix,
  info: require('@iconify-json/logos/info.json'),
  width: logos.width,
  height: logos.height,
  icons: Object.fromEntries(names.map((name) => [name, logos.icons[name]])),
};
writeFileSync(new URL('./aws-icons.json', import.meta.url), `${JSON.stringify(subset)}\n`);
console.log(`aws-icons.json: ${names.length} icons`);
