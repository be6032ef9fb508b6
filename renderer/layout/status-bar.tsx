import { useAppInfo } from '../api/use-app-info';
import { viewHref } from '../routes';
import { texts } from '../texts/active-texts';

/** The footer: which content version and app version are shown, and a link to About. */
export function StatusBar({ version, contentDate }: { version?: string; contentDate?: string }) {
  const info = useAppInfo();
  return (
    <footer className="status-bar">
      {version && contentDate && texts.footer.content(version, contentDate)}
      {info && ` · ${texts.footer.app(info.appVersion)}`} · <a href={viewHref('about')}>{texts.footer.about}</a>
    </footer>
  );
}
