import { type ChildProcess, fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GeneratorMessage, LoadPlan, LoadResult } from './plan';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The load generator process, driven one plan at a time over IPC. */
export class GeneratorProcess {
  private constructor(private readonly child: ChildProcess) {}

  static start(): GeneratorProcess {
    const child = fork(path.join(here, 'load-generator.ts'), [], {
      cwd: path.join(here, '..'),
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    return new GeneratorProcess(child);
  }

  run(plan: LoadPlan, log: (line: string) => void): Promise<LoadResult> {
    return new Promise((resolve, reject) => {
      const onMessage = (message: GeneratorMessage) => {
        if (message.type === 'progress') {
          log(message.line);
          return;
        }
        this.child.off('message', onMessage);
        this.child.off('exit', onExit);
        if (message.type === 'result') resolve(message.result);
        else reject(new Error(`load generator: ${message.message}`));
      };
      const onExit = (code: number | null) => reject(new Error(`the load generator exited (${code})`));
      this.child.on('message', onMessage);
      this.child.once('exit', onExit);
      this.child.send(plan);
    });
  }

  stop(): void {
    if (this.child.connected) this.child.disconnect();
  }
}
