import { useEffect, useState } from 'react';
import type { AppInfo } from '../../common/contract/ipc-contract';
import { useShellApi } from './api-context';

/** What the shell reports about the app and its content; undefined until it answers, or where no shell is wired. */
export function useAppInfo(): AppInfo | undefined {
  const api = useShellApi();
  const [info, setInfo] = useState<AppInfo>();
  useEffect(() => {
    let live = true;
    void api?.app.info().then((result) => live && result.ok && setInfo(result.value));
    return () => {
      live = false;
    };
  }, [api]);
  return info;
}
