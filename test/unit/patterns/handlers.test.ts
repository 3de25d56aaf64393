import { test } from 'node:test';
import assert from 'node:assert/strict';
import { INLINE_CODE } from '../../../src/core/patterns/code';
import { buildPattern } from '../../../src/core/patterns/generate';
import { optionMatrix } from '../../../src/core/patterns/options';
import { ALL_BUILDABLE as PATTERNS } from '../../../src/core/patterns/registry';
import { toPlainValue } from '../../../src/core/patterns/values';
import { HANDLER_SAMPLES } from './support/handlerSamples';
import { loadHandler } from './support/lambdaRunner';

type Resources = Record<string, { Type: string; Properties?: Record<string, unknown> }>;

/** The inline code of every function in a template. */
function inlineSources(resources: Resources): Array<{ id: string; source: string }> {
  const out: Array<{ id: string; source: string }> = [];
  for (const [id, resource] of Object.entries(resources)) {
    const code = resource.Properties?.Code as { ZipFile?: unknown } | undefined;
    const source = resource.Type === 'AWS::Serverless::Function' ? resource.Properties?.InlineCode : code?.ZipFile;
    if (typeof source === 'string') out.push({ id, source });
  }
  return out;
}

test('every Lambda function in every pattern ships known inline code', () => {
  const known = new Set(INLINE_CODE.map((code) => code.source));
  for (const pattern of PATTERNS) {
    for (const options of optionMatrix(pattern)) {
      const template = toPlainValue(buildPattern(pattern, options).body) as { Resources: Resources };
      for (const resource of Object.values(template.Resources)) {
        if (resource.Type === 'AWS::Lambda::Function' || resource.Type === 'AWS::Serverless::Function') {
          assert.ok(inlineSources({ x: resource }).length === 1, `${pattern.id}: every function ships inline code`);
        }
      }
      for (const { id, source } of inlineSources(template.Resources)) {
        assert.ok(known.has(source), `${pattern.id} ${id}: inline code comes from the code library`);
      }
    }
  }
});

for (const code of INLINE_CODE) {
  const samples = HANDLER_SAMPLES[code.name] ?? [];
  test(`inline code ${code.name} has sample events`, () => {
    assert.ok(samples.length > 0, `add a sample for ${code.name} in support/handlerSamples.ts`);
    assert.doesNotMatch(code.source, /\bTODO\b|FIXME|not implemented/, 'no placeholder handlers');
  });
  for (const sample of samples) {
    test(`inline code ${code.name}: ${sample.name}`, async () => {
      const handler = loadHandler(code.source, sample.run);
      if (sample.rejects) {
        await assert.rejects(handler.invoke(sample.event), sample.rejects);
        return;
      }
      const result = await handler.invoke(sample.event);
      sample.check(result, handler.calls, handler.logs);
    });
  }
}
