/**
 * Stage 2: remove declared boilerplate, and only that. Every rule lives in
 * `content/boilerplate.yml` with the reason it exists; every line a rule
 * removes is returned so the report and the source page can show it.
 */
import type { BoilerplateRule } from '../schemas/config.ts';
import type { Line } from './segment.ts';

export interface DroppedLine extends Line {
  rule: string;
}

export interface BoilerplateResult {
  kept: Line[];
  dropped: DroppedLine[];
}

function ruleApplies(rule: BoilerplateRule, source: string): boolean {
  return rule.sources === undefined || rule.sources.includes(source);
}

const wholeLine = (pattern: string) => new RegExp(`^(?:${pattern})$`, 'u');

export function removeBoilerplate(
  lines: readonly Line[],
  rules: readonly BoilerplateRule[],
  source: string,
): BoilerplateResult {
  const active = rules.filter((r) => ruleApplies(r, source));
  const dropped: DroppedLine[] = [];
  const kept: Line[] = [];
  let inBlock: { rule: BoilerplateRule; until: RegExp | undefined } | undefined;
  for (const l of lines) {
    if (inBlock?.until?.test(l.text)) inBlock = undefined;
    if (inBlock === undefined) {
      const starter = active.find((r) => r.from !== undefined && wholeLine(r.from).test(l.text));
      if (starter)
        inBlock = {
          rule: starter,
          until: starter.until === undefined ? undefined : wholeLine(starter.until),
        };
    }
    const rule = inBlock?.rule ?? active.find((r) => r.line !== undefined && wholeLine(r.line).test(l.text));
    if (rule) dropped.push({ ...l, rule: rule.id });
    else kept.push(l);
  }
  return { kept, dropped };
}
