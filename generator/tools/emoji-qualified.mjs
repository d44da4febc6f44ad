// Writes generator/src/main/resources/lousa/parse/emoji-qualified.txt: the fully-qualified form (Unicode's RGI
// emoji) of each emoji that flexmark-ext-emoji writes without its U+FE0F or U+200D (":warning:" as U+26A0, which
// many systems draw as a black-and-white symbol; ":man_technologist:" as two separate emoji).
//
//   npm pack @unicode/unicode-15.1.0 && tar xzf unicode-unicode-15.1.0-*.tgz
//   unzip -o -j ~/.m2/repository/com/vladsch/flexmark/flexmark-ext-emoji/0.64.8/flexmark-ext-emoji-0.64.8.jar \
//       EmojiReference.txt
//   node generator/tools/emoji-qualified.mjs package EmojiReference.txt > \
//       generator/src/main/resources/lousa/parse/emoji-qualified.txt
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [unicodePackage, reference] = process.argv.slice(2);
const rgiModule = path.resolve(unicodePackage, 'Sequence_Property/RGI_Emoji/index.mjs');
const rgi = (await import(pathToFileURL(rgiModule))).default;

const codePoints = text => [...text].map(c => c.codePointAt(0));
const hex = points => points.map(p => p.toString(16).toUpperCase().padStart(4, '0')).join(' ');
const bare = points => hex(points.filter(p => p !== 0xFE0F && p !== 0x200D));

const qualified = new Map();
for (const emoji of rgi) {
  const key = bare(codePoints(emoji));
  if (qualified.has(key)) throw new Error(`two emoji are ${key} without FE0F and ZWJ`);
  qualified.set(key, codePoints(emoji));
}

const fixes = new Set();
for (const line of fs.readFileSync(reference, 'utf8').split('\n').slice(1)) {
  const unicode = (line.split('\t')[4] || '').trim();
  if (!unicode) continue;
  const written = unicode.split(/\s+/).map(u => parseInt(u.replace('U+', ''), 16));
  const full = qualified.get(bare(written));
  if (!full) throw new Error(`not an RGI emoji: ${unicode}`);
  if (hex(full) !== hex(written)) fixes.add(hex(full));
}

console.log('# The fully-qualified emoji (Unicode 15.1, RGI) that flexmark-ext-emoji 0.64.8 writes without their');
console.log('# U+FE0F or U+200D, one per line. Made by generator/tools/emoji-qualified.mjs.');
for (const fix of [...fixes].sort()) console.log(fix);
