/** A seeded PRNG (mulberry32), so every fuzz run with the same seed sees the same cases. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Mutation = (text: string, random: () => number) => string;

const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)];
const lineSplit = (text: string) => text.split('\n');
const TAGS = ['!Ref', '!GetAtt', '!Sub', '!If', '!Join', '!Select', '!GetAZs', '!Condition', '!Bogus', '!!binary', '!', '&anchor', '*alias'];
const ODD_UNICODE = ['\u0000', '\uFEFF', '\uFFFD', '\uD800', '😀', '\u202E', '\t', '\r', '한국어', '\u200B', '"', "'", '{', '[', ':', '#', '---'];

/** The mutations the robustness issue names, each small enough to keep the text template-like. */
export const MUTATIONS: Record<string, Mutation> = {
  truncate: (text, random) => text.slice(0, Math.floor(random() * text.length)),
  duplicateKey: (text, random) => {
    const lines = lineSplit(text);
    const index = Math.floor(random() * lines.length);
    lines.splice(index, 0, lines[index]);
    return lines.join('\n');
  },
  swapTypes: (text, random) => {
    const replacements: Array<[RegExp, string]> = [
      [/: \d+/, ': [1, 2]'],
      [/: (true|false)/, ': {a: b}'],
      [/: [A-Za-z][\w:-]*/, ': 12345'],
      [/: \[[^\]]*\]/, ': "list"'],
      [/Type: [\w:]+/, 'Type: [AWS::S3::Bucket]'],
    ];
    const [pattern, replacement] = pick(replacements, random);
    const lines = lineSplit(text);
    const start = Math.floor(random() * lines.length);
    for (let i = 0; i < lines.length; i++) {
      const index = (start + i) % lines.length;
      if (pattern.test(lines[index])) {
        lines[index] = lines[index].replace(pattern, replacement);
        break;
      }
    }
    return lines.join('\n');
  },
  breakIndentation: (text, random) => {
    const lines = lineSplit(text);
    const index = Math.floor(random() * lines.length);
    lines[index] = random() < 0.5 ? ` ${lines[index]}` : lines[index].replace(/^ {1,3}/, '');
    return lines.join('\n');
  },
  oddTag: (text, random) => {
    const lines = lineSplit(text);
    const index = Math.floor(random() * lines.length);
    const column = Math.floor(random() * (lines[index].length + 1));
    lines[index] = `${lines[index].slice(0, column)} ${pick(TAGS, random)} ${lines[index].slice(column)}`;
    return lines.join('\n');
  },
  inflateAliases: (text) => {
    const bomb = ['x0: &x0 [a, a, a, a, a, a, a, a]'];
    for (let i = 1; i < 8; i++) bomb.push(`x${i}: &x${i} [${Array(8).fill(`*x${i - 1}`).join(', ')}]`);
    return text.trimStart().startsWith('{') ? text : `${bomb.join('\n')}\n${text}`;
  },
  randomUnicode: (text, random) => {
    let out = text;
    for (let i = 0; i < 3; i++) {
      const at = Math.floor(random() * (out.length + 1));
      out = out.slice(0, at) + pick(ODD_UNICODE, random) + out.slice(at);
    }
    return out;
  },
  deleteLine: (text, random) => {
    const lines = lineSplit(text);
    lines.splice(Math.floor(random() * lines.length), 1);
    return lines.join('\n');
  },
};

export const MUTATION_NAMES = Object.keys(MUTATIONS);
