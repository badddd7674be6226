import { describe, expect, it } from 'vitest';
import { invitationFromQuery, invitationLink } from './invitation';

describe('invitation links', () => {
  it('point at the register page of the same console, with the code and address', () => {
    const link = invitationLink('https://rooms.example.com/?x=1#/console/admin/users', { code: 'AB3D-7KQ2-P9ZX', email: 'vera+new@roomly.test' });
    expect(link).toBe('https://rooms.example.com/#/console/register?code=AB3D-7KQ2-P9ZX&email=vera%2Bnew%40roomly.test');
  });

  it('read back what they carry', () => {
    const link = invitationLink('http://127.0.0.1:8080/#/console', { code: 'AB3D-7KQ2-P9ZX', email: 'vera+new@roomly.test' });
    const query = new URLSearchParams(new URL(link).hash.split('?')[1]);
    expect(invitationFromQuery(query)).toEqual({ code: 'AB3D-7KQ2-P9ZX', email: 'vera+new@roomly.test' });
  });

  it('treat a missing, padded or overlong value as the text the form can take', () => {
    expect(invitationFromQuery(new URLSearchParams(''))).toEqual({ code: '', email: '' });
    expect(invitationFromQuery(new URLSearchParams({ code: '  ab3d ' }))).toEqual({ code: 'ab3d', email: '' });
    expect(invitationFromQuery(new URLSearchParams({ code: 'x'.repeat(500) })).code).toHaveLength(64);
  });
});
