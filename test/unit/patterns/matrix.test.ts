import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPattern } from '../../../src/core/patterns/generate';
import { describeOptions, optionMatrix } from '../../../src/core/patterns/options';
import { ALL_BUILDABLE as PATTERNS } from '../../../src/core/patterns/registry';
import { renderJson, renderYaml } from '../../../src/core/patterns/render/render';
import { toPlainValue } from '../../../src/core/patterns/values';
import { assertTemplateQuality } from './support/checkTemplate';

// Every pattern, in every option combination, in both formats.
for (const pattern of PATTERNS) {
  for (const options of optionMatrix(pattern)) {
    const label = `${pattern.id} [${describeOptions(options)}]`;
    test(`pattern ${label}`, () => {
      const document = buildPattern(pattern, options);
      const template = assertTemplateQuality(renderYaml(document), renderJson(document), label);
      assert.deepEqual(template, toPlainValue(document.body), `${label}: the rendered template is the built one`);
      const metadata = (template.Metadata as { archlens: Record<string, unknown> }).archlens;
      assert.equal(metadata.pattern, pattern.id);
      assert.equal(metadata.version, pattern.version);
      assert.match(String(template.Description), new RegExp(pattern.id));
      assert.ok(Object.keys(template.Outputs ?? {}).length > 0, `${label}: outputs tell the user where to go next`);
    });
  }
}
