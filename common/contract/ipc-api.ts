import {
  ipcContract,
  ipcEvents,
  type Channel,
  type ChannelInput,
  type ChannelOutput,
  type EventName,
  type EventPayload,
  type IpcResult,
} from './ipc-contract';

type Namespace<C extends string> = C extends `${infer N}:${string}` ? N : never;
type Method<C extends string, N extends string> = C extends `${N}:${infer M}` ? M : never;
type Call<C extends Channel> =
  ChannelInput<C> extends undefined
    ? () => Promise<IpcResult<ChannelOutput<C>>>
    : (input: ChannelInput<C>) => Promise<IpcResult<ChannelOutput<C>>>;

/** The API the preload exposes as `window.polcoop`: one function per contract channel, grouped by namespace. */
export type PolcoopApi = {
  [N in Namespace<Channel>]: { [M in Method<Channel, N>]: Call<`${N}:${M}` & Channel> };
};

/** Sends one call over some transport (Electron IPC, the browser test binding, IndexedDB in the web edition). */
export type Invoke = (channel: Channel, input: unknown) => Promise<unknown>;

/** Builds the namespaced API from the contract over a transport, so no channel name is spelled twice. */
export function buildApi(invoke: Invoke): PolcoopApi {
  const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
  for (const channel of Object.keys(ipcContract) as Channel[]) {
    const [namespace, method] = channel.split(':') as [string, string];
    api[namespace] ??= {};
    api[namespace][method] = (input?: unknown) => invoke(channel, input);
  }
  return api as unknown as PolcoopApi;
}

/** Main->renderer events as the preload exposes them as `window.polcoopEvents`: `on` returns the function that unsubscribes. */
export interface PolcoopEvents {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

/** Subscribes to a raw event on some transport; returns the function that unsubscribes. */
export type Subscribe = (event: EventName, listener: (payload: unknown) => void) => () => void;

/** Builds the event API over a transport: unknown events are refused and a payload that fails its schema never reaches a listener. */
export function buildEvents(subscribe: Subscribe): PolcoopEvents {
  return {
    on(event, listener) {
      if (!Object.hasOwn(ipcEvents, event)) throw new Error(`unknown event ${JSON.stringify(event)}`);
      return subscribe(event, (payload) => {
        const parsed = ipcEvents[event].safeParse(payload);
        if (parsed.success) listener(parsed.data as EventPayload<typeof event>);
      });
    },
  };
}

declare global {
  interface Window {
    /** Main->renderer events (menus, deep links); absent outside the shell. */
    polcoopEvents?: PolcoopEvents;
    /** The preload API; absent when the renderer runs outside the shell without a harness. */
    polcoop?: PolcoopApi;
  }
}
