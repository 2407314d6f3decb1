import { describe, expect, it } from 'vitest';
import { eventFit, eventMeets, placeFit } from './needs';

const level = { entranceIsLevel: true, hasAccessibleToilet: true };
const steps = { entranceStepCount: 3, entranceHasFixedRamp: false, entranceHasRemovableRamp: false, hasAccessibleToilet: true };

describe('"not known" is never "fits"', () => {
  it('a place with no data, or with one of the facts missing, is not known', () => {
    expect(placeFit(null, ['step-free'])).toBe('unknown');
    expect(placeFit({}, ['step-free', 'accessible-toilet'])).toBe('unknown');
    expect(placeFit({ entranceIsLevel: true }, ['step-free', 'accessible-toilet'])).toBe('unknown');
    expect(placeFit({ entranceIsLevel: true, hasAccessibleToilet: null }, ['step-free', 'accessible-toilet'])).toBe('unknown');
  });

  it('a place fits when every fact is known and meets the need, and does not when one is known not to', () => {
    expect(placeFit(level, ['step-free', 'accessible-toilet'])).toBe('fits');
    expect(placeFit(steps, ['step-free', 'accessible-toilet'])).toBe('no');
    // One known "no" is enough, even when another fact is not known.
    expect(placeFit({ ...steps, hasAccessibleToilet: null }, ['step-free', 'accessible-toilet'])).toBe('no');
  });

  it('leaves out of a place what belongs to a show (captions), and says not known when nothing else is asked', () => {
    expect(placeFit(level, ['step-free', 'captions'])).toBe('fits');
    expect(placeFit(level, ['captions'])).toBe('unknown');
  });

  it('reads sign language in the staff languages', () => {
    expect(placeFit({ staffSpokenLanguages: 'ary, fr, xms' }, ['sign-language'])).toBe('fits');
    expect(placeFit({ staffSpokenLanguages: 'ary, fr' }, ['sign-language'])).toBe('no');
    expect(placeFit({ staffSpokenLanguages: null }, ['sign-language'])).toBe('unknown');
  });
});

describe('an event, from its offers and its venue', () => {
  const none = { wheelchair: false, stepFreeRoute: false, accessibleToilets: false, signLanguage: false };
  it('is not known with no accessibility filled in and no venue facts', () => {
    expect(eventFit(null, null, ['step-free'])).toBe('unknown');
    expect(eventFit(null, null, ['sign-language'])).toBe('unknown');
    expect(eventFit(none, null, ['step-free'])).toBe('unknown');
  });

  it('weighs the venue: a level venue with a toilet fits even if the organisers ticked nothing', () => {
    expect(eventFit(none, level, ['step-free', 'accessible-toilet'])).toBe('fits');
    expect(eventFit(none, steps, ['step-free'])).toBe('no');
  });

  it('an offer the venue contradicts is not known; a service not offered does not fit', () => {
    expect(eventMeets({ ...none, wheelchair: true }, steps, 'step-free')).toBeNull();
    expect(eventMeets({ ...none, wheelchair: true }, null, 'step-free')).toBe(true);
    expect(eventMeets(none, level, 'sign-language')).toBe(false);
    expect(eventMeets({ ...none, signLanguage: true }, null, 'sign-language')).toBe(true);
  });
});
