import type { ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';

/* eslint-disable @typescript-eslint/no-explicit-any -- the protocol's answers are read loosely */

export interface PipeSession {
  /** One DevTools command, to the browser or (with sessionId) to an attached page. */
  send(method: string, params?: object, sessionId?: string): Promise<any>;
  close(): void;
}

/**
 * DevTools protocol over the pipe Chromium opens with `--remote-debugging-pipe`: it reads commands
 * from its file descriptor 3 and writes answers to 4, each message JSON ended by a NUL byte.
 * No library, and no domain enabled that the caller did not ask for.
 */
export function connectOverPipe(browser: ChildProcess): PipeSession {
  const commands = browser.stdio[3] as Writable;
  const answers = browser.stdio[4] as Readable;
  const waiting = new Map<number, { resolve: (result: any) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  let pending = '';
  answers.setEncoding('utf8');
  answers.on('data', (chunk: string) => {
    const messages = (pending + chunk).split('\0');
    pending = messages.pop()!;
    for (const text of messages) {
      const message = JSON.parse(text) as { id?: number; result?: unknown; error?: { message: string } };
      const waiter = message.id === undefined ? undefined : waiting.get(message.id);
      if (!waiter) continue;
      waiting.delete(message.id!);
      if (message.error) waiter.reject(new Error(message.error.message));
      else waiter.resolve(message.result);
    }
  });
  return {
    send(method, params = {}, sessionId) {
      const id = ++nextId;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        commands.write(`${JSON.stringify({ id, method, params, ...(sessionId && { sessionId }) })}\0`);
      });
    },
    close() {
      commands.end();
    },
  };
}
