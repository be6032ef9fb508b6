import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron';
import { commandAccelerator } from './app-menu';
import type { ShellCommand } from '../common/contract/ipc-contract';

/** What the context menu can do. */
export interface ContextMenuActions {
  copy: () => void;
  selectAll: () => void;
  command: (command: ShellCommand) => void;
  /** Absent where a policy switched printing off (DisablePrintAndPdf). */
  print?: () => void;
}

/** The context menu for a right-click: copy when something is selected, select all, bookmark this page, print where allowed. */
export function contextMenuTemplate(
  params: Pick<ContextMenuParams, 'selectionText' | 'editFlags'>,
  actions: ContextMenuActions,
): MenuItemConstructorOptions[] {
  const canCopy = params.selectionText.trim() !== '' || params.editFlags.canCopy;
  return [
    { label: 'Copy', accelerator: 'CmdOrCtrl+C', enabled: canCopy, click: actions.copy },
    { label: 'Select All', accelerator: 'CmdOrCtrl+A', click: actions.selectAll },
    { type: 'separator' },
    {
      label: 'Bookmark This Page',
      accelerator: commandAccelerator('bookmark-this', process.platform),
      click: () => actions.command('bookmark-this'),
    },
    ...(actions.print ? [{ label: 'Print…', accelerator: 'CmdOrCtrl+P', click: actions.print }] : []),
  ];
}
