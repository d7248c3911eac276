/** Where the relay reports what went wrong without stopping (bad clients, failed writes, throwing hooks). */
export interface RelayLogger {
  warn(message: string, detail?: unknown): void;
  error(message: string, detail?: unknown): void;
}

export const consoleRelayLogger: RelayLogger = {
  warn: (message, detail) => console.warn(`[relay] ${message}`, ...(detail === undefined ? [] : [detail])),
  error: (message, detail) => console.error(`[relay] ${message}`, ...(detail === undefined ? [] : [detail])),
};
