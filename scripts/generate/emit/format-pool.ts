import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import * as prettier from "prettier";

/**
 * The worker: prettier, one file at a time. Plain CommonJS passed as source, so it runs the same
 * under tsx, vitest and plain node (no TypeScript loader needed in the thread).
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const prettier = require(workerData.prettier);
parentPort.on("message", ({ id, code, options }) => {
  prettier.format(code, options).then(
    (formatted) => parentPort.postMessage({ id, formatted }),
    (error) => parentPort.postMessage({ id, error: String((error && error.stack) || error) }),
  );
});
`;

/** Below this many characters a file is formatted on the calling thread: a thread costs ~0.3 s to start. */
const THREAD_FROM = 100_000;
/** The calling thread starts formatting only once generation is done: count that as work queued. */
const CALLER_HEAD_START = 1_000_000;

type Task = {
  id: number;
  code: string;
  options: prettier.Options;
  resolve: (s: string) => void;
  reject: (e: Error) => void;
};
type Lane = { queued: number; worker?: Worker };

/**
 * Prettier on worker threads, so that on a large spec (prettier is most of the generator's time
 * on the 2 MB orq spec) formatting big files overlaps generating the next ones and uses every
 * core. Each file goes, when it is handed in, to the lane with the fewest characters queued:
 * a worker (started on first use), or the calling thread, which formats its share in `drain()`.
 * Formatting is pure, so the output does not depend on the lane or the order.
 */
export class FormatPool {
  private readonly caller: Lane & { tasks: Task[] } = { queued: CALLER_HEAD_START, tasks: [] };
  private readonly lanes: Lane[];
  private readonly running = new Map<number, Task & { lane: Lane }>();
  private next = 0;

  /** `threads`: workers besides the calling thread; by default one per other core (at most 3). */
  constructor(threads = Math.max(0, Math.min(3, availableParallelism() - 1))) {
    this.lanes = Array.from({ length: threads }, () => ({ queued: 0 }));
  }

  format(code: string, options: prettier.Options): Promise<string> {
    return new Promise((resolve, reject) => {
      const task: Task = { id: this.next++, code, options, resolve, reject };
      const lane = code.length < THREAD_FROM ? this.caller : this.leastLoaded();
      lane.queued += code.length;
      if (lane === this.caller) {
        this.caller.tasks.push(task);
      } else {
        this.running.set(task.id, { ...task, lane });
        this.worker(lane).postMessage({ id: task.id, code, options });
      }
    });
  }

  /** Formats the calling thread's share; the workers' share settles on its own. */
  async drain(): Promise<void> {
    for (let task = this.caller.tasks.shift(); task; task = this.caller.tasks.shift()) {
      await prettier.format(task.code, task.options).then(task.resolve, task.reject);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.lanes.map((lane) => lane.worker?.terminate()));
  }

  private leastLoaded(): Lane {
    return [this.caller, ...this.lanes].reduce((best, lane) =>
      lane.queued < best.queued ? lane : best,
    );
  }

  private worker(lane: Lane): Worker {
    if (lane.worker) return lane.worker;
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { prettier: createRequire(import.meta.url).resolve("prettier") },
    });
    worker.on(
      "message",
      ({ id, formatted, error }: { id: number; formatted?: string; error?: string }) => {
        const task = this.running.get(id);
        if (!task) return;
        this.running.delete(id);
        task.lane.queued -= task.code.length;
        if (error !== undefined) task.reject(new Error(error));
        else task.resolve(formatted!);
      },
    );
    worker.on("error", (error) => {
      for (const task of this.running.values()) if (task.lane === lane) task.reject(error);
    });
    lane.worker = worker;
    return worker;
  }
}
