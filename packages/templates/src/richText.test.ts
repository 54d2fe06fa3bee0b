import { describe, expect, it } from 'vitest';
import { richTextToPlain } from './richText.js';

const p = (...content: object[]) => ({ type: 'paragraph', content });
const t = (text: string, marks?: object[]) => (marks ? { type: 'text', text, marks } : { type: 'text', text });
const doc = (...content: object[]) => ({ type: 'doc', content });

describe('richTextToPlain', () => {
  it('T3.7 reads a single paragraph', () => {
    expect(richTextToPlain(doc(p(t('Blockchain in food production'))))).toBe('Blockchain in food production');
  });

  it('T3.7 concatenates text nodes and drops marks', () => {
    expect(richTextToPlain(doc(p(t('Use '), t('bold', [{ type: 'bold' }]), t(' words'))))).toBe('Use bold words');
  });

  it('T3.7 turns hard breaks into line breaks', () => {
    expect(richTextToPlain(doc(p(t('Line one'), { type: 'hardBreak' }, t('Line two'))))).toBe('Line one\nLine two');
  });

  it('T3.7 puts paragraphs on separate lines and keeps an empty paragraph between them', () => {
    expect(richTextToPlain(doc(p(t('First')), { type: 'paragraph' }, p(t('Third'))))).toBe('First\n\nThird');
  });

  it('T3.7 puts list items on separate lines', () => {
    const list = { type: 'bulletList', content: [{ type: 'listItem', content: [p(t('one'))] }, { type: 'listItem', content: [p(t('two'))] }] };
    expect(richTextToPlain(doc(p(t('Items:')), list))).toBe('Items:\none\ntwo');
  });

  it('T3.7 removes blank lines at the start and end', () => {
    expect(richTextToPlain(doc({ type: 'paragraph' }, p(t('Middle')), { type: 'paragraph' }, p({ type: 'hardBreak' })))).toBe('Middle');
  });

  it('T3.7 returns plain strings unchanged and tolerates junk', () => {
    expect(richTextToPlain('legacy text')).toBe('legacy text');
    expect(richTextToPlain(undefined)).toBe('');
    expect(richTextToPlain(42)).toBe('');
    expect(richTextToPlain(doc())).toBe('');
    expect(richTextToPlain({ type: 'doc', content: 'oops' })).toBe('');
  });
});
