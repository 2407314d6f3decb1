import { describe, expect, it } from 'vitest';
import { registerForm, resetForm, signInForm, profileForm } from './account';
import { accessibilityForm, proposalForm, reachForm } from './application';
import { KNOWN_ERROR_KEYS } from './errors';
import { check, readForm } from './form';

const form = (entries: [string, string][]) => {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
};
const keys = (r: ReturnType<typeof check>) => Object.fromEntries(r.errors.map((e) => [e.field, e.key]));

describe('the account forms', () => {
  it('signs in with an address and a password, the address tidied', () => {
    const r = check(signInForm, { email: '  Hajar@Example.MA ', password: 'x' });
    expect(r.ok && r.data).toEqual({ email: 'hajar@example.ma', password: 'x' });
    expect(keys(check(signInForm, { email: 'hajar', password: '' }))).toEqual({ email: 'email-invalid', password: 'required' });
  });

  it('registers with the CMS’s password rule (10 characters, not all of one kind) and the same password twice', () => {
    const base = { email: 'a@b.ma', name: 'Association Nour', category: 'disability' };
    expect(check(registerForm, { ...base, password: 'nour-tetouan-2026', confirmPassword: 'nour-tetouan-2026' }).ok).toBe(true);
    expect(keys(check(registerForm, { ...base, password: 'abcdefghijkl', confirmPassword: 'abcdefghijkl' }))).toEqual({
      password: 'password-weak',
    });
    expect(keys(check(registerForm, { ...base, password: 'short-1', confirmPassword: 'short-1' }))).toEqual({ password: 'password-weak' });
    expect(keys(check(registerForm, { ...base, password: 'nour-tetouan-2026', confirmPassword: 'nour-tetouan' }))).toEqual({
      confirmPassword: 'password-mismatch',
    });
    expect(
      keys(
        check(registerForm, {
          ...base,
          name: ' ',
          category: 'circus',
          password: 'nour-tetouan-2026',
          confirmPassword: 'nour-tetouan-2026',
        }),
      ),
    ).toEqual({
      name: 'name-missing',
      category: 'category-invalid',
    });
    // Arabic letters count as letters.
    expect(check(registerForm, { ...base, password: 'جمعية-النور-٢٠٢٦', confirmPassword: 'جمعية-النور-٢٠٢٦' }).ok).toBe(true);
  });

  it('resets with a token, which a hand-made address may lack', () => {
    expect(keys(check(resetForm, { token: '', password: 'nour-tetouan-2026', confirmPassword: 'nour-tetouan-2026' }))).toEqual({
      token: 'token-invalid',
    });
  });

  it('refuses neighbourhoods the commune does not have, and keeps an optional e-mail optional', () => {
    const schema = profileForm(['kouilma', 'jbel-dersa']);
    const r = readForm(
      schema,
      form([
        ['name', 'Nour'],
        ['category', 'culture'],
        ['neighbourhoodsServed', 'kouilma'],
        ['neighbourhoodsServed', 'atlantis'],
      ]),
      ['name', 'category', 'description', 'contactEmail', 'contactPhone', 'legalIdentifier', 'neighbourhoodsServed'],
      ['neighbourhoodsServed'],
    );
    expect(keys(r)).toEqual({ neighbourhoodsServed: 'invalid' });
    expect(r.values.neighbourhoodsServed).toEqual(['kouilma', 'atlantis']);
  });
});

describe('the application steps', () => {
  const proposal = {
    contactName: 'Hajar',
    contactRole: '',
    contactPhone: '0539 00 00 00',
    title: 'Ateliers',
    summary: 'Des ateliers de théâtre pour les jeunes.',
    activities: 'Douze ateliers le samedi matin.',
    kind: 'roaming-programme',
    startsOn: '2026-06-01',
    endsOn: '2026-09-30',
    budget: '',
  };

  it('takes a complete proposal, and names each field that is missing, too short or out of order', () => {
    expect(check(proposalForm, proposal).ok).toBe(true);
    expect(keys(check(proposalForm, { ...proposal, title: '  ', summary: 'court', kind: '', endsOn: '2026-05-01' }))).toEqual({
      title: 'required',
      summary: 'too-short',
      kind: 'required',
      endsOn: 'date-order',
    });
    expect(keys(check(proposalForm, { ...proposal, startsOn: '2026-02-30x' }))).toEqual({ startsOn: 'invalid' });
    expect(keys(check(proposalForm, { ...proposal, title: 'x'.repeat(201) }))).toEqual({ title: 'too-long' });
  });

  it('counts characters, not UTF-16 units: 200 Arabic letters fit a 200 limit', () => {
    expect(check(proposalForm, { ...proposal, title: 'ب'.repeat(200) }).ok).toBe(true);
  });

  it('needs a neighbourhood and an audience from the vocabulary, and a whole number of participants', () => {
    const schema = reachForm(['kouilma']);
    const r = check(schema, { neighbourhoods: ['kouilma'], audiences: ['youth', 'youth'], participants: '120', outreach: '' });
    expect(r.ok && r.data).toEqual({ neighbourhoods: ['kouilma'], audiences: ['youth'], participants: 120, outreach: '' });
    expect(keys(check(schema, { neighbourhoods: [], audiences: ['aliens'], participants: '12.5', outreach: '' }))).toEqual({
      neighbourhoods: 'required',
      audiences: 'invalid',
      participants: 'invalid',
    });
  });

  it('needs an accessibility plan; offers are optional but from the vocabulary', () => {
    expect(keys(check(accessibilityForm, { offers: ['teleportation'], plan: '' }))).toEqual({ offers: 'invalid', plan: 'required' });
    expect(check(accessibilityForm, { offers: ['wheelchair', 'sign-language'], plan: 'Salle de plain-pied et interprète LSM.' }).ok).toBe(
      true,
    );
  });

  it('has a message for every key its schemas can give', () => {
    for (const key of [
      'required',
      'too-long',
      'too-short',
      'invalid',
      'date-order',
      'email-invalid',
      'password-weak',
      'password-mismatch',
      'name-missing',
      'name-too-long',
      'category-invalid',
      'token-invalid',
    ])
      expect(KNOWN_ERROR_KEYS).toContain(key);
  });
});
