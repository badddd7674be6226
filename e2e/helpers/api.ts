import type { Input, MethodName, Output } from '../../core/contract';
import type { Envelope } from '../../core/errors';

/** Calls the server's API directly, to arrange data and to know what the page should show. */
export interface TestApi {
  call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>>;
}

async function post(baseUrl: string, method: string, input: unknown, token: string | null): Promise<unknown> {
  const response = await fetch(`${baseUrl}/api/v1/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(input),
  });
  const envelope = (await response.json()) as Envelope<unknown>;
  if (!envelope.ok) throw new Error(`${method} failed: ${envelope.error.code} ${envelope.error.message}`);
  return envelope.value;
}

/** An API session signed in as one person. */
export async function apiAs(baseUrl: string, email: string, password: string): Promise<TestApi> {
  const session = (await post(baseUrl, 'auth.login', { email, password }, null)) as Output<'auth.login'>;
  return {
    call: async (method, input) => (await post(baseUrl, method, input, session.accessToken)) as Output<typeof method>,
  };
}
