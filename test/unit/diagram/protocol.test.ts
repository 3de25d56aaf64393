import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dataUrlBytes, decodeBase64 } from '../../../src/shared/base64';
import { DEFAULT_VIEW_STATE, parseViewState, parseWebviewMessage } from '../../../src/shared/diagramProtocol';
import { mermaidNodeIdFromDomId } from '../../../src/shared/mermaidConfig';
import { encodeUtf8 } from '../../../src/shared/utf8';

test('messages from the webview are checked field by field', () => {
  assert.deepEqual(parseWebviewMessage({ type: 'reveal', resourceId: 'Fn' }), { type: 'reveal', resourceId: 'Fn' });
  assert.deepEqual(parseWebviewMessage({ type: 'options', view: 'all', direction: 'TB' }), { type: 'options', view: 'all', direction: 'TB' });
  assert.equal(parseWebviewMessage({ type: 'options', view: 'everything', direction: 'TB' }), undefined);
  assert.equal(parseWebviewMessage({ type: 'reveal', resourceId: 42 }), undefined);
  assert.equal(parseWebviewMessage({ type: 'command', command: 'rm -rf' }), undefined);
  assert.equal(parseWebviewMessage({ type: 'exported', requestId: 1, format: 'gif', data: '' }), undefined);
  assert.equal(parseWebviewMessage('ready'), undefined);
  assert.deepEqual(parseWebviewMessage({ type: 'ready' }), { type: 'ready', state: undefined });
});

test('a persisted view state is repaired, not trusted', () => {
  assert.deepEqual(parseViewState({ view: 'all', direction: 'TB', zoom: 1e9, panX: 'x', documentUri: 'file:///t.yaml' }), {
    ...DEFAULT_VIEW_STATE,
    view: 'all',
    direction: 'TB',
    zoom: 8,
    documentUri: 'file:///t.yaml',
  });
  assert.equal(parseViewState(null), undefined);
});

test('base64 and UTF-8 helpers match Node', () => {
  const bytes = Uint8Array.from([0, 1, 2, 250, 251, 252, 253, 254, 255, 137, 80, 78, 71]);
  const encoded = Buffer.from(bytes).toString('base64');
  assert.deepEqual(decodeBase64(encoded), bytes);
  assert.deepEqual(dataUrlBytes(`data:image/png;base64,${encoded}`, 'image/png'), bytes);
  assert.equal(dataUrlBytes(`data:text/html;base64,${encoded}`, 'image/png'), undefined);
  assert.equal(decodeBase64('a*b='), undefined);
  const text = 'ASCII, 한국어, emoji 😀, ß';
  assert.deepEqual(Buffer.from(encodeUtf8(text)), Buffer.from(text, 'utf8'));
});

test('Mermaid DOM ids map back to ArchLens node ids', () => {
  assert.equal(mermaidNodeIdFromDomId('archlens-svg-3-flowchart-n12-7'), 'n12');
  assert.equal(mermaidNodeIdFromDomId('archlens-svg-3-g2'), undefined);
});
