import { afterEach, describe, expect, it } from 'vitest';
import { chooseLanguage, i18n } from '../i18n';
import { clusterTallyText, fromPeopleText, spreadText } from './spread';

describe('support spread in words', () => {
  afterEach(async () => {
    await chooseLanguage('en');
  });

  it('says how many people the dots came from', () => {
    expect(spreadText(i18n.t, 12, 7, false)).toBe('12 dots from 7 people');
    expect(spreadText(i18n.t, 1, 1, false)).toBe('1 dot from 1 person');
    expect(fromPeopleText(i18n.t, 12, 7, false)).toBe('From 7 people');
    expect(clusterTallyText(i18n.t, 4, 3, false)).toBe('4 votes · 3 supporters');
  });

  it('on an anonymous board, breaks a number down only from three people up', () => {
    expect(spreadText(i18n.t, 5, 2, true)).toBe('5 dots');
    expect(fromPeopleText(i18n.t, 5, 2, true)).toBeNull();
    expect(clusterTallyText(i18n.t, 5, 2, true)).toBe('5 votes');
    expect(spreadText(i18n.t, 5, 3, true)).toBe('5 dots from 3 people');
    // A named board says who is behind a number anyway: the spread is always given.
    expect(spreadText(i18n.t, 3, 1, false)).toBe('3 dots from 1 person');
  });

  it('speaks each language’s plural forms, in the case the sentence needs', async () => {
    await chooseLanguage('ru');
    expect(spreadText(i18n.t, 12, 7, false)).toBe('12 точек от 7 человек');
    expect(spreadText(i18n.t, 21, 1, false)).toBe('21 точка от 1 человека');
    await chooseLanguage('ar');
    expect(spreadText(i18n.t, 2, 2, false)).toBe('نقطتان من شخصين');
    await chooseLanguage('zh');
    expect(spreadText(i18n.t, 12, 7, true)).toBe('12 个圆点，来自 7 人');
  });
});
