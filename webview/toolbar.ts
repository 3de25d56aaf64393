import { provideVSCodeDesignSystem, vsCodeButton, vsCodeDropdown, vsCodeOption, vsCodeTextField } from '@vscode/webview-ui-toolkit';
import type { DiagramDirection, DiagramView, PanelCommand } from '../src/shared/diagramProtocol';

provideVSCodeDesignSystem().register(vsCodeButton(), vsCodeDropdown(), vsCodeOption(), vsCodeTextField());

export interface ToolbarHandlers {
  options(view: DiagramView, direction: DiagramDirection): void;
  fit(): void;
  zoom(factor: number): void;
  search(query: string, next: boolean): void;
  command(command: PanelCommand): void;
}

export interface Toolbar {
  element: HTMLElement;
  setOptions(view: DiagramView, direction: DiagramDirection): void;
  setMatches(text: string): void;
}

/** The toolbar, built from the webview UI toolkit so it looks like VS Code. */
export function createToolbar(handlers: ToolbarHandlers): Toolbar {
  const element = document.createElement('div');
  element.className = 'toolbar';
  element.setAttribute('role', 'toolbar');

  const view = dropdown('View', [
    ['essentials', 'Essentials'],
    ['all', 'All resources'],
  ]);
  const direction = dropdown('Direction', [
    ['LR', 'Left to right'],
    ['TB', 'Top to bottom'],
  ]);
  const emitOptions = () => handlers.options(view.value as DiagramView, direction.value as DiagramDirection);
  view.addEventListener('change', emitOptions);
  direction.addEventListener('change', emitOptions);

  const search = document.createElement('vscode-text-field') as HTMLElement & { value: string };
  search.setAttribute('placeholder', 'Find resource');
  search.setAttribute('aria-label', 'Find resource');
  search.className = 'search';
  search.addEventListener('input', () => handlers.search(search.value, false));
  search.addEventListener('keydown', (event) => {
    if ((event as KeyboardEvent).key === 'Enter') handlers.search(search.value, true);
  });
  const matches = document.createElement('span');
  matches.className = 'matches';
  matches.setAttribute('aria-live', 'polite');

  element.append(
    view,
    direction,
    button('Fit', 'Fit the diagram to the panel', handlers.fit),
    button('−', 'Zoom out', () => handlers.zoom(1 / 1.25)),
    button('+', 'Zoom in', () => handlers.zoom(1.25)),
    search,
    matches,
    spacer(),
    button('SVG', 'Save as SVG', () => handlers.command('exportSvg')),
    button('PNG', 'Save as PNG', () => handlers.command('exportPng')),
    button('Copy Mermaid', 'Copy the Mermaid source', () => handlers.command('copyMermaid')),
    button('To Markdown', 'Insert the diagram into a Markdown file', () => handlers.command('insertMarkdown')),
  );

  return {
    element,
    setOptions(nextView, nextDirection) {
      view.value = nextView;
      direction.value = nextDirection;
    },
    setMatches(text) {
      matches.textContent = text;
    },
  };
}

function dropdown(label: string, options: Array<[string, string]>): HTMLElement & { value: string } {
  const element = document.createElement('vscode-dropdown') as HTMLElement & { value: string };
  element.setAttribute('aria-label', label);
  element.title = label;
  for (const [value, text] of options) {
    const option = document.createElement('vscode-option');
    option.setAttribute('value', value);
    option.textContent = text;
    element.append(option);
  }
  return element;
}

function button(text: string, title: string, onClick: () => void): HTMLElement {
  const element = document.createElement('vscode-button');
  element.setAttribute('appearance', 'secondary');
  element.textContent = text;
  element.title = title;
  element.setAttribute('aria-label', title);
  element.addEventListener('click', onClick);
  return element;
}

function spacer(): HTMLElement {
  const element = document.createElement('span');
  element.className = 'spacer';
  return element;
}
