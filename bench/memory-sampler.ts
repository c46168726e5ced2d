/** Peak memory of this process while a benchmark runs, sampled on a timer. */
export interface MemoryPeaks {
  baselineRssMb: number;
  baselineHeapMb: number;
  peakRssMb: number;
  peakHeapUsedMb: number;
  /** The kernel's high-water mark for the whole process lifetime (catches peaks between samples). */
  maxRssMb: number;
  samples: number;
}

const MB = 1024 * 1024;
const round = (bytes: number) => Math.round((bytes / MB) * 10) / 10;

/**
 * Samples process.memoryUsage() every few milliseconds. A sample cannot run while the event loop is
 * busy, so the heap peak is a lower bound; resourceUsage().maxRSS gives the true RSS peak.
 */
export function startMemorySampler(intervalMs = 10): { peek: () => MemoryPeaks; stop: () => MemoryPeaks } {
  const first = process.memoryUsage();
  let peakRss = first.rss;
  let peakHeap = first.heapUsed;
  let samples = 1;
  const sample = () => {
    const now = process.memoryUsage();
    peakRss = Math.max(peakRss, now.rss);
    peakHeap = Math.max(peakHeap, now.heapUsed);
    samples++;
  };
  const timer = setInterval(sample, intervalMs);
  const peaks = (): MemoryPeaks => {
    sample();
    return {
      baselineRssMb: round(first.rss),
      baselineHeapMb: round(first.heapUsed),
      peakRssMb: round(peakRss),
      peakHeapUsedMb: round(peakHeap),
      maxRssMb: round(process.resourceUsage().maxRSS * 1024),
      samples,
    };
  };
  return {
    /** The peaks so far, sampling on (to tell one phase's peak from the next). */
    peek: peaks,
    stop() {
      clearInterval(timer);
      return peaks();
    },
  };
}
