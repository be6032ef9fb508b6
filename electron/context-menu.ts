import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron';
import { commandAccelerator } from './app-menu';
import type { ShellCommand } from '../common/contract/ipc-contract';
import { shellTextsIn } from './texts/shell-texts';
import type { ShellTexts } from './texts/shell-texts-shape';

/** What the context menu can do. */
export interface ContextMenuActions {
  copy: () => void;
  selectAll: () => void;
  command: (command: ShellCommand) => void;
  /** Absent where a policy switched printing off (DisablePrintAndPdf). */
  print?: () => void;
}

/** The context menu for a right-click, in the shell's language: copy when something is selected, select all, bookmark this page, print where allowed. */
export function contextMenuTemplate(
  params: Pick<ContextMenuParams, 'selectionText' | 'editFlags'>,
  actions: ContextMenuActions,
  texts: ShellTexts = shellTextsIn('en'),
): MenuItemConstructorOptions[] {
  const canCopy = params.selectionText.trim() !== '' || params.editFlags.canCopy;
  const { menu: m, roles: r } = texts;
  return [
    { label: r.copy, accelerator: 'CmdOrCtrl+C', enabled: canCopy, click: actions.copy },
    { label: r.selectAll, accelerator: 'CmdOrCtrl+A', click: actions.selectAll },
    { type: 'separator' },
    {
      label: m.bookmarkThis,
      accelerator: commandAccelerator('bookmark-this', process.platform),
      click: () => actions.command('bookmark-this'),
    },
    ...(actions.print ? [{ label: m.print, accelerator: 'CmdOrCtrl+P', click: actions.print }] : []),
  ];
}
