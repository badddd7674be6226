/** An invitation as an invite link carries it: `#/console/register?code=…&email=…`. */
export interface InvitationParams {
  code: string;
  email: string;
}

/** The link an invited person opens: the register page of this console with the code filled in. */
export function invitationLink(pageUrl: string, { code, email }: InvitationParams): string {
  const url = new URL(pageUrl);
  url.search = '';
  url.hash = `/console/register?${new URLSearchParams({ code, email }).toString()}`;
  return url.toString();
}

/** What a link says, trimmed and cut to what the contract accepts (the link is untrusted text). */
export function invitationFromQuery(query: URLSearchParams): InvitationParams {
  const read = (name: string, max: number) => (query.get(name) ?? '').trim().slice(0, max);
  return { code: read('code', 64), email: read('email', 254) };
}
