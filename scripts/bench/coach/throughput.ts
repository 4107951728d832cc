// Child process: warm reviews per second over the ~200-character corpus, then peak RSS.
// With `fresh-typos`, every timed review gets a typo never seen before, so the spell checker's
// caches cannot answer: the worst case for suggestions.
// Usage: node --import tsx scripts/bench/coach/throughput.ts coach|baseline [roundMs] [rounds]
//        [corpus|fresh-typos]
import { performance } from 'node:perf_hooks';
import { emit, emitError, peakRssMb } from '../lib/child.js';
import { buildCorpus, freshTypos } from './corpus.js';
import { loadReview, parseImpl, weigh } from './impl.js';

export interface ThroughputResult {
  impl: string;
  /** Reviews per second in each timed round, after the warm-up. */
  rounds: number[];
  /** Reviews per CPU-second (user + system) in each round: steadier on a busy machine. */
  cpuRounds: number[];
  notes: number;
  meanChars: number;
  findings: number;
  /** In fresh-typos mode: timed reviews of notes with no word to put a typo in (e.g. "Hi"). */
  notesWithoutTypo: number;
  peakRssMb: number;
  /** Heap still in use after the timed rounds and a full GC: what the process keeps. */
  liveHeapMb?: number;
}

async function main(): Promise<void> {
  const impl = parseImpl(process.argv[2]);
  const roundMs = Number(process.argv[3] ?? 1000);
  const roundCount = Number(process.argv[4] ?? 5);
  const withTypos = process.argv[5] === 'fresh-typos';
  const review = await loadReview(impl);
  const corpus = buildCorpus();
  let sink = 0;
  let next = 0;
  const typo = freshTypos();
  let mangle = false;
  let notesWithoutTypo = 0;
  const one = () => {
    const note = corpus[next++ % corpus.length];
    if (!note) return;
    let text = note.text;
    if (mangle) {
      const mangled = typo(text);
      if (mangled) text = mangled;
      else notesWithoutTypo++;
    }
    sink += weigh(review(text, note.options));
  };
  // Warm-up: the whole corpus at least twice, and at least one round's time, so the JIT
  // and every cache (dictionary suggestions included) are settled before timing.
  const warmUntil = performance.now() + roundMs;
  for (let i = 0; i < corpus.length * 2 || performance.now() < warmUntil; i++) one();
  mangle = withTypos;

  const rounds: number[] = [];
  const cpuRounds: number[] = [];
  for (let r = 0; r < roundCount; r++) {
    let done = 0;
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    const until = start + roundMs;
    let now = start;
    while (now < until) {
      for (let i = 0; i < 5; i++) one();
      done += 5;
      now = performance.now();
    }
    const cpu = process.cpuUsage(cpuStart);
    rounds.push((done * 1000) / (now - start));
    cpuRounds.push((done * 1e6) / (cpu.user + cpu.system));
  }
  emit({
    impl,
    rounds,
    cpuRounds,
    notes: corpus.length,
    meanChars: corpus.reduce((sum, n) => sum + n.text.length, 0) / corpus.length,
    findings: sink,
    notesWithoutTypo,
    peakRssMb: peakRssMb(),
    liveHeapMb: liveHeapMb(),
  } satisfies ThroughputResult);
}

/** Run with --expose-gc: the heap the process holds on to, once garbage is collected. */
function liveHeapMb(): number | undefined {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return undefined;
  gc();
  return process.memoryUsage().heapUsed / 1048576;
}

main().catch(emitError);
