import type { UiLanguage } from '../../content/model/languages';
import { shellTexts as de } from './de';
import { shellTexts as en } from './en';
import { shellTexts as fr } from './fr';
import type { ShellTexts } from './shell-texts-shape';

// The main process loads all three: a few kilobytes, and a dialog must never wait on a file.
const BY_LANGUAGE: Readonly<Record<UiLanguage, ShellTexts>> = { en, fr, de };

/** The shell's texts in a language of the interface. */
export function shellTextsIn(language: UiLanguage): ShellTexts {
  return BY_LANGUAGE[language];
}

// `&x` marks x as the access key; `&&` is a literal ampersand.
const withoutAccessKeys = (label: string) => label.replace(/&(.)/g, '$1');

/** A menu label as the platform shows it: the `&` access-key mark is for Windows and Linux only. */
export function menuLabel(label: string, platform: NodeJS.Platform): string {
  return platform === 'darwin' ? withoutAccessKeys(label) : label;
}

/** Where a menu item sits, as the user reads it: "File > Revert to Previous Content". */
export function menuPath(...labels: string[]): string {
  return labels.map(withoutAccessKeys).join(' > ');
}
