import { useEffect, useState } from 'react';
import type { AppInfo } from '../../common/contract/ipc-contract';
import { polcoopApi } from './polcoop-client';

/** What the shell reports about the app and its content; undefined until it answers, or where no shell is wired. */
export function useAppInfo(): AppInfo | undefined {
  const [info, setInfo] = useState<AppInfo>();
  useEffect(() => {
    let live = true;
    void polcoopApi()
      ?.app.info()
      .then((result) => live && result.ok && setInfo(result.value));
    return () => {
      live = false;
    };
  }, []);
  return info;
}
