import { linkRequest } from '$lib/server/account/link-request';
import { resendConfirmation } from '$lib/server/cms/account';
import type { Actions } from './$types';

export const actions = { default: linkRequest(resendConfirmation) } satisfies Actions;
