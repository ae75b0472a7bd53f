// Writes src/server/auth/data/common-passwords.txt: the 10,000 most common passwords, ranked, one per
// line, lower-case, from the `passwords-common` dictionary of @zxcvbn-ts/language-common (a devDependency:
// the server reads only the text file, which is committed). Run: node scripts/make-common-passwords.mjs
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dictionary } from '@zxcvbn-ts/language-common';

const COUNT = 10_000;
const out = fileURLToPath(new URL('../src/server/auth/data/common-passwords.txt', import.meta.url));

const seen = new Set();
for (const entry of dictionary['passwords-common']) {
  const password = String(entry).trim().toLowerCase();
  if (password && !password.includes('\n')) seen.add(password);
  if (seen.size === COUNT) break;
}
if (seen.size < COUNT) throw new Error(`The dictionary has only ${seen.size} distinct entries`);
writeFileSync(out, `${[...seen].join('\n')}\n`);
console.log(`wrote ${seen.size} passwords to ${out}`);
