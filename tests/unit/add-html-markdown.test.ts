/**
 * Web pages and Markdown → text, on the fixture files in tests/fixtures/add/: the article's sentences
 * come back whole, the page's chrome does not (and is listed as removed, line by line), markup becomes
 * text, and metadata comes from the document's own tags.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertHtml } from '../../src/add/convert-html.ts';
import { convertMarkdown } from '../../src/add/convert-markdown.ts';
import type { Conversion, Converted } from '../../src/add/conversion.ts';
import { rawSentences } from '../support/raw-sentences.ts';

const fixture = (path: string) => readFileSync(new URL(`../fixtures/add/${path}`, import.meta.url));
const ok = (result: Converted): Conversion => {
  if (!result.ok) throw new Error(result.failure.message);
  return result.conversion;
};

describe('a news page', () => {
  const result = ok(convertHtml(fixture('news-article/page.html')));
  const text = result.paragraphs.join('\n');

  it('gives back every sentence of the article, headings and list items as lines', () => {
    const article = [
      'India, UK explore new partnership in critical strategic technologies',
      'India and the United Kingdom are exploring a new partnership in critical and emerging technologies, officials said on Thursday.',
      'The talks cover telecommunications, artificial intelligence, quantum computing and semiconductors.',
      'The two countries launched a Joint Working Group on electronics and information technology in 2022.',
      'Its second meeting, held in London, agreed on a roadmap for cooperation in semiconductor design and telecom security.',
      'A roadmap for research',
      'According to officials, the roadmap includes joint research calls, researcher exchanges and a fund for start-ups working on quantum sensing.',
      'The UK Research and Innovation agency and the Department of Science and Technology will run the calls.',
      'Joint research calls in quantum technologies, opening in 2024.',
      'Exchanges of doctoral researchers between Indian and British universities.',
      'Officials said the partnership would be reviewed at the next Technology Security Initiative dialogue, expected later this year.',
      'Both governments described the talks as constructive and forward-looking.',
    ];
    const got = rawSentences(text);
    expect(article.filter((s) => !got.includes(s))).toEqual([]);
    expect(result.paragraphs).toContain('Joint research calls in quantum technologies, opening in 2024.');
    expect(result.paragraphs).toContain('A roadmap for research');
    expect(result.paragraphs).toContain('2022 | 14.1');
  });

  it('leaves out the navigation, cookie notice, newsletter prompt, related stories and footer, listing each', () => {
    const chrome = [
      'Home',
      'Politics',
      'We use cookies to improve your experience. Accept all cookies?',
      'Sign up for our free daily newsletter and never miss a story.',
      'Related stories',
      'Markets rally as inflation eases across Asia',
      '© 2023 Example News Media. All rights reserved.',
    ];
    for (const line of chrome) {
      expect(text, line).not.toContain(line);
      expect(result.removed, line).toContainEqual({ rule: 'web-page-chrome', text: line });
    }
  });

  it('lists every line of the page that is not in the text: nothing is lost unseen', () => {
    const removed = new Set(result.removed.map((r) => r.text));
    const kept = new Set(result.paragraphs);
    // The page's own lines, as a reader sees them (scripts and styles give none).
    const pageLines = [
      'Home',
      'Politics',
      'Technology',
      'Markets',
      'Accept',
      'By Asha Rao and Tom Hill',
      'Privacy policy · Terms of use',
      'Cricket: India win the third test in Chennai',
    ];
    for (const line of pageLines) expect(removed.has(line) || kept.has(line), line).toBe(true);
    expect(text).not.toContain('Injected by a script');
    expect(text).not.toContain('color: red');
  });

  it('reads its metadata from its tags: og:title, JSON-LD authors and publisher, published time, canonical address', () => {
    expect(result.meta).toEqual({
      title: {
        value: 'India, UK explore new partnership in critical strategic technologies',
        from: 'the page’s og:title',
      },
      authors: { value: ['Asha Rao', 'Tom Hill'], from: 'the page’s JSON-LD author' },
      published: { value: '2023-05-11', from: 'the page’s article:published_time' },
      publisher: { value: 'Example News Media', from: 'the page’s JSON-LD publisher' },
      url: {
        value: 'https://news.example.org/politics/india-uk-critical-technologies',
        from: 'the page’s canonical link',
      },
    });
  });

  it('reads a page in the encoding it declares', () => {
    const latin1 = Buffer.from(
      '<!doctype html><html><head><meta charset="windows-1252"><title>Caf\xe9</title></head><body><article><p>' +
        'The caf\xe9 in Pune hosted the r\xe9sum\xe9 workshop of the Indo-French centre, which brought together forty researchers from both countries for a week of talks.' +
        '</p><p>It was the centre\x92s third workshop this year, after those held in Delhi and in Paris earlier in the spring season.</p></article></body></html>',
      'latin1',
    );
    const latin = ok(convertHtml(latin1));
    expect(latin.paragraphs.join('\n')).toContain('The café in Pune hosted the résumé workshop');
    expect(latin.paragraphs.join('\n')).toContain('centre’s third workshop');
  });
});

describe('a page with no article body', () => {
  it('is refused with what to do', () => {
    const result = convertHtml(fixture('no-article/page.html'));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.failure.message).toMatch(/^has no article body/);
      expect(result.failure.fix).toMatch(/save the article’s own page .* or copy its text into a \.txt file/);
    }
  });
});

describe('a Markdown brief', () => {
  const result = ok(convertMarkdown(fixture('markdown/brief.md'), 'brief.md'));

  it('keeps its text and reduces its markup to text: headings, list items and table rows as lines', () => {
    expect(result.paragraphs).toEqual([
      'India–Finland cooperation in quantum computing',
      'India and Finland launched the Finland India Quantum Network in 2023.¹ The network links research laboratories in both countries and funds joint doctoral positions.',
      'Areas of work',
      'Quantum sensing for medical imaging.',
      'Post-quantum cryptography, with open standards.',
      'Programme | Year',
      'Quantum network | 2023',
      'The network is funded for five years.',
      '¹ Announced at the India–Finland Virtual Summit.',
    ]);
  });

  it('lists the image description it removed', () => {
    expect(result.removed).toEqual([
      { rule: 'markdown-image', text: 'A photograph of a dilution refrigerator' },
    ]);
  });

  it('reads its front matter', () => {
    expect(result.meta).toEqual({
      title: { value: 'India–Finland cooperation in quantum computing', from: 'the front matter’s title' },
      authors: { value: ['Leena Virtanen', 'Arjun Mehta'], from: 'the front matter’s author' },
      published: { value: '2024-02-19', from: 'the front matter’s date' },
      publisher: { value: 'Example Policy Institute', from: 'the front matter’s publisher' },
      url: {
        value: 'https://policy.example.org/briefs/india-finland-quantum',
        from: 'the front matter’s url',
      },
    });
  });
});
