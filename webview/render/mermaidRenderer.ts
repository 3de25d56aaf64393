import mermaid, { type MermaidConfig } from 'mermaid';
import type { IconifyJSON } from '@iconify/types';
import awsIcons from '../../media/icons/aws-icons.json';
import { mermaidConfig, type MermaidThemeName } from '../../src/shared/mermaidConfig';

let iconsRegistered = false;
let renderCount = 0;

/** (Re)configures Mermaid; called on start and whenever the VS Code theme changes. */
export function configureMermaid(theme: MermaidThemeName, themeVariables: Record<string, string>, fontFamily?: string): void {
  if (!iconsRegistered) {
    // Only the AWS icons the diagram uses are bundled (media/icons/aws-icons.json), offline.
    mermaid.registerIconPacks([{ name: 'logos', icons: awsIcons as IconifyJSON }]);
    iconsRegistered = true;
  }
  mermaid.initialize(mermaidConfig(theme, themeVariables, fontFamily) as unknown as MermaidConfig);
}

/** Parses, then renders; throws Mermaid's error for text it cannot draw. */
export async function renderMermaid(text: string): Promise<string> {
  await mermaid.parse(text);
  const { svg } = await mermaid.render(`archlens-svg-${++renderCount}`, text);
  return svg;
}
