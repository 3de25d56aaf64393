// Hostile logical ids, types, CIDRs, zones, descriptions and tags must reach Mermaid only as
// inert text. Every line of the output must match the small grammar ArchLens writes, with
// labels made of letters, digits, spaces and entity codes. The render test
// (test/render/render.test.mjs) then checks in Chromium that nothing runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mermaidText } from '../../../src/core/diagram';
import { diagramOf } from './diagramFixture';

const TEXT = '[A-Za-z0-9 #;]*';
const LABEL = `${TEXT}<br/>${TEXT}`;
const SHAPES = ['\\("', '"\\)', '\\[\\("', '"\\)\\]', '\\{\\{"', '"\\}\\}', '\\(\\["', '"\\]\\)', '\\[/"', '"/\\]', '\\["', '"\\]', '\\[\\["', '"\\]\\]'];
const SHAPE_PAIRS = Array.from({ length: SHAPES.length / 2 }, (_, i) => `${SHAPES[2 * i]}${LABEL}${SHAPES[2 * i + 1]}`).join('|');
const LINE_GRAMMAR = [
  /^flowchart (LR|TB)$/,
  /^%% ArchLens architecture diagram, (essentials|all|summary) view$/,
  new RegExp(`^ *subgraph g\\d+\\["${TEXT}"\\]$`),
  /^ *direction (LR|TB)$/,
  /^ *end$/,
  new RegExp(`^ *n\\d+(${SHAPE_PAIRS})$`),
  new RegExp(`^ *n\\d+@\\{ icon: "logos:aws-[a-z0-9-]+", form: "square", pos: "b", h: 40, label: "${LABEL}" \\}$`),
  new RegExp(`^ *n\\d+ (-->|-\\.->)(\\|"${TEXT}"\\|)? n\\d+$`),
  /^ *classDef [a-z_]+ [a-z-]+:[#0-9A-Za-z.]+(,[a-z-]+:[#0-9A-Za-z. ]+)*$/,
  /^ *class n\d+(,n\d+)* [a-z_]+$/,
  /^ *style g\d+ [a-z-]+:[#0-9A-Za-z.]+(,[a-z-]+:[#0-9A-Za-z. ]+)*$/,
  /^ *linkStyle \d+(,\d+)* [a-z-]+:[#0-9A-Za-z.]+(,[a-z-]+:[#0-9A-Za-z. ]+)*$/,
];

for (const fixture of ['injection.yaml', 'injection.json']) {
  for (const view of ['essentials', 'all'] as const) {
    test(`${fixture} (${view}): every Mermaid line is one ArchLens writes`, () => {
      const { mermaid, icons, json } = diagramOf(fixture, { view });
      for (const text of [mermaid.text, icons.text]) {
        for (const line of text.trimEnd().split('\n')) {
          assert.ok(LINE_GRAMMAR.some((rule) => rule.test(line)), `unexpected line: ${line}`);
        }
      }
      assert.ok(json.nodes.length >= 4, 'the hostile resources are still drawn');
    });
  }
}

test('hostile ids keep their text in JSON and map to generated Mermaid ids', () => {
  const { json, mermaid } = diagramOf('injection.yaml');
  const hostile = 'Fn<script>window.__archlensPwned=true</script>';
  assert.ok(json.nodes.some((node) => node.id === hostile));
  assert.ok(Object.values(mermaid.nodeIds).includes(hostile));
  assert.ok(Object.keys(mermaid.nodeIds).every((id) => /^n\d+$/.test(id)));
  assert.ok(!mermaid.text.includes('<script'));
});

test('mermaidText turns every structural character into an entity code', () => {
  assert.equal(mermaidText('a"]-->b'), 'a#34;#93;#45;#45;#62;b');
  assert.equal(mermaidText('<img src=x>'), '#60;img src#61;x#62;');
  assert.equal(mermaidText('`x` #quot; &amp;'), '#96;x#96; #35;quot#59; #38;amp#59;');
  assert.equal(mermaidText('line\nbreak\u2028sep'), 'line break sep');
  assert.equal(mermaidText('😀'), '#128512;');
  assert.equal(mermaidText('x'.repeat(500), 10), `${'x'.repeat(9)}#8230;`);
});
