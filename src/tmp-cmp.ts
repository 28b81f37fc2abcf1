import { readFileSync } from 'node:fs';
import { compareRecords, summariseChanges } from './harness/record-diff.ts';
const a = JSON.parse(readFileSync(process.argv[2]!, 'utf8'));
const b = JSON.parse(readFileSync(process.argv[3]!, 'utf8'));
const ch = compareRecords(a, b);
console.log(summariseChanges(ch));
for (const c of ch)
  if (c.differs.length)
    console.log(
      c.reference.id,
      '→',
      c.counterpart?.id ?? 'NONE',
      c.differs.join(','),
      '|',
      c.reference.name,
      '|',
      c.counterpart?.name ?? '',
      '|',
      c.reference.type,
      c.counterpart?.type,
      c.reference.date,
      c.counterpart?.date,
    );
