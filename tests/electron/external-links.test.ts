import { describe, expect, it, vi } from 'vitest';
import { createExternalLinkOpener, isOpenableLink } from '../../electron/external-links';

vi.mock('electron', () => ({}));

function opener(mode: 'allow' | 'confirm' | 'block', confirmed: boolean) {
  const deps = {
    mode: () => mode,
    confirm: vi.fn(() => Promise.resolve(confirmed)),
    open: vi.fn(() => Promise.resolve()),
    log: vi.fn(),
  };
  return { open: createExternalLinkOpener(deps), deps };
}

describe('external links', () => {
  it('opens an https link only after the user confirms', async () => {
    const { open, deps } = opener('confirm', true);
    expect(await open('https://eur-lex.europa.eu/eli/dir/2023/977/oj')).toBe('opened');
    expect(deps.confirm).toHaveBeenCalledWith('https://eur-lex.europa.eu/eli/dir/2023/977/oj');
    expect(deps.open).toHaveBeenCalledWith('https://eur-lex.europa.eu/eli/dir/2023/977/oj');
  });

  it('opens nothing when the user declines', async () => {
    const { open, deps } = opener('confirm', false);
    expect(await open('https://eur-lex.europa.eu/')).toBe('declined');
    expect(deps.open).not.toHaveBeenCalled();
  });

  it.each([
    'http://eur-lex.europa.eu/',
    'file:///etc/passwd',
    'smb://server/share',
    'javascript:alert(1)',
    'mailto:a@b.test',
    'ms-msdt:/id',
    'https://user:pw@x.test/',
    'https://',
    'app://polcoop/index.html',
    'not a url',
  ])('refuses %s without asking', async (url) => {
    const { open, deps } = opener('confirm', true);
    expect(await open(url)).toBe('refused');
    expect(deps.confirm).not.toHaveBeenCalled();
    expect(deps.open).not.toHaveBeenCalled();
  });

  it('opens nothing, and asks nothing, where a policy or the settings block external links', async () => {
    const { open, deps } = opener('block', true);
    expect(await open('https://eur-lex.europa.eu/')).toBe('disabled');
    expect(deps.confirm).not.toHaveBeenCalled();
    expect(deps.open).not.toHaveBeenCalled();
    expect(deps.log).toHaveBeenCalledWith('external link: refused, external links are blocked by policy or settings');
  });

  it('opens an https link without asking where the policy allows external links, and still refuses any other link', async () => {
    const { open, deps } = opener('allow', false);
    expect(await open('https://eur-lex.europa.eu/')).toBe('opened');
    expect(deps.confirm).not.toHaveBeenCalled();
    expect(deps.open).toHaveBeenCalledWith('https://eur-lex.europa.eu/');
    expect(await open('http://eur-lex.europa.eu/')).toBe('refused');
  });

  it('logs without the address', async () => {
    const { open, deps } = opener('confirm', true);
    await open('https://x.test/search?q=John%20Doe');
    expect(deps.log.mock.calls.flat().join(' ')).not.toContain('Doe');
    expect(isOpenableLink('https://x.test/')).toBe(true);
  });
});
