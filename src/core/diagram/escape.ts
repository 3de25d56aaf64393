/**
 * Text for Mermaid labels. Everything but ASCII letters, digits and spaces becomes a
 * Mermaid entity code (`#60;`), which Mermaid turns into an HTML character reference after
 * parsing. So no character of a hostile logical id, description or tag can close a label
 * (`"]`), start an edge (`-->`), a directive (`%%`), a click binding, markdown (`` ` ``,
 * `*`), or HTML (`<script>`): it is drawn as the character it is.
 */
export function mermaidText(text: string, maxLength = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  const clipped = chars.length > maxLength ? [...chars.slice(0, maxLength - 1), '…'] : chars;
  let out = '';
  for (const char of clipped) out += /[A-Za-z0-9 ]/.test(char) ? char : `#${char.codePointAt(0)};`;
  return out;
}
