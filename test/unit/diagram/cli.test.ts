import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { runDiagram } from '../../../src/cli/commands/diagram';
import { fixtureText } from './diagramFixture';

const RENDERER = '/bundle/htmlRenderer.js';

/** An in-memory file system: the command's only access to the outside. */
function memoryIo(files: Record<string, string>) {
  const out = { stdout: '', stderr: '', files: { ...files } };
  const io = {
    stdout: (s: string) => void (out.stdout += s),
    stderr: (s: string) => void (out.stderr += s),
    readFile: async (path: string) => {
      if (!(path in out.files)) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return out.files[path];
    },
    writeFile: async (path: string, data: string) => void (out.files[path] = data),
    exists: async (path: string) => path in out.files,
    rendererPath: RENDERER,
  };
  return { io, out };
}

const withTemplate = () => memoryIo({ 'site.yaml': fixtureText('static-site.yaml'), [RENDERER]: 'window.rendered = "</script><!--";' });

test('mermaid is the default format, GitHub-ready (no icon pack)', async () => {
  const { io, out } = withTemplate();
  assert.equal(await runDiagram(['site.yaml'], io), 0);
  assert.match(out.stdout, /^flowchart LR\n/);
  assert.ok(!out.stdout.includes('logos:'));
  assert.equal(out.stderr, '');
});

test('json lists nodes with type, group path and findings, and edges with kind and label', async () => {
  const { io, out } = withTemplate();
  assert.equal(await runDiagram(['site.yaml', '--format', 'json', '--view', 'all', '--direction', 'TB'], io), 0);
  const json = JSON.parse(out.stdout);
  assert.equal(json.direction, 'TB');
  assert.equal(json.view, 'all');
  assert.deepEqual(json.nodes.find((node: { id: string }) => node.id === 'Distribution'), {
    id: 'Distribution',
    type: 'AWS::CloudFront::Distribution',
    label: 'CloudFront distribution',
    group: ['global'],
    findings: [],
  });
  assert.ok(json.edges.some((edge: { kind: string; label: string }) => edge.kind === 'origin' && edge.label === 'origin'));
});

test('html is one offline page: the renderer inline under a hash CSP, the data as inert JSON', async () => {
  const { io, out } = withTemplate();
  assert.equal(await runDiagram(['site.yaml', '--format', 'html', '-o', 'site.html'], io), 0);
  const html = out.files['site.html'];
  assert.ok(!/https?:\/\/(?!www\.w3\.org)/.test(html.replace(/<script>[\s\S]*<\/script>/, '')), 'no remote URL outside the renderer');
  const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
  assert.equal(script, 'window.rendered = "<\\/script><\\!--";');
  const hash = createHash('sha256').update(script, 'utf8').digest('base64');
  assert.ok(html.includes(`script-src 'sha256-${hash}'`));
  assert.match(html, /<script type="application\/json" id="archlens-diagram-data">\{/);
  assert.ok(html.includes('logos:aws-cloudfront'), 'the page draws icons');
});

test('-o refuses to overwrite an existing file unless --force', async () => {
  const { io, out } = withTemplate();
  out.files['out.mmd'] = 'keep me';
  assert.equal(await runDiagram(['site.yaml', '-o', 'out.mmd'], io), 2);
  assert.equal(out.files['out.mmd'], 'keep me');
  assert.match(out.stderr, /^archlens diagram: out\.mmd exists; use --force to overwrite it\n$/);
  assert.equal(await runDiagram(['site.yaml', '-o', 'out.mmd', '--force'], io), 0);
  assert.match(out.files['out.mmd'], /^flowchart LR/);
});

test('usage and I/O errors exit 2 with one line on stderr', async () => {
  for (const args of [[], ['a.yaml', 'b.yaml'], ['site.yaml', '--format', 'png'], ['site.yaml', '--view', 'some'], ['site.yaml', '--direction', 'RL'], ['site.yaml', '--bogus'], ['missing.yaml']]) {
    const { io, out } = withTemplate();
    assert.equal(await runDiagram(args, io), 2, args.join(' '));
    assert.equal(out.stderr.split('\n').length, 2, out.stderr);
    assert.equal(out.stdout, '');
  }
  const { io, out } = memoryIo({ 'site.yaml': fixtureText('static-site.yaml') });
  io.rendererPath = '/nowhere.js';
  assert.equal(await runDiagram(['site.yaml', '--format', 'html'], io), 2);
  assert.match(out.stderr, /renderer bundle/);
});

test('a file that is not a template, or does not parse, says so and exits 1', async () => {
  const { io, out } = memoryIo({ 'ci.yml': 'on: push\njobs: {}\n', 'bad.yaml': 'Resources:\n  A: [\n' });
  assert.equal(await runDiagram(['ci.yml'], io), 1);
  assert.match(out.stderr, /ci\.yml is not a CloudFormation or SAM template/);
  assert.equal(await runDiagram(['bad.yaml'], io), 1);
  assert.match(out.stderr, /bad\.yaml:\d+:\d+: /);
});
