import { shellCommandKeys, type ShellCommand } from '../../common/contract/ipc-contract';

type Modifier = 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey';
const MODIFIERS: Readonly<Record<string, Modifier>> = {
  Ctrl: 'ctrlKey',
  Cmd: 'metaKey',
  Alt: 'altKey',
  Shift: 'shiftKey',
};
const ARIA_NAMES: Readonly<Record<string, string>> = { Ctrl: 'Control', Cmd: 'Meta', Alt: 'Alt', Shift: 'Shift' };

/** The parts of a key press a shortcut looks at. */
export type KeyPress = Pick<KeyboardEvent, 'key' | 'code' | Modifier>;

function matches(accelerator: string, press: KeyPress): boolean {
  const parts = accelerator.split('+');
  const key = parts.pop() ?? '';
  const wanted = new Set(parts.map((part) => MODIFIERS[part]));
  if ((Object.values(MODIFIERS) as Modifier[]).some((modifier) => press[modifier] !== wanted.has(modifier)))
    return false;
  // With Alt (Option) held a Mac types another character, so the physical key counts too.
  return press.key.toLowerCase() === key.toLowerCase() || press.code === `Key${key.toUpperCase()}`;
}

/** The menu command a key press stands for: the keys the contract gives it, the Mac's and the others' alike, on every platform. */
export function commandForKey(press: KeyPress): ShellCommand | undefined {
  return (Object.keys(shellCommandKeys) as ShellCommand[]).find(
    (command) => matches(shellCommandKeys[command].other, press) || matches(shellCommandKeys[command].mac, press),
  );
}

/** A command's keys for `aria-keyshortcuts`: "Control+D Meta+D". */
export function ariaKeyShortcuts(command: ShellCommand): string {
  const { other, mac } = shellCommandKeys[command];
  return [other, mac]
    .map((accelerator) =>
      accelerator
        .split('+')
        .map((part) => ARIA_NAMES[part] ?? part)
        .join('+'),
    )
    .join(' ');
}
