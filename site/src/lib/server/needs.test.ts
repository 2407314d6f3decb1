import { describe, expect, it } from 'vitest';
import { carriesNeeds, NEEDS_COOKIE, readNeeds, writeNeeds } from './needs';

const jar = (value?: string) => {
  const store = new Map<string, string>(value === undefined ? [] : [[NEEDS_COOKIE, value]]);
  const options: unknown[] = [];
  return {
    get: (name: string) => store.get(name),
    set: (name: string, v: string, o: unknown) => {
      store.set(name, v);
      options.push(o);
    },
    delete: (name: string) => store.delete(name),
    store,
    options,
  };
};

describe('the needs cookie', () => {
  it('reads known needs in the vocabulary order and drops anything else', () => {
    expect(readNeeds(jar('accessible-toilet.step-free.<script>.step-free'))).toEqual(['step-free', 'accessible-toilet']);
    expect(readNeeds(jar())).toEqual([]);
    expect(readNeeds(jar('x'.repeat(5000)))).toEqual([]);
  });

  it('is written httpOnly, same-site, for the whole site, and secure on https', () => {
    const cookies = jar();
    expect(writeNeeds(cookies as never, ['hearing-loop', 'nonsense', 'step-free'], new URL('https://hub.example/fr/needs'))).toEqual([
      'step-free',
      'hearing-loop',
    ]);
    expect(cookies.store.get(NEEDS_COOKIE)).toBe('step-free.hearing-loop');
    expect(cookies.options[0]).toMatchObject({ path: '/', httpOnly: true, sameSite: 'lax', secure: true });
  });

  it('is removed when no need is left', () => {
    const cookies = jar('step-free');
    writeNeeds(cookies as never, [], new URL('http://127.0.0.1/fr/needs'));
    expect(cookies.store.has(NEEDS_COOKIE)).toBe(false);
  });

  it('is noticed in a Cookie header, and only under its own name', () => {
    expect(carriesNeeds(`a=1; ${NEEDS_COOKIE}=step-free`)).toBe(true);
    expect(carriesNeeds(`not_${NEEDS_COOKIE}=x`)).toBe(false);
    expect(carriesNeeds(null)).toBe(false);
  });
});
