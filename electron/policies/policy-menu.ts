import type { MenuActions } from '../app-menu';
import type { PolicyValues } from '../../common/policies/policy-schema';

/** The menu's actions less what the policies switch off: printing and PDF (DisablePrintAndPdf), importing packs (DisablePackImport). */
export function menuUnderPolicy(actions: MenuActions, values: PolicyValues): MenuActions {
  const { print, savePdf, importPack, ...rest } = actions;
  return {
    ...rest,
    ...(values.DisablePrintAndPdf === true ? {} : { ...(print ? { print } : {}), ...(savePdf ? { savePdf } : {}) }),
    ...(values.DisablePackImport === true || !importPack ? {} : { importPack }),
  };
}
