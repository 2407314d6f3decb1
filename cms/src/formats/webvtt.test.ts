import { describe, expect, it } from 'vitest';
import { isWebVtt } from './uploads';
import { cueTexts } from './webvtt';

describe('WebVTT', () => {
  it('reads the text of the cues, without identifiers, notes, settings or tags', () => {
    const vtt =
      '\uFEFFWEBVTT - title\r\n\r\nNOTE a note\r\n\r\n1\r\n00:00.000 --> 00:02.000 align:start\r\n<v Samira>Bonjour</v>\r\nà tous\r\n\r\n00:02.000 --> 00:03.000\r\nAu revoir\r\n';
    expect(cueTexts(vtt)).toEqual(['Bonjour à tous', 'Au revoir']);
  });

  it('knows a WebVTT file by its first line, and only by it', () => {
    expect(isWebVtt('WEBVTT\n\n00:00.000 --> 00:01.000\nx')).toBe(true);
    expect(isWebVtt('\uFEFFWEBVTT - titre\n')).toBe(true);
    expect(isWebVtt('WEBVTT')).toBe(true);
    expect(isWebVtt('WEBVTTX\n')).toBe(false);
    expect(isWebVtt('1\n00:00:00,000 --> 00:00:01,000\nSRT\n')).toBe(false);
    expect(isWebVtt('<html>WEBVTT')).toBe(false);
  });
});
