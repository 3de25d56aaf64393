/**
 * The one Mermaid configuration every ArchLens renderer uses (webview, HTML export, render
 * tests). Strict security, no auto-start, and limits raised so a 500-resource template draws.
 */
export const MERMAID_MAX_TEXT_SIZE = 5_000_000;
export const MERMAID_MAX_EDGES = 20_000;

export type MermaidThemeName = 'default' | 'dark' | 'base';

export interface ArchLensMermaidConfig {
  startOnLoad: false;
  securityLevel: 'strict';
  theme: MermaidThemeName;
  themeVariables: Record<string, string>;
  maxTextSize: number;
  maxEdges: number;
  fontFamily: string;
  flowchart: { htmlLabels: boolean; curve: 'basis'; padding: number; nodeSpacing: number; rankSpacing: number; useMaxWidth: boolean; wrappingWidth: number };
}

export function mermaidConfig(theme: MermaidThemeName, themeVariables: Record<string, string> = {}, fontFamily = 'system-ui, -apple-system, "Segoe UI", sans-serif'): ArchLensMermaidConfig {
  return {
    startOnLoad: false,
    securityLevel: 'strict',
    theme,
    themeVariables: { fontFamily, ...themeVariables },
    maxTextSize: MERMAID_MAX_TEXT_SIZE,
    maxEdges: MERMAID_MAX_EDGES,
    fontFamily,
    flowchart: { htmlLabels: true, curve: 'basis', padding: 12, nodeSpacing: 36, rankSpacing: 56, useMaxWidth: false, wrappingWidth: 220 },
  };
}

/** Mermaid node ids as ArchLens writes them (`n12`), from the DOM id Mermaid gives a node. */
export function mermaidNodeIdFromDomId(domId: string): string | undefined {
  return /-flowchart-(n\d+)-\d+$/.exec(domId)?.[1];
}
