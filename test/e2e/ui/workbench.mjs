// Keyboard-level helpers for driving the VS Code workbench in the page, as a user would.
const QUICK_INPUT = '.quick-input-widget .quick-input-box input.input';

export function makeWorkbench(page, waitFor) {
  const quickInput = page.locator(QUICK_INPUT);

  async function openQuickInput(keys) {
    await page.keyboard.press('Escape');
    await page.keyboard.press(keys);
    await quickInput.waitFor({ state: 'visible', timeout: 10_000 });
  }

  /** Runs a command from the palette by its full label, e.g. "ArchLens: Show Architecture Diagram". */
  async function runCommand(label) {
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first();
    // The palette reads `when` clauses as it opens; a context key set a moment after the
    // editor changed needs a fresh palette, so reopen until the command is listed.
    await waitFor(async () => {
      await openQuickInput('F1');
      await quickInput.fill(`>${label}`);
      return row.waitFor({ state: 'visible', timeout: 2_000 }).then(() => true, () => false);
    }, { timeout: 15_000, what: `"${label}" in the command palette` });
    await row.click();
  }

  /** Opens a workspace file through Quick Open and waits for its tab to be active. */
  async function openFile(name) {
    await openQuickInput('Control+P');
    await quickInput.fill(name);
    // Click the matching row itself: Enter could land on a stale first row.
    const row = page.locator('.quick-input-list .monaco-list-row', { has: page.locator('.label-name', { hasText: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }) }).first();
    await row.waitFor({ state: 'visible', timeout: 10_000 });
    await row.click();
    await page.locator(`.tab.active[data-resource-name="${name.split('/').pop()}"]`).waitFor({ timeout: 10_000 });
    await quickInput.waitFor({ state: 'hidden', timeout: 5_000 });
  }

  async function goToLine(line, column) {
    await openQuickInput('Control+G');
    await quickInput.fill(`:${line}:${column}`);
    await page.keyboard.press('Enter');
    await waitFor(async () => (await cursorPosition())?.line === line, { timeout: 5000, what: `cursor on line ${line}` });
  }

  /** The cursor as the status bar shows it ("Ln 12, Col 7"). */
  async function cursorPosition() {
    const text = await page.locator('.statusbar-item[id="status.editor.selection"]').innerText().catch(() => '');
    const match = /Ln (\d+), Col (\d+)/.exec(text);
    return match ? { line: Number(match[1]), column: Number(match[2]) } : undefined;
  }

  /** The webview frame whose document contains `selector` (webviews nest two iframes deep). */
  async function webviewFrame(selector) {
    return waitFor(async () => {
      for (const frame of page.frames()) {
        if (await frame.locator(selector).count().catch(() => 0)) return frame;
      }
      return undefined;
    }, { timeout: 30_000, what: `a webview containing ${selector}` });
  }

  /** Ctrl+K Ctrl+I at a position; resolves to the visible hover that contains `text`. */
  async function showHover(line, column, text) {
    await goToLine(line, column);
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: text }).first();
    await hover.waitFor({ state: 'visible', timeout: 10_000 });
    return hover;
  }

  /** Opens the light-bulb menu at a position and waits for the action titled `title`. */
  async function openQuickFixes(line, column, title) {
    await goToLine(line, column);
    await page.keyboard.press('Control+.');
    await page.locator('.action-widget .monaco-list-row', { hasText: title }).first().waitFor({ state: 'visible', timeout: 10_000 });
  }

  /** The menu is keyboard-driven (a pointer block covers it): move to the action, then Enter. */
  async function applyQuickFix(title) {
    const focused = page.locator(`.action-widget .monaco-list-row.focused[aria-label="${title}"]`);
    for (let i = 0; i < 6 && !(await focused.count()); i++) await page.keyboard.press('ArrowDown');
    await focused.waitFor({ timeout: 2_000 });
    await page.keyboard.press('Enter');
  }

  /** New Template from Pattern…: picks the pattern and YAML, leaving the destination step open. */
  async function startPatternWizard(query, rowText) {
    await runCommand('ArchLens: New Template from Pattern…');
    await quickInput.fill(query);
    await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: rowText }).waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter'); // pattern
    await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'YAML' }).waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter'); // format
  }

  return { quickInput, openQuickInput, runCommand, openFile, goToLine, cursorPosition, webviewFrame, showHover, openQuickFixes, applyQuickFix, startPatternWizard };
}
