// A legacy 统计表 indicator reduced to its wording, to match it against the series' wordings:
// white space removed, then 其中： and the numbering (一、 （一） (二) 1. 1、 1．) taken off the front,
// as often as they stand there (其中：1.同意公开答复数 → 同意公开答复数). Two kinds of damage seen in
// flattened tables are undone too: a heading whose unit cell is a dash run into the next row
// (三、依申请公开情况——（一）收到申请数: the part after the last —— is the row), and a number lost
// to the row before, leaving its point (. 同意公开答复数).

const LEAD = /^(?:其中[：:]?|[（(][一二三四五六七八九十\d]+[）)][、.．]?|[一二三四五六七八九十]+[、.．]|\d+[、.．]|[.．、])/;

export function indicatorWording(indicator: string): string {
  let text = indicator.replace(/[\s\u3000]+/g, '');
  const dash = text.lastIndexOf('——');
  if (dash !== -1 && dash + 2 < text.length) text = text.slice(dash + 2);
  for (let before = ''; before !== text;) {
    before = text;
    text = text.replace(LEAD, '');
  }
  return text;
}
