/**
 * `tenant-audit checks --format json | head -1` closes the pipe while the CLI still writes: Node then emits
 * EPIPE on stdout, and unhandled it is a stack trace. A reader that stopped reading wanted no more, so the
 * process ends at once with the code it has, saying nothing; any other stream error still surfaces.
 */
export function endQuietlyWhenStdoutCloses(stdout: NodeJS.WriteStream = process.stdout, exit: (code: number) => void = (code) => process.exit(code)): void {
  stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') {
      exit(Number(process.exitCode ?? 0));
      return;
    }
    throw error;
  });
}
