// Starts the real Worker with `wrangler dev` (workerd, offline) on a free loopback port.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export interface RunningWorker {
  origin: string;
  port: number;
  /** What wrangler and the Worker have printed so far (warnings and errors). */
  log(): string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilServing(origin: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited with ${child.exitCode}:\n${log()}`);
    try {
      const res = await fetch(`${origin}/en/`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`wrangler dev did not answer within 60 s:\n${log()}`);
}

/**
 * Needs a built dist/ (npm run build). Stopping kills wrangler and its workerd child. `cwd` serves
 * another copy of the project (the pseudo-locale test builds one).
 */
export async function startWorker(port?: number, { cwd }: { cwd?: string } = {}): Promise<RunningWorker> {
  const chosen = port ?? (await freePort());
  const origin = `http://127.0.0.1:${chosen}`;
  const child = spawn(
    'node_modules/.bin/wrangler',
    // PUBLIC_ORIGIN follows the port, so canonical and API links point at this very server.
    [
      'dev',
      '--ip',
      '127.0.0.1',
      '--port',
      String(chosen),
      '--var',
      `PUBLIC_ORIGIN:${origin}`,
      '--inspector-port',
      String(await freePort()),
      '--log-level',
      'warn',
    ],
    {
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false', CI: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
      cwd,
    },
  );
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise((r) => child.once('exit', r));
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    const timer = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitUntilServing(origin, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, port: chosen, log: () => output, stop };
}
