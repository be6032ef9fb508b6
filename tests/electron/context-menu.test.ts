import type { ContextMenuParams } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { contextMenuTemplate } from '../../electron/context-menu';

vi.mock('electron', () => ({}));

const params = (selectionText: string, canCopy = false) => ({
  selectionText,
  editFlags: { canCopy } as ContextMenuParams['editFlags'],
});

describe('context menu', () => {
  it('copies a selection and bookmarks the page', () => {
    const actions = { copy: vi.fn(), selectAll: vi.fn(), command: vi.fn(), print: vi.fn() };
    const template = contextMenuTemplate(params('Prüm'), actions);
    expect(template.map((item) => item.label ?? item.type)).toEqual([
      'Copy',
      'Select All',
      'separator',
      'Bookmark This Page',
      'Print…',
    ]);
    expect(template[0]?.enabled).toBe(true);
    (template[0]?.click as () => void)();
    (template[3]?.click as () => void)();
    expect(actions.copy).toHaveBeenCalled();
    expect(actions.command).toHaveBeenCalledWith('bookmark-this');
  });

  it('greys out Copy when nothing is selected', () => {
    const actions = { copy: vi.fn(), selectAll: vi.fn(), command: vi.fn(), print: vi.fn() };
    expect(contextMenuTemplate(params('  '), actions)[0]?.enabled).toBe(false);
    expect(contextMenuTemplate(params('', true), actions)[0]?.enabled).toBe(true);
  });
});
