/**
 * PDF → text on PDFs the tests typeset themselves (tests/support/typeset-pdf.ts): every sentence of the
 * body comes back whole, the furniture does not (it is listed as removed, with its page), footnotes
 * follow their paragraph, and a bad PDF gets one message that says what to do.
 */
import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { convertPdf } from '../../src/add/convert-pdf.ts';
import type { Conversion } from '../../src/add/conversion.ts';
import { joinLines } from '../../src/add/pdf/paragraphs.ts';
import type { Spelling } from '../../src/add/pdf/words.ts';
import { rawSentences } from '../support/raw-sentences.ts';
import { blocksOf, typesetPdf, type Block } from '../support/typeset-pdf.ts';

async function convert(pdf: Uint8Array): Promise<Conversion> {
  const result = await convertPdf(pdf);
  if (!result.ok) throw new Error(`${result.failure.message} — ${result.failure.fix}`);
  return result.conversion;
}
const sentencesOf = (paragraphs: readonly string[]) => rawSentences(paragraphs.join('\n'));
const plain = (text: string) => text.replace(/\u00AD/g, '').replace(/\f/g, ' ');

/** A report with every feature the converter must undo; soft hyphens (U+00AD) let words break across lines. */
const report: Block[] = [
  { kind: 'title', text: 'Science and Technology Cooperation Report' },
  { kind: 'heading', text: 'Bilateral programmes' },
  {
    kind: 'paragraph',
    text: 'The Department of Science and Technology signed a memorandum of understanding with the Japan Science and Technology Agency in December 2006. The memo\u00ADran\u00ADdum covers joint research in materials science, life sciences and information technology. Both agencies agreed to fund twelve joint projects every year, with exchanges of researchers lasting up to six months.',
  },
  {
    kind: 'paragraph',
    text: 'A joint committee meets every two years to review progress.¹ Its last meeting, held in Tokyo, approved a call for proposals on quantum materials and high-performance computing. The committee also noted that the ex\u00ADchange of doctoral students had doubled since 2019.',
  },
  {
    kind: 'note',
    text: '¹ The committee was set up under the 1985 agreement on cooperation in science and technology.',
  },
  { kind: 'heading', text: 'Laboratories and networks' },
  {
    kind: 'paragraph',
    text: 'Three joint laboratories work on mobile big data analysis, the security of the Internet of Things and data science for sustainable farming. Each laboratory has a principal investigator in each country and receives equal funding from both sides. The labo\u00ADra\u00ADto\u00ADries publish their results in open-access journals, and their software is released under free licences.',
  },
  { kind: 'item', text: 'Mobile big data analysis, led from Hyderabad and Tokyo.' },
  { kind: 'item', text: 'Security of the Internet of Things, led from Bengaluru and Osaka.' },
  { kind: 'item', text: 'Data science for sustainable farming, led from Pune and Sendai.' },
  {
    kind: 'paragraph',
    text: 'In 2023 the two governments launched a fund of 600 million dollars for investments in green technology.² The fund will support projects in hydrogen, district cooling and agrivoltaic farming across India. A review of its first investments is planned for the end of 2026, when the partners will decide on a second round of funding for small and medium enterprises.',
  },
  {
    kind: 'note',
    text: '² Announced by the National Investment and Infrastructure Fund and the Japan Bank for International Cooperation.',
  },
  {
    kind: 'paragraph',
    text: 'Space cooperation began in the 1960s and was formalised in 2005 through an arrangement between ISRO and JAXA. The two agencies now plan a joint lunar polar exploration mission. They also share satellite data for disaster management, and they train young engineers together every summer.',
  },
];

const RUNNING_HEAD = 'Annual Report 2024 · Department of Science and Technology';

describe('a two-column PDF with running heads, page numbers, footnotes and hyphenation', () => {
  let result: Conversion;
  let pages: number;
  beforeAll(async () => {
    const pdf = await typesetPdf(report, {
      columns: 2,
      pageHeight: 330,
      header: RUNNING_HEAD,
      footer: (page, n) => `Page ${page} of ${n}`,
      breakAfterHyphens: true,
    });
    result = await convert(pdf);
    pages = Math.max(...result.removed.map((r) => r.page ?? 0));
  });

  it('is laid out over several pages (or the test proves nothing)', () => {
    expect(pages).toBeGreaterThanOrEqual(3);
  });

  it('gives back every sentence of the body whole, in order', () => {
    const want = sentencesOf(
      report.filter((b) => b.kind !== 'note').map((b) => (b.kind === 'item' ? `• ${b.text}` : plain(b.text))),
    );
    const notes = new Set(report.filter((b) => b.kind === 'note').map((b) => b.text));
    const got = sentencesOf(result.paragraphs.filter((p) => !notes.has(p)));
    expect(got).toEqual(want);
  });

  it('keeps footnote markers apart from their words, and each footnote after its paragraph', () => {
    const text = result.paragraphs.join('\n');
    expect(text).toContain('to review progress.¹ Its last meeting');
    expect(text).not.toMatch(/progress\.1|investments in green technology\.2/);
    for (const note of report.filter((b) => b.kind === 'note')) {
      const at = result.paragraphs.indexOf(note.text);
      expect(at, note.text).toBeGreaterThan(0);
      // The paragraph before the note is a body paragraph, whole (it ends a sentence).
      expect(result.paragraphs[at - 1]).toMatch(/[.:]$/);
    }
  });

  it('removes the running head and the page numbers on every page, and lists each with its page', () => {
    const text = result.paragraphs.join('\n');
    expect(text).not.toContain('Annual Report 2024');
    expect(text).not.toMatch(/Page \d+ of \d+/);
    const heads = result.removed.filter((r) => r.rule === 'pdf-running-header');
    const numbers = result.removed.filter((r) => r.rule === 'pdf-page-number');
    expect(heads.map((r) => r.page)).toEqual(Array.from({ length: pages }, (_, i) => i + 1));
    expect(heads.every((r) => r.text === RUNNING_HEAD)).toBe(true);
    expect(numbers.map((r) => r.text)).toEqual(
      Array.from({ length: pages }, (_, i) => `Page ${i + 1} of ${pages}`),
    );
  });

  it('offers the title printed in the largest type', () => {
    expect(result.printedTitle).toBe('Science and Technology Cooperation Report');
  });
});

describe('a sentence cut by a page break and a footnote (the IJCCI paper)', () => {
  // The paragraph as the paper prints it: "…2025-26 has been" ends page one, justified, above footnote 4;
  // "declared as …" opens page two. The hand copy kept the cut ("2025- 26 has been" | footnote | "declared").
  const sources = readFileSync(
    new URL('../../content/sources/ijcci-bridging-innovation.txt', import.meta.url),
    'utf8',
  );
  const before = sources.split('\n').find((l) => l.startsWith('At the same time, it is pertinent'))!;
  const note = sources.split('\n').find((l) => l.startsWith('⁴'))!;
  const cut = sources.split('\n').find((l) => l.endsWith('2025- 26 has been'))!;
  const after = 'declared as the India-Japan Year of Science, Technology and Innovation Exchange.';
  const paragraph = `${cut.replace('2025- 26 has been', '2025-26 has been\f')} ${after}`;
  let result: Conversion;
  beforeAll(async () => {
    const pdf = await typesetPdf(
      [
        { kind: 'paragraph', text: before },
        { kind: 'note', text: note },
        { kind: 'paragraph', text: paragraph },
        {
          kind: 'paragraph',
          text: 'Following this, some key initiatives included the establishment of the India-Japan Science Council.',
        },
      ],
      { header: 'Bridging Innovation', footer: (p) => String(p) },
    );
    result = await convert(pdf);
  });

  it('reads the sentence whole across the break, the footnote after its paragraph', () => {
    const whole =
      'Today, as we commemorate 40 years of this agreement, 2025-26 has been declared as the India-Japan Year of Science, Technology and Innovation Exchange.';
    expect(sentencesOf(result.paragraphs)).toContain(whole);
    const at = result.paragraphs.findIndex((p) => p.endsWith(whole));
    expect(result.paragraphs[at + 1]).toBe(note.replace(/\u00A0/g, ' '));
    expect(result.paragraphs[at + 2]).toMatch(/^Following this/);
    expect(result.removed.map((r) => `${r.rule} ${r.page}: ${r.text}`)).toEqual([
      'pdf-running-header 1: Bridging Innovation',
      'pdf-page-number 1: 1',
      'pdf-running-header 2: Bridging Innovation',
      'pdf-page-number 2: 2',
    ]);
  });
});

const SOURCES = [
  'aim-india-bilateral-tech-collaborations',
  'csep-indo-japanese-ai-collaboration',
  'ijcci-bridging-innovation',
  'india-japan-st-cooperation',
  'mint-india-uk-critical-technologies',
];
const sourceText = (slug: string) =>
  // The ingest folds no-break spaces too (normaliseText); the PDF keeps none.
  readFileSync(new URL(`../../content/sources/${slug}.txt`, import.meta.url), 'utf8').replace(/\u00A0/g, ' ');
/** Sentences of `want` missing from `got` and sentences of `got` not in `want`, as multisets. */
function difference(want: readonly string[], got: readonly string[]) {
  const left = new Map<string, number>();
  for (const s of got) left.set(s, (left.get(s) ?? 0) + 1);
  const missing = want.filter((s) => {
    const n = left.get(s) ?? 0;
    if (n > 0) left.set(s, n - 1);
    return n === 0;
  });
  return { missing, extra: [...left].flatMap(([s, n]) => Array<string>(n).fill(s)) };
}

describe('each of the five sources, typeset as a PDF, comes back with the same sentences', () => {
  for (const slug of SOURCES) {
    it(`${slug}, one column`, async () => {
      const text = sourceText(slug);
      const pdf = await typesetPdf(blocksOf(text), {
        header: 'Running head',
        footer: (p, n) => `Page ${p} of ${n}`,
        breakAfterHyphens: true,
      });
      const result = await convert(pdf);
      const { missing, extra } = difference(rawSentences(text), sentencesOf(result.paragraphs));
      expect(missing).toEqual([]);
      // On a one-page PDF a running head cannot be told from the text: it recurs on no other page.
      const onePage = !result.removed.some((r) => (r.page ?? 0) > 1);
      expect(extra).toEqual(onePage ? ['Running head'] : []);
    });

    it(`${slug}, two columns: no text lost, sentences only ever joined`, async () => {
      const text = sourceText(slug);
      const pdf = await typesetPdf(blocksOf(text), {
        columns: 2,
        indent: true,
        header: 'Running head',
        footer: (p, n) => `Page ${p} of ${n}`,
        breakAfterHyphens: true,
      });
      const result = await convert(pdf);
      const { missing, extra } = difference(rawSentences(text), sentencesOf(result.paragraphs));
      // The hand copies cut some sentences at the original's page breaks ("2025- 26 has been" | "declared
      // as …"); typeset as one paragraph flowing on, the PDF may give them back whole. Nothing else differs.
      const squeeze = (s: string) => s.replace(/\s+/g, '');
      const joined = extra.map(squeeze).join('\n');
      expect(missing.filter((s) => !joined.includes(squeeze(s)))).toEqual([]);
      expect(extra.filter((s) => s !== 'Running head').length).toBeLessThanOrEqual(missing.length);
    });
  }
});

describe('metadata', () => {
  it('comes from the XMP packet first, then the information dictionary', async () => {
    const pdf = await typesetPdf(
      [{ kind: 'paragraph', text: 'India and Japan signed an agreement on quantum research.' }],
      {
        info: {
          Title: 'Info title',
          Author: 'Ada Author; Ben Writer',
          CreationDate: new Date('2024-03-05T10:00:00Z'),
        },
      },
    );
    const meta = (await convert(pdf)).meta;
    // pdfkit writes Title and Author into XMP as dc:title and dc:creator too.
    expect(meta.title).toEqual({ value: 'Info title', from: 'the PDF’s XMP dc:title' });
    expect(meta.authors?.value).toEqual(['Ada Author; Ben Writer']);
    expect(meta.published).toEqual({ value: '2024-03-05', from: 'the PDF’s XMP creation date' });
  });

  it('reads dc:publisher and dc:date from XMP, and ignores a title that is only a file name', async () => {
    const pdf = await typesetPdf([{ kind: 'paragraph', text: 'A short text about cooperation.' }], {
      info: { Title: 'Microsoft Word - final_v3.docx' },
      xmp: `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:publisher><rdf:Bag><rdf:li>Indo-Japan Chamber of Commerce &amp; Industry</rdf:li></rdf:Bag></dc:publisher><dc:date>2025-04</dc:date></rdf:Description>`,
    });
    const meta = (await convert(pdf)).meta;
    expect(meta.title).toBeUndefined();
    expect(meta.publisher?.value).toBe('Indo-Japan Chamber of Commerce & Industry');
    expect(meta.published).toEqual({ value: '2025-04', from: 'the PDF’s XMP dc:date' });
  });
});

describe('a PDF that cannot be read gets one message that says what to do', () => {
  it('an encrypted PDF', async () => {
    const pdf = await typesetPdf([{ kind: 'paragraph', text: 'Secret.' }], { userPassword: 'secret' });
    const result = await convertPdf(pdf);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.failure.message).toBe('is encrypted: it opens only with a password');
    expect(result.failure.fix).toMatch(/save an unprotected copy/);
  });

  it('a PDF with no text layer (a scan)', async () => {
    const doc = new PDFDocument({ size: 'A4' });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise((r) => doc.on('end', r));
    doc.rect(72, 72, 300, 400).fill('#888');
    doc.addPage().rect(72, 72, 300, 400).fill('#444');
    doc.end();
    await done;
    const result = await convertPdf(new Uint8Array(Buffer.concat(chunks)));
    expect(result).toEqual({
      ok: false,
      failure: {
        message: 'has no text layer (all 2 pages are images, as in a scanned document)',
        fix: 'run OCR first, e.g. `ocrmypdf in.pdf out.pdf`, then add out.pdf',
      },
    });
  });

  it('a file that is not a PDF', async () => {
    const result = await convertPdf(new TextEncoder().encode('%PDF-1.7\nthis is not really a PDF'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.failure.message).toMatch(/^is not a readable PDF/);
  });
});

describe('joinLines decides what a line-end hyphen is', () => {
  const spelling: Spelling = {
    document: new Set(['co-operation', 'start-ups']),
    english: (w) => ['technology', 'high', 'tech', 'politically', 'driven', 'cooperation'].includes(w),
  };
  it.each([
    ['tech-', 'nology and', 'technology and'],
    ['high-', 'tech sectors', 'high-tech sectors'],
    ['politically-', 'driven', 'politically-driven'],
    ['co-', 'operation', 'co-operation'],
    ['2025-', '26 has been', '2025-26 has been'],
    ['Indo-', 'Japanese ties', 'Indo-Japanese ties'],
    ['state-', 'of-the-art labs', 'state-of-the-art labs'],
    ['collabo\u00AD', 'ration', 'collaboration'],
    ['see https://example.org/reports/', '2024.pdf', 'see https://example.org/reports/2024.pdf'],
    ['India–', 'Japan', 'India–Japan'],
    ['the end.', 'A new one', 'the end. A new one'],
  ])('%s | %s → %s', (before, after, joined) => {
    expect(joinLines(before, after, spelling)).toBe(joined);
  });
});
