import { Arch, build, Platform, type Configuration } from 'electron-builder';

/** One offline packaging run: a platform, its targets, the placeholder runtime and where the output goes. */
export interface OfflinePackaging {
  projectDir: string;
  platform: 'linux' | 'win32';
  targets: string[];
  electronDist: string;
  outputDir: string;
  /** Merged over electron-builder.yml; the check only adds runtime and output folder, tests may replace more. */
  config?: Configuration;
}

/** Runs electron-builder for x64 with the placeholder runtime and never publishes; returns the artifact paths. */
export async function packageOffline(run: OfflinePackaging): Promise<string[]> {
  const platform = run.platform === 'linux' ? Platform.LINUX : Platform.WINDOWS;
  return build({
    projectDir: run.projectDir,
    targets: platform.createTarget(run.targets, Arch.x64),
    publish: 'never',
    config: {
      ...run.config,
      electronDist: run.electronDist,
      directories: { ...run.config?.directories, output: run.outputDir },
    },
  });
}
