// `npm run docs`: writes docs/rules/*.md from the rule registry and the fixtures.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DOCS_DIR, generatedRuleDocs } from '../support/ruleDocs';

const pages = generatedRuleDocs();
rmSync(DOCS_DIR, { recursive: true, force: true });
for (const [file, text] of pages) {
  mkdirSync(dirname(join(DOCS_DIR, file)), { recursive: true });
  writeFileSync(join(DOCS_DIR, file), text);
}
console.log(`wrote ${pages.size} pages to docs/rules`);
