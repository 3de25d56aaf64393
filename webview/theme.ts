import type { MermaidThemeName } from '../src/shared/mermaidConfig';

export interface WebviewTheme {
  name: MermaidThemeName;
  variables: Record<string, string>;
  fontFamily: string;
  background: string;
  /** A key that changes when any of the above does. */
  key: string;
}

/**
 * Mermaid's theme from VS Code's: the body class says light, dark or high contrast, and the
 * theme's CSS variables give the colours, so the picture matches the editor.
 */
export function currentTheme(): WebviewTheme {
  const body = document.body;
  const style = getComputedStyle(body);
  const variable = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const highContrast = body.classList.contains('vscode-high-contrast') || body.classList.contains('vscode-high-contrast-light');
  const dark = body.classList.contains('vscode-dark') || (highContrast && !body.classList.contains('vscode-high-contrast-light'));
  const background = variable('--vscode-editor-background', dark ? '#1e1e1e' : '#ffffff');
  const foreground = variable('--vscode-editor-foreground', dark ? '#d4d4d4' : '#1f1f1f');
  const fontFamily = variable('--vscode-font-family', 'system-ui, sans-serif');
  const variables: Record<string, string> = highContrast
    ? {
        background,
        primaryColor: background,
        primaryTextColor: foreground,
        primaryBorderColor: variable('--vscode-contrastBorder', foreground),
        lineColor: foreground,
        textColor: foreground,
        clusterBkg: background,
        clusterBorder: variable('--vscode-contrastBorder', foreground),
        edgeLabelBackground: background,
      }
    : { background, textColor: foreground, edgeLabelBackground: background };
  const name: MermaidThemeName = highContrast ? 'base' : dark ? 'dark' : 'default';
  return { name, variables, fontFamily, background, key: JSON.stringify([name, variables, fontFamily]) };
}

/** Calls back when VS Code switches theme (it rewrites the body's class list). */
export function onThemeChange(callback: () => void): void {
  new MutationObserver(callback).observe(document.body, { attributes: true, attributeFilter: ['class'] });
}
