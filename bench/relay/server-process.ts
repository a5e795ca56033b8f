import { type ChildProcess, spawn } from 'node:child_process';
import { cpuSecondsOf, peakRssKibOf } from './proc-status';

const STARTUP_TIMEOUT_MS = 30_000;

export interface ServerCommand {
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** A line the server prints once it listens; its first group is the port. */
  readyPattern: RegExp;
  /** Runs once the process has exited (e.g. removes its data directory). */
  afterExit?: () => void;
}

/** A server under test as the suite drives it: one process, or several instances measured together. */
export interface RunningServer {
  /** The port of each instance (one for a single process). */
  readonly ports: readonly number[];
  /** The process id of each instance, for reading its memory from /proc. */
  readonly pids: readonly number[];
  /** CPU seconds (user + system) used so far, by every process of it together. */
  cpuSeconds(): number;
  /** Peak resident memory in MiB, summed over its processes. */
  peakRssMib(): number;
  recentOutput(): string;
  stop(): Promise<void>;
}

/** A server under test, in its own process on loopback. */
export class ServerProcess implements RunningServer {
  private output = '';

  private constructor(
    private readonly child: ChildProcess,
    readonly pid: number,
    readonly port: number,
    private readonly afterExit: () => void,
  ) {}

  static start(command: ServerCommand): Promise<ServerProcess> {
    const child = spawn(process.execPath, command.args, { cwd: command.cwd, env: command.env, stdio: 'pipe' });
    return new Promise((resolve, reject) => {
      let output = '';
      let started = false;
      const fail = (reason: string) => {
        child.kill('SIGKILL');
        reject(new Error(`${reason}\n${output.slice(-2_000)}`));
      };
      const timer = setTimeout(() => fail('the server did not start in time'), STARTUP_TIMEOUT_MS);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const port = command.readyPattern.exec(output)?.[1];
        if (port === undefined || child.pid === undefined) return;
        clearTimeout(timer);
        started = true;
        const server = new ServerProcess(child, child.pid, Number(port), command.afterExit ?? (() => undefined));
        // Keep the tail of what it says afterwards, for when a scenario fails.
        child.stdout?.off('data', onData);
        child.stderr?.off('data', onData);
        const keep = (more: Buffer) => {
          server.output = (server.output + more.toString()).slice(-4_000);
        };
        child.stdout?.on('data', keep);
        child.stderr?.on('data', keep);
        resolve(server);
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('exit', (code) => {
        clearTimeout(timer);
        // Only when it never started: a started server cleans up through stop().
        if (!started) command.afterExit?.();
        reject(new Error(`the server exited with ${code} before listening\n${output.slice(-2_000)}`));
      });
    });
  }

  get ports(): number[] {
    return [this.port];
  }

  get pids(): number[] {
    return [this.pid];
  }

  cpuSeconds(): number {
    return cpuSecondsOf(this.pid);
  }

  peakRssMib(): number {
    return peakRssKibOf(this.pid) / 1024;
  }

  /** The last things the server printed (warnings, refusals), for diagnosing a failed scenario. */
  recentOutput(): string {
    return this.output;
  }

  /** Asks it to stop (SIGTERM: notevote saves and closes its database) and kills it if it takes too long. */
  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
      this.child.kill('SIGTERM');
      const timer = setTimeout(() => this.child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    this.afterExit();
  }
}

/** Several instances of one server (scaled out), measured as one: CPU and peak memory are their sums. */
export class ServerGroup implements RunningServer {
  constructor(
    private readonly members: readonly ServerProcess[],
    private readonly afterStop: () => void = () => undefined,
  ) {}

  get ports(): number[] {
    return this.members.map((member) => member.port);
  }

  get pids(): number[] {
    return this.members.map((member) => member.pid);
  }

  cpuSeconds(): number {
    return this.members.reduce((sum, member) => sum + member.cpuSeconds(), 0);
  }

  peakRssMib(): number {
    return this.members.reduce((sum, member) => sum + member.peakRssMib(), 0);
  }

  recentOutput(): string {
    return this.members.map((member, i) => `[instance ${i + 1}] ${member.recentOutput()}`).join('\n');
  }

  async stop(): Promise<void> {
    await Promise.all(this.members.map((member) => member.stop()));
    this.afterStop();
  }
}
