// UI checks through the real workbench: Problems, hover, light bulb, the diagram webview
// (draw, click-to-code, live update, export). Each check records its own pass/fail.
import fs from 'node:fs';
import path from 'node:path';
import { makeWorkbench } from './workbench.mjs';

function checker(page, record, artifacts) {
  const shot = (name) => page.screenshot({ path: path.join(artifacts, name) }).catch(() => {});
  async function check(name, fn) {
    const start = Date.now();
    try {
      await fn();
      record(`ui: ${name}`, true, null, Date.now() - start);
    } catch (error) {
      await shot(`failure-${name.replace(/[^a-z0-9]+/gi, '-')}.png`);
      record(`ui: ${name}`, false, error.message, Date.now() - start);
    }
  }  return { shot, check };
}

export async function runUiChecks({ page, record, artifacts, workspace, waitFor, expectedThreeTierNodes, metrics, diagramNodeCount }) {
  const wb = makeWorkbench(page, waitFor);
  const { shot, check } = checker(page, record, artifacts);


  const problemRows = page.locator('.markers-panel .monaco-list-row');

  await check('Problems lists AL101 with its message', async () => {
    await wb.openFile('bad-template.yaml');
    await page.keyboard.press('Control+Shift+M');
    await waitFor(async () => (await problemRows.allInnerTexts()).some((t) => t.includes('AL101') && t.includes("Function 'ReportJob' has Timeout 1500 s")), {
      timeout: 15_000,
      what: 'an AL101 row in Problems',
    });
    await shot('problems.png');
  });

  await check('hover over the flagged value shows the lesson', async () => {
    await wb.openFile('bad-template.yaml');
    const hover = await wb.showHover(11, 17, 'Why it matters');
    const text = await hover.innerText();
    if (!text.includes('lambda-timeout-limit') || !text.includes('The right answer')) throw new Error(`hover says: ${text}`);
    await shot('hover-lesson.png');
    await page.keyboard.press('Escape');
  });

  await check('the light bulb fix makes the diagnostic disappear', async () => {
    await wb.openFile('bad-template.yaml');
    await wb.openQuickFixes(11, 17, 'Set Timeout to 900 seconds');
    await shot('light-bulb.png');
    await wb.applyQuickFix('Set Timeout to 900 seconds');
    await page.keyboard.press('Control+Shift+M');
    await waitFor(async () => !(await problemRows.allInnerTexts()).some((t) => t.includes('AL101')), { timeout: 10_000, what: 'AL101 to leave Problems' });
    await wb.openFile('bad-template.yaml');
    await wb.runCommand('File: Revert File');
  });

  let diagram;
  const nodes = () => diagram.locator('[data-archlens-node]');
  await check(`the diagram of the 3-tier template draws ${expectedThreeTierNodes} nodes`, async () => {
    await wb.openFile('three-tier.yaml');
    const started = Date.now();
    await wb.runCommand('ArchLens: Show Architecture Diagram');
    diagram = await wb.webviewFrame('[data-archlens-node]');
    await waitFor(async () => (await nodes().count()) === expectedThreeTierNodes, { timeout: 15_000, what: `${expectedThreeTierNodes} nodes` });
    metrics.diagramFirstRenderMs = Date.now() - started;
    const svg = await diagram.locator('svg').first().evaluate((element) => element.outerHTML.length);
    if (svg < 1000) throw new Error('the SVG is suspiciously small');
    await shot('three-tier-diagram.png');
    // The README picture: editor and diagram only, without the sidebar and the panel.
    await page.keyboard.press('Control+B');
    await page.keyboard.press('Control+J');
    await diagram.locator('vscode-button', { hasText: 'Fit' }).first().click().catch(() => {});
    await page.waitForTimeout(500); // let the fit animation settle; the picture is not asserted
    await shot('readme-diagram.png');
    await page.keyboard.press('Control+B');
    await page.keyboard.press('Control+J');
  });

  await check('clicking a node selects the resource in the editor', async () => {
    if (!diagram) throw new Error('no diagram');
    const line = fs.readFileSync(path.join(workspace, 'three-tier.yaml'), 'utf8').split('\n').findIndex((l) => l.startsWith('  Database:')) + 1;
    await nodes().filter({ has: diagram.locator('text=Database') }).first().click().catch(async () => {
      await diagram.locator('[data-archlens-node][aria-label^="Database,"]').first().click();
    });
    await waitFor(async () => (await wb.cursorPosition())?.line === line, { timeout: 10_000, what: `the cursor on line ${line} (Database)` });
  });

  await check('moving the editor cursor highlights the node', async () => {
    if (!diagram) throw new Error('no diagram');
    await wb.openFile('three-tier.yaml');
    const line = fs.readFileSync(path.join(workspace, 'three-tier.yaml'), 'utf8').split('\n').findIndex((l) => l.startsWith('  AppAutoScalingGroup:')) + 1;
    await wb.goToLine(line + 1, 5);
    await waitFor(async () => (await diagram.locator('[data-archlens-node].archlens-highlight').count()) === 1
      && (await diagram.locator('[data-archlens-node].archlens-highlight').getAttribute('aria-label')).startsWith('AppAutoScalingGroup,'), {
      timeout: 10_000,
      what: 'AppAutoScalingGroup highlighted',
    });
  });

  await check('typing a new resource adds its node to the diagram', async () => {
    if (!diagram) throw new Error('no diagram');
    await wb.openFile('three-tier.yaml');
    // The blank line that ends Resources: typing there needs no trailing line break, so
    // nothing after the new resource moves.
    const lines = fs.readFileSync(path.join(workspace, 'three-tier.yaml'), 'utf8').split('\n');
    const blank = lines.findIndex((l) => l.startsWith('Outputs:'));
    if (lines[blank - 1] !== '') throw new Error('expected a blank line before Outputs');
    await wb.goToLine(blank, 1);
    const started = Date.now();
    await page.keyboard.insertText('  AuditTopic:\n    Type: AWS::SNS::Topic');
    await waitFor(async () => (await diagram.locator('[data-archlens-node][aria-label^="AuditTopic,"]').count()) === 1, { timeout: 10_000, what: 'the AuditTopic node' });
    metrics.diagramUpdateAfterTypingMs = Date.now() - started;
    await waitFor(async () => (await nodes().count()) === expectedThreeTierNodes + 1, { timeout: 5_000, what: 'one more node' });
  });

  await check('the diagram follows the colour theme: dark, high contrast and back to light', async () => {
    if (!diagram) throw new Error('no diagram');
    await wb.openFile('three-tier.yaml');
    const bodyClass = () => diagram.locator('body').getAttribute('class');
    // Luminance (0 dark … 1 light) of the first node label's text colour, as drawn.
    const labelLuminance = () => diagram.locator('[data-archlens-node]').first().evaluate((node) => {
      const label = node.querySelector('.nodeLabel') ?? node.querySelector('text');
      const style = getComputedStyle(label);
      const [r, g, b] = (label.tagName === 'text' ? style.fill : style.color).match(/\d+/g).map(Number);
      return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    });
    const setTheme = async (name) => {
      await wb.runCommand('Preferences: Color Theme');
      await wb.quickInput.fill(name);
      await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: name }).waitFor({ timeout: 10_000 });
      await page.keyboard.press('Enter');
    };
    // The workbench starts light here; each switch must redraw the picture in the new colours.
    try {
      await setTheme('Dark Modern');
      await waitFor(async () => (await bodyClass()).includes('vscode-dark') && (await labelLuminance()) > 0.5, { timeout: 10_000, what: 'light labels on the dark theme' });
      await shot('diagram-dark.png');
      await setTheme('Dark High Contrast');
      await waitFor(async () => (await bodyClass()).includes('vscode-high-contrast') && (await labelLuminance()) > 0.5, { timeout: 10_000, what: 'light labels on high contrast' });
      await shot('diagram-high-contrast.png');
    } finally {
      await setTheme('Light Modern');
    }
    await waitFor(async () => (await bodyClass()).includes('vscode-light') && (await labelLuminance()) < 0.5, { timeout: 10_000, what: 'dark labels on the light theme' });
  });

  for (const [format, label, isValid] of [
    ['svg', 'ArchLens: Export Diagram as SVG', (bytes) => /^(<\?xml[^>]*>\s*)?<svg[\s>]/.test(bytes.toString('utf8', 0, 200)) && bytes.toString('utf8').includes('</svg>')],
    ['png', 'ArchLens: Export Diagram as PNG', (bytes) => bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) && bytes.length > 2000],
  ]) {
    await check(`export ${format.toUpperCase()} writes a valid file`, async () => {
      // The save dialog proposes <template>.diagram.<format> beside the template; accept it.
      const target = path.join(workspace, `three-tier.diagram.${format}`);
      fs.rmSync(target, { force: true });
      await wb.openFile('three-tier.yaml');
      await wb.runCommand(label);
      await wb.quickInput.waitFor({ state: 'visible', timeout: 10_000 });
      await page.keyboard.press('Enter');
      const bytes = await waitFor(() => fs.existsSync(target) && fs.statSync(target).size > 0 && fs.readFileSync(target), { timeout: 15_000, what: target });
      if (!isValid(bytes)) throw new Error(`${target} is not a valid ${format}`);
    });
  }

  await check('a 100-resource template: the diagram follows it and redraws after typing (timed)', async () => {
    if (!diagram) throw new Error('no diagram');
    const file = path.join(workspace, 'hundred.yaml');
    const expected = diagramNodeCount(file);
    await wb.openFile('hundred.yaml');
    await waitFor(async () => (await nodes().count()) === expected, { timeout: 15_000, what: `${expected} nodes for hundred.yaml` });
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    const blank = lines.findIndex((l) => l.startsWith('Outputs:'));
    await wb.goToLine(blank, 1);
    const started = Date.now();
    await page.keyboard.insertText('  AuditTopic:\n    Type: AWS::SNS::Topic');
    await waitFor(async () => (await diagram.locator('[data-archlens-node][aria-label^="AuditTopic,"]').count()) === 1, { timeout: 10_000, interval: 20, what: 'the new node' });
    metrics.diagramUpdate100ResourcesMs = Date.now() - started;
  });

  await check('Explain Check opens the reference page offline', async () => {
    await wb.runCommand('ArchLens: Explain Check…');
    await wb.quickInput.fill('AL301');
    await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'AL301' }).waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
    await page.locator('.tab.active[aria-label*="AL301.md"]').waitFor({ timeout: 15_000 });
    const preview = await wb.webviewFrame('h1');
    await waitFor(async () => (await preview.locator('h1').first().innerText()).includes('AL301 rds-single-az'), { timeout: 10_000, what: 'the AL301 page' });
    await shot('explain-check.png');
  });

  await check('New Template from Pattern through the palette writes a clean file', async () => {
    const target = path.join(workspace, 'welcome-email.yaml');
    fs.rmSync(target, { force: true });
    // Diagnostics cover open documents only: keep one with findings open, so an empty
    // Problems view can't pass for a clean new template.
    await wb.openFile('bad-template.yaml');
    await wb.startPatternWizard('welcome-email', 'Welcome email');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Save to a file' }).waitFor({ timeout: 10_000 });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter'); // destination: a file
    await wb.quickInput.waitFor({ state: 'visible', timeout: 10_000 });
    await waitFor(async () => (await wb.quickInput.inputValue()).endsWith('welcome-email.yaml'), { timeout: 10_000, what: 'the proposed file name' });
    await page.keyboard.press('Enter'); // save dialog: accept workspace/welcome-email.yaml
    const text = await waitFor(() => fs.existsSync(target) && fs.readFileSync(target, 'utf8'), { timeout: 15_000, what: target });
    if (!text.includes('AWS::DynamoDB::Table')) throw new Error('unexpected template content');
    await page.locator('.tab.active[data-resource-name="welcome-email.yaml"]').waitFor({ timeout: 10_000 });
    await page.keyboard.press('Control+Shift+M');
    // Problems groups by file: no row for the new template, while bad-template.yaml stays listed.
    const rows = page.locator('.markers-panel .monaco-list-row');
    await waitFor(async () => (await rows.allInnerTexts()).some((t) => t.includes('bad-template.yaml')), { timeout: 10_000, what: 'the Problems view' });
    const deadline = Date.now() + 2_500;
    while (Date.now() < deadline) {
      if ((await rows.allInnerTexts()).some((t) => t.includes('welcome-email.yaml'))) throw new Error('the new template has problems');
      await page.waitForTimeout(250);
    }
    await shot('new-from-pattern.png');
  });

  await check('the diagram panel comes back after a window reload', async () => {
    await wb.openFile('three-tier.yaml');
    await wb.runCommand('ArchLens: Show Architecture Diagram');
    await wb.webviewFrame('[data-archlens-node]');
    await page.reload();
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    const revived = await wb.webviewFrame('[data-archlens-node]');
    await waitFor(async () => (await revived.locator('[data-archlens-node]').count()) > 0, { timeout: 20_000, what: 'nodes after reload' });
  });
}

/**
 * The same extension from its browser bundle alone, in VS Code's web-worker extension host:
 * checks, hover, quick fix and diagram must all work there (as on vscode.dev).
 */
export async function runWebChecks({ page, record, artifacts, workspace, waitFor }) {
  const wb = makeWorkbench(page, waitFor);
  const { shot, check } = checker(page, record, artifacts);
  const problemRows = page.locator('.markers-panel .monaco-list-row');

  // The installed manifest has no `main` (checked by run.mjs), so only the web-worker host
  // can have produced these diagnostics.
  await check('web: checks appear in Problems from the browser bundle', async () => {
    await wb.openFile('bad-template.yaml');
    await page.keyboard.press('Control+Shift+M');
    await waitFor(async () => (await problemRows.allInnerTexts()).some((t) => t.includes('AL101')), { timeout: 30_000, what: 'AL101 in Problems' });
    await shot('web-problems.png');
  });

  await check('web: hover teaches the lesson', async () => {
    await wb.openFile('bad-template.yaml');
    await wb.showHover(11, 17, 'Why it matters');
    await page.keyboard.press('Escape');
  });

  await check('web: the light bulb fix removes the finding', async () => {
    await wb.openFile('bad-template.yaml');
    await wb.openQuickFixes(11, 17, 'Set Timeout to 900 seconds');
    await wb.applyQuickFix('Set Timeout to 900 seconds');
    await page.keyboard.press('Control+Shift+M');
    await waitFor(async () => !(await problemRows.allInnerTexts()).some((t) => t.includes('AL101')), { timeout: 10_000, what: 'AL101 to leave Problems' });
  });

  await check('web: the diagram draws', async () => {
    await wb.openFile('three-tier.yaml');
    await wb.runCommand('ArchLens: Show Architecture Diagram');
    const frame = await wb.webviewFrame('[data-archlens-node]');
    await waitFor(async () => (await frame.locator('[data-archlens-node]').count()) >= 5, { timeout: 15_000, what: 'diagram nodes' });
    await shot('web-diagram.png');
  });

  await check('web: New Template from Pattern scaffolds into an untitled document', async () => {
    await wb.startPatternWizard('welcome-email', 'Welcome email');
    await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'New untitled document' }).waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter'); // destination: untitled
    await page.locator('.tab.active[data-resource-name^="Untitled"]').waitFor({ timeout: 10_000 });
    // Monaco renders spaces as no-break spaces.
    const activeEditor = page.locator('.editor-group-container.active .editor-instance .view-lines').first();
    await waitFor(async () => (await activeEditor.innerText()).replace(/\u00a0/g, ' ').includes('# Welcome email on subscription'), {
      timeout: 10_000,
      what: 'the template text in the untitled editor',
    });
    await shot('web-untitled-pattern.png');
  });
}
