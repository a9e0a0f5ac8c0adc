// Seeded mutations of real reports, the kinds of damage PDF extraction does: lines lost, joined
// or split, tabs turned to spaces, widths mixed, truncations, page markers, the whole text on
// one line, digits run together or changed. The same seed gives the same inputs on every machine.

export function* mutatedReports(reports: readonly (readonly [string, string])[], perReport = 120): Generator<[string, string]> {
  let seed = 12345;
  const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const below = (n: number) => Math.floor(random() * n);
  for (const [name, text] of reports) {
    yield [name, text];
    for (let i = 0; i < perReport; i++) {
      let t = text;
      for (let n = 1 + below(3); n > 0; n--) t = mutate(t, random, below);
      yield [`${name}#${i}`, t];
    }
  }
}

const fullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

function mutate(t: string, random: () => number, below: (n: number) => number): string {
  const lines = t.split('\n');
  const a = below(lines.length);
  const b = Math.min(lines.length, a + 1 + below(30));
  switch (below(14)) {
    case 0:
      lines.splice(a, 1 + below(5));
      return lines.join('\n');
    case 1:
      return `${lines.slice(0, a).join('\n')}${lines.slice(a, b).join('')}\n${lines.slice(b).join('\n')}`;
    case 2:
      return [...lines.slice(0, a), ...lines.slice(a, b).map((l) => l.replace(/[ \t]/g, '')), ...lines.slice(b)].join('\n');
    case 3:
      return t.replace(/\t/g, '  ');
    case 4:
      return [...lines.slice(0, a), ...lines.slice(a, b).map(fullWidth), ...lines.slice(b)].join('\n');
    case 5:
      return t.slice(0, below(t.length));
    case 6: {
      const p = below(t.length);
      return t.slice(0, Math.min(t.length, p + below(3000))) + t.slice(p);
    }
    case 7:
      lines.splice(a, 0, `- ${1 + below(9)} -`);
      return lines.join('\n');
    case 8:
      return t.replace(/\n/g, below(2) ? ' ' : '');
    case 9: {
      const p = below(t.length);
      return `${t.slice(0, p)}${'|'.repeat(below(3))}${'\t'.repeat(below(3))}${below(100000)}。**（三）${t.slice(p)}`;
    }
    case 10:
      return t.replace(/(\d)\s+(\d)/g, (m, x, y) => (random() < 0.3 ? x + y : m));
    case 11:
      return t.replace(/\d/g, (d) => (random() < 0.02 ? String(below(10)) : d));
    case 12:
      return lines.map((l) => (random() < 0.1 ? l.split('').join(' ') : l)).join('\n');
    default:
      return t.replace(/\r?\n/g, '\r\n').replace(/\t/g, random() < 0.5 ? '\t\t' : '|');
  }
}
