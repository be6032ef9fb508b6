import type { ShellTexts } from '../texts/shell-texts-shape';
import type { PackService } from './pack-service';
import { previewSummary } from './preview-summary';

/** A question for the user in a native dialog: what happens, and the button that does it (beside Cancel). */
export interface Confirmation {
  message: string;
  detail: string;
  action: string;
  /** A warning rather than a question (older content), with Cancel as the default button. */
  warning: boolean;
}

/** The native dialogs the menu flows use; Electron's in the shell, stand-ins in tests. */
export interface PackDialogs {
  chooseFile: () => Promise<string | null>;
  /** Resolves true only when the user pressed the action's button. */
  confirm: (confirmation: Confirmation) => Promise<boolean>;
  inform: (message: string, detail: string) => Promise<void>;
}

/**
 * File > Import Content Pack…: pick, verify and preview, confirm, install, then restart onto the new content. Asked
 * and told in the shell's language of the moment (`texts`); the reasons the checks give stay as they wrote them.
 */
export async function importFromMenu(
  service: PackService,
  dialogs: PackDialogs,
  restart: () => void,
  texts: ShellTexts,
): Promise<void> {
  const t = texts.packs;
  const file = await dialogs.chooseFile();
  if (file === null) return;
  const result = await service.preview(file);
  if (result.outcome === 'refused') return dialogs.inform(t.refused, result.reason);
  const { preview } = result;
  const downgrade = preview.downgrade !== null;
  if (
    !(await dialogs.confirm({
      ...previewSummary(preview, texts),
      action: downgrade ? t.installOlder : t.install,
      warning: downgrade,
    }))
  )
    return service.discard();
  const installed = await service.install(preview.token, downgrade);
  if (installed.outcome === 'refused') return dialogs.inform(t.notInstalled, installed.reason);
  restart();
}

/** File > Revert to Previous Content: asks first (the content changes and the app restarts), then switches back and restarts, or says why it cannot. */
export async function revertFromMenu(
  service: PackService,
  dialogs: PackDialogs,
  restart: () => void,
  texts: ShellTexts,
): Promise<void> {
  const t = texts.packs;
  const status = await service.status();
  if (!status.canRevert) return dialogs.inform(t.notReverted, t.nothingToRevert);
  const confirmed = await dialogs.confirm({
    message: t.revertQuestion(status.version),
    detail: t.revertDetail,
    action: t.revert,
    warning: false,
  });
  if (!confirmed) return;
  const result = await service.revert();
  if (result.outcome === 'refused') return dialogs.inform(t.notReverted, result.reason);
  restart();
}
