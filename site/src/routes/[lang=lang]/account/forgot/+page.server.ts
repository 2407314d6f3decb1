import { linkRequest } from '$lib/server/account/link-request';
import { forgot } from '$lib/server/cms/account';
import type { Actions } from './$types';

export const actions = { default: linkRequest(forgot) } satisfies Actions;
