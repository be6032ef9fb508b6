import type { PackPreview } from './pack-schema';
import type { PackService } from './pack-service';
import { previewSummary } from './preview-summary';

/** The native dialogs the menu flows use; Electron's in the shell, stand-ins in tests. */
export interface PackDialogs {
  chooseFile: () => Promise<string | null>;
  /** Asks the user to install; `downgrade` asks for an explicit confirmation of older content. */
  confirm: (summary: { message: string; detail: string }, downgrade: boolean) => Promise<boolean>;
  inform: (message: string, detail: string) => Promise<void>;
}

/** File > Import Content Pack…: pick, verify and preview, confirm, install, then restart onto the new content. */
export async function importFromMenu(service: PackService, dialogs: PackDialogs, restart: () => void): Promise<void> {
  const file = await dialogs.chooseFile();
  if (file === null) return;
  const result = await service.preview(file);
  if (result.outcome === 'refused') return dialogs.inform('The content pack was refused. Nothing was changed.', result.reason);
  if (result.outcome === 'cancelled') return;
  const preview: PackPreview = result.preview;
  if (!(await dialogs.confirm(previewSummary(preview), preview.downgrade !== null))) return service.discard();
  const installed = await service.install(preview.token, preview.downgrade !== null);
  if (installed.outcome === 'refused') return dialogs.inform('The content pack was not installed. Nothing was changed.', installed.reason);
  restart();
}

/** File > Revert to Previous Content: switches back and restarts, or says why it cannot. */
export async function revertFromMenu(service: PackService, dialogs: PackDialogs, restart: () => void): Promise<void> {
  const result = await service.revert();
  if (result.outcome === 'refused') return dialogs.inform('The content was not reverted.', result.reason);
  restart();
}
