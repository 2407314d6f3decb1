import { describe, expect, it } from 'vitest';
import { deliver } from '../src/mail/send';

/**
 * What the outbox does with a mail server's answer: sent, or refused for good (5xx), is done
 * with; refused for now (4xx, or no server at all) is tried again. One message carries every
 * recipient, so a retry never repeats it to someone who had it.
 */
function fakeStrapi(answer: () => Promise<unknown>) {
  const sent: any[] = [];
  const logged: string[] = [];
  const strapi = {
    plugin: () => ({ service: () => ({ send: async (mail: unknown) => (sent.push(mail), answer()) }) }),
    log: { error: (m: string) => logged.push(m) },
  } as any;
  return { strapi, sent, logged };
}

const values = { association: 'Association Amal', link: 'https://hub.example.org/fr/calls' };

describe('delivering a message the outbox retries', () => {
  it('sends one message to every recipient, and is done with it', async () => {
    const { strapi, sent } = fakeStrapi(async () => ({ accepted: ['a@x.ma', 'b@x.ma'] }));
    expect(await deliver(strapi, ['a@x.ma', 'b@x.ma'], 'verified', 'fr', values)).toBe(true);
    expect(sent).toHaveLength(1);
    expect(sent[0].to).toEqual(['a@x.ma', 'b@x.ma']);
  });

  it('tries again after a temporary refusal or no server, not after a refusal for good', async () => {
    const refused = (responseCode?: number) => async () => {
      throw Object.assign(new Error('refused'), responseCode ? { responseCode } : {});
    };
    expect(await deliver(fakeStrapi(refused(451)).strapi, ['a@x.ma'], 'verified', 'fr', values)).toBe(false);
    expect(await deliver(fakeStrapi(refused()).strapi, ['a@x.ma'], 'verified', 'fr', values)).toBe(false);
    const forGood = fakeStrapi(refused(550));
    expect(await deliver(forGood.strapi, ['typo@x.ma'], 'verified', 'fr', values)).toBe(true);
    expect(forGood.logged.join()).toMatch(/refused for good/);
  });
});
